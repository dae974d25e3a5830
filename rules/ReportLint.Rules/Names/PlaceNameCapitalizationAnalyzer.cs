using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Names;

/// <summary>
/// RL6005: a place name after an administrative unit word with a syllable in lower case (`xã tân Phú`,
/// `huyện Yên thành`, `thôn đông Hòa`). A place name capitalizes every syllable; see <see cref="PlaceNames"/> for
/// when a run of words counts as a name. At the document's end, a name left in lower case is reported where the
/// document writes it properly elsewhere, or where the data knows it (<see cref="PlaceEvidence"/>); the document's own
/// spelling is named by its line in the message and given as a related location.
/// </summary>
public sealed class PlaceNameCapitalizationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL6005", "place-name-capitalization",
        new("Viết hoa địa danh chưa đúng", "Place name capitalization"),
        new("Địa danh “{0}” phải viết hoa mọi chữ của tên riêng: “{1}”{2}", "The place name “{0}” capitalizes every syllable of the name: “{1}”{2}"),
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
        foreach (var (paragraph, slip, _, proper) in PlaceEvidence.Find(facts, static f => f, PlaceNameData.Get(context.Options.Data)))
        {
            var corrected = CaseCheck.Corrected(paragraph, slip.Span, slip.Edits);
            var edits = slip.Edits.Select(e => e with { Span = paragraph.ToAbsolute(e.Span) }).ToArray();
            // The document's own spelling is the reason: its line in the message, its place for the editor to show.
            var (related, where) = proper is { } span
                ? ([new RelatedLocation(span, WrittenProperly)], WrittenOnLine(context, span))
                : ((RelatedLocation[]?)null, NoEvidence);
            context.Report(Rule, paragraph.ToAbsolute(slip.Span), [CaseCheck.Fix(corrected, edits)], related,
                CaseCheck.Written(paragraph, slip.Span), corrected, where);
        }
    }

    private static readonly LocalizedText WrittenProperly = new("Văn bản viết đúng ở đây", "The document writes it properly here");

    private static readonly LocalizedText NoEvidence = new("", "");

    private static LocalizedText WrittenOnLine(DocumentAnalysisContext context, TextSpan span)
    {
        var line = context.Document.Text.GetLinePosition(span.Start).Line + 1;
        return new($" (văn bản viết đúng ở dòng {line})", $" (written so on line {line})");
    }

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        foreach (var slip in PlaceNames.In(paragraph, context.Options))
        {
            var corrected = CaseCheck.Corrected(paragraph, slip.Span, slip.Edits);
            context.Report(Rule, slip.Span, CaseCheck.Fix(corrected, slip.Edits), CaseCheck.Written(paragraph, slip.Span), corrected, NoEvidence);
        }
    }
}
