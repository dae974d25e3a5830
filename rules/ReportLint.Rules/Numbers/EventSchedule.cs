using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>The day an event is held (`Hội nghị được tổ chức vào ngày …`, `Thời gian: 8h00 ngày …`); Noun names it, null for a `Thời gian:` line.</summary>
internal sealed record EventDay(Period Day, string? Noun);

/// <summary>A deadline to register or send something for an event (`gửi tham luận … trước ngày …`), over `trước … ngày …`.</summary>
internal sealed record PreparationDeadline(Period Day, string? Noun, TextSpan Span);

/// <summary>
/// Reads, sentence by sentence, the day an event is held and the deadlines to register people or send papers for it.
/// Reports of results (`gửi báo cáo kết quả … trước ngày …`) come after an event and are no preparation.
/// </summary>
internal static class EventSchedule
{
    private static readonly string[][] Nouns =
        [["hội", "nghị"], ["đại", "hội"], ["hội", "thảo"], ["tọa", "đàm"], ["toạ", "đàm"], ["hội", "thi"], ["kỳ", "họp"], ["lễ"]];

    private static readonly string[][] HeldVerbs = [["tổ", "chức"], ["diễn", "ra"], ["khai", "mạc"]];

    // Registering people, confirming attendance, sending papers: all done before the event.
    private static readonly string[][] Preparations =
    [
        ["danh", "sách", "đại", "biểu"], ["đăng", "ký", "đại", "biểu"], ["đăng", "ký", "tham", "dự"], ["đăng", "ký", "dự"],
        ["xác", "nhận", "tham", "dự"], ["tham", "luận"], ["danh", "sách", "tham", "dự"], ["đăng", "ký", "danh", "sách"],
        ["hạn", "đăng", "ký"], ["thay", "thế", "đại", "biểu"],
    ];

    // Papers about those who will attend, a few words before them: `hồ sơ đề nghị thay thế đại biểu`, `danh sách trích
    // ngang đại biểu`.
    private static readonly string[][] Papers = [["hồ", "sơ"], ["danh", "sách"]];
    private static readonly string[][] Attendees = [["đại", "biểu"], ["tham", "dự"], ["người", "dự"]];
    private const int PapersGap = 6;

    // Reports, results, minutes, those elected: sent after an event.
    private static readonly string[][] Results = [["báo", "cáo"], ["kết", "quả"], ["biên", "bản"], ["trúng", "cử"], ["được", "bầu"]];

    private static readonly string[] DeadlineLeads = [.. PeriodReader.TimeLeads, "ngày"];

    // `chậm nhất là ngày …`.
    private static readonly string[] DeadlineLeadsOrLa = [.. DeadlineLeads, "là"];

    // `Thời gian: 01 buổi, bắt đầu lúc 7h30, thứ Năm, ngày …`, `Thời gian: 03 ngày, từ thứ Sáu, ngày … đến …`.
    private static readonly string[] TimeLineLeads = [.. DeadlineLeads, "buổi", "bắt", "đầu", "từ"];

    private static readonly string[] RangeWords = ["đến", "tới"];

    /// <summary>Events and deadlines of one sentence.</summary>
    public static void Read(Paragraph paragraph, Sentence sentence, List<EventDay> events, List<PreparationDeadline> deadlines)
    {
        // Every event and deadline has a day, written in figures: most sentences end here. The cheap scans come first.
        if (!HasNumber(paragraph, sentence))
        {
            return;
        }
        if (TimeLine(paragraph, sentence) is { } timed)
        {
            events.Add(new EventDay(timed, null));
        }
        else if (Held(paragraph, sentence) is { } held && FirstNoun(paragraph, sentence) is { } noun)
        {
            events.Add(new EventDay(held, noun));
        }
        if (Deadline(paragraph, sentence) is { } deadline && (Contains(paragraph, sentence, Preparations) || PapersAboutAttendees(paragraph, sentence))
            && !Contains(paragraph, sentence, Results))
        {
            deadlines.Add(deadline with { Noun = FirstNoun(paragraph, sentence) });
        }
    }

