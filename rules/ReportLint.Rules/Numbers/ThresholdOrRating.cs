using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A figure that bounds or grades what is counted rather than counting it: a threshold (`từ 3 sao trở lên`, `ít nhất 2
/// lần`, `tối thiểu 30 ngày`) or a rating (`đạt 4 sao`, `đạt 95 điểm`). In `12 sản phẩm OCOP từ 3 sao trở lên, trong đó
/// sản phẩm trà đạt 4 sao` neither 3 nor 4 is a whole or a part (RL5002). `trên N`, `dưới N` are left to the readers,
/// which take them as approximate counts (`trên 1.200 hộ, chiếm 85%`) and never as a whole a part is checked against.
/// </summary>
internal static class ThresholdOrRating
{
    // `trở lên`, `trở xuống`, `trở lại` after `từ N …`: a lower or upper bound.
    private static readonly string[] BoundEnds = ["lên", "xuống", "lại"];

    // Words allowed between the number of `từ N … trở lên` and `trở` (`từ 3 sao trở lên`, `từ 80 điểm trở lên`).
    private const int MaxWordsBeforeTro = 3;

    // A bound before the number: `tối thiểu`, `tối đa`, `ít nhất`, `nhiều nhất`.
    private static readonly string[][] BoundPhrasesBefore = [["tối", "thiểu"], ["tối", "đa"], ["ít", "nhất"], ["nhiều", "nhất"]];

    // A rating noun: `4 sao` is always a grade.
    private static readonly string[] RatingNouns = ["sao"];

    // `điểm` is a grade after these (`đạt 95 điểm`), a place otherwise (`có 12 điểm trường`).
    private static readonly string[] ScoreVerbs = ["đạt", "được"];

    public static bool At(Paragraph paragraph, int index) => IsThreshold(paragraph, index) || IsRating(paragraph, index);

    private static bool IsThreshold(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        if (EndsPhrase(paragraph, previous))
        {
            return true;
        }
        if (!TokenNavigation.IsWord(paragraph, previous, "từ"))
        {
            return false;
        }
        var next = TokenNavigation.Next(tokens, index);
        for (var words = 0; words <= MaxWordsBeforeTro && next >= 0 && tokens[next].Kind == TokenKind.Word; words++, next = TokenNavigation.Next(tokens, next))
        {
            if (TokenNavigation.IsWord(paragraph, next, "trở") && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(tokens, next), BoundEnds))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word at <paramref name="last"/> ends `tối thiểu`, `ít nhất`…</summary>
    private static bool EndsPhrase(Paragraph paragraph, int last)
    {
        var first = TokenNavigation.Previous(paragraph.Tokens, last);
        foreach (var phrase in BoundPhrasesBefore)
        {
            if (TokenNavigation.MatchWords(paragraph, first, phrase) == last)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsRating(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var noun = TokenNavigation.Next(tokens, index);
        return TokenNavigation.IsWordIn(paragraph, noun, RatingNouns)
            || (TokenNavigation.IsWord(paragraph, noun, "điểm") && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, index), ScoreVerbs));
    }
}
