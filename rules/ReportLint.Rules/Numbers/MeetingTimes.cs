using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>Whether a time opens or closes a meeting; a range (`họp từ 14h00 đến 17h00`) does both and is RL5009's.</summary>
internal enum MeetingEdge : byte
{
    Start,
    End,
    Range,
}

/// <summary>
/// A time a meeting starts or ends at: <see cref="Day"/> is the date written after it (`14h00, thứ Hai, ngày 16/3/2026`);
/// for an end, <see cref="SameDay"/> says `cùng ngày` and <see cref="OtherDay"/> that some other day follows it
/// (`hôm sau`, `ngày …` not read). <see cref="Token"/> is the time's first token, to order it among the dates.
/// </summary>
internal sealed record MeetingMark(MeetingEdge Edge, ClockTime Time, Period? Day, bool SameDay, bool OtherDay, int Token);

/// <summary>
/// What one paragraph says of a meeting's times: its starts and ends (<see cref="Marks"/>), and, read only when the
/// document has a start and an end to compare (<see cref="Context"/>), the rest: the first tokens of the other days it
/// writes (a date between a start and an end may move the end to another day), how many other clock times it writes (a
/// programme is a list of times), and whether it speaks of several days (`trong 02 ngày`, `ngày thứ hai`). Most drafts
/// hold no meeting, so the rest (a date and time reading at every figure) is left unread in them.
/// </summary>
internal sealed class MeetingFacts(List<MeetingMark> marks)
{
    private MeetingContext? _context;

    public List<MeetingMark> Marks { get; } = marks;

    /// <summary>The rest of the paragraph's facts; the same paragraph syntax gives the same rest, so it is kept.</summary>
    public MeetingContext Context(Paragraph paragraph) => _context ??= MeetingTimes.ReadContext(paragraph, Marks);
}

/// <summary>The dates (first tokens), the other clock times and the talk of several days in one paragraph.</summary>
internal sealed record MeetingContext(List<int> Dates, int OtherTimes, bool SeveralDays);

/// <summary>
/// Reads the start and the end of a meeting: minutes that open `Vào hồi 14h00` (maybe after `Hôm nay,` and a date), a
/// meeting that `bắt đầu`, `khai mạc` or `họp từ` a time, and one that `kết thúc` or `bế mạc` at a time. A start or an
/// end other than the minutes' opening needs the meeting before it in the sentence (`Cuộc họp kết thúc …`, `Hội nghị bế
/// mạc …`), so a schedule line (`- 8h00: Khai mạc`) or office hours are never read.
/// </summary>
internal static class MeetingTimes
{
    private static readonly PhraseList Meetings = new(
        ["cuộc", "họp"], ["buổi", "họp"], ["phiên", "họp"], ["kỳ", "họp"], ["hội", "nghị"], ["đại", "hội"], ["hội", "thảo"],
        ["tọa", "đàm"], ["toạ", "đàm"], ["buổi", "làm", "việc"], ["cuộc", "làm", "việc"], ["buổi", "sinh", "hoạt"], ["biên", "bản"]);

    private static readonly string[][] Starts = [["bắt", "đầu"], ["khai", "mạc"]];
    private static readonly string[][] Ends = [["kết", "thúc"], ["bế", "mạc"]];
    private static readonly string[][] Openings = [["vào", "hồi"], ["vào", "lúc"]];
    private static readonly string[] Leads = ["vào", "hồi", "lúc", "từ"];

    // Words after an end's time that put it on another day: `hôm sau`, `ngày 17/3`, `thứ Ba`, `sáng mai`.
    private static readonly string[] OtherDayWords = ["ngày", "hôm", "thứ", "chủ", "mai"];

    // `ngày thứ hai`, `hai ngày`, `03 ngày`: the meeting may last more than one day.
    private static readonly string[] DayCounts = ["hai", "ba", "bốn", "năm", "các", "nhiều", "mấy"];
    private static readonly string[] Separators = ["đến", "tới"];

    /// <summary>
    /// The paragraph's starts and ends, or null when it can hold none of the facts: every time and date is written with
    /// a figure (a number, or a code such as `14h00`), and every talk of several days with `ngày` or `hôm`.
    /// </summary>
    public static MeetingFacts? Collect(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var (figures, days) = (false, false);
        for (var i = 0; i < tokens.Count && !figures; i++)
        {
            figures = tokens[i].Kind is TokenKind.Number or TokenKind.Code;
            days = days || IsDayWord(paragraph, tokens[i]);
        }
        if (!figures)
        {
            return days ? new MeetingFacts([]) : null;
        }
        var marks = new List<MeetingMark>();
        if (Opening(paragraph) is { } opening)
        {
            marks.Add(opening);
        }
        foreach (var sentence in paragraph.Sentences)
        {
            ReadCues(paragraph, sentence, marks);
        }
        return new MeetingFacts(marks);
    }

