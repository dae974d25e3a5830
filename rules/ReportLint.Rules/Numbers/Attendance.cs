using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The attendance of a meeting in its minutes: `Có mặt: 22/25 đồng chí.` then `Vắng: 3 đồng chí (…)` in the same or the
/// next paragraph, or `Tổng số đảng viên: 25 đồng chí; có mặt 22 đồng chí; vắng mặt 3 đồng chí`, or `triệu tập 215 đại biểu,
/// có mặt 207 đại biểu, vắng mặt 8 đại biểu` (in one sentence or two). Those present and
/// those absent make the members, so the two must add up to the total. An absence counted twice (`vắng có lý do 2 đồng
/// chí, vắng không lý do 1 đồng chí` written as two counts) or far from its attendance is left alone. In minutes set out
/// line by line the total stands alone on the line before: `- Tổng số đại biểu được triệu tập: 150 đại biểu;` then
/// `- Số đại biểu có mặt: 147 đại biểu;` and `- Số đại biểu vắng mặt: 3 đại biểu.` Those present may be written in running
/// words (`Dự hội nghị có 29/31 đảng viên`, `có 58 đại biểu dự họp`; see <see cref="PresentInWords"/>), the absent before
/// `vắng` (`3 đồng chí vắng mặt có lý do`). Every rule that needs the number present reads it here.
/// </summary>
internal static partial class Attendance
{
    internal enum Kind : byte
    {
        Present,
        Absent,
        /// <summary>A line that states only the members: `Tổng số đại biểu được triệu tập: 150 đại biểu`.</summary>
        Members,
    }

    /// <summary>
    /// A count of those present (with its total when written with it, else <see cref="Total"/> is -1), absent, or of the
    /// members on a line of its own (<see cref="Value"/> is the total); spans are relative to the paragraph.
    /// </summary>
    internal sealed record Count(Kind Of, long Value, TextSpan Span, long Total, TextSpan TotalSpan, string TotalText, string? Unit)
    {
        public bool Present => Of == Kind.Present;
    }

    /// <summary>The paragraph's counts in the order written, or null; the list is shared and must not be changed.</summary>
    public static List<Count>? Collect(ParagraphFactsContext context) =>
        context.Paragraph.Syntax.GetOrAdd(Slot, 0, static (syntax, _) => new Counts(Read(syntax.FlatText))).List;

    // Three readers ask every paragraph (RL5011's attendance, RL5024's minutes and motions); its text decides alone.
    private static readonly SyntaxSlot<Counts> Slot = new();

    private sealed record Counts(List<Count>? List);

    private static List<Count>? Read(string text)
    {
        if (!HasDigit(text))
        {
            return null; // every count below is written in figures
        }
        if (Members().Match(text) is { Success: true } members && VietnameseNumber.TryParseInteger(members.Groups["total"].ValueSpan, out var all))
        {
            var span = Span(members.Groups["total"]);
            return [new Count(Kind.Members, all, span, all, span, members.Groups["total"].Value, members.Groups["tunit"].Value.ToLowerInvariant())];
        }
        // Each pattern's own words (`có mặt`; `dự` or `có mặt`; `vắng`): most paragraphs run none of them.
        var present = text.Contains("có mặt", StringComparison.OrdinalIgnoreCase);
        var inWords = present || text.Contains("dự", StringComparison.OrdinalIgnoreCase);
        var absent = text.Contains("vắng", StringComparison.OrdinalIgnoreCase);
        if (!inWords && !absent)
        {
            return null;
        }
        List<Count>? counts = null;
        if (present)
        {
            AddPresent(Present().Matches(text), ref counts);
        }
        if (inWords)
        {
            AddPresent(PresentInWords().Matches(text), ref counts); // after Present's: a count both read is kept once
        }
        if (absent)
        {
            AddAbsent(Absent().Matches(text), ref counts);
        }
        counts?.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return counts;
    }

