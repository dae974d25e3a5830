using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// `từ` opening a range or a change (`chuyển từ làm thay sang hướng dẫn`, `từ khâu tiếp nhận đến trả kết quả`): with
/// `sang`, `đến` or `tới` later in its clause it is the preposition, not `tự` (`tự làm`) with a wrong tone.
/// </summary>
internal static class RangeOpening
{
    private static readonly string[] Closers = ["sang", "đến", "tới"];

    // A range is short; a closer far away belongs to another phrase.
    private const int MaxWords = 12;

    public static bool At(Paragraph paragraph, int word)
    {
        if (!TokenNavigation.IsWord(paragraph, word, "từ"))
        {
            return false;
        }
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var i = TokenNavigation.Next(tokens, word); i >= 0 && words < MaxWords; i = TokenNavigation.Next(tokens, i))
        {
            if (EndsClause(paragraph, tokens[i]))
            {
                return false;
            }
            if (tokens[i].Kind == TokenKind.Word && ++words > 1 && TokenNavigation.IsWordIn(paragraph, i, Closers))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A comma, a semicolon, a colon or a full stop ends the clause (a quote or bracket does not).</summary>
    private static bool EndsClause(Paragraph paragraph, Token token) =>
        token.Kind == TokenKind.Punctuation && paragraph.Text[token.Start] is ',' or ';' or ':' or '.' or '!' or '?' or '…';
}
