using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The date each weekday names: `thứ Hai, ngày 15/10/2019`, `ngày 15/10/2019 (thứ Hai)`; and, for weekdays listed
/// together beside dates listed together, item by item in order: `27 và 28/6/2024 (thứ Năm và thứ Sáu)`, `thứ Năm và
/// thứ Sáu, ngày 27 và 28/6/2024`. A list of weekdays and a list of dates of different lengths, or a lone weekday beside
/// a list of dates, pair nothing: which date a weekday names is then unclear.
/// </summary>
internal static class WeekdayDates
{
    /// <summary>
    /// The weekdays listed from <paramref name="head"/> on, each with its date; empty when no date goes with them, or
    /// when <paramref name="head"/> is not the first of its list (the first one pairs the list).
    /// </summary>
    public static List<(WeekdayMention Weekday, DateValue Date)> Pairs(Paragraph paragraph, WeekdayMention head)
    {
        if (FollowsWeekday(paragraph, head))
        {
            return [];
        }
        var weekdays = new List<WeekdayMention> { head };
        while (NextListed(paragraph, weekdays[^1]) is { } next)
        {
            weekdays.Add(next);
        }
        List<DateValue> dates = DateBefore(paragraph, head.FirstToken, out var before) ? DatesEndingWith(paragraph, before)
            : DatesAfter(paragraph, weekdays[^1].LastToken);
        return dates.Count == weekdays.Count ? weekdays.Zip(dates).ToList() : [];
    }

    /// <summary>`thứ Năm, thứ Sáu`: a weekday right after another and a separator is paired by the first.</summary>
    private static bool FollowsWeekday(Paragraph paragraph, WeekdayMention weekday)
    {
        var tokens = paragraph.Tokens;
        var separator = TokenNavigation.Previous(tokens, weekday.FirstToken);
        if (!IsSeparator(paragraph, separator))
        {
            return false;
        }
        var end = TokenNavigation.Previous(tokens, separator);
        // A weekday is two words (`thứ Năm`, `Chủ nhật`): its first word is the one before the last.
        var start = TokenNavigation.Previous(tokens, end);
        return start >= 0 && Weekdays.TryRead(paragraph, start, out var previous, listed: true) && previous.LastToken == end;
    }

    private static WeekdayMention? NextListed(Paragraph paragraph, WeekdayMention weekday)
    {
        var tokens = paragraph.Tokens;
        var separator = TokenNavigation.Next(tokens, weekday.LastToken);
        var start = TokenNavigation.Next(tokens, separator);
        return IsSeparator(paragraph, separator) && start >= 0 && Weekdays.TryRead(paragraph, start, out var next, listed: true) ? next : null;
    }

    private static bool IsSeparator(Paragraph paragraph, int index) =>
        TokenNavigation.IsPunctuation(paragraph, index, ',') || TokenNavigation.IsWord(paragraph, index, "và");

