using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;
using ReportLint.Rules.Citations;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5012: the draft's place-and-date line writes a day below 10, or January or February, without its leading zero
/// (`Lâm Giang, ngày 2 tháng 1 năm 2025` → `ngày 02 tháng 01`), as the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I)
/// and Hướng dẫn 36-HD/VPTW require. Only the header's line is checked: dates in the body follow no such rule.
/// </summary>
public sealed partial class DateLineLeadingZeroAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5012", "date-line-leading-zero",
        new("Ngày tháng ban hành thiếu số 0", "Issue date without its leading zero"),
        new("Ngày tháng ban hành “{0}” viết ngày dưới 10 và tháng 1, 2 có số 0 phía trước: “{1}”",
            "The issue date “{0}” writes a day below 10 and months 1 and 2 with a leading zero: “{1}”"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Safe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private sealed record DateLine((TextSpan Span, DateOnly Date) Line);

    private static DateLine? Collect(ParagraphFactsContext context) =>
        PlaceAndDateLine.Read(context.Paragraph) is { } line ? new DateLine(line) : null;

    private static void Report(DocumentAnalysisContext context, DocumentFacts<DateLine> facts)
    {
        if (PlaceAndDateLine.OfDraft(facts, f => f.Line) is not { } draft)
        {
            return;
        }
        var written = context.Document.Text.ToString(draft.Span);
        // Only the words form the layout prescribes: `2 tháng 1 năm 2025`.
        if (WordsForm().Match(written) is not { Success: true } match)
        {
            return;
        }
        var edits = new List<TextEdit>(2);
        AddZero(match.Groups["day"], draft.Span.Start, edits);
        if (match.Groups["month"].Value is "1" or "2")
        {
            AddZero(match.Groups["month"], draft.Span.Start, edits);
        }
        if (edits.Count == 0)
        {
            return;
        }
        var corrected = written;
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
        {
            corrected = corrected.Insert(edit.Span.Start - draft.Span.Start, edit.NewText);
        }
        var fix = new CodeFix(new LocalizedText($"Sửa thành “{corrected}”", $"Change to “{corrected}”"), edits.ToArray(), FixSafety.Safe);
        context.Report(Rule, draft.Span, fix, written, corrected);
    }

    private static void AddZero(Group number, int offset, List<TextEdit> edits)
    {
        if (number.Success && number.Value.Length == 1)
        {
            edits.Add(new TextEdit(new TextSpan(offset + number.Index, 0), "0"));
        }
    }

    [GeneratedRegex(@"^(?<day>\d{1,2}) tháng (?<month>\d{1,2}) năm \d{4}$")]
    private static partial Regex WordsForm();
}
