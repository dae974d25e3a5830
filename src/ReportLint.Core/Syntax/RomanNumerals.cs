namespace ReportLint.Core.Syntax;

/// <summary>Roman numerals as reports use them: terms (khóa XIII), plenums, quarters, chapters.</summary>
public static class RomanNumerals
{
    /// <summary>
    /// Upper-case I, V, X and L only (so `CC`, `CD`, `MC` stay abbreviations); a malformed numeral
    /// such as `XIIII` is still Roman-shaped, so a rule can report it.
    /// </summary>
    public static bool IsRomanShaped(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }
        var hasL = false;
        foreach (var c in text)
        {
            if (c == 'L')
            {
                hasL = true;
            }
            else if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }
        return !hasL || TryParse(text, out _);
    }

    /// <summary>Parses a canonical Roman numeral (1..3999); rejects `IIII`, `VX`, `IL`.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 15)
        {
            return false;
        }
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var current = ValueOf(text[i]);
            if (current == 0)
            {
                return false;
            }
            var next = i + 1 < text.Length ? ValueOf(text[i + 1]) : 0;
            total += current < next ? -current : current;
        }
        if (total <= 0 || total >= 4000 || !ToRoman(total).AsSpan().SequenceEqual(text))
        {
            return false;
        }
        value = total;
        return true;
    }

    public static string ToRoman(int number)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                builder.Append(symbols[i]);
                number -= values[i];
            }
        }
        return builder.ToString();
    }

    private static int ValueOf(char c) => c switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };
}
