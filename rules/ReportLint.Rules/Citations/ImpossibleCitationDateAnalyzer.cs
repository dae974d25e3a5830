using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2006: a citation dated on a day that does not exist (`ngày 31/4/2018`, `ngày 29/02/2019`) or before any
/// Party or State document could be dated (the Party was founded in 1930): `ngày 10/10/1012` is a typo.
/// </summary>
public sealed class ImpossibleCitationDateAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2006", "impossible-citation-date",
        new("Ngày ban hành không có thật", "Impossible date in a citation"),
        new("Ngày “{0}” của “{1}” không có thật: {2}", "The date “{0}” of “{1}” does not exist: {2}"),
        RuleFamily.Citations, ReportSeverity.Error, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        foreach (var citation in CitationSource.Of(context))
        {
            if (citation.Date is not { IsPlausible: false } date)
            {
                continue;
            }
            // The knowledge base knows the real date only when the symbol itself says which document it is.
            CodeFix? fix = citation is { Form: CitationForm.Symbol, Document: { } document }
                ? CitationSource.Replace(date.Span, CitationDate.Format(document.Date)) : null;
            context.Report(Rule, date.Span, fix, CitationSource.Text(context.Paragraph, date.Span),
                CitationSource.Head(context.Paragraph, citation), Reason(date));
        }
    }

    private static LocalizedText Reason(CitationDate date) =>
        date.Month is < 1 or > 12 ? new($"không có tháng {date.Month}", $"there is no month {date.Month}")
        : date.Year < CitationDate.FirstYear ? new($"không có văn bản nào trước năm {CitationDate.FirstYear}", $"no document predates {CitationDate.FirstYear}")
        : new($"tháng {date.Month}/{date.Year} có {DateTime.DaysInMonth(date.Year, date.Month)} ngày",
            $"month {date.Month}/{date.Year} has {DateTime.DaysInMonth(date.Year, date.Month)} days");
}
