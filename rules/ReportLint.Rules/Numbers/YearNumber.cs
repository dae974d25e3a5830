using System.Globalization;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>A year written as a four-digit number, as in `năm 2025`, `quý IV năm 2025`, `tháng 5 năm 2025`.</summary>
internal static class YearNumber
{
    /// <summary>The value (1000 to 9999) of the four-digit number at <paramref name="index"/>, or null.</summary>
    public static int? At(Paragraph paragraph, int index)
    {
        if (index < 0 || paragraph.Tokens[index] is not { Kind: TokenKind.Number, Length: 4 } token)
        {
            return null;
        }
        return int.TryParse(paragraph.GetText(token), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000 ? year : null;
    }

    /// <summary>The year at <paramref name="index"/> when the word `năm` stands right before it, or null.</summary>
    public static int? AfterNam(Paragraph paragraph, int index) =>
        index >= 0 && TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(paragraph.Tokens, index), "năm") ? At(paragraph, index) : null;
}
