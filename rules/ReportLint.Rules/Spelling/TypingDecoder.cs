using System.Text;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// Reads what a Telex or VNI keyboard left behind when the input method was off or lagged
/// (`vieejc`, `dduwowngf`, `vie6c5`) and rebuilds the intended letters. The tone is returned
/// separately so the caller can place it where the orthography wants it.
/// </summary>
internal static class TypingDecoder
{
    /// <summary>Decodes Telex; null when the text holds no Telex key sequence.</summary>
    public static (string Letters, int Tone)? Telex(ReadOnlySpan<char> lower)
    {
        var result = new StringBuilder(lower.Length);
        var tone = 0;
        var markers = 0;
        foreach (var c in lower)
        {
            var hasVowel = HasVowel(result);
            var last = result.Length > 0 ? result[^1] : '\0';
            if (hasVowel && c is 's' or 'f' or 'r' or 'x' or 'j')
            {
                tone = c switch { 's' => 1, 'f' => 2, 'r' => 3, 'x' => 4, _ => 5 };
                markers++;
            }
            else if (hasVowel && c == 'z')
            {
                tone = 0;
                markers++;
            }
            else if (c == 'w' && Horn(result))
            {
                markers++;
            }
            else if (c == last && c is 'a' or 'e' or 'o' or 'd')
            {
                result[^1] = c switch { 'a' => 'â', 'e' => 'ê', 'o' => 'ô', _ => 'đ' };
                markers++;
            }
            else if (c is 'a' or 'e' or 'o' && LastVowelIndex(result) is var v && v >= 0 && result[v] == c && v == result.Length - 2)
            {
                result[v] = c switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' }; // `vieetj`: the doubling key came after the final
                markers++;
            }
            else
            {
                result.Append(c);
            }
        }
        return markers == 0 ? null : (result.ToString(), tone);
    }

    /// <summary>Decodes VNI digits; null when the text holds none.</summary>
    public static (string Letters, int Tone)? Vni(ReadOnlySpan<char> lower)
    {
        var result = new StringBuilder(lower.Length);
        var tone = 0;
        var markers = 0;
        foreach (var c in lower)
        {
            if (c is < '0' or > '9')
            {
                result.Append(c);
                continue;
            }
            markers++;
            var ok = c switch
            {
                >= '1' and <= '5' => SetTone(c - '0', ref tone),
                '0' => SetTone(0, ref tone),
                '6' => Replace(result, "aeo", "âêô"),
                '7' => Horn(result),
                '8' => Replace(result, "a", "ă"),
                _ => Replace(result, "d", "đ"),
            };
            if (!ok)
            {
                return null;
            }
        }
        return markers == 0 ? null : (result.ToString(), tone);
    }

    private static bool SetTone(int value, ref int tone)
    {
        tone = value;
        return true;
    }

    private static bool Horn(StringBuilder result)
    {
        // `uo` + horn is `ươ`; otherwise the last o/u/a takes it (a takes the breve).
        for (var i = result.Length - 1; i >= 0; i--)
        {
            switch (result[i])
            {
                case 'o':
                    result[i] = 'ơ';
                    if (i > 0 && result[i - 1] == 'u')
                    {
                        result[i - 1] = 'ư';
                    }
                    return true;
                case 'u':
                    result[i] = 'ư';
                    return true;
                case 'a':
                    result[i] = 'ă';
                    return true;
            }
        }
        if (result.Length == 0)
        {
            result.Append('ư');
            return true;
        }
        return false;
    }

    private static bool Replace(StringBuilder result, string from, string to)
    {
        for (var i = result.Length - 1; i >= 0; i--)
        {
            var index = from.IndexOf(result[i]);
            if (index >= 0)
            {
                result[i] = to[index];
                return true;
            }
        }
        return false;
    }

    private static bool HasVowel(StringBuilder text) => LastVowelIndex(text) >= 0;

    private static int LastVowelIndex(StringBuilder text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (VietnameseLetters.IsVowel(text[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
