using System.Globalization;

namespace ReportLint.Rules.Numbers;

/// <summary>Numbers written the Vietnamese way: `.` between thousands, `,` before decimals.</summary>
internal static class VietnameseNumber
{
    /// <summary>`875`, `5.010`, `1.234.567`; false for `12,5`, `1.23`, `1.2345`.</summary>
    public static bool TryParseInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }
        var group = 0;
        var grouped = false;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if ((grouped && group != 3) || (!grouped && group is 0 or > 3))
                {
                    return false;
                }
                grouped = true;
                group = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c) || value > long.MaxValue / 20)
            {
                return false;
            }
            value = value * 10 + (c - '0');
            group++;
        }
        return !grouped || group == 3;
    }

    /// <summary>`19,22` → 19.22 with 2 decimals; `93.346` → 93346 with 0.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        var comma = text.IndexOf(',');
        var integerPart = comma < 0 ? text : text[..comma];
        if (!TryParseInteger(integerPart, out var integer))
        {
            return false;
        }
        value = integer;
        if (comma < 0)
        {
            return true;
        }
        var fraction = text[(comma + 1)..];
        if (fraction.IsEmpty || fraction.Length > 6)
        {
            return false;
        }
        decimal scale = 1;
        foreach (var c in fraction)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            scale /= 10;
            value += (c - '0') * scale;
        }
        decimals = fraction.Length;
        return true;
    }

    /// <summary>
    /// True when a figure written with <paramref name="decimals"/> decimals is <paramref name="exact"/> rounded or cut
    /// there: drafts do both (`2/3` is `66,67%` or `66,66%`).
    /// </summary>
    public static bool Written(decimal exact, decimal stated, int decimals) =>
        Math.Round(exact, decimals, MidpointRounding.AwayFromZero) == stated || Math.Round(exact, decimals, MidpointRounding.ToZero) == stated;

    /// <summary>17.4651 with 2 decimals → `17,47` (half away from zero).</summary>
    public static string Format(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            .ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            .Replace('.', ',');

    /// <summary>13116 → `13.116`, 84.5 with 1 decimal → `84,5`: thousands grouped with `.` as drafts write them.</summary>
    public static string FormatGrouped(decimal value, int decimals)
    {
        var text = Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            .ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.Replace(',', ' ').Replace('.', ',').Replace(' ', '.');
    }

    /// <summary>The words of the digits 0 to 9, each at its value: `bảy` is 7 (`bẩy` is read too, see <see cref="Digit"/>).</summary>
    public static readonly string[] DigitWords = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    // The value of a digit word; `mốt`, `tư`, `lăm` only after `mươi` (and `lăm`, `tư` after `mười`, `tư` after `linh`).
    private static int Digit(string word) => word == "bẩy" ? 7 : Array.IndexOf(DigitWords, word);

    private static int DigitAfterTens(string word, bool mươi) => word switch
    {
        "mốt" when mươi => 1,
        "tư" or "lăm" => word == "tư" ? 4 : 5,
        "một" when !mươi => 1,
        _ => Digit(word) is var digit and > 0 ? digit : -1,
    };

    private static decimal Scale(string word) => word switch
    {
        "nghìn" or "ngàn" => 1_000m, "triệu" => 1_000_000m, "tỷ" or "tỉ" => 1_000_000_000m, _ => 0m,
    };

    /// <summary>
    /// Number words as a `bằng chữ` line spells an amount, lower case, a comma as its own item: `một tỷ , hai trăm mười
    /// hai triệu` → 1212000000. Reads as many words as make a number and says how many (<paramref name="used"/>); false
    /// when the first words make none. Groups below a thousand are `[D trăm] [mười [d] | D mươi [d] | linh d | d]`;
    /// a scale binds what is before it up to a larger scale (`một nghìn hai trăm tỷ`: 1.200 tỷ). A comma is read only
    /// between groups, after a scale word.
    /// </summary>
    public static bool TryParseWords(IReadOnlyList<string> words, out decimal value, out int used)
    {
        value = 0;
        used = 0;
        var terms = new Stack<(decimal Value, decimal Scale)>();
        var i = 0;
        var afterScale = false;
        while (true)
        {
            var start = i;
            var group = ReadGroup(words, ref i, afterScale);
            var scale = i < words.Count ? Scale(words[i]) : 0;
            if (scale == 0)
            {
                if (i == start)
                {
                    break; // the words after the last scale are no number: the number ends at that scale
                }
                terms.Push((group, 1));
                used = i;
                break;
            }
            if (i == start && !afterScale)
            {
                break; // a scale with no number before it
            }
            // A larger scale takes the smaller terms before it: `một nghìn hai trăm tỷ`.
            decimal x = group;
            while (terms.Count > 0 && terms.Peek().Scale < scale)
            {
                x += terms.Pop().Value;
            }
            if ((terms.Count > 0 && terms.Peek().Scale == scale) || x == 0)
            {
                break; // `một triệu hai triệu`, `không triệu`: no number a draft spells; read up to what came before
            }
            terms.Push((x * scale, scale));
            used = ++i;
            afterScale = true;
            if (i + 1 < words.Count && words[i] == "," && (Digit(words[i + 1]) >= 0 || words[i + 1] == "mười"))
            {
                i++;
            }
        }
        foreach (var term in terms)
        {
            value += term.Value;
        }
        return used > 0;
    }

    /// <summary>A group below a thousand from <paramref name="i"/>; <paramref name="i"/> is left after it (unmoved for none).</summary>
    private static int ReadGroup(IReadOnlyList<string> words, ref int i, bool afterScale)
    {
        string? At(int k) => k < words.Count ? words[k] : null;
        var start = i;
        var value = 0;
        var hundreds = false;
        if (At(i) is { } h && Digit(h) is var d && d >= (afterScale ? 0 : 1) && At(i + 1) == "trăm")
        {
            value = d * 100;
            hundreds = true;
            i += 2;
        }
        if (At(i) == "mười")
        {
            value += 10;
            i++;
            if (At(i) is { } u && DigitAfterTens(u, mươi: false) is var unit and > 0 && At(i + 1) is not ("trăm" or "mươi"))
            {
                value += unit;
                i++;
            }
        }
        else if (At(i) is { } t && Digit(t) is var tens and >= 2 && At(i + 1) == "mươi")
        {
            value += tens * 10;
            i += 2;
            if (At(i) is { } u && DigitAfterTens(u, mươi: true) is var unit and > 0 && At(i + 1) is not ("trăm" or "mươi"))
            {
                value += unit;
                i++;
            }
        }
        else if ((hundreds || afterScale) && At(i) is "linh" or "lẻ" && At(i + 1) is { } l && (l == "tư" ? 4 : Digit(l)) is var one and > 0)
        {
            value += one;
            i += 2;
        }
        else if (!hundreds && At(i) is { } o && Digit(o) is var digit and > 0 && At(i + 1) is not ("trăm" or "mươi"))
        {
            value += digit;
            i++;
        }
        if (i == start + 2 && hundreds && value == 0)
        {
            i = start; // `không trăm` alone is no group
            return 0;
        }
        return value;
    }
}
