using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>One end of a clock range: its time, and the day written right after it (`7h30 ngày 15/6/2026`), if any.</summary>
internal readonly record struct RangeEnd(ClockTime Time, Period? Day)
{
    public int LastToken => Day?.LastToken ?? Time.LastToken;

    public TextSpan Span => Day is { } day ? TextSpan.FromBounds(Time.Span.Start, day.Span.End) : Time.Span;
}

/// <summary>
/// Two times of one day that bound a stretch: `từ 14h00 đến 11h00`, `14h00 - 11h00`, `14 giờ - 11 giờ 30`. A range
/// that may run past midnight is never read as reversed: when the sentence says so (`đêm`, `hôm sau`, `khuya`,
/// `rạng sáng`), when a day follows the end only (`đến 11h00 ngày 16/6`), or from evening to early morning (`22h - 5h`).
/// Each end may carry its own day (`từ 7h30 ngày 15/6/2026 đến 17h00 ngày 14/6/2026`): the days are compared first,
/// and the times only when the days are the same; a day on one end only, or one that cannot be read, gives nothing.
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
    public static bool TryRead(Paragraph paragraph, int index, out RangeEnd start, out RangeEnd end, out int firstToken)
    {
        end = default;
        firstToken = index;
        if (ClockTimeReader.At(paragraph, index) is not { } from)
        {
            start = default;
            return false;
        }
        start = new RangeEnd(from, DayAfter(paragraph, from.LastToken));
        var tokens = paragraph.Tokens;
        var separator = TokenNavigation.Next(tokens, start.LastToken);
        if ((!TokenNavigation.IsWordIn(paragraph, separator, Separators) && !TokenNavigation.IsDash(paragraph, separator))
            || ClockTimeReader.At(paragraph, TokenNavigation.Next(tokens, separator)) is not { } to)
        {
            return false;
        }
        end = new RangeEnd(to, start.Day is null ? null : DayAfter(paragraph, to.LastToken));
        var previous = TokenNavigation.Previous(tokens, index);
        firstToken = TokenNavigation.IsWord(paragraph, previous, "từ") ? previous : index;
        return true;
    }

    /// <summary>
    /// The end lies before the start on every reading of the two times, and nothing says the range crosses midnight. With
    /// a day on both ends, an earlier end day is reversed whatever the times, and a later one is in order.
    /// </summary>
    public static bool EndsBeforeStart(Paragraph paragraph, RangeEnd start, RangeEnd end)
    {
        if (start.Day is { } startDay)
        {
            if (end.Day is not { } endDay)
            {
                return false; // `từ 14h00 ngày 12/3 đến 11h00`: the end's day is not said
            }
            if (Period.EndsBeforeStart(startDay, endDay))
            {
                return true;
            }
            return SameDay(startDay, endDay) && TimesReversed(start.Time, end.Time);
        }
        var (from, to) = (start.Time, end.Time);
        if (!TimesReversed(from, to, out var startEarliest, out var endLatest) || (startEarliest >= Evening && endLatest < EarlyMorning))
        {
            return false;
        }
        return !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(paragraph.Tokens, to.LastToken), OtherDay)
            && !SaysOvernight(paragraph, from.LastToken);
    }

    private static bool TimesReversed(ClockTime start, ClockTime end) => TimesReversed(start, end, out _, out _);

    /// <summary>
    /// A meeting's end written apart from its start (`Vào hồi 14h00` … `kết thúc vào hồi 13h45 cùng ngày`) is no later
    /// than the start on every reading of the two times, and it is no evening that runs into the early morning. An end at
    /// the start's very minute is wrong too: a meeting takes some time.
    /// </summary>
    public static bool EndsNoLaterThanStart(ClockTime start, ClockTime end)
    {
        TimesReversed(start, end, out var startEarliest, out var endLatest);
        return endLatest <= startEarliest && start.Part != DayPart.Night && end.Part != DayPart.Night
            && !(startEarliest >= Evening && endLatest < EarlyMorning);
    }

    /// <summary>The end lies before the start on every reading of the two times of one day; never for a time at night.</summary>
    private static bool TimesReversed(ClockTime start, ClockTime end, out int startEarliest, out int endLatest)
    {
        var twentyFourHour = start.IsTwentyFourHour || end.IsTwentyFourHour;
        (startEarliest, _) = start.Minutes(twentyFourHour);
        (_, endLatest) = end.Minutes(twentyFourHour);
        return endLatest < startEarliest && start.Part != DayPart.Night && end.Part != DayPart.Night;
    }

    /// <summary>The day right after a time, maybe past a comma: `7h30 ngày 15/6/2026`, `17h00, ngày 14/6`.</summary>
    private static Period? DayAfter(Paragraph paragraph, int time)
    {
        var next = TokenNavigation.Next(paragraph.Tokens, time);
        if (TokenNavigation.IsPunctuation(paragraph, next, ','))
        {
            next = TokenNavigation.Next(paragraph.Tokens, next);
        }
        return TokenNavigation.IsWord(paragraph, next, "ngày") && PeriodReader.At(paragraph, next) is { Day: not null } day ? day : null;
    }

    /// <summary>The two days are one: same day and month, and the same year or a year on one side only.</summary>
    public static bool SameDay(Period a, Period b) =>
        a.Day == b.Day && a.FirstMonth == b.FirstMonth && (a.Year is null || b.Year is null || a.Year == b.Year);

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
