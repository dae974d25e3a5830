using System.Collections.Concurrent;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// A thread-safe memo of a pure function of one word. Bounded: when full it starts afresh, so a batch
/// of odd drafts cannot grow it without end (the words that recur come back quickly).
/// </summary>
internal sealed class WordMemo<T>(int capacity = 1_024)
{
    private ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);

    public T GetOrAdd(string word, Func<string, T> compute)
    {
        var entries = _entries;
        if (entries.TryGetValue(word, out var value))
        {
            return value;
        }
        value = compute(word);
        if (entries.Count >= capacity)
        {
            _entries = entries = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);
        }
        entries[word] = value;
        return value;
    }
}
