namespace ReportLint.Rules.Spelling;

/// <summary>
/// Names from the languages of the Central Highlands and the north-west, written in Vietnamese letters
/// but with sounds Vietnamese syllables lack: an initial consonant cluster with r or l (`Hrê`, `Brăk`,
/// `Blơng`, `Krông`), a final k, l, r or h after a vowel (`Đắk`, `Ngọk`, `Kuêh`), or the letters f, j, w, z
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
        var cluster = letters[0] is 'b' or 'c' or 'd' or 'đ' or 'g' or 'h' or 'k' or 'm' or 'p' or 's' or 'v'
            && letters[1] is 'r' or 'l' && VietnameseLetters.IsVowel(letters[2]);
        var foreignFinal = letters[^1] is 'k' or 'l' or 'r' or 'h' && VietnameseLetters.IsVowel(letters[^2]);
        return foreignLetter || cluster || foreignFinal;
    }
}
