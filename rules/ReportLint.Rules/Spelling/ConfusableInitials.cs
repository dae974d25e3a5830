namespace ReportLint.Rules.Spelling;

/// <summary>
/// Initial consonants that many speakers pronounce alike and so write one for the other: s/x, ch/tr,
/// d/gi/r, l/n (`giám xát` for `giám sát`). A syllable key's initial is folded onto its class so two
/// syllables that differ only there share a skeleton.
/// </summary>
internal static class ConfusableInitials
{
    /// <summary>
    /// The skeleton (<see cref="LexiconNearMissIndex.Skeleton"/>) of a pair key with each syllable's confusable
    /// initial replaced by its class (an upper-case letter, never a skeleton's); returns the length written into <paramref name="output"/>.
    /// </summary>
    public static int FoldedSkeleton(ReadOnlySpan<char> key, Span<char> output)
    {
        var written = 0;
        var start = 0;
        while (start <= key.Length)
        {
            var end = key[start..].IndexOf(' ') is var space and >= 0 ? start + space : key.Length;
            var syllable = key[start..end];
            var (folded, length) = Class(syllable);
            if (folded != '\0')
            {
                output[written++] = folded;
            }
            else
            {
                length = 0;
            }
            LexiconNearMissIndex.Skeleton(syllable[length..], output[written..]);
            written += syllable.Length - length;
            if (end < key.Length)
            {
                output[written++] = ' ';
            }
            start = end + 1;
        }
        return written;
    }

    /// <summary>
    /// True when the two pair keys differ only in the initial of one syllable, within one class
    /// (`giám sát` / `giám xát`, `giữ gìn` / `dữ gìn`).
    /// </summary>
    public static bool OneInitialApart(string a, string b)
    {
        var left = a.Split(' ');
        var right = b.Split(' ');
        if (left.Length != right.Length)
        {
            return false;
        }
        var differing = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] == right[i])
            {
                continue;
            }
            var (classA, lengthA) = Class(left[i]);
            var (classB, lengthB) = Class(right[i]);
            if (classA == '\0' || classA != classB || !left[i].AsSpan(lengthA).SequenceEqual(right[i].AsSpan(lengthB)))
            {
                return false;
            }
            differing++;
        }
        return differing == 1;
    }

    /// <summary>The class letter of a key's initial and the initial's length; '\0' when it is not confusable.</summary>
    private static (char Class, int Length) Class(ReadOnlySpan<char> key)
    {
        if (key.Length < 2)
        {
            return ('\0', 0);
        }
        switch (key[0])
        {
            case 's' or 'x':
                return ('S', 1);
            case 'l':
                return ('L', 1);
            case 'n':
                return key[1] is 'g' or 'h' ? ('\0', 0) : ('L', 1);
            case 'c' when key[1] == 'h':
            case 't' when key[1] == 'r':
                return ('C', 2);
            case 'd' or 'r':
                return ('D', 1);
            case 'g' when VietnameseLetters.TryDecompose(key[1], out var letter, out _) && letter == 'i':
                // `giữ`: gi + ư; `gì`, `gìn`: g + i, the i carrying the rime.
                return key.Length > 2 && VietnameseLetters.TryDecompose(key[2], out var next, out _) && VietnameseLetters.IsVowel(next)
                    ? ('D', 2)
                    : ('D', 1);
            default:
                return ('\0', 0);
        }
    }
}
