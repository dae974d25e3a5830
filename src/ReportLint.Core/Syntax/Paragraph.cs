using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

/// <summary>A paragraph placed in a document: its syntax plus its absolute start offset.</summary>
public sealed class Paragraph(ParagraphSyntax syntax, int index, int start)
{
    public ParagraphSyntax Syntax { get; } = syntax;

    public int Index { get; } = index;

    /// <summary>Absolute offset of the paragraph in the document.</summary>
    public int Start { get; } = start;

    public string Text => Syntax.Text;

    /// <inheritdoc cref="ParagraphSyntax.FlatText"/>
    public string FlatText => Syntax.FlatText;

    public TokenList Tokens => Syntax.Tokens;

    public SentenceList Sentences => Syntax.Sentences;

    public TextSpan Span => new(Start, Syntax.Text.Length);

    public ReadOnlySpan<char> GetText(Token token) => Syntax.GetText(token);

    public string GetString(Token token) => Syntax.GetString(token);

    /// <summary>The sentence holding the token at <paramref name="tokenIndex"/>, or null for an index outside the paragraph.</summary>
    public Sentence? SentenceOf(int tokenIndex)
    {
        var sentences = Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (tokenIndex >= sentence.FirstToken && tokenIndex < sentence.EndToken)
            {
                return sentence;
            }
        }
        return null;
    }

    /// <summary>
    /// The first word of the sentence holding the token at <paramref name="tokenIndex"/>, or -1: a capital
    /// there says nothing of a name, and a closing formula (`Trên đây là …`) starts there.
    /// </summary>
    public int FirstWordOfSentence(int tokenIndex)
    {
        if (SentenceOf(tokenIndex) is not { } sentence)
        {
            return -1;
        }
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (Tokens[i].Kind.IsWordLike())
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Converts a paragraph-relative span to a document offset span.</summary>
    public TextSpan ToAbsolute(TextSpan relative) => relative.Shift(Start);
}
