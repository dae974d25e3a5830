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

    // A bound before the number: `tối thiểu`, `tối đa`, `ít nhất`, `nhiều nhất`, `không quá`, `vượt quá`.
    private static readonly string[][] BoundPhrasesBefore =
        [["tối", "thiểu"], ["tối", "đa"], ["ít", "nhất"], ["nhiều", "nhất"], ["không", "quá"], ["vượt", "quá"]];

    // Words that may stand between a bound and its percentage: `không vượt quá tỷ lệ 15%`, `tối thiểu ở mức 50%`.
    private static readonly string[] RateWords = ["tỷ", "tỉ", "lệ", "mức", "ở", "là"];

    // A percentage bounded by `dưới`, `trên` (`dưới tỷ lệ 5%`); right before a number they make it approximate instead.
    private static readonly string[] OneWordBounds = ["dưới", "trên"];

    // Words allowed between a bound and its percentage.
    private const int MaxRateWords = 3;

    // A percentage followed by this is the figure of a rule: `tỷ lệ 15% theo quy định`.
    private static readonly string[] ByRule = ["theo", "quy", "định"];

    // A rating noun: `4 sao` is always a grade.
    private static readonly string[] RatingNouns = ["sao"];

    // `điểm` is a grade after these (`đạt 95 điểm`), a place otherwise (`có 12 điểm trường`).
    private static readonly string[] ScoreVerbs = ["đạt", "được"];

    public static bool At(Paragraph paragraph, int index) => IsThreshold(paragraph, index) || IsRating(paragraph, index);

    /// <summary>
    /// The percentage at <paramref name="index"/> is a limit, not a share of the figures before it: a bound before it, maybe
    /// past a rate's name (`không vượt quá tỷ lệ 15%`, `tối đa 30%`, `dưới mức 5%`), or a rule's figure (`15% theo quy định`).
    /// </summary>
    public static bool IsPercentLimit(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        for (var words = 0; words < MaxRateWords && TokenNavigation.IsWordIn(paragraph, previous, RateWords); words++)
        {
            previous = TokenNavigation.Previous(tokens, previous);
        }
        if (EndsPhrase(paragraph, previous) || TokenNavigation.IsWordIn(paragraph, previous, OneWordBounds))
        {
            return true;
        }
        var next = TokenNavigation.Next(tokens, index);
        if (TokenNavigation.IsPunctuation(paragraph, next, '%'))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        return TokenNavigation.MatchWords(paragraph, next, ByRule) >= 0;
    }

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
