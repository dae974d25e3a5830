using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2009: the issuer, the date, the term or the plenum of a cited symbol contradicts the knowledge base
/// (`Chỉ thị số 05-CT/TW của Ban Chấp hành Trung ương`: the Bộ Chính trị issued it). Central Party
/// numbers restart with each term, so a date or a `khóa` of another term means another document, not an error;
/// a `khóa` is wrong only when the symbol with its exact date already names the document
/// (`04-NQ/TW ngày 30/10/2016 … khóa XI`: that resolution is of the XII term).
/// </summary>
public sealed class KnownDocumentContradictionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2009", "contradicts-known-document",
        new("Cơ quan, ngày, khóa hoặc hội nghị ban hành trái với cơ sở dữ liệu", "Issuer, date, term or plenum contradicts the knowledge base"),
        new("Theo cơ sở dữ liệu, {0} {1}, không phải {2}", "According to the knowledge base, {0} {1}, not {2}"),
        RuleFamily.Citations, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var data = CitationData.Get(context.Options);
        foreach (var citation in CitationSource.Of(context))
        {
            if (citation is not { Form: CitationForm.Symbol, Document: { } document })
            {
                continue;
            }
            // The symbol with its exact date names the document whatever term the citation writes: that term is the slip.
            var pinned = citation.Date?.Value == document.Date;
            if (!pinned && !SameTerm(data, citation, document))
            {
                continue;
            }
            var symbol = document.Symbol.Text;
            if (citation.Date is { Value: { } date } written && date != document.Date)
            {
                var known = CitationDate.Format(document.Date);
                context.Report(Rule, written.Span, CitationSource.Replace(context.Paragraph, written.Span, known), symbol,
                    new LocalizedText($"ban hành ngày {known}", $"was issued on {known}"), CitationSource.Text(context.Paragraph, written.Span));
            }
            if (citation.Body is { Body.Generic: false } body && !CitationResolver.IssuedBy(document, body.Body))
            {
                context.Report(Rule, body.Span, CitationSource.Replace(context.Paragraph, body.Span, document.Issuers[0]), symbol,
                    new LocalizedText($"do {string.Join(" hoặc ", document.Issuers)} ban hành", $"was issued by {string.Join(" or ", document.Issuers)}"),
                    CitationSource.Text(context.Paragraph, body.Span));
            }
            if (pinned && document.Term is { } term && citation.Terms is [{ } cited] && cited.Numeral != term)
            {
                context.Report(Rule, cited.Span, CitationSource.Replace(context.Paragraph, cited.Span, term), symbol,
                    new LocalizedText($"thuộc khóa {term}", $"is of term {term}"), new LocalizedText($"khóa {cited.Numeral}", $"term {cited.Numeral}"));
            }
            if (citation is { Plenum: { } plenum, PlenumSpan: { } plenumSpan } && document.Plenum is { } adopted && adopted != plenum)
            {
                // The plenum as the draft writes it: `Trung ương 5` → 4, `lần thứ năm` → tư.
                var digits = !CitationSource.Text(context.Paragraph, plenumSpan).ContainsAnyExceptInRange('0', '9');
                var fix = digits ? adopted.ToString(System.Globalization.CultureInfo.InvariantCulture) : Ordinals.Word(adopted);
                context.Report(Rule, plenumSpan, CitationSource.Replace(context.Paragraph, plenumSpan, fix), symbol,
                    new LocalizedText($"là văn bản của Hội nghị Trung ương {adopted}", $"comes from Central Committee plenum {adopted}"),
                    new LocalizedText($"Hội nghị Trung ương {plenum}", $"plenum {plenum}"));
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
