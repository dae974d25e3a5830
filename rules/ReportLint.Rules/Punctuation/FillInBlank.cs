using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// An ellipsis that holds a place to fill in, not words left out: a form's blank is dots by design, whatever their
/// form and spacing, so the ellipsis rules neither count nor report it. A blank is
/// <list type="bullet">
/// <item>a part of a date left open: `ngày … tháng … năm 2026`, `tháng 5 năm …` (after ngày, tháng or năm, and before
/// tháng or năm, or after a day or month written or left open);</item>
/// <item>a part of a document symbol: `Số: …/BC-UBND`, `12/…` (touching a slash);</item>
/// <item>the value after a label: `Họ và tên: …` (after a colon, at the end of the line or cell);</item>
/// <item>a table cell or a line holding nothing else.</item>
/// </list>
/// Dotted lines of four dots or more are no ellipsis token at all, and dots glued together (`……`) are left alone by
/// <see cref="EllipsisTokens.IsGlued"/>.
/// </summary>
internal static class FillInBlank
{
    public static bool IsBlank(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var before = Previous(paragraph, index);
        var after = Next(paragraph, index);
        if (IsSlash(paragraph, index - 1) || IsSlash(paragraph, index + 1))
        {
            return true;
        }
        if (before < 0 && after < 0)
        {
            return true; // alone in its line or cell
        }
        if (before >= 0 && after < 0 && PunctuationTokens.IsChar(paragraph, tokens[before], ':'))
        {
            return true;
        }
        return before >= 0 && IsDateWord(paragraph, tokens[before], "ngày", "tháng", "năm")
            && ((after >= 0 && IsDateWord(paragraph, tokens[after], "tháng", "năm"))
                || (Previous(paragraph, before) is var part && part >= 0 && IsDatePart(paragraph, part)));
    }

    /// <summary>
    /// The index of the nearest token before <paramref name="index"/> that is not a space, or -1 at the start of the
    /// line or of a table cell (a tab, or the break Word's cells read as).
    /// </summary>
    private static int Previous(Paragraph paragraph, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var kind = paragraph.Tokens[i].Kind;
            if (IsCellEdge(paragraph, paragraph.Tokens[i]))
            {
                return -1;
            }
            if (!kind.IsTrivia())
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The index of the nearest token after <paramref name="index"/> that is not a space, or -1 at the end of the line or cell.</summary>
    private static int Next(Paragraph paragraph, int index)
    {
        for (var i = index + 1; i < paragraph.Tokens.Count; i++)
        {
            var kind = paragraph.Tokens[i].Kind;
            if (IsCellEdge(paragraph, paragraph.Tokens[i]))
            {
                return -1;
            }
            if (!kind.IsTrivia())
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A tab parts cells of a typed table; a .docx cell's inner breaks read as \v; a line break ends a line.</summary>
    internal static bool IsCellEdge(Paragraph paragraph, Token token) =>
        token.Kind is TokenKind.Tab or TokenKind.LineBreak || (token.Kind.IsTrivia() && paragraph.GetText(token).Contains('\v'));

    private static bool IsSlash(Paragraph paragraph, int index) =>
        index >= 0 && index < paragraph.Tokens.Count && PunctuationTokens.IsChar(paragraph, paragraph.Tokens[index], '/');

    private static bool IsDateWord(Paragraph paragraph, Token token, params string[] words)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }
        var text = paragraph.GetText(token);
        foreach (var word in words)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A day or month written (`tháng 5`) or left open (`tháng …`) after its date word: not `trong 5 năm`.</summary>
    private static bool IsDatePart(Paragraph paragraph, int index)
    {
        var token = paragraph.Tokens[index];
        return (token.Kind == TokenKind.Number || EllipsisTokens.FormOf(paragraph, token) is not null)
            && Previous(paragraph, index) is var word && word >= 0 && IsDateWord(paragraph, paragraph.Tokens[word], "ngày", "tháng");
    }
}
