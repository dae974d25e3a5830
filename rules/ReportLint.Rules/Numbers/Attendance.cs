using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The attendance of a meeting in its minutes: `Có mặt: 22/25 đồng chí.` then `Vắng: 3 đồng chí (…)` in the same or the
/// next paragraph, or `Tổng số đảng viên: 25 đồng chí; có mặt 22 đồng chí; vắng mặt 3 đồng chí`. Those present and
/// those absent make the members, so the two must add up to the total. An absence counted twice (`vắng có lý do 2 đồng
/// chí, vắng không lý do 1 đồng chí` written as two counts) or far from its attendance is left alone.
/// </summary>
internal static partial class Attendance
{
    /// <summary>A count of those present (with its total) or absent; spans are relative to the paragraph.</summary>
    internal sealed record Count(bool Present, long Value, TextSpan Span, long Total, TextSpan TotalSpan, string TotalText, string? Unit);

    public static List<Count>? Collect(ParagraphFactsContext context)
    {
        var text = context.Paragraph.FlatText;
        if (!text.Contains("mặt", StringComparison.OrdinalIgnoreCase) && !text.Contains("vắng", StringComparison.OrdinalIgnoreCase))
        {
            return null; // the cue: `có mặt`, `vắng`
        }
        List<Count>? counts = null;
        foreach (Match match in Present().Matches(text))
        {
            var total = match.Groups["total"];
            if (total.Success && VietnameseNumber.TryParseInteger(match.Groups["count"].ValueSpan, out var value)
                && VietnameseNumber.TryParseInteger(total.ValueSpan, out var whole) && value <= whole)
            {
                var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : match.Groups["tunit"].Success ? match.Groups["tunit"].Value : null;
                (counts ??= []).Add(new Count(true, value, Span(match.Groups["count"]), whole, Span(total), total.Value, unit?.ToLowerInvariant()));
            }
        }
        foreach (Match match in Absent().Matches(text))
        {
            if (VietnameseNumber.TryParseInteger(match.Groups["count"].ValueSpan, out var value))
            {
                (counts ??= []).Add(new Count(false, value, Span(match.Groups["count"]), 0, default, "", match.Groups["unit"].Value.ToLowerInvariant()));
            }
        }
        counts?.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return counts;
    }

    /// <summary>
    /// Each attendance whose present and absent do not make the total: the total (absolute span and text), its unit, the
    /// sum and the two counts' spans. The absent count is the only one after the attendance, before the next one, in its
    /// paragraph or the next.
    /// </summary>
    public static IEnumerable<(TextSpan Total, string TotalText, string Unit, long Sum, TextSpan[] Parts)> Mismatches(DocumentFacts<List<Count>> facts)
    {
        (Count Present, int Paragraph, int Start)? open = null;
        (Count Count, int Start)? absent = null;
        var absences = 0;
        foreach (var (paragraph, counts) in facts)
        {
            foreach (var count in counts)
            {
                if (count.Present)
                {
                    if (Close(open, absent, absences) is { } found)
                    {
                        yield return found;
                    }
                    open = (count, paragraph.Index, paragraph.Start);
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

    private static (TextSpan, string, string, long, TextSpan[])? Close((Count Present, int Paragraph, int Start)? open, (Count Count, int Start)? absent, int absences)
    {
        if (open is not { } present || absent is not { } away || absences != 1 || present.Present.Value + away.Count.Value == present.Present.Total)
        {
            return null;
        }
        var p = present.Present;
        return (Shift(p.TotalSpan, present.Start), p.TotalText, p.Unit ?? away.Count.Unit!, p.Value + away.Count.Value,
            [Shift(p.Span, present.Start), Shift(away.Count.Span, away.Start)]);
    }

    private static TextSpan Shift(TextSpan span, int start) => new(span.Start + start, span.Length);

    private static TextSpan Span(Group group) => new(group.Index, group.Length);

    // `Có mặt: 22/25 đồng chí`, `Tổng số đảng viên của chi bộ: 25 đồng chí; có mặt 22 đồng chí`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:tổng số[\p{L}\p{M} ]{0,60}?:? (?<total>\d{1,4}) (?<tunit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)\s?[;,.]\s?)?có mặt:? (?<count>\d{1,4})(?:/(?<total>\d{1,4}))?(?![\d%/]|[.,]\d)(?: (?<unit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)(?![\p{L}\p{M}]))?", RegexOptions.IgnoreCase)]
    private static partial Regex Present();

    // `Vắng: 2 đồng chí`, `vắng mặt 02 đảng viên`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])vắng(?: mặt)?:? (?<count>\d{1,4}) (?<unit>đồng chí|đảng viên|người|đại biểu|thành viên|ủy viên|uỷ viên)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex Absent();
}
