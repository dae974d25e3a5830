using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Names;

/// <summary>
/// RL6005: a place name after an administrative unit word with a syllable in lower case (`xã tân Phú`,
/// `huyện Yên thành`, `thôn đông Hòa`). A place name capitalizes every syllable; see <see cref="PlaceNames"/> for
/// when a run of words counts as a name. At the document's end, a name left in lower case is reported where the
/// document writes it properly elsewhere, or where the data knows it (<see cref="PlaceEvidence"/>).
/// </summary>
public sealed class PlaceNameCapitalizationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL6005", "place-name-capitalization",
        new("Viết hoa địa danh chưa đúng", "Place name capitalization"),
        new("Địa danh “{0}” phải viết hoa mọi chữ của tên riêng: “{1}”", "The place name “{0}” capitalizes every syllable of the name: “{1}”"),
        RuleFamily.Names, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterParagraphAction(Analyze);
        context.RegisterDocumentAction(Collect, Report);
    }

    private static PlaceFacts? Collect(ParagraphFactsContext context) =>
        PlaceNames.FactsOf(context.Paragraph, context.Options) is { } facts && (facts.Models.Count > 0 || facts.Candidates.Count > 0) ? facts : null;

    private static void Report(DocumentAnalysisContext context, DocumentFacts<PlaceFacts> facts)
    {
        foreach (var (paragraph, slip, _) in PlaceEvidence.Find(facts, static f => f, PlaceNameData.Get(context.Options.Data)))
        {
            var corrected = CaseCheck.Corrected(paragraph, slip.Span, slip.Edits);
            var edits = slip.Edits.Select(e => e with { Span = paragraph.ToAbsolute(e.Span) }).ToArray();
            context.Report(Rule, paragraph.ToAbsolute(slip.Span), CaseCheck.Fix(corrected, edits), CaseCheck.Written(paragraph, slip.Span), corrected);
        }
    }

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        foreach (var slip in PlaceNames.In(paragraph, context.Options))
        {
            var corrected = CaseCheck.Corrected(paragraph, slip.Span, slip.Edits);
            context.Report(Rule, slip.Span, CaseCheck.Fix(corrected, slip.Edits), CaseCheck.Written(paragraph, slip.Span), corrected);
        }
    }
}
