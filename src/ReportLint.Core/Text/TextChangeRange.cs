namespace ReportLint.Core.Text;

/// <summary>
/// The one region where two texts differ: <see cref="OldLength"/> characters at <see cref="Start"/>
/// in the old text became <see cref="NewLength"/> characters in the new one; what lies before and
/// after is identical (the common prefix and suffix).
/// </summary>
public readonly record struct TextChangeRange(int Start, int OldLength, int NewLength)
{
    // Suffixes are compared a block at a time (vectorised) before the last characters one by one.
    private const int SuffixBlock = 256;

    public int OldEnd => Start + OldLength;

    public int NewEnd => Start + NewLength;

    /// <summary>How far text after the change moved.</summary>
    public int Delta => NewLength - OldLength;

    /// <summary>The smallest range covering every difference (vectorised comparison, no allocation).</summary>
    public static TextChangeRange Between(ReadOnlySpan<char> oldText, ReadOnlySpan<char> newText)
    {
        var prefix = oldText.CommonPrefixLength(newText);
        var limit = Math.Min(oldText.Length, newText.Length) - prefix;
        var suffix = 0;
        while (suffix + SuffixBlock <= limit
            && oldText.Slice(oldText.Length - suffix - SuffixBlock, SuffixBlock)
                .SequenceEqual(newText.Slice(newText.Length - suffix - SuffixBlock, SuffixBlock)))
        {
            suffix += SuffixBlock;
        }
        while (suffix < limit && oldText[oldText.Length - suffix - 1] == newText[newText.Length - suffix - 1])
        {
            suffix++;
        }
        return new TextChangeRange(prefix, oldText.Length - prefix - suffix, newText.Length - prefix - suffix);
    }
}
