using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// An ellipsis written after a space at the end of a list or a sentence (`văn hóa, thể thao …`): like a full stop it
/// belongs to the word before. Only an ellipsis that plainly ends something is meant, since one after a space can
/// also stand for words left out: it must follow a word, and be followed by the end of the line, by `; ) ! ?`, or by
/// a space and a capitalized word that starts the next sentence. Left alone: an ellipsis at the start of a line, cell
/// or clause (`(...)`, `“… mà`), one in a quotation (`“… mà còn …”`, words left out of it), one before
/// a comma or a lower-case word (words left out mid-sentence), one at the end of a table cell, one glued to other dots
/// and a blank to fill in (<see cref="FillInBlank"/>).
/// </summary>
internal static class TrailingEllipsis
{
    /// <summary>The space token before the context's ellipsis when the ellipsis ends a list or sentence; otherwise null.</summary>
    public static Token? SpaceBefore(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        var index = context.TokenIndex;
        if (EllipsisTokens.FormOf(paragraph, context.Token) is null
            || context.Peek(-1) is not { Kind: TokenKind.Space or TokenKind.NoBreakSpace } space
            || context.Peek(-2) is not { } before || !before.Kind.IsWordLike()
            || !EndsHere(paragraph, context.Peek(1), context.Peek(2))
            || EllipsisTokens.IsGlued(paragraph, index) || FillInBlank.IsBlank(paragraph, index) || InsideQuotation(paragraph, index))
        {
            return null;
        }
        return space;
    }

    /// <summary>After a `“` not yet closed: in a quotation an ellipsis stands for words left out, wherever it is.</summary>
    private static bool InsideQuotation(Paragraph paragraph, int index)
    {
        var open = 0;
        for (var i = 0; i < index; i++)
        {
            if (PunctuationTokens.IsChar(paragraph, paragraph.Tokens[i], '“'))
            {
                open++;
            }
            else if (PunctuationTokens.IsChar(paragraph, paragraph.Tokens[i], '”') && open > 0)
            {
                open--;
            }
        }
        return open > 0;
    }

    private static bool EndsHere(Paragraph paragraph, Token? next, Token? afterNext)
    {
        if (next is not { } mark || mark.Kind == TokenKind.LineBreak)
        {
            return true;
        }
        if (mark.Kind == TokenKind.Punctuation)
        {
            return mark.Length == 1 && paragraph.Text[mark.Start] is ';' or ')' or '!' or '?';
        }
        return mark.Kind is TokenKind.Space or TokenKind.NoBreakSpace && !FillInBlank.IsCellEdge(paragraph, mark)
            && afterNext is { Kind: TokenKind.Word } word && word.Has(TokenFlags.Capitalized);
    }
}