    private static void AddPresent(MatchCollection matches, ref List<Count>? counts)
    {
        foreach (Match match in matches)
        {
            if (counts is not null && HasCountAt(counts, match.Groups["count"].Index))
            {
                continue; // read by both patterns
            }
            var total = match.Groups["total"];
            if (!VietnameseNumber.TryParseInteger(match.Groups["count"].ValueSpan, out var value))
            {
                continue;
            }
            var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : match.Groups["tunit"].Success ? match.Groups["tunit"].Value : null;
            if (!total.Success)
            {
                // Its total may be the members' line just before (see Mismatches).
                (counts ??= []).Add(new Count(Kind.Present, value, Span(match.Groups["count"]), -1, default, "", unit?.ToLowerInvariant()));
            }
            else if (VietnameseNumber.TryParseInteger(total.ValueSpan, out var whole) && value <= whole)
            {
                (counts ??= []).Add(new Count(Kind.Present, value, Span(match.Groups["count"]), whole, Span(total), total.Value, unit?.ToLowerInvariant()));
            }
        }
    }

    private static void AddAbsent(MatchCollection matches, ref List<Count>? counts)
    {
        foreach (Match match in matches)
        {
            if (VietnameseNumber.TryParseInteger(match.Groups["count"].ValueSpan, out var value))
            {
                var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value.ToLowerInvariant() : null;
                (counts ??= []).Add(new Count(Kind.Absent, value, Span(match.Groups["count"]), 0, default, "", unit));
            }
        }
    }

