using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5023: a deadline to register delegates, confirm attendance or send papers that falls after the event they are
/// for (`Hội nghị được tổ chức vào ngày 12/12/2025` … `gửi tham luận trước ngày 15/12/2025`). A notice may name several
/// events, so a deadline is doubted only when it is after every event the document dates (of its own kind when it
/// names one: `Hội thi`, `Hội nghị`). A plan's preparation phase (`Giai đoạn 2 (tháng 12/2026): tổng duyệt`) that starts
/// after the event is doubted the same way.
/// </summary>
public sealed class DeadlineAfterEventAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5023", "deadline-after-event",
        new("Hạn chuẩn bị sau ngày diễn ra sự kiện", "Preparation deadline after the event"),
        new("{0} “{1}” muộn hơn ngày tổ chức ({2})", "{0} “{1}” is after the event ({2})"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.None);

    private static readonly LocalizedText Deadline = new("Hạn", "The deadline");
    private static readonly LocalizedText Phase = new("Giai đoạn chuẩn bị", "The preparation phase");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private sealed record Facts(List<EventDay> Events, List<PreparationDeadline> Deadlines);

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Facts? Collect(ParagraphFactsContext context)
    {
        var facts = new Facts([], []);
        foreach (var sentence in context.Paragraph.Sentences)
        {
            EventSchedule.Read(context.Paragraph, sentence, facts.Events, facts.Deadlines);
        }
        return facts.Events.Count == 0 && facts.Deadlines.Count == 0 ? null : facts;
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Facts> facts)
    {
        var events = facts.SelectMany(f => f.Facts.Events.Select(e => (f.Paragraph, Event: e))).ToList();
        foreach (var (paragraph, found) in facts)
        {
            foreach (var deadline in found.Deadlines)
            {
                var held = events.Where(e => e.Event.Noun is null || deadline.Noun is null || e.Event.Noun == deadline.Noun).ToList();
                // After every event it may be for; an event it cannot be compared with (no year, another month) keeps it silent.
                if (held.Count > 0 && held.All(e => Period.EndsBeforeStart(deadline.Day, e.Event.Day)))
                {
                    var last = held[^1];
                    context.Report(Rule, paragraph.ToAbsolute(deadline.Span), deadline.Phase ? Phase : Deadline, Text(paragraph, deadline.Span), Text(last.Paragraph, last.Event.Day.Span));
                }
            }
        }
    }

    private static string Text(Paragraph paragraph, Core.Text.TextSpan span) => paragraph.Text.Substring(span.Start, span.Length);
}