    private static bool HasNumber(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (paragraph.Tokens[i].Kind == TokenKind.Number)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// `Thời gian: 8h00 ngày 12/12/2025` (or `Thời gian tổ chức:`) opening a sentence or a list item: its day, or the last
    /// day of `từ ngày … đến ngày …` (a registration may close while a long event runs).
    /// </summary>
    private static Period? TimeLine(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind.IsTrivia())
            {
                continue;
            }
            if (TokenNavigation.MatchWords(paragraph, i, ["thời", "gian"]) is not (var gian and >= 0))
            {
                // A list marker (`1.`, `-`, `a)`) may come first.
                if (tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && tokens[i].Length > 1)
                {
                    return null;
                }
                continue;
            }
            var colon = TokenNavigation.Next(tokens, gian);
            foreach (var verb in HeldVerbs)
            {
                if (TokenNavigation.MatchWords(paragraph, colon, verb) is var last and >= 0)
                {
                    colon = TokenNavigation.Next(tokens, last);
                }
            }
            if (!TokenNavigation.IsPunctuation(paragraph, colon, ':') || PeriodReader.AfterLead(paragraph, colon, TimeLineLeads) is not { Day: not null } first)
            {
                return null;
            }
            var until = TokenNavigation.Next(tokens, first.LastToken);
            return TokenNavigation.IsWordIn(paragraph, until, RangeWords)
                ? SingleDay(paragraph, PeriodReader.AfterLead(paragraph, until, DeadlineLeads)) : SingleDay(paragraph, first);
        }
        return null;
    }

    /// <summary>The day after `tổ chức`, `diễn ra` or `khai mạc` in a sentence that names an event.</summary>
    private static Period? Held(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (TokenNavigation.MatchAny(paragraph, i, HeldVerbs) is var last and >= 0
                && SingleDay(paragraph, PeriodReader.AfterLead(paragraph, last, PeriodReader.TimeLeads)) is { } day)
            {
                return day;
            }
        }
        return null;
    }

    /// <summary>`trước ngày 15/12/2025`, `trước 17h00 ngày 15/12/2025`, `chậm nhất ngày 15/12/2025`.</summary>
    private static PreparationDeadline? Deadline(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var before = TokenNavigation.IsWord(paragraph, i, "trước") ? i : TokenNavigation.MatchWords(paragraph, i, ["chậm", "nhất"]);
            if (before >= 0 && SingleDay(paragraph, PeriodReader.AfterLead(paragraph, before, DeadlineLeadsOrLa)) is { } day)
            {
                return new PreparationDeadline(day, null, TextSpan.FromBounds(paragraph.Tokens[i].Start, day.Span.End));
            }
        }
        return null;
    }

    /// <summary>A day, not the first end of a range (`ngày 12/12/2025 đến …`).</summary>
    private static Period? SingleDay(Paragraph paragraph, Period? period)
    {
        if (period is not { Day: not null } day)
        {
            return null;
        }
        var next = TokenNavigation.Next(paragraph.Tokens, day.LastToken);
        return TokenNavigation.IsWordIn(paragraph, next, RangeWords) || TokenNavigation.IsDash(paragraph, next) ? null : day;
    }

    private static string? FirstNoun(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            foreach (var noun in Nouns)
            {
                // `lễ` alone is also a holiday (`ngày lễ`): only a capitalized `Lễ` names a ceremony.
                if (TokenNavigation.MatchWords(paragraph, i, noun) >= 0 && (noun.Length > 1 || char.IsUpper(paragraph.Text[paragraph.Tokens[i].Start])))
                {
                    return string.Join(' ', noun).Replace("toạ", "tọa", StringComparison.Ordinal);
                }
            }
        }
        return null;
    }

    /// <summary>`hồ sơ` or `danh sách` with `đại biểu` (or `tham dự`) at most a few words after it, in the sentence.</summary>
    private static bool PapersAboutAttendees(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var last = TokenNavigation.MatchAny(paragraph, i, Papers);
            if (last < 0)
            {
                continue;
            }
            var words = 0;
            for (var j = TokenNavigation.Next(tokens, last); j >= 0 && j < sentence.EndToken && words <= PapersGap; j = TokenNavigation.Next(tokens, j))
            {
                if (tokens[j].Kind != TokenKind.Word)
                {
                    break; // a comma or a figure: another phrase
                }
                if (TokenNavigation.MatchAny(paragraph, j, Attendees) >= 0)
                {
                    return true;
                }
                words++;
            }
        }
        return false;
    }

    private static bool Contains(Paragraph paragraph, Sentence sentence, string[][] phrases)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (TokenNavigation.MatchAny(paragraph, i, phrases) >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
