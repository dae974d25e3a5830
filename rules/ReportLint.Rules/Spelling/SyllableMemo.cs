using System.Collections.Concurrent;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// The validator's verdict on words seen before, shared by every paragraph of a run. A language writes
/// a few thousand distinct syllables (in a few casings), so after the first pages almost every word is
/// a look-up instead of a decomposition. Bounded: past the capacity, new words are validated each time.
/// </summary>
internal sealed class SyllableMemo(SyllableValidator validator, int capacity = 65_536)
{

    private readonly ConcurrentDictionary<string, (SyllableStatus Status, string Key)> _verdicts = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>How many words have a remembered verdict.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>As <see cref="SyllableValidator.Analyze"/>.</summary>
    public SyllableStatus Analyze(ReadOnlySpan<char> word, Span<char> key, out int keyLength)
    {
        var lookup = _verdicts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            known.Key.CopyTo(key);
            keyLength = known.Key.Length;
            return known.Status;
        }
        var status = validator.Analyze(word, key, out keyLength);
        if (Volatile.Read(ref _count) < capacity && lookup.TryAdd(word, (status, key[..keyLength].ToString())))
        {
            Interlocked.Increment(ref _count);
        }
        return status;
    }
}
