using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

/// <summary>
/// The immutable syntax of one paragraph (one line of the document, its line break included).
/// Offsets are relative to the paragraph, so an unchanged paragraph is reused, with every fact
/// cached about it, when the text around it is edited.
/// </summary>
public sealed class ParagraphSyntax
{
    private ParagraphSyntax(string text, Token[] tokens, Sentence[] sentences, bool hasExclusions)
    {
        Text = text;
        HasExclusions = hasExclusions;
        Tokens = new TokenList(tokens);
        Sentences = new SentenceList(sentences);
    }

    private readonly object _derivedLock = new();
    private object?[]? _derived;

    /// <summary>The paragraph text, including its trailing line break if any.</summary>
    public string Text { get; }

    /// <summary>
    /// The text with the line breaks inside it (a Markdown paragraph or a hard wrap read over several lines) turned into
    /// spaces, offset for offset: what patterns that expect `, tăng` must read, whatever line the writer broke at.
    /// </summary>
    public string FlatText => _flatText ??= Flatten(Text);

    private string? _flatText;

    private static string Flatten(string text)
    {
        var inner = text.AsSpan().TrimEnd("\r\n");
        if (inner.IndexOfAny('\r', '\n') < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < inner.Length; i++)
        {
            if (chars[i] is '\r' or '\n')
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    public TokenList Tokens { get; }

    public SentenceList Sentences { get; }

    /// <summary>True when the reader excluded part of this paragraph (its tokens depend on more than its text).</summary>
    public bool HasExclusions { get; }

    /// <summary>True when the paragraph holds nothing but whitespace, markup and its line break.</summary>
    public bool IsBlank => Tokens.All(t => t.Kind.IsTrivia() || t.Kind == TokenKind.Markup);

    /// <summary>
    /// The value a rule derived from this paragraph, computed on first use. Readers never lock; two threads
    /// racing on the first use may both compute, and the first stored value wins.
    /// </summary>
    public T GetOrAdd<T, TState>(SyntaxSlot<T> slot, TState state, Func<ParagraphSyntax, TState, T> create) where T : class =>
        Get(slot) ?? Store(slot, create(this, state), replace: false);

    /// <summary>The value in a slot, or null.</summary>
    internal T? Get<T>(SyntaxSlot<T> slot) where T : class
    {
        var derived = Volatile.Read(ref _derived);
        return derived is not null && slot.Index < derived.Length ? derived[slot.Index] as T : null;
    }

    /// <summary>Puts a value in a slot in place of what it held (the analysis cache keeps the latest result).</summary>
    internal void Set<T>(SyntaxSlot<T> slot, T value) where T : class => Store(slot, value, replace: true);

    private T Store<T>(SyntaxSlot<T> slot, T value, bool replace) where T : class
    {
        lock (_derivedLock)
        {
            var derived = _derived;
            if (derived is null || slot.Index >= derived.Length)
            {
                var grown = new object?[Math.Max(SyntaxSlots.Count, slot.Index + 1)];
                derived?.CopyTo(grown, 0);
                derived = grown;
            }
            if (!replace && derived[slot.Index] is T stored)
            {
                return stored;
            }
            derived[slot.Index] = value;
            Volatile.Write(ref _derived, derived);
            return value;
        }
    }

    public ReadOnlySpan<char> GetText(Token token) => Text.AsSpan(token.Start, token.Length);

    public string GetString(Token token) => Text.Substring(token.Start, token.Length);

    // Parsing runs per line: one growing buffer per thread instead of a new list per paragraph.
    [ThreadStatic]
    private static List<Token>? t_buffer;

    public static ParagraphSyntax Parse(string text, IReadOnlyList<TextSpan>? excluded = null)
    {
        var tokens = t_buffer ??= new List<Token>(256);
        tokens.Clear();
        Tokenizer.Tokenize(text, excluded ?? [], tokens);
        var array = tokens.ToArray();
        if (tokens.Capacity > 64 * 1024)
        {
            t_buffer = null; // do not keep one huge line's buffer alive
        }
        return new ParagraphSyntax(text, array, SentenceSplitter.Split(text, array), excluded is { Count: > 0 });
    }
}
