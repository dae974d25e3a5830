using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2008: the first citation of a document gives only its number (`Quy định số 90 của Bộ Chính trị`).
/// The convention is a full citation at first mention and a short one afterwards, so only the first
/// mention is reported; the fix completes it when the knowledge base tells which document it is.
/// </summary>
public sealed class IncompleteCitationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2008", "incomplete-citation",
        new("Lần trích dẫn đầu tiên thiếu số, ký hiệu", "First citation without its symbol"),
        new("Lần đầu trích dẫn, “{0}” nên ghi đủ số, ký hiệu và ngày ban hành{1}",
            "At its first citation, “{0}” should give the full symbol and date{1}"),
        RuleFamily.Citations, ReportSeverity.Info, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(CitationSource.Collect, Report);

    private static void Report(DocumentAnalysisContext context, IReadOnlyList<ParagraphFacts<IReadOnlyList<Citation>>> facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (paragraph, citations) in facts)
        {
            foreach (var citation in citations)
            {
                if (citation.Form == CitationForm.Conventional)
                {
                    continue;
                }
                var first = true;
                foreach (var key in citation.IdentityKeys())
                {
                    first &= seen.Add(key);
                }
                if (!first || citation.Form != CitationForm.Number)
                {
                    continue;
                }
                var head = CitationSource.Head(paragraph, citation);
                var span = paragraph.ToAbsolute(Core.Text.TextSpan.FromBounds(
                    citation.InList ? citation.ReferenceSpan.Start : citation.TypeSpan.Start, citation.ReferenceSpan.End));
                if (citation.Document is not { } document)
                {
                    context.Report(Rule, span, head, "");
                    continue;
                }
                var completion = citation.Date is null ? $"{document.Symbol.Text} ngày {CitationDate.Format(document.Date)}" : document.Symbol.Text;
                var fix = CodeFix.Replace(paragraph.ToAbsolute(citation.ReferenceSpan), completion, FixSafety.Unsafe);
                context.Report(Rule, span, fix, head,
                    new LocalizedText($" (theo cơ sở dữ liệu: {document.FullCitation})", $" (knowledge base: {document.FullCitation})"));
            }
        }
    }
}
