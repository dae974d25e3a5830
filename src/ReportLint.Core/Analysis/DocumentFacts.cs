namespace ReportLint.Core.Analysis;

/// <summary>
/// The paragraphs that contributed facts to one document-wide rule, in document order. After each edit
/// of a long draft every rule sees every paragraph again: the entries sit in one pooled array (no
/// large-object array per rule and edit), and <c>foreach</c> uses a struct enumerator (no interface call per entry).
/// </summary>
public sealed class DocumentFacts<TFacts> : IReadOnlyList<ParagraphFacts<TFacts>> where TFacts : class
{
    private ParagraphFacts<TFacts>[] _items;
    private int _count;

    internal DocumentFacts(int capacity) =>
        _items = capacity == 0 ? [] : System.Buffers.ArrayPool<ParagraphFacts<TFacts>>.Shared.Rent(capacity);

    public int Count => _count;

    public ParagraphFacts<TFacts> this[int index] =>
        (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    internal void Add(ParagraphFacts<TFacts> item) => _items[_count++] = item;

    internal void Release()
    {
        if (_items.Length > 0)
        {
            Array.Clear(_items, 0, _count); // drop the references (only the part used: the pool's array may be twice as long)
            System.Buffers.ArrayPool<ParagraphFacts<TFacts>>.Shared.Return(_items);
        }
        _items = [];
        _count = 0;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<ParagraphFacts<TFacts>> IEnumerable<ParagraphFacts<TFacts>>.GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<ParagraphFacts<TFacts>>)this).GetEnumerator();

    public struct Enumerator(DocumentFacts<TFacts> facts)
    {
        private int _index = -1;

        public readonly ParagraphFacts<TFacts> Current => facts._items[_index];

        public bool MoveNext() => ++_index < facts._count;
    }
}
