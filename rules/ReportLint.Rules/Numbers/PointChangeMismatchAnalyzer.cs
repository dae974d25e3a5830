using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5010: a change in percentage points that is not the difference of the two rates it compares:
/// `giảm từ 14,86% xuống còn 12,10%, giảm 2,67 điểm phần trăm` (the difference is 2,76). Only this exact phrase is
/// read: `từ A% [năm Y] [(remark)] lên|xuống [còn|đến|tới|mức] B% [năm Y] [(remark)], [tức|tức là|tương đương] tăng|giảm [thêm|được] C điểm phần trăm|điểm %`.
/// A change in percent (`tăng 6,2%`) is relative, not a difference, and is left alone. A change a year (`bình quân mỗi năm
/// giảm 0,85 điểm phần trăm`, `giảm 0,85 điểm phần trăm/năm`) is the difference over the years between the two rates,
/// read only when both rates give their year (`từ 6,10% năm 2020 xuống còn 1,85% năm 2025`: 5 years).
/// </summary>
public sealed class PointChangeMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5010", "point-change-mismatch",
        new("Mức tăng, giảm điểm phần trăm không khớp", "Percentage-point change does not match"),
        new("Mức {0} điểm phần trăm không khớp với chênh lệch giữa {1}% và {2}% ({3} điểm phần trăm{4})",
            "The change of {0} percentage points does not match the difference between {1}% and {2}% ({3} points{4})"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly string[] Directions = ["lên", "xuống"];
    private static readonly string[] DirectionFillers = ["còn", "đến", "tới", "mức"];
    private static readonly string[] Changes = ["tăng", "giảm"];
    private static readonly string[] ChangeFillers = ["thêm", "được"];
    // `…, tức giảm 4,7 điểm phần trăm`, `…, tức là giảm …`, `…, tương đương giảm …`: the change restated.
    private static readonly string[] ChangeLeads = ["tức", "là", "tương", "đương"];
    private static readonly string[] AverageWords = ["bình", "quân", "trung", "mỗi", "hằng", "hàng", "năm"];
    private static readonly string[] AverageCues = ["bình", "trung", "mỗi", "hằng", "hàng"];
    private static readonly LocalizedText Whole = new("", "");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var sentence = context.Sentence;
        if (!paragraph.Text.AsSpan(sentence.Span.Start, sentence.Span.Length).Contains('%'))
        {
            return; // most sentences compare no rates
        }
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (paragraph.Tokens[i].Length != 2 || !TokenNavigation.IsWord(paragraph, i, "từ"))
            {
                continue;
            }
            foreach (var change in Read(paragraph, i).Where(c => !c.Agrees))
            {
                var stated = paragraph.Text.Substring(change.Stated.Span.Start, change.Stated.Span.Length);
                var expected = change.Expected;
                var over = change.Years is { } years
                    ? new LocalizedText($" mỗi năm trong {years} năm", $" a year over {years} years") : Whole;
                context.Report(Rule, change.Stated.Span,
                    CodeFix.Replace(change.Stated.Span, expected, FixSafety.Unsafe, new($"Sửa thành {expected}", $"Change to {expected}")),
                    stated, change.From.Text, change.To.Text, expected, over);
            }
        }
    }

    /// <summary>A number as written: its span, value and decimals.</summary>
    private readonly record struct Figure(TextSpan Span, string Text, decimal Value, int Decimals);

    /// <param name="Years">For a change a year, the years between the two rates; null for the whole change.</param>
    private sealed record Change(Figure From, Figure To, Figure Stated, int? Years = null)
    {
        private decimal Difference => Math.Abs(To.Value - From.Value) / (Years ?? 1);

        /// <summary>The difference rounded (or cut) to the decimals the stated change is written with.</summary>
        public bool Agrees => VietnameseNumber.Written(Difference, Stated.Value, Stated.Decimals);

        /// <summary>The exact difference, with as many decimals as the rates.</summary>
        public string Expected => VietnameseNumber.Format(Difference, Years is null ? Math.Max(From.Decimals, To.Decimals) : Math.Max(Stated.Decimals, 1));
    }

    /// <summary>
    /// The changes of the phrase from `từ` (<paramref name="index"/>): the whole change, a change a year, or both in turn
    /// (`…, giảm 4,25 điểm phần trăm, bình quân mỗi năm giảm 0,85 điểm phần trăm`); none when any part differs.
    /// </summary>
    private static IEnumerable<Change> Read(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (!Percent(paragraph, TokenNavigation.Next(tokens, index), out var from, out var next))
        {
            yield break;
        }
        next = SkipRemark(paragraph, SkipYear(paragraph, next, out var fromYear));
        if (!TokenNavigation.IsWordIn(paragraph, next, Directions))
        {
            yield break;
        }
        next = Skip(paragraph, TokenNavigation.Next(tokens, next), DirectionFillers, 2);
        if (!Percent(paragraph, next, out var to, out next))
        {
            yield break;
        }
        next = SkipRemark(paragraph, SkipYear(paragraph, next, out var toYear));
        // Only when both rates give their year is the number of years known.
        int? years = fromYear is { } first && toYear is { } last && last > first ? last - first : null;
        for (var k = 0; k < 2; k++)
        {
            if (TokenNavigation.IsPunctuation(paragraph, next, ',') || TokenNavigation.IsPunctuation(paragraph, next, '(') || TokenNavigation.IsDash(paragraph, next))
            {
                next = TokenNavigation.Next(tokens, next);
            }
            if (ReadChange(paragraph, next, out var figure, out var averaged, out next) is false)
            {
                yield break;
            }
            if (!averaged)
            {
                yield return new Change(from, to, figure);
            }
            else if (years is not null)
            {
                yield return new Change(from, to, figure, years);
            }
        }
    }

    /// <summary>
    /// `tăng|giảm [thêm|được] C điểm phần trăm` from <paramref name="index"/>, maybe a change a year (`bình quân mỗi năm giảm
    /// C …`, `… C điểm phần trăm/năm`); <paramref name="next"/> is the token after it.
    /// </summary>
    private static bool ReadChange(Paragraph paragraph, int index, out Figure figure, out bool averaged, out int next)
    {
        var tokens = paragraph.Tokens;
        (figure, averaged, next) = (default, false, Skip(paragraph, index, ChangeLeads, 2));
        // `bình quân mỗi năm giảm`, `mỗi năm giảm bình quân`: a change a year.
        for (var k = 0; k < 5 && TokenNavigation.IsWordIn(paragraph, next, AverageWords); k++)
        {
            averaged |= TokenNavigation.IsWordIn(paragraph, next, AverageCues);
            next = TokenNavigation.Next(tokens, next);
        }
        if (!TokenNavigation.IsWordIn(paragraph, next, Changes))
        {
            return false;
        }
        next = TokenNavigation.Next(tokens, next);
        for (var k = 0; k < 5 && TokenNavigation.IsWordIn(paragraph, next, AverageWords); k++)
        {
            averaged |= TokenNavigation.IsWordIn(paragraph, next, AverageCues);
            next = TokenNavigation.Next(tokens, next);
        }
        var stated = Skip(paragraph, next, ChangeFillers, 1);
        if (stated < 0 || tokens[stated].Kind != TokenKind.Number
            || !VietnameseNumber.TryParseDecimal(paragraph.GetText(tokens[stated]), out var value, out var decimals))
        {
            return false;
        }
        var unit = TokenNavigation.Next(tokens, stated);
        var after = TokenNavigation.Next(tokens, unit);
        var points = TokenNavigation.IsWord(paragraph, unit, "điểm")
            && (TokenNavigation.IsPunctuation(paragraph, after, '%')
                || (TokenNavigation.IsWord(paragraph, after, "phần") && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, after), "trăm")));
        if (!points)
        {
            return false;
        }
        // `giảm 0,85 điểm phần trăm/năm`, `… điểm phần trăm mỗi năm`: a change a year too.
        var end = TokenNavigation.IsPunctuation(paragraph, after, '%') ? after : TokenNavigation.Next(tokens, after);
        next = TokenNavigation.Next(tokens, end);
        if (TokenNavigation.IsPunctuation(paragraph, next, '/') && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, next), "năm"))
        {
            averaged = true;
            next = TokenNavigation.Next(tokens, TokenNavigation.Next(tokens, next));
        }
        else if (TokenNavigation.IsWordIn(paragraph, next, ["mỗi", "hằng", "hàng"]) && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, next), "năm"))
        {
            averaged = true;
            next = TokenNavigation.Next(tokens, TokenNavigation.Next(tokens, next));
        }
        figure = new Figure(tokens[stated].Span, paragraph.GetString(tokens[stated]), value, decimals);
        return true;
    }

    /// <summary>`65,2%` or `65,2 %` at <paramref name="index"/>; <paramref name="next"/> is the token after it.</summary>
    private static bool Percent(Paragraph paragraph, int index, out Figure figure, out int next)
    {
        figure = default;
        next = -1;
        if (index < 0 || paragraph.Tokens[index].Kind != TokenKind.Number
            || !PercentageLinker.TryPercent(paragraph, index, out var value, out var decimals, out var number, out var full))
        {
            return false;
        }
        figure = new Figure(number, paragraph.Text.Substring(number.Start, number.Length), value, decimals);
        next = index;
        while (next >= 0 && next < paragraph.Tokens.Count && paragraph.Tokens[next].End <= full.End)
        {
            next = TokenNavigation.Next(paragraph.Tokens, next);
        }
        return true;
    }

    /// <summary>
    /// `từ 4,35% (57 hộ) xuống còn 3,02% (còn 41 hộ), giảm …`: a remark in parentheses after a rate, holding no rate and no change,
    /// says what the rate stands for and does not part the rates from their change. The token after it, or
    /// <paramref name="index"/> when there is no such remark.
    /// </summary>
    private static int SkipRemark(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (!TokenNavigation.IsPunctuation(paragraph, index, '('))
        {
            return index;
        }
        for (var j = TokenNavigation.Next(tokens, index); j >= 0; j = TokenNavigation.Next(tokens, j))
        {
            if (TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                return TokenNavigation.Next(tokens, j);
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, '(') || TokenNavigation.IsWordIn(paragraph, j, Changes)
                || TokenNavigation.IsWord(paragraph, j, "điểm") || paragraph.GetText(tokens[j]).Contains('%'))
            {
                return index; // `(giảm 1,11 điểm phần trăm)` is the change itself; `(cả tỉnh 4,2%)` another rate
            }
        }
        return index;
    }

    /// <summary>`năm 2020` after a rate: the year it was measured.</summary>
    private static int SkipYear(Paragraph paragraph, int index, out int? value)
    {
        value = null;
        var year = TokenNavigation.Next(paragraph.Tokens, index);
        if (TokenNavigation.IsWord(paragraph, index, "năm") && year >= 0 && paragraph.Tokens[year].Kind == TokenKind.Number
            && paragraph.Tokens[year].Length == 4 && int.TryParse(paragraph.GetText(paragraph.Tokens[year]), out var written))
        {
            value = written;
            return TokenNavigation.Next(paragraph.Tokens, year);
        }
        return index;
    }

    private static int Skip(Paragraph paragraph, int index, string[] words, int most)
    {
        for (var k = 0; k < most && TokenNavigation.IsWordIn(paragraph, index, words); k++)
        {
            index = TokenNavigation.Next(paragraph.Tokens, index);
        }
        return index;
    }
}
