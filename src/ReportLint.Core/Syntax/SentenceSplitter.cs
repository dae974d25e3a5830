using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

/// <summary>Splits a paragraph's tokens into sentences at terminal punctuation followed by a space.</summary>
internal static class SentenceSplitter
{
    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsTerminal(text, tokens[i]))
            {
                continue;
            }
            var end = i + 1;
            while (end < tokens.Length && IsCloser(text, tokens[end]))
            {
                end++;
            }
            if (end < tokens.Length && !tokens[end].Kind.IsTrivia())
            {
                continue; // `chuyên môn.Vai` is a missing space, not a sentence end.
            }
            while (end < tokens.Length && tokens[end].Kind.IsTrivia())
            {
                end++;
            }
            Add(sentences, tokens, first, end);
            first = end;
            i = end - 1;
        }
        if (first < tokens.Length)
        {
            Add(sentences, tokens, first, tokens.Length);
        }
        return sentences.ToArray();
    }

    private static void Add(List<Sentence> sentences, Token[] tokens, int first, int end) =>
        sentences.Add(new Sentence(first, end - first, TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End)));

    private static bool IsTerminal(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && (text[token.Start] is '.' or '!' or '?' or '…');

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && (text[token.Start] is ')' or ']' or '"' or '”' or '’' or '\'' or '»');
}
