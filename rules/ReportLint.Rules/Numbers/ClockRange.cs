using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Two times of one day that bound a stretch: `từ 14h00 đến 11h00`, `14h00 - 11h00`, `14 giờ - 11 giờ 30`. A range
/// that may run past midnight is never read as reversed: when the sentence says so (`đêm`, `hôm sau`, `khuya`,
/// `rạng sáng`), when a day follows the end (`đến 11h00 ngày 16/6`), or from evening to early morning (`22h - 5h`).
/// </summary>
internal static class ClockRange
{
    private static readonly string[] Separators = ["đến", "tới"];

    // Words after the end that move it to another day: `11h00 ngày 16/6`, `thứ Bảy`, `hôm sau`, `Chủ nhật`.
    private static readonly string[] OtherDay = ["ngày", "hôm", "thứ", "chủ", "mai"];

    // Words in the sentence that say the range runs overnight.
    private static readonly string[] Overnight = ["đêm", "khuya", "rạng"];

    private const int Evening = 18 * 60;
    private const int EarlyMorning = 8 * 60;

    /// <summary>The range whose first time starts at <paramref name="index"/>; its first token is `từ` when written.</summary>
    public static bool TryRead(Paragraph paragraph, int index, out ClockTime start, out ClockTime end, out int firstToken)
    {
        end = default;
        firstToken = index;
        if (ClockTimeReader.At(paragraph, index) is not { } from)
        {
            start = default;
            return false;
        }
        start = from;
        var tokens = paragraph.Tokens;
        var separator = TokenNavigation.Next(tokens, from.LastToken);
        if ((!TokenNavigation.IsWordIn(paragraph, separator, Separators) && !TokenNavigation.IsDash(paragraph, separator))
            || ClockTimeReader.At(paragraph, TokenNavigation.Next(tokens, separator)) is not { } to)
        {
            return false;
        }
        end = to;
        var previous = TokenNavigation.Previous(tokens, index);
        firstToken = TokenNavigation.IsWord(paragraph, previous, "từ") ? previous : index;
        return true;
    }

    /// <summary>The end lies before the start on every reading of the two times, and nothing says the range crosses midnight.</summary>
    public static bool EndsBeforeStart(Paragraph paragraph, ClockTime start, ClockTime end)
    {
        var twentyFourHour = start.IsTwentyFourHour || end.IsTwentyFourHour;
        var (startEarliest, _) = start.Minutes(twentyFourHour);
        var (_, endLatest) = end.Minutes(twentyFourHour);
        if (endLatest >= startEarliest || start.Part == DayPart.Night || end.Part == DayPart.Night
            || (startEarliest >= Evening && endLatest < EarlyMorning))
        {
            return false;
        }
        return !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(paragraph.Tokens, end.LastToken), OtherDay)
            && !SaysOvernight(paragraph, start.LastToken);
    }

    private static bool SaysOvernight(Paragraph paragraph, int index)
    {
        if (paragraph.SentenceOf(index) is not { } sentence)
        {
            return false;
        }
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (TokenNavigation.IsWordIn(paragraph, i, Overnight)
                || (TokenNavigation.IsWord(paragraph, i, "hôm") && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(paragraph.Tokens, i), "sau")))
            {
                return true;
            }
        }
        return false;
    }
}
