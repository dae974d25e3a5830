namespace ReportLint.Rules.Spelling;

/// <summary>
/// The two accepted tone placements of open `oa`, `oe`, `uy`: traditional `hòa, khỏe, thủy, ủy`
/// and modern `hoà, khoẻ, thuỷ, uỷ`. After `qu` the `u` belongs to the initial (`quý`), never moved.
/// </summary>
internal static class ToneStyle
{
    public enum Placement : byte
    {
        None,
        Traditional,
        Modern,
    }

    /// <summary>Which style a syllable shows: only open `oa/oe/uy` with a tone tell the two apart.</summary>
    public static Placement Detect(ReadOnlySpan<char> word, out int first)
    {
        first = word.Length - 2;
        if (word.Length < 2 || (word.Length >= 3 && word[^3] is 'q' or 'Q'))
        {
            return Placement.None;
        }
        if (!VietnameseLetters.TryDecompose(word[^2], out var a, out var toneA)
            || !VietnameseLetters.TryDecompose(word[^1], out var b, out var toneB))
        {
            return Placement.None;
        }
        if (!((a == 'o' && b is 'a' or 'e') || (a == 'u' && b == 'y')))
        {
            return Placement.None;
        }
        return toneA != 0 && toneB == 0 ? Placement.Traditional
            : toneB != 0 && toneA == 0 ? Placement.Modern
            : Placement.None;
    }

    /// <summary>The same syllable in the other (or the given) placement; unchanged when it shows none.</summary>
    public static string Convert(string word, Placement target)
    {
        var current = Detect(word, out var first);
        if (current == Placement.None || current == target)
        {
            return word;
        }
        VietnameseLetters.TryDecompose(word[first], out var a, out var toneA);
        VietnameseLetters.TryDecompose(word[first + 1], out var b, out var toneB);
        var tone = toneA + toneB;
        var chars = word.ToCharArray();
        var upperA = char.IsUpper(word[first]);
        var upperB = char.IsUpper(word[first + 1]);
        chars[first] = Case(VietnameseLetters.Compose(a, target == Placement.Traditional ? tone : 0), upperA);
        chars[first + 1] = Case(VietnameseLetters.Compose(b, target == Placement.Modern ? tone : 0), upperB);
        return new string(chars);
    }

    public static string ToTraditional(string word) => Convert(word, Placement.Traditional);

    private static char Case(char c, bool upper) => upper ? char.ToUpperInvariant(c) : c;
}
