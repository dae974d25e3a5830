using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Names;

/// <summary>
/// A title before a body that names a level, not one body (`chủ tịch UBND cấp huyện`, `chủ tịch HĐND cùng cấp`,
/// `chủ tịch Ủy ban MTTQ các cấp`), or a post in a model of posts held together (`mô hình bí thư cấp ủy đồng thời là
/// chủ tịch UBND xã`): the post in general, left in lower case (DOMAIN §7).
/// </summary>
internal static class GenericPost
{
    // How far after the title the level may stand: the body's own words come between (`Ủy ban nhân dân cấp xã`).
    private const int MaxWordsToLevel = 6;

    // How far before `đồng thời là` the `mô hình` may stand (`mô hình thí điểm bí thư cấp ủy đồng thời là`).
    private const int MaxWordsToModel = 8;

    private static readonly string[] Levels =
        ["huyện", "xã", "tỉnh", "quận", "phường", "thôn", "cơ sở", "trên", "dưới", "trung ương"];

    public static bool At(Paragraph paragraph, PhraseMatch title) =>
        BeforeLevel(paragraph, title.LastToken) || InModelOfPosts(paragraph, title.FirstToken);

    private static bool BeforeLevel(Paragraph paragraph, int last)
    {
        var tokens = paragraph.Tokens;
        var i = TokenNavigation.Next(tokens, last);
        for (var words = 0; i >= 0 && words < MaxWordsToLevel && tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation;
            words++, i = TokenNavigation.Next(tokens, i))
        {
            if (TokenNavigation.IsWordIn(paragraph, i, ["cùng", "các"]) && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, i), "cấp"))
            {
                return true;
            }
            if (TokenNavigation.IsWord(paragraph, i, "cấp") && IsLevel(paragraph, TokenNavigation.Next(tokens, i)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLevel(Paragraph paragraph, int index)
    {
        foreach (var level in Levels)
        {
            if (TokenNavigation.MatchWords(paragraph, index, level.Split(' ')) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InModelOfPosts(Paragraph paragraph, int first)
    {
        var tokens = paragraph.Tokens;
        var said = TokenNavigation.Previous(tokens, first);
        var also = TokenNavigation.Previous(tokens, said);
        if (!TokenNavigation.IsWord(paragraph, said, "là") || !TokenNavigation.IsWord(paragraph, also, "thời")
            || !TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(tokens, also), "đồng"))
        {
            return false;
        }
        var i = TokenNavigation.Previous(tokens, TokenNavigation.Previous(tokens, also));
        for (var words = 0; i >= 0 && words < MaxWordsToModel && tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation;
            words++, i = TokenNavigation.Previous(tokens, i))
        {
            if (TokenNavigation.IsWord(paragraph, i, "hình") && TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(tokens, i), "mô"))
            {
                return true;
            }
        }
        return false;
    }
}
