using System.Collections;

namespace ReportLint.Core.Syntax;

/// <summary>
/// A paragraph's sentences. A sealed class rather than IReadOnlyList&lt;Sentence&gt;, as <see cref="TokenList"/>: a rule's
/// `foreach` over them runs at every paragraph, and over the interface each one allocated an enumerator.
/// </summary>
public sealed class SentenceList(Sentence[] items) : IReadOnlyList<Sentence>
{
    private readonly Sentence[] _items = items;

    public int Count => _items.Length;

    public Sentence this[int index] => _items[index];

    public ReadOnlySpan<Sentence> AsSpan() => _items;

    /// <summary>foreach without an enumerator object.</summary>
    public ReadOnlySpan<Sentence>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<Sentence> IEnumerable<Sentence>.GetEnumerator() => ((IEnumerable<Sentence>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
