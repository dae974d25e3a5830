using System.Collections;

namespace ReportLint.Core.Syntax;

/// <summary>
/// A paragraph's tokens. A sealed class rather than IReadOnlyList&lt;Token&gt; so that the rules' hot
/// loops (`tokens[i]`, `tokens.Count`) are direct array reads, not interface dispatch.
/// </summary>
public sealed class TokenList(Token[] items) : IReadOnlyList<Token>
{
    private readonly Token[] _items = items;

    public int Count => _items.Length;

    public Token this[int index] => _items[index];

    public ReadOnlySpan<Token> AsSpan() => _items;

    public Token[] ToArray() => (Token[])_items.Clone();

    /// <summary>foreach without an enumerator object.</summary>
    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => ((IEnumerable<Token>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