    /// <summary>The paragraph's dates, other clock times and talk of several days (the tokens of <paramref name="marks"/> are theirs).</summary>
    public static MeetingContext ReadContext(Paragraph paragraph, List<MeetingMark> marks)
    {
        var tokens = paragraph.Tokens;
        var dates = new List<int>();
        var otherTimes = 0;
        var severalDays = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            severalDays |= SaysSeveralDays(paragraph, i);
            if (tokens[i].Kind is not (TokenKind.Number or TokenKind.Code) || Covered(marks, tokens[i]))
            {
                continue;
            }
            if (tokens[i].Kind == TokenKind.Number && PeriodReader.At(paragraph, i) is { Day: not null } day)
            {
                dates.Add(i);
                i = day.LastToken;
            }
            else if (ClockTimeReader.At(paragraph, i) is { } time)
            {
                otherTimes++;
                i = time.LastToken;
            }
        }
        return new MeetingContext(dates, otherTimes, severalDays);
    }

    /// <summary>`ngày` or `hôm`, in any case: a word every talk of several days holds (<see cref="SaysSeveralDays"/>).</summary>
    private static bool IsDayWord(Paragraph paragraph, Token token) =>
        token.Kind == TokenKind.Word && token.Length is 3 or 4
        && (paragraph.GetText(token).Equals("ngày", StringComparison.OrdinalIgnoreCase) || paragraph.GetText(token).Equals("hôm", StringComparison.OrdinalIgnoreCase));

    private static bool Covered(List<MeetingMark> marks, Token token)
    {
        foreach (var mark in marks)
        {
            if (Covers(mark, token))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The token is part of the mark's time or of its day.</summary>
    private static bool Covers(MeetingMark mark, Token token) =>
        mark.Time.Span.Contains(token.Start) || (mark.Day is { } day && day.Span.Contains(token.Start));

    /// <summary>`Vào hồi 14h00, thứ Hai, ngày 16/3/2026, …` or `Hôm nay, ngày 16/3/2026, vào lúc 8 giờ 00, …` opening the paragraph.</summary>
    private static MeetingMark? Opening(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var i = 0;
        while (i < tokens.Count && tokens[i].Kind.IsTrivia())
        {
            i++;
        }
        Period? before = null;
        if (TokenNavigation.MatchWords(paragraph, i, ["hôm", "nay"]) is var nay and >= 0)
        {
            i = SkipComma(paragraph, TokenNavigation.Next(tokens, nay));
            if (PeriodReader.At(paragraph, i) is { Day: not null } day)
            {
                before = day;
                i = SkipComma(paragraph, TokenNavigation.Next(tokens, day.LastToken));
            }
        }
        if (TokenNavigation.MatchAny(paragraph, i, Openings) is not (var lead and >= 0)
            || ClockTimeReader.At(paragraph, TokenNavigation.Next(tokens, lead)) is not { } time
            || IsRange(paragraph, time))
        {
            return null;
        }
        var after = PeriodReader.SingleDay(paragraph, PeriodReader.AfterLead(paragraph, time.LastToken, PeriodReader.TimeLeads));
        return new MeetingMark(MeetingEdge.Start, time, after ?? before, false, false, TokenNavigation.Next(tokens, lead));
    }

    /// <summary>The starts and ends a sentence says of the meeting it names before them.</summary>
    private static void ReadCues(Paragraph paragraph, Sentence sentence, List<MeetingMark> marks)
    {
        var tokens = paragraph.Tokens;
        var named = false;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            if (Meetings.Match(paragraph, i) is var noun and >= 0)
            {
                named = true;
                i = noun;
                continue;
            }
            if (!named)
            {
                continue;
            }
            var edge = MeetingEdge.Start;
            var cue = TokenNavigation.MatchAny(paragraph, i, Starts);
            if (cue < 0 && TokenNavigation.IsWord(paragraph, i, "họp") && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, i), "từ"))
            {
                cue = i; // `họp từ 14h00`
            }
            if (cue < 0 && (cue = TokenNavigation.MatchAny(paragraph, i, Ends)) >= 0)
            {
                edge = MeetingEdge.End;
            }
            if (cue < 0)
            {
                continue;
            }
            if (TimeAfter(paragraph, cue, out var sameDay) is { } at && ClockTimeReader.At(paragraph, at) is { } time)
            {
                marks.Add(IsRange(paragraph, time) ? new MeetingMark(MeetingEdge.Range, time, null, false, false, at) : Mark(paragraph, edge, time, at, sameDay));
                i = time.LastToken;
            }
            else
            {
                i = cue;
            }
        }
    }

    private static MeetingMark Mark(Paragraph paragraph, MeetingEdge edge, ClockTime time, int token, bool sameDay)
    {
        var tokens = paragraph.Tokens;
        var next = SkipComma(paragraph, TokenNavigation.Next(tokens, time.LastToken));
        var day = PeriodReader.SingleDay(paragraph, PeriodReader.AfterLead(paragraph, time.LastToken, PeriodReader.TimeLeads));
        sameDay |= TokenNavigation.MatchWords(paragraph, next, ["cùng", "ngày"]) >= 0;
        var otherDay = day is null && !sameDay && TokenNavigation.IsWordIn(paragraph, next, OtherDayWords);
        return new MeetingMark(edge, time, day, sameDay, otherDay, token);
    }

    /// <summary>The first token of the time after a cue, past `vào`, `hồi`, `lúc`, `từ`, commas and `cùng ngày` (which <paramref name="sameDay"/> reports).</summary>
    private static int? TimeAfter(Paragraph paragraph, int cue, out bool sameDay)
    {
        sameDay = false;
        var tokens = paragraph.Tokens;
        var index = TokenNavigation.Next(tokens, cue);
        for (var steps = 0; index >= 0 && steps < 5; steps++)
        {
            if (tokens[index].Kind is TokenKind.Number or TokenKind.Code)
            {
                return index;
            }
            if (TokenNavigation.MatchWords(paragraph, index, ["cùng", "ngày"]) is var ngay and >= 0)
            {
                sameDay = true;
                index = TokenNavigation.Next(tokens, ngay);
            }
            else if (TokenNavigation.IsWordIn(paragraph, index, Leads) || TokenNavigation.IsPunctuation(paragraph, index, ','))
            {
                index = TokenNavigation.Next(tokens, index);
            }
            else
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>`14h00 đến 17h00`, `14h00 - 17h00`: the first end of a range.</summary>
    private static bool IsRange(Paragraph paragraph, ClockTime time)
    {
        var tokens = paragraph.Tokens;
        var separator = TokenNavigation.Next(tokens, time.LastToken);
        return (TokenNavigation.IsWordIn(paragraph, separator, Separators) || TokenNavigation.IsDash(paragraph, separator))
            && ClockTimeReader.At(paragraph, TokenNavigation.Next(tokens, separator)) is not null;
    }

    /// <summary>`ngày thứ hai`, `hai ngày`, `02 ngày`, `hôm sau`: the text may speak of more than one day (silence is cheap here).</summary>
    private static bool SaysSeveralDays(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, index);
        if (TokenNavigation.IsWord(paragraph, index, "hôm"))
        {
            return TokenNavigation.IsWord(paragraph, next, "sau");
        }
        if (TokenNavigation.IsWord(paragraph, index, "ngày"))
        {
            // `ngày thứ hai` (the second day), not `ngày thứ Hai, 16/3` nor `ngày … thứ 2`: a lower-case ordinal word.
            var ordinal = TokenNavigation.Next(tokens, next);
            return TokenNavigation.IsWord(paragraph, next, "thứ") && ordinal >= 0 && tokens[ordinal].Kind == TokenKind.Word
                && char.IsLower(paragraph.Text[tokens[ordinal].Start]);
        }
        // `hai ngày`, `03 ngày`, but not `năm` of `ngày … năm 2026` nor `01 ngày`; a number after `ngày` makes it a date.
        var count = TokenNavigation.IsWordIn(paragraph, index, DayCounts)
            || (tokens[index].Kind == TokenKind.Number && int.TryParse(paragraph.GetText(tokens[index]), out var days) && days is >= 2 and <= 31);
        return count && TokenNavigation.IsWord(paragraph, next, "ngày") && !IsNumberAt(tokens, TokenNavigation.Next(tokens, next));
    }

    private static bool IsNumberAt(TokenList tokens, int index) => index >= 0 && tokens[index].Kind == TokenKind.Number;

    private static int SkipComma(Paragraph paragraph, int index) =>
        TokenNavigation.IsPunctuation(paragraph, index, ',') ? TokenNavigation.Next(paragraph.Tokens, index) : index;
}
