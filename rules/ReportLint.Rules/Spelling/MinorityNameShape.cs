namespace ReportLint.Rules.Spelling;

/// <summary>
/// Names from the languages of the Central Highlands, the north-west and the Khmer, written in Vietnamese letters
/// but with sounds Vietnamese syllables lack: an initial consonant cluster no Vietnamese syllable opens with (`Hrê`,
/// `Brăk`, `Blơng`, `Kmăt`, `Mnông`), a Vietnamese initial before l, m, n or r (`Chnăm`, `Thmây`), k before a back vowel
/// (`Kơ Tu`, `Pa Kô`, where Vietnamese writes c), a final k, l, r or h after a vowel (`Đắk`, `Ngọk`, `Kuêh`), or the
/// letters f, j, w, z, ñ and vowels with a breve (`Jôn`, `Jũ`, `H'Zuăn`, `Êñuôl`, `Jŭk`). A typing slip rarely makes these shapes, so a capitalized word of this shape is
/// read as a name.
/// </summary>
internal static class MinorityNameShape
{
    private const int MaxLength = 8;

    public static bool Matches(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > MaxLength)
        {
            return false;
        }
        Span<char> letters = stackalloc char[word.Length];
        var vowels = 0;
        var foreignLetter = false;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(word[i]) is 'f' or 'j' or 'w' or 'z')
            {
                letters[i] = char.ToLowerInvariant(word[i]);
                foreignLetter = true;
            }
            else if (MinorityLetter(word[i]) is var plain and not '\0')
            {
                letters[i] = plain;
                foreignLetter = true;
            }
            else if (!VietnameseLetters.TryDecompose(word[i], out letters[i], out _))
            {
                return false;
            }
            vowels += VietnameseLetters.IsVowel(letters[i]) ? 1 : 0;
        }
        if (vowels == 0)
        {
            return false;
        }
        if (letters[0] == 'k' && letters[1] is 'a' or 'ă' or 'â' or 'o' or 'ô' or 'ơ' or 'u' or 'ư')
        {
            return true;
        }
        if (word.Length < 3)
        {
            // `Jũ`, `Wơ`: f, j, w or z opening a two-letter word; Telex puts its keys after the vowel (`af`, `ow`), not before.
            return letters[0] is 'f' or 'j' or 'w' or 'z' && VietnameseLetters.IsVowel(letters[1]);
        }
        var foreignFinal = letters[^1] is 'k' or 'l' or 'r' or 'h' && VietnameseLetters.IsVowel(letters[^2]);
        return foreignLetter || OpensWithCluster(letters) || foreignFinal;
    }

    /// <summary>
    /// Two consonants that open no Vietnamese syllable (`hr`, `mn`), or a Vietnamese two-letter initial before a
    /// liquid or nasal (`chn`, `thm`): a typing slip doubles or swaps letters (`thh`, `nhg`) but does not add those.
    /// </summary>
    private static bool OpensWithCluster(ReadOnlySpan<char> letters)
    {
        if (!IsConsonant(letters[0]) || !IsConsonant(letters[1]))
        {
            return false;
        }
        if (!IsVietnameseInitial(letters[0], letters[1]))
        {
            // `Kmrơng`: a liquid may close the cluster before the vowel.
            return VietnameseLetters.IsVowel(letters[2]) || (letters.Length >= 4 && letters[2] is 'l' or 'r' && VietnameseLetters.IsVowel(letters[3]));
        }
        return letters.Length >= 4 && letters[2] is 'l' or 'm' or 'n' or 'r' && VietnameseLetters.IsVowel(letters[3]);
    }

    /// <summary>Ê Đê and M'Nông spelling: ñ for the palatal nasal, a breve for a short vowel (`Êñuôl`, `Jŭk`, `Bĭ`).</summary>
    private static char MinorityLetter(char c) => char.ToLowerInvariant(c) switch
    {
        'ñ' => 'n',
        'ŭ' => 'u',
        'ĭ' => 'i',
        'ŏ' => 'o',
        'ĕ' => 'e',
        _ => '\0',
    };

    private static bool IsConsonant(char letter) => letter != '\0' && !VietnameseLetters.IsVowel(letter);

    /// <summary>Two consonants that open Vietnamese syllables: ch, gh, gi is a vowel pair here, kh, ng, nh, ph, th, tr.</summary>
    private static bool IsVietnameseInitial(char first, char second) =>
        (first, second) is ('c', 'h') or ('g', 'h') or ('k', 'h') or ('n', 'g') or ('n', 'h') or ('p', 'h') or ('t', 'h') or ('t', 'r');
}
