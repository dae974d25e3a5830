using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The source tag a newspaper puts before its first sentence: `Lào Cai (LCĐT) – Sáng 15/7, …`, `(ĐCSVN) -
/// Chiều nay, …`. The letters name the paper, are never defined, and are no abbreviation use of the text.
/// </summary>
internal static class NewsSourceTag
{
    // The tag follows at most a dateline of a few words.
    private const int MaxTokensBefore = 12;

    public static bool Is(Paragraph paragraph, TextSpan mention)
    {
        var tokens = paragraph.Tokens;
        var first = -1;
        for (var i = 0; i < tokens.Count && i <= MaxTokensBefore + 1; i++)
        {
            if (tokens[i].Start == mention.Start)
            {
                first = i;
                break;
            }
        }
        if (first < 1 || !IsChar(paragraph, first - 1, '('))
        {
            return false;
        }
        var close = first + 1;
        while (close < tokens.Count && tokens[close].End <= mention.End)
        {
            close++;
        }
        if (!IsChar(paragraph, close, ')'))
        {
            return false;
        }
        var dash = close + 1 < tokens.Count && tokens[close + 1].Kind.IsWhitespace() ? close + 2 : close + 1;
        return IsChar(paragraph, dash, '-') || IsChar(paragraph, dash, '–') || IsChar(paragraph, dash, '—');
    }

    private static bool IsChar(Paragraph paragraph, int index, char c) =>
        index >= 0 && index < paragraph.Tokens.Count && paragraph.Tokens[index] is { Kind: TokenKind.Punctuation, Length: 1 } token
        && paragraph.Text[token.Start] == c;
}
