using System.Text;

namespace ReportLint.Core.Syntax;

/// <summary>
/// The tokenizer's cheap test of whether an all-capitals run without tone marks can be a
/// Vietnamese syllable (`NINH`, `BAN`, `TRONG`) rather than an abbreviation (`UBND`, `TW`).
/// Spelling rules use the full validator in the rules project, not this.
/// </summary>
internal static class SyllableShape
{
    private static readonly string[] Initials =
        ["NGH", "NG", "NH", "CH", "GH", "GI", "KH", "PH", "QU", "TH", "TR",
         "B", "C", "D", "Đ", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "X", ""];

    private static readonly string[] Finals = ["NG", "NH", "CH", "C", "M", "N", "P", "T", ""];

    public static bool IsUpperCaseSyllable(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text))
        {
            // `BÁO`, `ĐẢNG`, `TRƯỞNG`: compare the base letters (Đ stays an initial of its own).
            var bases = new char[text.Length];
            var length = 0;
            foreach (var c in text.ToString().Normalize(System.Text.NormalizationForm.FormD))
            {
                if (c == 'Đ' || char.IsAscii(c))
                {
                    bases[length++] = c;
                }
                else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    return false;
                }
            }
            text = bases.AsSpan(0, length);
        }
        foreach (var initial in Initials)
        {
            if (!text.StartsWith(initial, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = text[initial.Length..];
            var vowels = 0;
            while (vowels < rest.Length && rest[vowels] is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y')
            {
                vowels++;
            }
            if (vowels is 0 or > 3)
            {
                continue;
            }
            var final = rest[vowels..];
            foreach (var candidate in Finals)
            {
                if (final.SequenceEqual(candidate))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