    /// <summary>`ngày 15/10/2019 (thứ Hai)`, `15/10/2019, thứ Hai`: the date right before a weekday.</summary>
    private static bool DateBefore(Paragraph paragraph, int first, out DateValue date)
    {
        date = default;
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, first);
        if (!TokenNavigation.IsPunctuation(paragraph, previous, ',') && !TokenNavigation.IsPunctuation(paragraph, previous, '('))
        {
            return false;
        }
        previous = TokenNavigation.Previous(tokens, previous);
        return previous >= 0 && DateRecognizer.TryRead(paragraph, previous, out date, besideWeekday: true) && date.Day is not null && date.IsValid && date.LastToken == previous;
    }

    /// <summary>
    /// The dates listed up to <paramref name="last"/>: `27 và 28/6/2024`, `26, 27 và 28/6/2024` (the days before the last
    /// take its month and year), `27/6/2024 và 28/6/2024`.
    /// </summary>
    private static List<DateValue> DatesEndingWith(Paragraph paragraph, DateValue last)
    {
        var tokens = paragraph.Tokens;
        var dates = new List<DateValue> { last };
        var first = last.LastToken;
        while (first > 0 && tokens[first].Start > last.Span.Start)
        {
            first--;
        }
        for (var separator = TokenNavigation.Previous(tokens, first); IsSeparator(paragraph, separator); )
        {
            var item = TokenNavigation.Previous(tokens, separator);
            if (item < 0 || ListedDate(paragraph, item, last) is not { } date || date.LastToken != item)
            {
                break;
            }
            dates.Insert(0, date);
            separator = TokenNavigation.Previous(tokens, item);
        }
        return dates;
    }

    /// <summary>`thứ Hai, ngày 15/10/2019`, `thứ Năm và thứ Sáu, ngày 27 và 28/6/2024`: the dates right after the weekdays.</summary>
    private static List<DateValue> DatesAfter(Paragraph paragraph, int last)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, last);
        if (TokenNavigation.IsPunctuation(paragraph, next, ',') || TokenNavigation.IsPunctuation(paragraph, next, '(') || TokenNavigation.IsDash(paragraph, next))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (TokenNavigation.IsWord(paragraph, next, "ngày"))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        // Days alone (`27 và`) until the date that gives their month: `ngày 27 và 28/6/2024`.
        var days = new List<int>();
        while (next >= 0 && PlainDay(paragraph, next) is { } day && IsSeparator(paragraph, TokenNavigation.Next(tokens, next))
            && !DateRecognizer.TryRead(paragraph, next, out _, besideWeekday: true))
        {
            days.Add(next);
            next = TokenNavigation.Next(tokens, TokenNavigation.Next(tokens, next));
        }
        if (next < 0 || !DateRecognizer.TryRead(paragraph, next, out var date, besideWeekday: true) || date.Day is null || !date.IsValid)
        {
            return [];
        }
        var dates = days.ConvertAll(d => new DateValue(PlainDay(paragraph, d), date.Month, date.Year, tokens[d].Span, d));
        dates.Add(date);
        // `thứ Năm, ngày 27/6/2024 và 28/6/2024`: dates listed on after the first go with weekdays not written.
        for (var separator = TokenNavigation.Next(tokens, date.LastToken); IsSeparator(paragraph, separator); )
        {
            var item = TokenNavigation.Next(tokens, separator);
            // A full date only: `…, ngày 27/6/2024, 14 giờ` goes on with an hour, not a day.
            if (item < 0 || !DateRecognizer.TryRead(paragraph, item, out _, besideWeekday: true) || ListedDate(paragraph, item, date) is not { } more)
            {
                break;
            }
            dates.Add(more);
            separator = TokenNavigation.Next(tokens, more.LastToken);
        }
        return dates.TrueForAll(d => d.IsValid) ? dates : [];
    }

    /// <summary>A date in a list: a full one (`27/6/2024`), or a day alone taking the month and year of <paramref name="other"/>.</summary>
    private static DateValue? ListedDate(Paragraph paragraph, int index, DateValue other)
    {
        if (DateRecognizer.TryRead(paragraph, index, out var date, besideWeekday: true) && date.Day is not null)
        {
            date = date.Year is null ? date with { Year = other.Year } : date;
            return date.IsValid ? date : null;
        }
        return PlainDay(paragraph, index) is { } day && new DateValue(day, other.Month, other.Year, paragraph.Tokens[index].Span, index) is { IsValid: true } alone
            ? alone : null;
    }

    /// <summary>A number of one or two digits that may be a day of the month.</summary>
    private static int? PlainDay(Paragraph paragraph, int index)
    {
        var token = paragraph.Tokens[index];
        var text = paragraph.GetText(token);
        return token.Kind == TokenKind.Number && text.Length <= 2 && int.TryParse(text, out var day) && day is >= 1 and <= 31 ? day : null;
    }
}
