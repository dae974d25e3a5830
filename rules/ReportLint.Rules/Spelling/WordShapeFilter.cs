namespace ReportLint.Rules.Spelling;

/// <summary>
/// A cheap first test for "could this word be one of these words?" on the length with the first letter and the
/// length with the last letter (any case; the same parts as <see cref="SyllableComparer"/>'s hash). Tables that are
/// asked at every word of a draft reject most words here, before hashing: the first letter alone let a third of
/// the words through (`của`, `các`, `chỉ`).
/// </summary>
internal sealed class WordShapeFilter
{
    private const int Lengths = 16, Letters = 128;

    private readonly bool[] _firstLetters = new bool[Lengths * Letters];
    private readonly bool[] _lastLetters = new bool[Lengths * Letters];

    public void Add(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return;
        }
        _firstLetters[Slot(word.Length, word[0])] = true;
        _lastLetters[Slot(word.Length, word[^1])] = true;
    }

    /// <summary>False when the word is certainly none of the added words; true when it may be one.</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        !word.IsEmpty && _firstLetters[Slot(word.Length, word[0])] && _lastLetters[Slot(word.Length, word[^1])];

    /// <summary>Lengths from 15 up share a slot, and letters are folded onto 128: collisions only let more words through.</summary>
    private static int Slot(int length, char letter) =>
        Math.Min(length, Lengths - 1) * Letters + SyllableComparer.Lower(letter) % Letters;
}
