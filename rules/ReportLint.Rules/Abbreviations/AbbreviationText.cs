using System.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// Letter-level helpers: what an abbreviation looks like, its grouping key, and how one of its
/// letters matches the initial of a syllable (`Đ` is its own letter; `W` stands for `Ư` as in `TW`).
/// </summary>
internal static class AbbreviationText
{
    // Tone marks only; shape marks (breve, circumflex, horn) are kept, so `ă` stays `ă`. Filled at each character's
    // first use: folding all 7,936 codes up front sent 10,000 strings through ICU normalization at every start.
    private static readonly char[] Folded = new char[0x1F00];

    /// <summary>
    /// True when a token the tokenizer called an abbreviation (or an all-caps word) really reads as
    /// one: capitals A–Z, `Đ`, `Ư`, dots, hyphens and `&`, and short lower-case tails (`CTr`, `QĐi`).
    /// A toned or shaped vowel (`BÁO`, `TỈNH`, `ĐÔNG`) means an upper-case word in a heading.
    /// </summary>
    public static bool HasAbbreviationShape(ReadOnlySpan<char> text)
    {
        var capitals = 0;
        var previous = '\0';
        foreach (var c in text)
        {
            if (c is (>= 'A' and <= 'Z') or 'Đ' or 'Ư')
            {
                capitals++;
            }
            else if (c is '.' or '-' or '&')
            {
                if (previous is '.' or '-' or '&' or '\0')
                {
                    return false;
                }
            }
            else if (c is < 'a' or > 'z' || capitals == 0)
            {
                return false;
            }
            previous = c;
        }
        return capitals >= 2 && previous is not ('.' or '-' or '&');
    }

    /// <summary>
    /// The grouping key: capitals only, `Ư` read as `W`, dots and hyphens dropped (`T.Ư` → `TW`). `&` is kept:
    /// `KH&CN` is the usual spelling of its own name, not a variant of `KHCN` to normalise.
    /// </summary>
    public static string Key(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c is '.' or '-')
            {
                continue;
            }
            buffer[length++] = c == 'Ư' ? 'W' : char.ToUpperInvariant(c);
        }
        return new string(buffer[..length]);
    }

    /// <summary>The letters only, upper case, `Ư` read as `W` (`KH&amp;CN` → `KHCN`, `T.Ư` → `TW`): one spelling of several.</summary>
    public static string LetterKey(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                buffer[length++] = c == 'Ư' ? 'W' : char.ToUpperInvariant(c);
            }
        }
        return new string(buffer[..length]);
    }

    /// <summary>True when the form carries a dot between letters (`T.Ư`, `UVT.Ư`).</summary>
    public static bool IsDotted(string text) => text.Contains('.');

    /// <summary>The letter units of an abbreviation: a capital and its lower-case tail (`CTr` → C, Tr).</summary>
    public static List<string> Letters(string abbreviation)
    {
        var letters = new List<string>(abbreviation.Length);
        var start = -1;
        for (var i = 0; i < abbreviation.Length; i++)
        {
            var c = abbreviation[i];
            if (c is '.' or '-' or '&')
            {
                Flush(abbreviation, ref start, i, letters);
            }
            else if (!char.IsLower(c))
            {
                Flush(abbreviation, ref start, i, letters);
                start = i;
            }
        }
        Flush(abbreviation, ref start, abbreviation.Length, letters);
        return letters;
    }

    /// <summary>Does the letter unit (`T`, `Đ`, `Tr`) begin the syllable?</summary>
    public static bool MatchesInitial(string unit, ReadOnlySpan<char> syllable)
    {
        if (syllable.IsEmpty || unit.Length > syllable.Length)
        {
            return false;
        }
        if (!SameLetter(Fold(unit[0]), Fold(syllable[0])))
        {
            return false;
        }
        for (var i = 1; i < unit.Length; i++)
        {
            if (Fold(unit[i]) != Fold(syllable[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Lower case without tone marks; `Đ` → `đ` (its own letter).</summary>
    public static char Fold(char c)
    {
        if (c >= Folded.Length)
        {
            return char.ToLowerInvariant(c);
        }
        var folded = Folded[c];
        if (folded == '\0' && c != '\0')
        {
            Folded[c] = folded = FoldOnce(c); // a race writes the same value twice
        }
        return folded;
    }

    /// <summary>The abbreviation letter a syllable would give (`đảng` → `Đ`, `ương` → `Ư`).</summary>
    public static char InitialOf(ReadOnlySpan<char> syllable)
    {
        var c = Fold(syllable[0]);
        return c switch
        {
            'ă' or 'â' => 'A',
            'ê' => 'E',
            'ô' or 'ơ' => 'O',
            _ => char.ToUpperInvariant(c),
        };
    }

    /// <summary>Upper-cases the first letter (a fix at the start of a sentence).</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static bool SameLetter(char letter, char initial) => letter switch
    {
        'a' => initial is 'a' or 'ă' or 'â',
        'e' => initial is 'e' or 'ê',
        'o' => initial is 'o' or 'ô' or 'ơ',
        'u' => initial is 'u' or 'ư',
        'w' => initial is 'ư' or 'w',
        _ => letter == initial,
    };

    private static void Flush(string text, ref int start, int end, List<string> letters)
    {
        if (start >= 0 && end > start)
        {
            letters.Add(text[start..end]);
        }
        start = -1;
    }

    private static char FoldOnce(char c)
    {
        if (c < 0x80 || !char.IsLetter(c))
        {
            return char.ToLowerInvariant(c);
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (part is not ('\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323'))
            {
                kept.Append(part);
            }
        }
        var recomposed = kept.ToString().Normalize(NormalizationForm.FormC);
        return recomposed.Length == 1 ? char.ToLowerInvariant(recomposed[0]) : char.ToLowerInvariant(c);
    }
}