    private static bool HasCountAt(List<Count> counts, int start)
    {
        foreach (var count in counts)
        {
            if (count.Span.Start == start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A character the patterns' `\d` matches: an ASCII digit, or another decimal digit (rare, so looked for last).</summary>
    private static bool HasDigit(string text)
    {
        if (text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return true;
        }
        foreach (var c in text)
        {
            if (c > '\x7f' && char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Each attendance whose present and absent do not make the total: the total (absolute span and text), its unit, the
    /// sum and the two counts' spans. The absent count is the only one after the attendance, before the next one, in its
    /// paragraph or the next. A count of those present written without its total takes the members' line right above it.
    /// </summary>
    public static IEnumerable<(TextSpan Total, string TotalText, string Unit, long Sum, TextSpan[] Parts)> Mismatches(DocumentFacts<List<Count>> facts)
    {
        Opened? open = null;
        (Count Count, int Start)? absent = null;
        (Count Count, int Paragraph, int Start)? members = null;
        var absences = 0;
        foreach (var (paragraph, counts) in facts)
        {
            foreach (var count in counts)
            {
                if (count.Of == Kind.Members)
                {
                    members = (count, paragraph.Index, paragraph.Start);
                    continue;
                }
                if (count.Present)
                {
                    var opened = count.Total >= 0 ? new Opened(count, paragraph.Index, paragraph.Start, paragraph.Start)
                        : members is { } line && paragraph.Index - line.Paragraph == 1 && count.Value <= line.Count.Value
                            ? new Opened(count with { Total = line.Count.Value, TotalSpan = line.Count.TotalSpan, TotalText = line.Count.TotalText, Unit = count.Unit ?? line.Count.Unit },
                                paragraph.Index, paragraph.Start, line.Start)
                            : null;
                    if (opened is null)
                    {
                        continue; // `có mặt 22 đồng chí` with no total anywhere near: nothing to add up to
                    }
                    if (Close(open, absent, absences) is { } found)
                    {
                        yield return found;
                    }
                    open = opened;
                    members = null;
                    absent = null;
                    absences = 0;
                }
                else if (open is { } present && paragraph.Index - present.Paragraph <= 1)
                {
                    absent ??= (count, paragraph.Start);
                    absences++;
                }
            }
        }
        if (Close(open, absent, absences) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>An attendance open for its absent count: the paragraph it is in, and where its total's paragraph starts.</summary>
    private sealed record Opened(Count Present, int Paragraph, int Start, int TotalStart);

    private static (TextSpan, string, string, long, TextSpan[])? Close(Opened? open, (Count Count, int Start)? absent, int absences)
    {
        if (open is not { } present || absent is not { } away || absences != 1 || present.Present.Value + away.Count.Value == present.Present.Total
            || (present.Present.Unit ?? away.Count.Unit) is not { } unit)
        {
            return null;
        }
        var p = present.Present;
        return (Shift(p.TotalSpan, present.TotalStart), p.TotalText, unit, p.Value + away.Count.Value,
            [Shift(p.Span, present.Start), Shift(away.Count.Span, away.Start)]);
    }

    private static TextSpan Shift(TextSpan span, int start) => new(span.Start + start, span.Length);

    private static TextSpan Span(Group group) => new(group.Index, group.Length);

    // `Có mặt: 22/25 đồng chí`, `Tổng số đảng viên của chi bộ: 25 đồng chí; có mặt 22 đồng chí`, and those summoned then
    // present in the same or the next sentence, with only words between: `triệu tập 215 đại biểu. Đến giờ khai mạc, có mặt 207 đại biểu`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:tổng số[\p{L}\p{M} ]{0,60}?:? (?<total>\d{1,4}) (?<tunit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)\s?[;,.]\s?|triệu tập:? (?<total>\d{1,4}) (?<tunit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)\s?[;,.]\s?[\p{L}\p{M} ,]{0,40}?)?có mặt:? (?<count>\d{1,4})(?:/(?<total>\d{1,4}))?(?![\d%/]|[.,]\d)(?: (?<unit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)(?![\p{L}\p{M}]))?", RegexOptions.IgnoreCase)]
    private static partial Regex Present();

    // Those present in running words, the number before its verb or after the meeting: `có 58 đại biểu dự họp`, `với
    // 62/65 đại biểu HĐND tỉnh tham dự,`, `có 207/215 đại biểu có mặt`, `Dự hội nghị có 29/31 đảng viên`, `tham dự đại
    // hội có 142/150 đại biểu được triệu tập`. The verb must close its clause: `17/17 đồng chí dự họp nhất trí` counts
    // those approving, `cử 4 đồng chí tham dự lớp bồi dưỡng` those sent; `được mời`, `dự kiến`, `phải có`, `hơn` are
    // not a count of those who came. After the meeting, `đồng chí` or `người` without a total may count guests
    // (`Dự hội nghị có 2 đồng chí lãnh đạo huyện`).
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?<!(?<![\p{L}\p{M}])(?:phải|cần|sẽ|nếu|khi|kiến) )(?:có|với):? \**(?<count>\d{1,4})(?:/(?<total>\d{1,4}))? (?<unit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)\**(?: (?!(?:được|mời|dự kiến|đăng ký|không|chưa|vắng|đã|sẽ|tham|dự|có)(?![\p{L}\p{M}]))[\p{L}\p{M}]+\**){0,4} (?:tham dự|dự họp|có mặt|dự (?:hội nghị|đại hội|kỳ họp|phiên họp|cuộc họp))(?: (?:hội nghị|đại hội|kỳ họp|phiên họp|cuộc họp))?(?=\s*(?:[,;.:(]|$))|dự (?:hội nghị|đại hội|kỳ họp|phiên họp|cuộc họp|họp)(?: [\p{L}\p{M}]+){0,4}? có:? \**(?<count>\d{1,4})(?:(?:/(?<total>\d{1,4}))? (?<unit>đảng viên|đại biểu|thành viên|ủy viên|uỷ viên)|/(?<total>\d{1,4}) (?<unit>đồng chí|người))(?![\p{L}\p{M}]))(?![\d%/]|[.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex PresentInWords();

    // `Vắng: 2 đồng chí`, `vắng mặt 02 đảng viên`, `vắng mặt: 3;` (the unit said by the attendance), `3 đồng chí vắng mặt có lý do`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])vắng(?: mặt)?:? (?<count>\d{1,4})(?: (?<unit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)(?![\p{L}\p{M}])|(?=\s*(?:[;.,(]|$)))|(?<![\p{L}\p{M}\d.,/])(?<count>\d{1,4}) (?<unit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên) vắng(?: mặt)?(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex Absent();

    // A line that states only the members: `- Tổng số đại biểu được triệu tập: 150 đại biểu;`.
    [GeneratedRegex(@"^\s*(?:[-+•*–]\s*)?tổng số[\p{L}\p{M} ]{0,60}?:? (?<total>\d{1,4}) (?<tunit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)\s*[;.,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Members();
}
