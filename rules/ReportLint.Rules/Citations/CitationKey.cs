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
        return NeedsTonePlacement(value) ? TraditionalTones(value) : value;
    }

    /// <summary>Keys of the space-separated syllables of a name.</summary>
    public static string[] Syllables(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => Of(s)).ToArray();

    private static bool NeedsTonePlacement(string value) => value.AsSpan().IndexOfAny("áàảãạéèẻẽẹýỳỷỹỵ") >= 0;

    // Modern placement puts the tone on the second vowel of an open oa/oe/uy; move it to the first.
    private static string TraditionalTones(string value)
    {
        var builder = new StringBuilder(value);
        for (var i = 1; i < builder.Length; i++)
        {
            var open = i + 1 == builder.Length || !char.IsLetter(builder[i + 1]);
            if (!open)
            {
                continue;
            }
            var (bare, tone) = Split(builder[i]);
            var first = builder[i - 1];
            if (tone == 0 || !((first == 'o' && bare is 'a' or 'e') || (first == 'u' && bare == 'y')))
            {
                continue;
            }
            if (i >= 2 && builder[i - 2] == 'q')
            {
                continue; // `quý`: the u belongs to the initial
            }
            builder[i - 1] = Toned(first, tone);
            builder[i] = bare;
        }
        return builder.ToString();
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
