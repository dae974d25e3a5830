using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>Token tests used when reading definitions.</summary>
internal static class DefinitionTokens
{
    /// <summary>
    /// The last token of a hyphenated abbreviation the tokenizer split because one part reads as a
    /// syllable (`QP-AN`: `AN` is a word), starting at candidate token <paramref name="first"/>.
    /// </summary>
    public static int CompoundEnd(ParagraphSyntax paragraph, int first)
    {
        var tokens = paragraph.Tokens;
        var end = first;
        while (end + 2 < tokens.Count && IsChar(paragraph, tokens[end + 1], '-') && tokens[end + 1].Start == tokens[end].End
            && tokens[end + 2].Start == tokens[end + 1].End && IsCandidate(paragraph, tokens[end + 2]))
        {
            end += 2;
        }
        return end;
    }

    public static bool IsCandidate(ParagraphSyntax paragraph, Token token) =>
        (token.Kind == TokenKind.Abbreviation || (token.Kind == TokenKind.Word && token.Has(TokenFlags.AllUpper)))
        && AbbreviationText.HasAbbreviationShape(paragraph.GetText(token));

    /// <summary>A word, including an upper-case one the tokenizer took for an abbreviation (`ỦY BAN`).</summary>
    internal static bool IsWordToken(ParagraphSyntax paragraph, Token token) =>
        token.Kind == TokenKind.Word
        || (token.Kind == TokenKind.Abbreviation && !AbbreviationText.HasAbbreviationShape(paragraph.GetText(token)));

    internal static bool IsLeadIn(ReadOnlySpan<char> word) =>
        word is "sau" or "đây" or "gọi" or "viết" or "tắt" or "là" or "chung";

    internal static bool IsAnd(ParagraphSyntax paragraph, Token token) =>
        token.Kind == TokenKind.Word && paragraph.GetText(token) is "và";

    internal static bool IsChar(ParagraphSyntax paragraph, Token token, char c) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && paragraph.Text[token.Start] == c;

    internal static string Text(ParagraphSyntax paragraph, TextSpan span) =>
        paragraph.Text.Substring(span.Start, span.Length).Normalize(NormalizationForm.FormC);

    /// <summary>The next non-trivia token index from <paramref name="i"/> in a direction, or -1.</summary>
    internal static int Skip(ParagraphSyntax paragraph, int i, int step)
    {
        while (i >= 0 && i < paragraph.Tokens.Count && paragraph.Tokens[i].Kind.IsTrivia())
        {
            i += step;
        }
        return i >= 0 && i < paragraph.Tokens.Count ? i : -1;
    }
}
