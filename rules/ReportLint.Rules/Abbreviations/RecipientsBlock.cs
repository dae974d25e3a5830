using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The recipients block that closes an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
/// the `Nơi nhận:` line, the list items under it, and the filing line `- Lưu: VT, PTNT.` wherever it
/// stands. They name offices by their house codes (`VT` văn thư, `PTNT` the drafting unit), which no
/// reader expects defined, so their abbreviations are not uses. Read the paragraphs in document order.
/// </summary>
internal sealed class RecipientsBlock
{
    private bool _open;

    /// <summary>True when the paragraph belongs to the block (or is a filing line); moves past it.</summary>
    public bool Covers(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var first = TokenNavigation.Next(tokens, -1);
        if (first < 0)
        {
            return _open; // a blank line does not close the block
        }
        // A list marker: `-`, `+`, `•` in plain text, the Markdown syntax of a list item.
        var listItem = (tokens[first].Kind is TokenKind.Markup or TokenKind.Symbol)
            || TokenNavigation.IsDash(paragraph, first) || TokenNavigation.IsPunctuation(paragraph, first, '+');
        var word = listItem ? TokenNavigation.Next(tokens, first) : first;
        if (TokenNavigation.IsWord(paragraph, word, "nơi") && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, word), "nhận"))
        {
            return _open = true;
        }
        if (IsFilingLine(paragraph, word))
        {
            return true;
        }
        return _open = _open && listItem;
    }

    /// <summary>`Lưu: VT, PTNT.` or `Lưu VT.`: `Lưu` then a colon or a code (not `Lưu ý`, `lưu trữ`).</summary>
    private static bool IsFilingLine(Paragraph paragraph, int word)
    {
        if (!TokenNavigation.IsWord(paragraph, word, "lưu"))
        {
            return false;
        }
        var next = TokenNavigation.Next(paragraph.Tokens, word);
        return TokenNavigation.IsPunctuation(paragraph, next, ':')
            || (next >= 0 && paragraph.Tokens[next].Kind == TokenKind.Abbreviation);
    }
}
