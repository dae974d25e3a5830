using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5032: minutes or a report of one meeting whose end time is no later than its start on the same day: `Vào hồi
/// 14h00, thứ Hai, ngày 16/3/2026, …` then `Cuộc họp kết thúc vào hồi 13h45 cùng ngày`. The two are far apart, so
/// RL5009 (a range in one phrase) never sees them. The day is the same when the end says `cùng ngày`, when both times
/// carry the same date, or when the end says nothing and no other day is written between them in a text that never
/// speaks of several days. Silent when the document gives more than one start or end (sessions, several meetings),
/// a range of times, or a programme of times (more than two other clock times).
/// </summary>
public sealed class MeetingEndBeforeStartAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5032", "meeting-ends-before-start",
        new("Giờ kết thúc cuộc họp không sau giờ bắt đầu", "Meeting ends no later than it starts"),
        new("Giờ kết thúc “{0}” không muộn hơn giờ bắt đầu “{1}” của cuộc họp trong cùng ngày",
            "The meeting ends at “{0}”, no later than it starts (“{1}”) on the same day"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.None);

    // A programme lists times (`7h30 - 8h00: Đón tiếp đại biểu`); minutes write little more than their start and end.
    private const int MaxOtherTimes = 2;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => MeetingTimes.Collect(c.Paragraph), Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<MeetingFacts> facts)
    {
        // One start, then one end; only then is the rest of every paragraph's facts read (most drafts stop here).
        if (StartThenEnd(facts) is not var (start, end) || facts.Sum(f => f.Facts.Context(f.Paragraph).OtherTimes) > MaxOtherTimes)
        {
            return;
        }
        if (!OnOneDay(facts, start, end) || !ClockRange.EndsNoLaterThanStart(start.Mark.Time, end.Mark.Time))
        {
            return;
        }
        context.Report(Rule, end.Paragraph.ToAbsolute(end.Mark.Time.Span), Text(end.Paragraph, end.Mark.Time), Text(start.Paragraph, start.Mark.Time));
    }

    /// <summary>The document's only two marks when they are a start, then an end; null otherwise.</summary>
    private static ((int Order, Paragraph Paragraph, MeetingMark Mark) Start, (int Order, Paragraph Paragraph, MeetingMark Mark) End)?
        StartThenEnd(DocumentFacts<MeetingFacts> facts)
    {
        var marks = new List<(int Order, Paragraph Paragraph, MeetingMark Mark)>(2);
        for (var order = 0; order < facts.Count; order++)
        {
            foreach (var mark in facts[order].Facts.Marks)
            {
                if (marks.Count == 2)
                {
                    return null;
                }
                marks.Add((order, facts[order].Paragraph, mark));
            }
        }
        return marks.Count == 2 && marks[0].Mark.Edge == MeetingEdge.Start && marks[1].Mark.Edge == MeetingEdge.End ? (marks[0], marks[1]) : null;
    }

    /// <summary>`cùng ngày`; the same date on both; or no date on the end, and none between, in a text of one day.</summary>
    private static bool OnOneDay(DocumentFacts<MeetingFacts> facts, (int Order, Paragraph Paragraph, MeetingMark Mark) start,
        (int Order, Paragraph Paragraph, MeetingMark Mark) end)
    {
        if (end.Mark.SameDay)
        {
            return true;
        }
        if (end.Mark.Day is { } endDay)
        {
            return start.Mark.Day is { } startDay && ClockRange.SameDay(startDay, endDay);
        }
        if (end.Mark.OtherDay || facts.Any(f => f.Facts.Context(f.Paragraph).SeveralDays))
        {
            return false;
        }
        for (var order = start.Order; order <= end.Order; order++)
        {
            foreach (var date in facts[order].Facts.Context(facts[order].Paragraph).Dates)
            {
                if ((order > start.Order || date > start.Mark.Token) && (order < end.Order || date < end.Mark.Token))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static string Text(Paragraph paragraph, ClockTime time) => paragraph.Text.Substring(time.Span.Start, time.Span.Length);
}
