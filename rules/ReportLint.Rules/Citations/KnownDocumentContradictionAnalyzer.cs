using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2009: the issuer or the date of a cited symbol contradicts the knowledge base
/// (`Chỉ thị số 05-CT/TW của Ban Chấp hành Trung ương`: the Bộ Chính trị issued it). Central Party
/// numbers restart with each term, so a date or a `khóa` of another term means another document, not an error.
/// </summary>
public sealed class KnownDocumentContradictionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2009", "contradicts-known-document",
        new("Cơ quan ban hành hoặc ngày ban hành trái với cơ sở dữ liệu", "Issuer or date contradicts the knowledge base"),
        new("Theo cơ sở dữ liệu, {0} {1}, không phải {2}", "According to the knowledge base, {0} {1}, not {2}"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var data = CitationData.Get(context.Options);
        foreach (var citation in CitationSource.Of(context))
        {
            if (citation is not { Form: CitationForm.Symbol, Document: { } document } || !SameTerm(data, citation, document))
            {
                continue;
            }
            var symbol = document.Symbol.Text;
            if (citation.Date is { Value: { } date } written && date != document.Date)
            {
                var known = CitationDate.Format(document.Date);
                context.Report(Rule, written.Span, CitationSource.Replace(written.Span, known), symbol,
                    new LocalizedText($"ban hành ngày {known}", $"was issued on {known}"), CitationSource.Text(context.Paragraph, written.Span));
            }
            if (citation.Body is { Body.Generic: false } body && !CitationResolver.IssuedBy(document, body.Body))
            {
                context.Report(Rule, body.Span, CitationSource.Replace(body.Span, document.Issuers[0]), symbol,
                    new LocalizedText($"do {string.Join(" hoặc ", document.Issuers)} ban hành", $"was issued by {string.Join(" or ", document.Issuers)}"),
                    CitationSource.Text(context.Paragraph, body.Span));
            }
        }
    }

    /// <summary>False when the citation names a term (or a date in a term) other than the known document's.</summary>
    private static bool SameTerm(CitationData data, Citation citation, KnownDocument document)
    {
        if (document.Term is not { } term)
        {
            return true;
        }
        if (citation.Terms.Count > 0 && citation.Terms.All(t => t.Numeral != term))
        {
            return false;
        }
        return citation.Date?.Value is not { } date || data.Issuers.TermOf(date) == term;
    }
}
