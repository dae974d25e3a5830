using System.Text;

namespace ReportLint.Rules.Citations;

/// <summary>Lookup keys for words of citations: NFC, lower case, traditional tone placement (khoá = khóa, uỷ = ủy).</summary>
internal static class CitationKey
{
    public static string Of(ReadOnlySpan<char> text)
    {
        var value = text.ToString();
        if (!value.IsNormalized(NormalizationForm.FormC))
        {
            value = value.Normalize(NormalizationForm.FormC);
        }
        value = value.ToLowerInvariant();
        if (!NeedsTonePlacement(value))
        {
            return value;
        }
        var chars = value.ToCharArray();
        TraditionalTones(chars);
        return new string(chars);
    }

    /// <summary>
    /// <c>Of(text) == key</c> without allocating for NFC text (citation words are compared with every
    /// word of a draft); text with combining marks takes the allocating path.
    /// </summary>
    public static bool Matches(ReadOnlySpan<char> text, string key, bool combiningMarks)
    {
        if (combiningMarks || text.Length > 32)
        {
            return Of(text) == key;
        }
        if (text.Length != key.Length)
        {
            return false;
        }
        Span<char> lower = stackalloc char[text.Length];
        text.ToLowerInvariant(lower);
        if (NeedsTonePlacement(lower))
        {
            TraditionalTones(lower);
        }
        return lower.SequenceEqual(key);
    }

    /// <summary>Keys of the space-separated syllables of a name.</summary>
    public static string[] Syllables(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Of(s)).ToArray();

    private static bool NeedsTonePlacement(ReadOnlySpan<char> value) => value.IndexOfAny("áàảãạéèẻẽẹýỳỷỹỵ") >= 0;

    // Modern placement puts the tone on the second vowel of an open oa/oe/uy; move it to the first.
    private static void TraditionalTones(Span<char> value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            var open = i + 1 == value.Length || !char.IsLetter(value[i + 1]);
            if (!open)
            {
                continue;
            }
            var (bare, tone) = Split(value[i]);
            var first = value[i - 1];
            if (tone == 0 || !((first == 'o' && bare is 'a' or 'e') || (first == 'u' && bare == 'y')))
            {
                continue;
            }
            if (i >= 2 && value[i - 2] == 'q')
            {
                continue; // `quý`: the u belongs to the initial
            }
            value[i - 1] = Toned(first, tone);
            value[i] = bare;
        }
    }

    private static (char Bare, int Tone) Split(char c)
    {
        foreach (var (bare, toned) in Tones)
        {
            var index = toned.IndexOf(c);
            if (index >= 0)
            {
                return (bare, index + 1);
            }
        }
        return (c, 0);
    }

    private static char Toned(char bare, int tone)
    {
        foreach (var (b, toned) in Tones)
        {
            if (b == bare)
            {
                return toned[tone - 1];
            }
        }
        return bare;
    }

    private static readonly (char Bare, string Toned)[] Tones =
    [
        ('a', "áàảãạ"), ('e', "éèẻẽẹ"), ('y', "ýỳỷỹỵ"), ('o', "óòỏõọ"), ('u', "úùủũụ"),
    ];
}
