using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2007: an invalid Roman numeral after `khóa` or `lần thứ` (`khóa XIIII`, `lần thứ IIV`), lists included
/// (`khóa XI, XII`). Runs on every such phrase, not only in citations: terms and congresses are cited everywhere.
/// </summary>
public sealed class InvalidTermNumeralAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2007", "invalid-term-numeral",
        new("Số La Mã không hợp lệ sau “khóa”, “lần thứ”", "Invalid Roman numeral after “khóa”, “lần thứ”"),
        new("“{0}” không phải số La Mã hợp lệ", "“{0}” is not a valid Roman numeral"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.Word);

    private static void Analyze(TokenAnalysisContext context)
    {
        var tokens = new CitationTokens(context.Paragraph);
        var index = context.TokenIndex;
        if (!IsLeadWord(tokens, index, out var last))
        {
            return;
        }
        var next = tokens.Next(last);
        while (next >= 0 && IsRomanLetters(tokens, next))
        {
            var text = context.Paragraph.GetText(tokens[next]);
            if (!RomanNumerals.TryParse(text, out _))
            {
                context.Report(Rule, tokens[next].Span, Fixes(text, tokens[next]), null, text.ToString());
            }
            var separator = tokens.Next(next);
            if (!(tokens.IsPunctuation(separator, ',') || tokens.IsWord(separator, "và")))
            {
                break;
            }
            next = tokens.Next(separator);
        }
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
    private static IReadOnlyList<CodeFix> Fixes(ReadOnlySpan<char> text, Token token)
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
        return candidates.Select(c => CodeFix.Replace(token.Span, c, FixSafety.Unsafe)).ToArray();
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
