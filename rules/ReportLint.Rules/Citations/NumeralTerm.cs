using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>The term that follows a congress or term numeral: `, nhiệm kỳ 2025 - 2030` or `(nhiệm kỳ 2025-2030)`.</summary>
internal static class NumeralTerm
{
    /// <summary>The years of the term right after the numeral at <paramref name="numeral"/>, or null.</summary>
    public static YearRange? After(CitationTokens tokens, int numeral)
    {
        var next = tokens.Next(numeral);
        if (tokens.IsPunctuation(next, ',') || tokens.IsPunctuation(next, '(') || TokenNavigation.IsDash(tokens.Paragraph, next))
        {
            next = tokens.Next(next);
        }
        var ky = tokens.Next(next);
        var year = tokens.Next(ky);
        return tokens.IsWord(next, "nhiệm") && tokens.IsWord(ky, "kỳ") && year >= 0
            && YearRange.TryRead(tokens.Paragraph, year, out var range) && range.Start < range.End
            ? range : null;
    }
}
