using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2007: an invalid Roman numeral after `khóa` or `lần thứ` (`khóa XIIII`, `lần thứ IIV`), lists included
/// (`khóa XI, XII`). Runs on every such phrase, not only in citations: terms and congresses are cited everywhere.
/// Document-wide only for its fixes, ranked: a numeral the draft itself gives for the same body (the same term or
/// congress written correctly, the previous term plus one) first, then a letter typed once too often, then the letters
/// added up. A coming congress (`chuẩn bị Đại hội XIV`) and another body's congress are no evidence.
/// </summary>
public sealed class InvalidTermNumeralAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2007", "invalid-term-numeral",
        new("Số La Mã không hợp lệ sau “khóa”, “lần thứ”", "Invalid Roman numeral after “khóa”, “lần thứ”"),
        new("“{0}” không phải số La Mã hợp lệ", "“{0}” is not a valid Roman numeral"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    /// <summary>An invalid numeral with its candidate fixes in the order of <see cref="Candidates"/>, and its context.</summary>
    private sealed record Invalid(TextSpan Span, string Text, IReadOnlyList<string> Candidates, TermNumeralContext Context);

    /// <summary>A valid term or congress numeral and its context.</summary>
    private sealed record Valid(int Value, TermNumeralContext Context);

    /// <summary>A paragraph's invalid numerals and the valid term or congress numerals it writes.</summary>
    private sealed record Numerals(List<Invalid> Invalid, List<Valid> Used);

    private static Numerals? Collect(ParagraphFactsContext context)
    {
        var tokens = new CitationTokens(context.Paragraph);
        Numerals? found = null;
        TermNumeralContext? list = null;
        for (var index = 0; index < tokens.Tokens.Count; index++)
        {
            if (tokens[index].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue; // an all-capitals heading (`HUYỆN ỦY KHÓA XII`) writes its words as abbreviations
            }
            if (IsLeadWord(tokens, index, out var last))
            {
                list = ReadList(tokens, index, tokens.Next(last), list, ref found) ?? list;
            }
            else if (IsCongress(tokens, index, out var numeral) && RomanNumerals.TryParse(context.Paragraph.GetText(tokens[numeral]), out var value))
            {
                var first = TokenNavigation.Previous(tokens.Tokens, index);
                (found ??= new([], [])).Used.Add(new(value, TermNumeralContext.Read(tokens, first, numeral, congress: true, null)));
            }
        }
        return found;
    }

    /// <summary>The numerals after a lead word, one or a list (`XI, XII`, `XI và XII`); returns their context.</summary>
    private static TermNumeralContext? ReadList(CitationTokens tokens, int lead, int next, TermNumeralContext? previous, ref Numerals? found)
    {
        var numerals = new List<int>();
        while (next >= 0 && IsRomanLetters(tokens, next))
        {
            numerals.Add(next);
            var separator = tokens.Next(next);
            if (!(tokens.IsPunctuation(separator, ',') || tokens.IsWord(separator, "và")))
            {
                break;
            }
            next = tokens.Next(separator);
        }
        if (numerals.Count == 0)
        {
            return null;
        }
        var context = TermNumeralContext.Read(tokens, lead, numerals[^1], congress: false, previous);
        found ??= new([], []);
        foreach (var numeral in numerals)
        {
            var text = tokens.Paragraph.GetString(tokens[numeral]);
            if (RomanNumerals.TryParse(text, out var value))
            {
                found.Used.Add(new(value, context));
            }
            else
            {
                found.Invalid.Add(new(tokens[numeral].Span, text, Candidates(text), context));
            }
        }
        return context;
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Numerals> facts)
    {
        List<Valid>? used = null;
        foreach (var (paragraph, numerals) in facts)
        {
            foreach (var invalid in numerals.Invalid)
            {
                used ??= [.. facts.SelectMany(f => f.Facts.Used)];
                var evidence = used.Select(u => u.Context.Implies(u.Value, invalid.Context)).OfType<int>().Select(RomanNumerals.ToRoman).ToHashSet();
                var span = paragraph.ToAbsolute(invalid.Span);
                // A stable sort: numerals the draft gives for this body first, the order of the guesses otherwise. The
                // letters read with a repeated subtraction (`XIIX` = 10 + 8) are offered only when the draft says so.
                var candidates = Subtractive(invalid.Text) is { } subtractive && evidence.Contains(subtractive) && !invalid.Candidates.Contains(subtractive)
                    ? [.. invalid.Candidates, subtractive]
                    : invalid.Candidates;
                var fixes = candidates.OrderBy(c => evidence.Contains(c) ? 0 : 1)
                    .Select(c => CodeFix.Replace(span, c, FixSafety.Unsafe)).ToArray();
                context.Report(Rule, span, fixes, null, invalid.Text);
            }
        }
    }

    /// <summary>`Đại hội XIX`: a congress named by its numeral right after `Đại hội`.</summary>
    private static bool IsCongress(CitationTokens tokens, int index, out int numeral)
    {
        numeral = -1;
        var text = tokens.Paragraph.GetText(tokens[index]);
        if (text.Length != 3 || (text[0] | 0x20) != 'h' || !tokens.IsWord(index, "hội"))
        {
            return false;
        }
        var previous = index - 1;
        while (previous >= 0 && tokens[previous].Kind.IsTrivia())
        {
            previous--;
        }
        numeral = tokens.Next(index);
        return previous >= 0 && tokens.IsWord(previous, "đại") && numeral >= 0 && IsRomanLetters(tokens, numeral);
    }

    /// <summary>`khóa`/`khoá`, or `thứ` after `lần`.</summary>
    private static bool IsLeadWord(CitationTokens tokens, int index, out int last)
    {
        last = index;
        var text = tokens.Paragraph.GetText(tokens[index]);
        // Runs on every word: length and first letter reject almost all of them before any comparison
        // (up to 6 letters: `khoá` written with combining marks is 5).
        if (text.Length is < 3 or > 6 || (text[0] | 0x20) is not ('k' or 'l'))
        {
            return false;
        }
        if (tokens.IsWord(index, "khóa") || tokens.IsWord(index, "khoá"))
        {
            return true;
        }
        return tokens.IsWord(index, "lần") && tokens.Next(index) is var thu and >= 0 && tokens.IsWord(thu, "thứ") && (last = thu) >= 0;
    }

    /// <summary>Upper-case Roman letters only, however badly ordered (`XIIII`, `IL`).</summary>
    private static bool IsRomanLetters(CitationTokens tokens, int index)
    {
        if (tokens[index].Kind is not (TokenKind.RomanNumeral or TokenKind.Abbreviation or TokenKind.Word))
        {
            return false;
        }
        foreach (var c in tokens.Paragraph.GetText(tokens[index]))
        {
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A letter typed once too often (`XIIII` → `XIII`) first, then letters in non-increasing order read as adding
    /// up (`XIIII` = 14 → `XIV`); no guess otherwise.
    /// </summary>
    private static IReadOnlyList<string> Candidates(string text)
    {
        var candidates = new List<string>();
        for (var i = 1; i < text.Length; i++)
        {
            var shorter = string.Concat(text[..i], text[(i + 1)..]);
            if (text[i] == text[i - 1] && RomanNumerals.TryParse(shorter, out _) && !candidates.Contains(shorter))
            {
                candidates.Add(shorter);
            }
        }
        if (Sum(text) is { } total && !candidates.Contains(RomanNumerals.ToRoman(total)))
        {
            candidates.Add(RomanNumerals.ToRoman(total));
        }
        return candidates;
    }

    /// <summary>
    /// A run of a letter before a greater one read as subtracted (`XIIX` = 10 + (10 − 2) = 18 → `XVIII`), the old
    /// irregular form; null when that reading is no different from the canonical one.
    /// </summary>
    private static string? Subtractive(string text)
    {
        var total = 0;
        var subtracted = false;
        for (var i = 0; i < text.Length;)
        {
            var j = i;
            while (j < text.Length && text[j] == text[i])
            {
                j++;
            }
            var run = (j - i) * ValueOf(text[i]);
            if (j < text.Length && ValueOf(text[j]) > ValueOf(text[i]))
            {
                total += ValueOf(text[j]) - run;
                subtracted |= j - i > 1;
                i = j + 1;
            }
            else
            {
                total += run;
                i = j;
            }
        }
        return subtracted && total is > 0 and < 4000 ? RomanNumerals.ToRoman(total) : null;
    }

    private static int ValueOf(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, _ => 1000 };

    private static int? Sum(ReadOnlySpan<char> text)
    {
        var total = 0;
        var previous = int.MaxValue;
        foreach (var c in text)
        {
            var value = ValueOf(c);
            if (value > previous)
            {
                return null;
            }
            total += value;
            previous = value;
        }
        return total is > 0 and < 4000 ? total : null;
    }
}
