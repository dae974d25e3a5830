using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2010: one document cited with two different dates in the same draft. Numbers restart with each
/// term, so two dates in different Central Committee terms (or, for other issuers, five or more years
/// apart) are taken as two documents. Documents of the knowledge base are left to RL2009, which knows
/// which of the two dates is wrong.
/// </summary>
public sealed class InconsistentCitationDateAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2010", "inconsistent-citation-date",
        new("Một văn bản được dẫn với hai ngày khác nhau", "One document cited with two dates"),
        new("“{0}” đã được dẫn với ngày {1}, ở đây lại ghi ngày {2}", "“{0}” was cited with the date {1}, here with {2}"),
        RuleFamily.Citations, ReportSeverity.Warning);

    private static readonly LocalizedText FirstDate = new("Ngày được dẫn lần đầu", "The date cited first");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(CitationSource.Collect, Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<IReadOnlyList<Citation>> facts)
    {
        var data = CitationData.Get(context.Options);
        var first = new Dictionary<string, (DateOnly Date, Core.Text.TextSpan Span, string Text)>(StringComparer.Ordinal);
        foreach (var (paragraph, citations) in facts)
        {
            foreach (var citation in citations)
            {
                if (citation.Document is not null || citation.Symbol is not { Issuer: { } issuer } symbol
                    || citation.Date is not { Value: { } date } written)
                {
                    continue;
                }
                var text = CitationSource.Text(paragraph, written.Span);
                var span = paragraph.ToAbsolute(written.Span);
                if (!first.TryGetValue(symbol.Key, out var earlier))
                {
                    first[symbol.Key] = (date, span, text);
                }
                else if (earlier.Date != date && SameDocument(data, issuer, earlier.Date, date))
                {
                    context.Report(Rule, span, [], [new(earlier.Span, FirstDate)], symbol.Text, earlier.Text, text);
                }
            }
        }
    }

    private static bool SameDocument(CitationData data, string issuer, DateOnly a, DateOnly b) =>
        data.Issuers.IsCentral(issuer) ? data.Issuers.TermOf(a) == data.Issuers.TermOf(b) : Math.Abs(a.Year - b.Year) < 5;
}
