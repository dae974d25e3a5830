using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>Where a capital letter says nothing: the start of a sentence, a line or a quotation, and headings.</summary>
internal static class NameContext
{
    /// <summary>Words that make the title or body next to them generic: `các bí thư huyện ủy`, `chủ tịch UBND các xã`.</summary>
    public static readonly string[] Plural = ["các", "những", "mọi", "từng", "mỗi"];

    /// <summary>True when the word at <paramref name="index"/> starts a sentence, a line, a quotation or a list item.</summary>
    public static bool IsInitial(Paragraph paragraph, int index)
    {
        var previous = TokenNavigation.Previous(paragraph.Tokens, index);
        if (previous < 0)
        {
            return true;
        }
        if (StartsCell(paragraph, previous, index))
        {
            return true;
        }
        var token = paragraph.Tokens[previous];
        return token.Kind switch
        {
            TokenKind.Punctuation => !(token.Length == 1 && paragraph.Text[token.Start] is ',' or ';'),
            TokenKind.Symbol or TokenKind.Other or TokenKind.Markup => true,
            _ => false,
        };
    }

    /// <summary>
    /// A tab, or the break of a Word table cell (a vertical tab), between the two tokens: the word opens a cell of a
    /// table row, as a Markdown pipe before it would say.
    /// </summary>
    private static bool StartsCell(Paragraph paragraph, int previous, int index)
    {
        for (var i = previous + 1; i < index; i++)
        {
            var token = paragraph.Tokens[i];
            if (token.Kind == TokenKind.Tab || (token.Kind == TokenKind.OtherSpace && paragraph.Text[token.Start] == '\v'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A lower-case word that makes a lexicon word with the word one space before it (`trưởng thành`, `đại hội`):
    /// a name does not start in the middle of a word, so `trưởng thành Đoàn` holds no `Thành đoàn`.
    /// </summary>
    public static bool ContinuesWordBefore(Paragraph paragraph, int index, SpellingData spelling)
    {
        var tokens = paragraph.Tokens;
        return index >= 2 && !tokens[index].Has(TokenFlags.Capitalized) && TokenNavigation.IsWordGap(tokens[index - 1])
            && tokens[index - 2].Kind == TokenKind.Word
            && spelling.Lexicon.IsWord(spelling.Validator, paragraph.GetText(tokens[index - 2]), paragraph.GetText(tokens[index]));
    }

    /// <summary>
    /// The word at <paramref name="index"/> and a lower-case word one space after it make a lexicon word
    /// (`Ủy ban`, `ủy viên`): a name does not end in the middle of a word, so `Ban cán sự đảng Ủy ban nhân dân tỉnh`
    /// holds no `Đảng ủy`, and `Đảng ủy viên` names a member, not the committee. A word after that starts a word of
    /// its own is read that way: `Huyện ủy ban hành` is `Huyện ủy` + `ban hành`.
    /// </summary>
    public static bool ContinuesIntoWordAfter(Paragraph paragraph, int index, SpellingData spelling) =>
        MakesWordWithNext(paragraph, index, spelling) && !MakesWordWithNext(paragraph, index + 2, spelling);

    private static bool MakesWordWithNext(Paragraph paragraph, int index, SpellingData spelling)
    {
        var tokens = paragraph.Tokens;
        return index + 2 < tokens.Count && TokenNavigation.IsWordGap(tokens[index + 1])
            && tokens[index + 2].Kind == TokenKind.Word && !tokens[index + 2].Has(TokenFlags.Capitalized)
            && spelling.Lexicon.IsWord(spelling.Validator, paragraph.GetText(tokens[index]), paragraph.GetText(tokens[index + 2]));
    }

    /// <summary>A multi-letter word in capitals (`BAN THƯỜNG VỤ`): a heading, whose case is not checked.</summary>
    public static bool IsAllCaps(Token token) => token.Kind == TokenKind.Word && token.Length > 1 && token.Has(TokenFlags.AllUpper);
}
