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
        Sentences = sentences;
    }

    /// <summary>The paragraph text, including its trailing line break if any.</summary>
    public string Text { get; }

    public TokenList Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>True when the reader excluded part of this paragraph (its tokens depend on more than its text).</summary>
    public bool HasExclusions { get; }

    /// <summary>True when the paragraph holds nothing but whitespace, markup and its line break.</summary>
    public bool IsBlank => Tokens.All(t => t.Kind.IsTrivia() || t.Kind == TokenKind.Markup);

    public ReadOnlySpan<char> GetText(Token token) => Text.AsSpan(token.Start, token.Length);

    public string GetString(Token token) => Text.Substring(token.Start, token.Length);

    public static ParagraphSyntax Parse(string text, IReadOnlyList<TextSpan>? excluded = null)
    {
        var tokens = new List<Token>(Math.Max(4, text.Length / 3));
        Tokenizer.Tokenize(text, excluded ?? [], tokens);
        var array = tokens.ToArray();
        return new ParagraphSyntax(text, array, SentenceSplitter.Split(text, array), excluded is { Count: > 0 });
    }
}
