using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules;

/// <summary>
/// A word or a number a hard wrap cut in two (`nghiệp v` ⏎ `ụ tài chính`, `1.28` ⏎ `4.500.000 đồng`): where its parts
/// sit around the line break, and the fix that joins them while keeping the line break (moved after the joined word).
/// </summary>
internal static class LineBreakJoin
{
    /// <summary>
    /// For the line break at <paramref name="lineBreak"/>: the token ending the line and the one opening the next, each
    /// glued to the break by blanks only, or false.
    /// </summary>
    public static bool Around(TokenList tokens, int lineBreak, out int before, out int after)
    {
        before = lineBreak - 1;
        while (before >= 0 && tokens[before].Kind.IsWhitespace())
        {
            before--;
        }
        after = lineBreak + 1;
        while (after < tokens.Count && tokens[after].Kind.IsWhitespace())
        {
            after++;
        }
        return before >= 0 && after < tokens.Count && tokens[before].Kind != TokenKind.LineBreak && tokens[after].Kind != TokenKind.LineBreak;
    }

    /// <summary>
    /// The line break of the paragraph between the token at <paramref name="index"/> and the one after (+1) or before (-1),
    /// with blanks only between, or -1.
    /// </summary>
    public static int BreakBeside(TokenList tokens, int index, int direction)
    {
        for (var i = index + direction; i >= 0 && i < tokens.Count; i += direction)
        {
            if (tokens[i].Kind == TokenKind.LineBreak)
            {
                return i;
            }
            if (!tokens[i].Kind.IsWhitespace())
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Joins the token at <paramref name="before"/> with the one at <paramref name="after"/> and moves the gap between them
    /// (the line break, with any indent) to the first space after the joined word and what is glued to it (`ụ,`), so the
    /// wrap stays a wrap; with no space left on that line the two lines become one.
    /// </summary>
    public static CodeFix Fix(Paragraph paragraph, int before, int after, string joined, FixSafety safety)
    {
        var tokens = paragraph.Tokens;
        var gap = TextSpan.FromBounds(tokens[before].End, tokens[after].Start);
        var next = after + 1;
        while (next < tokens.Count && !tokens[next].Kind.IsTrivia())
        {
            next++;
        }
        LocalizedText title = new($"Nối thành “{joined}”", $"Join into “{joined}”");
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Space && next + 1 < tokens.Count && !tokens[next + 1].Kind.IsTrivia())
        {
            var gapText = paragraph.Text.Substring(gap.Start, gap.Length).TrimStart(' ', '\t');
            return new CodeFix(title, [TextEdit.Delete(gap), new TextEdit(tokens[next].Span, gapText)], safety);
        }
        return new CodeFix(title, [TextEdit.Delete(gap)], safety);
    }
}
