namespace ReportLint.Rules.Spelling;

/// <summary>
/// Names from the languages of the Central Highlands and the north-west, written in Vietnamese letters
/// but with sounds Vietnamese syllables lack: an initial consonant cluster no Vietnamese syllable opens with (`Hrê`,
/// `Brăk`, `Blơng`, `Kmăt`, `Mnông`), a final k, l, r or h after a vowel (`Đắk`, `Ngọk`, `Kuêh`), or the letters f, j, w, z
/// (`Jôn`, `H'Zuăn`). A typing slip rarely makes these shapes, so a capitalized word of this shape is read as a name.
/// </summary>
internal static class MinorityNameShape
{
    private const int MaxLength = 8;

    public static bool Matches(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > MaxLength)
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
        var cluster = IsConsonant(letters[0]) && IsConsonant(letters[1]) && !IsVietnameseInitial(letters[0], letters[1])
            && VietnameseLetters.IsVowel(letters[2]);
        var foreignFinal = letters[^1] is 'k' or 'l' or 'r' or 'h' && VietnameseLetters.IsVowel(letters[^2]);
        return foreignLetter || cluster || foreignFinal;
    }

    private static bool IsConsonant(char letter) => letter != '\0' && !VietnameseLetters.IsVowel(letter);

    /// <summary>Two consonants that open Vietnamese syllables: ch, gh, gi is a vowel pair here, kh, ng, nh, ph, th, tr.</summary>
    private static bool IsVietnameseInitial(char first, char second) =>
        (first, second) is ('c', 'h') or ('g', 'h') or ('k', 'h') or ('n', 'g') or ('n', 'h') or ('p', 'h') or ('t', 'h') or ('t', 'r');
}
