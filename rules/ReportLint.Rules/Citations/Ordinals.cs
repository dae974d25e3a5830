namespace ReportLint.Rules.Citations;

/// <summary>Ordinals after `lần thứ`: a number or the words of formal prose (`tư`, `mười một`).</summary>
internal static class Ordinals
{
    private static readonly string[] Units = ["", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] AfterTen = ["", "một", "hai", "ba", "bốn", "lăm", "sáu", "bảy", "tám", "chín"];

    public static (int Value, int Last)? Read(CitationTokens tokens, int index)
    {
        if (index < 0)
        {
            return null;
        }
        if (tokens.IsPlainNumber(index, out var number))
        {
            return number is > 0 and < 100 ? (number, index) : null;
        }
        if (tokens.IsWord(index, "mười"))
        {
            var next = tokens.Next(index);
            for (var i = 1; i < AfterTen.Length; i++)
            {
                if (tokens.IsWord(next, AfterTen[i]))
                {
                    return (10 + i, next);
                }
            }
            return (10, index);
        }
        for (var i = 1; i < Units.Length; i++)
        {
            if (tokens.IsWord(index, Units[i]))
            {
                return (i, index);
            }
        }
        return null;
    }

    /// <summary>The ordinal in words, as <see cref="Read"/> reads it (`tư`, `mười một`); digits past nineteen.</summary>
    public static string Word(int value) => value switch
    {
        > 0 and < 10 => Units[value],
        10 => "mười",
        > 10 and < 20 => $"mười {AfterTen[value - 10]}",
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
