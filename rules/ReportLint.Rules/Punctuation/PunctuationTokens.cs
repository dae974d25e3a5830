using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Punctuation;

/// <summary>Token tests shared by the punctuation rules.</summary>
internal static class PunctuationTokens
{
    /// <summary>A token that can end a word or phrase: a word-like token, a URL, or a closing mark.</summary>
    public static bool EndsPhrase(Paragraph paragraph, Token token) =>
        token.Kind.IsWordLike() || token.Kind is TokenKind.Url or TokenKind.Email
        || (token.Kind is TokenKind.Punctuation && token.Length == 1 && paragraph.Text[token.Start] is ')' or ']' or '”' or '"' or '%');

    /// <summary>A token that can start a word or phrase.</summary>
    public static bool StartsPhrase(Paragraph paragraph, Token token) =>
        token.Kind.IsWordLike() || token.Kind is TokenKind.Url or TokenKind.Email
        || (token.Kind is TokenKind.Punctuation && token.Length == 1 && paragraph.Text[token.Start] is '(' or '[' or '“' or '"');

    public static bool IsChar(Paragraph paragraph, Token token, char c) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && paragraph.Text[token.Start] == c;
}
