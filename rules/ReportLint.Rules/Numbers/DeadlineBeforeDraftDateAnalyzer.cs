using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Citations;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5027: a request whose deadline has passed when the draft is signed: a plan dated `…, ngày 20 tháng 11 năm 2026` in
/// its header that asks units to `gửi báo cáo … trước ngày 10/11/2026`. Only a request (`gửi`, `nộp`, `hoàn thành` …
/// `trước ngày`, `chậm nhất ngày`) is read; a sentence that tells what was done (`đã`) or counts from a day
/// (`tính đến trước ngày …`) is not, and a cited document's date is no deadline.
/// </summary>
public sealed class DeadlineBeforeDraftDateAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5027", "deadline-before-draft-date",
        new("Thời hạn trước ngày ban hành văn bản", "Deadline before the draft's own date"),
        new("Hạn “{0}” sớm hơn ngày của chính văn bản ({1}): khi ban hành, hạn đã qua",
            "The deadline “{0}” is before the draft's own date ({1}): it has passed when the draft is issued"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.None);

    private static readonly LocalizedText DraftDate = new("Ngày của văn bản", "The draft's date");

    // What a unit is asked to do by a day.
    private static readonly string[][] Requests =
    [
        ["gửi"], ["nộp"], ["hoàn", "thành"], ["hoàn", "tất"], ["báo", "cáo"], ["đăng", "ký"], ["xác", "nhận"], ["góp", "ý"],
        ["cung", "cấp"], ["tổng", "hợp"],
    ];

    // A sentence about what was done, or a count of days up to a deadline (`tính đến trước ngày …`, `kể từ trước ngày …`).
    private static readonly string[] Past = ["đã", "vừa"];

    private static readonly string[] Counting = ["tính", "kể", "từ"];

    private const int CountingReach = 3;

    // A deadline without its year takes the draft's; one that falls this long before the draft is rather next year's
    // (`trước ngày 05/01` in a plan of late December).
    private const int NextYearDays = 60;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private sealed record Facts((TextSpan Span, DateOnly Date)? Line, List<DeadlinePhrase> Deadlines);

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Facts? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var line = PlaceAndDateLine.Read(paragraph);
        List<DeadlinePhrase>? deadlines = null;
        foreach (var sentence in paragraph.Sentences)
        {
            if (DeadlinePhrase.First(paragraph, sentence) is { } deadline && IsRequest(paragraph, sentence, deadline.Lead))
            {
                (deadlines ??= []).Add(deadline);
            }
        }
        return line is null && deadlines is null ? null : new Facts(line, deadlines ?? []);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Facts> facts)
    {
        if (PlaceAndDateLine.OfDraft(facts, f => f.Line) is not { } draft)
        {
            return;
        }
        var draftText = context.Document.Text.ToString(draft.Span);
        foreach (var (paragraph, found) in facts)
        {
            foreach (var deadline in found.Deadlines)
            {
                if (IsBefore(deadline.Day, draft.Date))
                {
                    context.Report(Rule, paragraph.ToAbsolute(deadline.Span), [], [new(draft.Span, DraftDate)],
                        paragraph.Text.Substring(deadline.Span.Start, deadline.Span.Length), draftText);
                }
            }
        }
    }

    private static bool IsBefore(Period deadline, DateOnly draft)
    {
        var year = deadline.Year ?? draft.Year;
        if (deadline.Day is not { } day || day > DateTime.DaysInMonth(year, deadline.LastMonth))
        {
            return false; // `29/2` without a year in a common year: RL5004's finding, no deadline to compare
        }
        var date = new DateOnly(year, deadline.LastMonth, day);
        return date < draft && (deadline.Year is not null || draft.DayNumber - date.DayNumber <= NextYearDays);
    }

    /// <summary>A request verb before the deadline, no word of a past deed in the sentence, no count leading to the deadline.</summary>
    private static bool IsRequest(Paragraph paragraph, Sentence sentence, int lead)
    {
        var requested = false;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (TokenNavigation.IsWordIn(paragraph, i, Past))
            {
                return false;
            }
            requested |= i < lead && TokenNavigation.MatchAny(paragraph, i, Requests) >= 0;
        }
        var previous = lead;
        for (var steps = 0; steps < CountingReach && (previous = TokenNavigation.Previous(paragraph.Tokens, previous)) >= 0; steps++)
        {
            if (TokenNavigation.IsWordIn(paragraph, previous, Counting))
            {
                return false;
            }
        }
        return requested;
    }
}
