using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2007: an invalid Roman numeral after `khóa` or `lần thứ` (`khóa XIIII`, `lần thứ IIV`), lists included
/// (`khóa XI, XII`). Runs on every such phrase, not only in citations: terms and congresses are cited everywhere.
/// Document-wide only for its fixes: a candidate the draft itself writes as a term or congress elsewhere
/// (`lần thứ XIX`, `Đại hội XIX`) is the likelier intent, so it is offered first.
/// </summary>
public sealed class InvalidTermNumeralAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2007", "invalid-term-numeral",
        new("Số La Mã không hợp lệ sau “khóa”, “lần thứ”", "Invalid Roman numeral after “khóa”, “lần thứ”"),
        new("“{0}” không phải số La Mã hợp lệ", "“{0}” is not a valid Roman numeral"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    /// <summary>An invalid numeral with its candidate fixes in the order of <see cref="Candidates"/>.</summary>
    private sealed record Invalid(TextSpan Span, string Text, IReadOnlyList<string> Candidates);

    /// <summary>A paragraph's invalid numerals and the valid term or congress numerals it writes.</summary>
    private sealed record Numerals(List<Invalid> Invalid, List<string> Used);

    private static Numerals? Collect(ParagraphFactsContext context)
    {
        var tokens = new CitationTokens(context.Paragraph);
        Numerals? found = null;
        for (var index = 0; index < tokens.Tokens.Count; index++)
        {
            if (tokens[index].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue; // an all-capitals heading (`HUYỆN ỦY KHÓA XII`) writes its words as abbreviations
            }
            if (IsLeadWord(tokens, index, out var last))
            {
                ReadList(tokens, tokens.Next(last), ref found);
            }
            else if (IsCongress(tokens, index, out var numeral) && RomanNumerals.TryParse(context.Paragraph.GetText(tokens[numeral]), out _))
            {
                (found ??= new([], [])).Used.Add(context.Paragraph.GetString(tokens[numeral]));
            }
        }
        return found;
    }

    /// <summary>The numerals after a lead word, one or a list (`XI, XII`, `XI và XII`).</summary>
    private static void ReadList(CitationTokens tokens, int next, ref Numerals? found)
    {
        while (next >= 0 && IsRomanLetters(tokens, next))
        {
            var text = tokens.Paragraph.GetString(tokens[next]);
            found ??= new([], []);
            if (RomanNumerals.TryParse(text, out _))
            {
                found.Used.Add(text);
            }
            else
            {
                found.Invalid.Add(new(tokens[next].Span, text, Candidates(text)));
            }
            var separator = tokens.Next(next);
            if (!(tokens.IsPunctuation(separator, ',') || tokens.IsWord(separator, "và")))
            {
                break;
            }
            next = tokens.Next(separator);
        }
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Numerals> facts)
    {
        HashSet<string>? used = null;
        foreach (var (paragraph, numerals) in facts)
        {
            foreach (var invalid in numerals.Invalid)
            {
                used ??= [.. facts.SelectMany(f => f.Facts.Used)];
                var span = paragraph.ToAbsolute(invalid.Span);
                // A stable sort: numerals the draft writes first, the order of the guesses otherwise.
                var fixes = invalid.Candidates.OrderBy(c => used.Contains(c) ? 0 : 1)
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

    private static int? Sum(ReadOnlySpan<char> text)
    {
        var total = 0;
        var previous = int.MaxValue;
        foreach (var c in text)
        {
            var value = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, _ => 1000 };
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
