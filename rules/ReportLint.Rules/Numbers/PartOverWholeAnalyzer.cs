using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5002: a part larger than its whole, in a ratio `X/Y`, a share `A … chiếm P%` of `…/Y`, or a count stated as a part
/// of the one before it (`N chi bộ, trong đó (có) A chi bộ`, `Trong số N hộ, có A hộ`; see <see cref="PercentageLinker"/>),
/// also from the sentence after it (`46 tổ chức cơ sở đảng.` … `Trong đó có 52 tổ chức cơ sở đảng …`, <see cref="SubsetNextSentence"/>).
/// A result over its target is no part: `đạt 57,2/40,0 triệu đồng (143,00%)`, `đạt 115% chỉ tiêu (46/40 đảng viên)`
/// (<see cref="TargetShare.RatiosAgainstTarget"/>), nor is a ratio worked out to such a percentage (`99.000/93.000 =
/// 106,45%`). A ratio upside down whose larger figure the text states as the whole
/// gets the swapped ratio as an unsafe fix (<see cref="SwappedRatio"/>); else a ratio with a share gets the one part that
/// share gives.
/// </summary>
public sealed class PartOverWholeAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5002", "part-over-whole",
        new("Phần lớn hơn tổng", "Part larger than its whole"),
        new("Phần {0} lớn hơn tổng {1}", "The part {0} is larger than its whole {1}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    // A two-part `d/m` after these words is a date, after `số` a document number.
    private static readonly string[] NotRatioBefore =
        ["ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "tháng", "số", "từ", "đến", "năm", "lúc", "mục", "điều", "khoản"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private static readonly LocalizedText WholeStated = new("Tổng", "The whole");

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterSentenceAction(Analyze);
        context.RegisterDocumentAction<SubsetNextSentence.Facts>(SubsetNextSentence.Collect, ReportNextSentenceParts);
    }

    /// <summary>`46 tổ chức cơ sở đảng.` … `Trong đó có 52 tổ chức cơ sở đảng …`: a part stated after its sentence (<see cref="SubsetNextSentence"/>).</summary>
    private static void ReportNextSentenceParts(DocumentAnalysisContext context, DocumentFacts<SubsetNextSentence.Facts> facts)
    {
        foreach (var (paragraph, part, wholeParagraph, whole) in SubsetNextSentence.OverWholes(facts, context.Options))
        {
            context.Report(Rule, paragraph.ToAbsolute(part.Span), [], [new RelatedLocation(wholeParagraph.ToAbsolute(whole.Span), WholeStated)],
                part.Text, whole.Text);
        }
    }

    private static void Analyze(SentenceAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var figures = PercentageLinker.FindAll(paragraph, context.Sentence, context.Options);
        List<int>? reported = null; // part starts already reported (or read as a rate): a part with a share is also a stated part
        foreach (var ratio in TargetShare.RatiosAgainstTarget(paragraph.FlatText, context.Sentence.Span))
        {
            // `đạt 115% chỉ tiêu Nghị quyết (46/40 đảng viên)`: a result over its target, not a part; a percent that does
            // not match the ratio is RL5001's finding.
            (reported ??= []).Add(ratio.RatioStart);
        }
        foreach (var link in figures?.Percentages ?? [])
        {
            if (link.Part > link.Whole && link.Percent > 100 && link.Agrees && IsRatio(paragraph, link.PartSpan))
            {
                // `đạt 57,2/40,0 triệu đồng (143,00%)`: a result over its estimate, as the percentage says; not a part.
                // (A share, `chiếm 125%`, can never be over the whole.)
                (reported ??= []).Add(link.PartSpan.Start);
            }
            else if (link.Part > link.Whole && reported?.Contains(link.PartSpan.Start) != true)
            {
                context.Report(Rule, link.PartSpan, IsRatio(paragraph, link.PartSpan) ? SwapFix(context, link.PartSpan.Start) ?? ShareFix(link) : null,
                    link.PartText, link.WholeText);
                (reported ??= []).Add(link.PartSpan.Start);
            }
        }
        foreach (var subset in figures?.Subsets ?? [])
        {
            // `6 chi bộ, trong đó có 8 chi bộ thôn`: no percentage needed.
            if (subset.Part > subset.Whole && reported?.Contains(subset.PartSpan.Start) != true)
            {
                context.Report(Rule, subset.PartSpan, subset.PartText, subset.WholeText);
                (reported ??= []).Add(subset.PartSpan.Start);
            }
        }
        for (var i = context.Sentence.FirstToken; i < context.Sentence.EndToken; i++)
        {
            var token = paragraph.Tokens[i];
            if (token.Kind == TokenKind.Number && IsPlainRatio(paragraph, i, out var slash, out var part, out var whole) && part > whole
                && reported?.Contains(token.Start) != true && !WorkedOutAsComparison(paragraph, i, part, whole))
            {
                var text = paragraph.GetText(token);
                context.Report(Rule, token.Span, SwappedRatio.Fix(paragraph, context.Sentence, i, context.Options),
                    text[..slash].ToString(), text[(slash + 1)..].ToString());
            }
        }
    }

    /// <summary>
    /// `hòa giải thành 146/139 vụ việc, đạt 90,65%`: the part the stated share gives (126/139 = 90,65%), when exactly one count
    /// does (<see cref="PartFromShare.OnlyCount"/>). Unsafe: the share may be the slip as well.
    /// </summary>
    private static CodeFix? ShareFix(PercentageLink link)
    {
        if (PartFromShare.OnlyCount(link) is not { } count || count > link.Whole)
        {
            return null;
        }
        var part = VietnameseNumber.FormatGrouped(count, 0);
        var percent = VietnameseNumber.Format(link.Percent, link.Decimals);
        return CodeFix.Replace(link.PartSpan, part, FixSafety.Unsafe,
            new($"Sửa thành {part}/{link.WholeText} (= {percent}%)", $"Change to {part}/{link.WholeText} (= {percent}%)"));
    }

    /// <summary>The swapped ratio (<see cref="SwappedRatio"/>) for the ratio token that starts at <paramref name="start"/>.</summary>
    private static CodeFix? SwapFix(SentenceAnalysisContext context, int start)
    {
        var tokens = context.Paragraph.Tokens;
        for (var i = context.Sentence.FirstToken; i < context.Sentence.EndToken; i++)
        {
            if (tokens[i].Start == start)
            {
                return SwappedRatio.Fix(context.Paragraph, context.Sentence, i, context.Options);
            }
        }
        return null;
    }

    // Words of a unit between a ratio and its `=`: `99.000/93.000 triệu đồng = 106,45%`.
    private const int MaxUnitWords = 3;

    /// <summary>
    /// `99.000/93.000 = 106,45%`: a ratio worked out to the percentage over 100 it gives is a comparison the writer made
    /// on purpose (this year over the last, a result over its target), not a part over its whole.
    /// </summary>
    private static bool WorkedOutAsComparison(Paragraph paragraph, int ratio, long part, long whole)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, ratio);
        for (var words = 0; words < MaxUnitWords && next >= 0 && tokens[next].Kind == TokenKind.Word; words++)
        {
            next = TokenNavigation.Next(tokens, next);
        }
        var percent = TokenNavigation.IsEquals(paragraph, next) ? TokenNavigation.Next(tokens, next) : -1;
        if (percent < 0 || tokens[percent].Kind != TokenKind.Number || !BreakdownReader.IsPercent(paragraph, percent)
            || !VietnameseNumber.TryParseDecimal(paragraph.GetText(tokens[percent]).TrimEnd('%'), out var stated, out var decimals))
        {
            return false;
        }
        return stated > 100 && VietnameseNumber.Written(100m * part / whole, stated, decimals);
    }

    private static bool IsRatio(Paragraph paragraph, TextSpan part) => part.End < paragraph.Text.Length && paragraph.Text[part.End] == '/';

    /// <summary>`X/Y` that cannot be a day and month, a month and year or a document number.</summary>
    private static bool IsPlainRatio(Paragraph paragraph, int index, out int slash, out long part, out long whole)
    {
        var text = paragraph.GetText(paragraph.Tokens[index]);
        part = whole = 0;
        slash = text.IndexOf('/');
        if (slash <= 0 || text.LastIndexOf('/') != slash
            || !VietnameseNumber.TryParseInteger(text[..slash], out part) || !VietnameseNumber.TryParseInteger(text[(slash + 1)..], out whole))
        {
            return false;
        }
        var grouped = text.Contains('.');
        if (!grouped && (whole <= 12 && part <= 31 || text.Length - slash - 1 == 4 && whole is >= 1900 and <= 2100))
        {
            return false; // `14/6` is a date, `5/2020` a month.
        }
        var previous = TokenNavigation.Previous(paragraph.Tokens, index);
        return !TokenNavigation.IsWordIn(paragraph, previous, NotRatioBefore) && !JoinsReference(paragraph, previous);
    }

    /// <summary>
    /// `và` at <paramref name="conjunction"/> right after a number joins another of the same kind (`ngày 14/6 và 15/6`, `số
    /// 12/45 và 13/45`); after a word or a parenthesis (`45/52 thôn (86,54%) và 23/21 tổ dân phố`) it opens another ratio.
    /// </summary>
    private static bool JoinsReference(Paragraph paragraph, int conjunction)
    {
        if (!TokenNavigation.IsWord(paragraph, conjunction, "và"))
        {
            return false;
        }
        var before = TokenNavigation.Previous(paragraph.Tokens, conjunction);
        return before >= 0 && paragraph.Tokens[before].Kind == TokenKind.Number;
    }
}
