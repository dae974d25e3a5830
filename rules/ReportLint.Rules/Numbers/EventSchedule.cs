using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>The day an event is held (`Hội nghị được tổ chức vào ngày …`, `Thời gian: 8h00 ngày …`); Noun names it, null for a `Thời gian:` line.</summary>
internal sealed record EventDay(Period Day, string? Noun);

/// <summary>
/// A deadline to register or send something for an event (`gửi tham luận … trước ngày …`), over `trước … ngày …`; or,
/// when Phase, the time of a preparation phase (`Giai đoạn 2 (tháng 11/2026): tổng duyệt`), over its period.
/// </summary>
internal sealed record PreparationDeadline(Period Day, string? Noun, TextSpan Span, bool Phase = false);

/// <summary>
/// Reads, sentence by sentence, the day an event is held and the deadlines to register people or send papers for it.
/// Reports of results (`gửi báo cáo kết quả … trước ngày …`) come after an event and are no preparation. A plan's
/// phases are read too: a phase that rehearses or prepares may not start after the event, one that sums up may.
/// </summary>
internal static class EventSchedule
{
    private static readonly string[][] Nouns =
        [["hội", "nghị"], ["đại", "hội"], ["hội", "thảo"], ["tọa", "đàm"], ["toạ", "đàm"], ["hội", "thi"], ["kỳ", "họp"], ["lễ"],
        ["liên", "hoan"], ["hội", "diễn"], ["ngày", "hội"], ["hội", "trại"]];

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

    // A phase of a plan opens its line: `Giai đoạn 2 (tháng 11/2026):`, `Bước 1:`, `Đợt 3 -`, or its time (`Tháng 11/2026:`).
    private static readonly string[][] PhaseLabels = [["giai", "đoạn"], ["bước"], ["đợt"]];
    private static readonly string[] PeriodStarts = ["tháng", "ngày", "quý", "từ"];

    // Work done before an event: rehearsals, training, registration, preparation.
    private static readonly string[][] PhaseWork =
        [["chuẩn", "bị"], ["tổng", "duyệt"], ["tập", "luyện"], ["luyện", "tập"], ["tập", "dượt"], ["đăng", "ký"]];

    // Work done after it: summing up, drawing lessons, rewards, reports of results.
    private static readonly string[][] FollowUps =
        [["tổng", "kết"], ["sơ", "kết"], ["rút", "kinh", "nghiệm"], ["khen", "thưởng"], ["đánh", "giá"], .. Results];

    private const int PhaseReach = 12;

    private static readonly string[] DayLeads = [.. PeriodReader.TimeLeads, "ngày"];

    // `Thời gian: 01 buổi, bắt đầu lúc 7h30, thứ Năm, ngày …`, `Thời gian: 03 ngày, từ thứ Sáu, ngày … đến …`.
    private static readonly string[] TimeLineLeads = [.. DayLeads, "buổi", "bắt", "đầu", "từ"];

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
        if (DeadlinePhrase.First(paragraph, sentence) is { } deadline
            && (Contains(paragraph, sentence, Preparations) || PapersAboutAttendees(paragraph, sentence)) && !Contains(paragraph, sentence, Results))
        {
            deadlines.Add(new PreparationDeadline(deadline.Day, FirstNoun(paragraph, sentence), deadline.Span));
        }
        else if (Phase(paragraph, sentence) is { } phase)
        {
            deadlines.Add(new PreparationDeadline(phase, FirstNoun(paragraph, sentence), phase.Span, Phase: true));
        }
    }

    /// <summary>
    /// The time of a preparation phase: a line that opens with a phase label or a period, the first period within a few
    /// words, and preparation work without any follow-up in the line.
    /// </summary>
    private static Period? Phase(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && tokens[first].Kind != TokenKind.Word)
        {
            first++; // a list marker, a table's pipe, emphasis
        }
        if (first >= sentence.EndToken
            || (TokenNavigation.MatchAny(paragraph, first, PhaseLabels) < 0 && !TokenNavigation.IsWordIn(paragraph, first, PeriodStarts))
            || !Contains(paragraph, sentence, PhaseWork) || Contains(paragraph, sentence, FollowUps))
        {
            return null;
        }
        for (var (i, steps) = (first, 0); i >= 0 && i < sentence.EndToken && steps < PhaseReach; i = TokenNavigation.Next(tokens, i), steps++)
        {
            if (PeriodReader.At(paragraph, i) is { } period)
            {
                // With its word: `tháng 01/2027`, not `01/2027`.
                return period with { Span = TextSpan.FromBounds(Math.Min(tokens[i].Start, period.Span.Start), period.Span.End) };
            }
        }
        return null;
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
            return TokenNavigation.IsWordIn(paragraph, until, PeriodReader.RangeWords)
                ? PeriodReader.SingleDay(paragraph, PeriodReader.AfterLead(paragraph, until, DayLeads)) : PeriodReader.SingleDay(paragraph, first);
        }
        return null;
    }

    /// <summary>The day after `tổ chức`, `diễn ra` or `khai mạc` in a sentence that names an event.</summary>
    private static Period? Held(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (TokenNavigation.MatchAny(paragraph, i, HeldVerbs) is var last and >= 0
                && PeriodReader.SingleDay(paragraph, PeriodReader.AfterLead(paragraph, last, PeriodReader.TimeLeads)) is { } day)
            {
                return day;
            }
        }
        return null;
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
