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
}
