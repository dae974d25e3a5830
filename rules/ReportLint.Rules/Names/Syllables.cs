using System.Globalization;
using System.Text;

namespace ReportLint.Rules.Names;

/// <summary>Spelling variants and letter case of syllables, for matching names in either tone style.</summary>
internal static class Syllables
{
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>
    /// The syllable and, for an open `oa`, `oe`, `uy` with a tone, its other accepted tone
    /// placement: `ủy`/`uỷ`, `hòa`/`hoà`, `khóa`/`khoá` (never `quý`, whose `u` belongs to `qu`).
    /// </summary>
    public static string[] Variants(string syllable)
    {
        var decomposed = syllable.Normalize(NormalizationForm.FormD);
        var tone = '\0';
        var bare = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (ToneMarks.Contains(c, StringComparison.Ordinal))
            {
                tone = c;
            }
            else
            {
                bare.Append(c);
            }
        }
        var letters = bare.ToString().Normalize(NormalizationForm.FormC);
        var lower = letters.ToLowerInvariant();
        if (tone == '\0' || lower.Length < 2 || !(lower.EndsWith("oa", StringComparison.Ordinal) || lower.EndsWith("oe", StringComparison.Ordinal)
            || (lower.EndsWith("uy", StringComparison.Ordinal) && !lower.EndsWith("quy", StringComparison.Ordinal))))
        {
            return [syllable];
        }
        var first = letters.Length - 2;
        string Place(int at) => (letters[..(at + 1)] + tone + letters[(at + 1)..]).Normalize(NormalizationForm.FormC);
        return [Place(first), Place(first + 1)];
    }

    /// <summary>True when only the first letter may be upper case and it has the expected case.</summary>
    public static bool HasCase(ReadOnlySpan<char> text, bool upperFirst)
    {
        if (char.IsUpper(text[0]) != upperFirst)
        {
            return false;
        }
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The text with its first letter in the given case and the rest in lower case.</summary>
    public static string WithCase(ReadOnlySpan<char> text, bool upperFirst)
    {
        var lower = text.ToString().ToLower(CultureInfo.InvariantCulture);
        return upperFirst ? char.ToUpper(lower[0], CultureInfo.InvariantCulture) + lower[1..] : lower;
    }
}
