using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Punctuation;

/// <summary>The ellipsis as a token: its two forms, and when it touches other dots.</summary>
internal static class EllipsisTokens
{
    public const string ThreeDots = "...";
    public const string OneCharacter = "…";

    /// <summary>`...` or `…`; null for any other token, a run of four dots included.</summary>
    public static string? FormOf(Paragraph paragraph, Token token)
    {
        if (token.Kind != TokenKind.Punctuation)
        {
            return null;
        }
        var text = paragraph.GetText(token);
        return text.SequenceEqual(ThreeDots) ? ThreeDots : text.SequenceEqual(OneCharacter) ? OneCharacter : null;
    }

    /// <summary>
    /// Touching another dot (`….`, `……`) or a dotted abbreviation (`v.v...`): the writer may mean an ellipsis and a
    /// full stop, a dotted line, or an idiom, and reading it as one ellipsis would be a guess.
    /// </summary>
    public static bool IsGlued(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (index > 0)
        {
            var before = tokens[index - 1];
            var text = paragraph.GetText(before);
            if ((before.Kind == TokenKind.Punctuation && IsDotted(text))
                || (before.Kind == TokenKind.Abbreviation && text.Contains('.')))
            {
                return true;
            }
        }
        return index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Punctuation && IsDotted(paragraph.GetText(tokens[index + 1]));
    }

    private static bool IsDotted(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '.' or '…';
}
