using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2006: a citation dated on a day that cannot be its date: a day that does not exist (`ngày 31/4/2018`,
/// `ngày 29/02/2019`), a day before any Party or State document (the Party was founded in 1930: `ngày 10/10/1012`
/// is a typo), a year other than the one the State symbol carries (`40/2020/NĐ-CP ngày 06/4/2002`), or a day after
/// the draft's own date in its header (a draft cannot cite what was not yet issued).
/// </summary>
public sealed class ImpossibleCitationDateAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2006", "impossible-citation-date",
        new("Ngày ban hành không thể đúng", "Impossible date in a citation"),
        new("Ngày “{0}” của “{1}” không thể đúng: {2}", "The date “{0}” of “{1}” cannot be right: {2}"),
        RuleFamily.Citations, ReportSeverity.Error, FixSafety.Unsafe);

    private static readonly LocalizedText DraftDate = new("Ngày của văn bản", "The draft's date");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterParagraphAction(Analyze);
        context.RegisterDocumentAction(CollectDates, ReportAfterDraft);
    }

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var data = CitationData.Get(context.Options);
        var citations = CitationSource.Of(context);
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            if (citation.Date is not { } date)
            {
                continue;
            }
            if (!date.IsPlausible)
            {
                // The knowledge base knows the real date only when the symbol itself says which document it is.
                CodeFix? fix = citation is { Form: CitationForm.Symbol, Document: { } document }
                    ? CitationSource.Replace(date.Span, CitationDate.Format(document.Date, CitationSource.Text(context.Paragraph, date.Span))) : null;
                context.Report(Rule, date.Span, fix, CitationSource.Text(context.Paragraph, date.Span),
                    CitationSource.Head(context.Paragraph, citation), Reason(date));
            }
            else if (SymbolYear(citation) is { } year && year != date.Year && !KnownOtherwise(data, context.Paragraph, citations, c))
            {
                var written = CitationSource.Text(context.Paragraph, date.Span);
                var yearText = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // The year is the date's last four digits in every form the parser reads.
                CodeFix? fix = written.EndsWith(yearText, StringComparison.Ordinal)
                    ? CitationSource.Replace(date.Span, string.Concat(written.AsSpan(0, written.Length - yearText.Length), year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    : null;
                context.Report(Rule, date.Span, fix, written, CitationSource.Head(context.Paragraph, citation),
                    new LocalizedText($"số, ký hiệu ghi năm {year}", $"the symbol carries the year {year}"));
            }
        }
    }

    /// <summary>
    /// A real date the knowledge base contradicts is RL2009's: it knows the whole date (`30/2020/NĐ-CP ngày 05/3/2021` →
    /// `05/3/2020`, where the symbol's year alone would leave a wrong day standing), and one slip gets one finding.
    /// </summary>
    private static bool KnownOtherwise(CitationData data, Paragraph paragraph, IReadOnlyList<Citation> citations, int index) =>
        citations[index].Date?.Value is { } date
        && KnownDocumentContradictionAnalyzer.Checked(data, paragraph, citations, index) is { Document.Date: var known } && known != date;

    /// <summary>The year of a State legal document's symbol (`30/2020/NĐ-CP`); Party symbols carry none.</summary>
    private static int? SymbolYear(Citation citation) =>
        citation.Symbol is { Layout: SymbolLayout.State, Year: { } year } ? year : null;

    /// <summary>A paragraph's place-and-date line, if it is one, and the dates it cites.</summary>
    private sealed record Dates((TextSpan Span, DateOnly Date)? Line, List<(TextSpan Span, DateOnly Date, string Head)> Cited);

    private static Dates? CollectDates(ParagraphFactsContext context)
    {
        var line = PlaceAndDateLine.Read(context.Paragraph);
        List<(TextSpan, DateOnly, string)>? cited = null;
        var data = CitationData.Get(context.Options);
        var citations = CitationSource.Of(context.Options, context.Paragraph);
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            // A symbol whose year contradicts the date is reported above, a known document's wrong date by RL2009; their
            // fixes may settle this too.
            if (citation.Date is { Value: { } date } written && (SymbolYear(citation) is not { } year || year == date.Year)
                && !KnownOtherwise(data, context.Paragraph, citations, c))
            {
                (cited ??= []).Add((written.Span, date, CitationSource.Head(context.Paragraph, citation)));
            }
        }
        return line is null && cited is null ? null : new Dates(line, cited ?? []);
    }

    private static void ReportAfterDraft(DocumentAnalysisContext context, DocumentFacts<Dates> facts)
    {
        if (PlaceAndDateLine.OfDraft(facts, d => d.Line) is not { } draft)
        {
            return;
        }
        var draftText = context.Document.Text.ToString(draft.Span);
        foreach (var (paragraph, dates) in facts)
        {
            foreach (var (span, date, head) in dates.Cited)
            {
                if (date > draft.Date)
                {
                    context.Report(Rule, paragraph.ToAbsolute(span), [], [new(draft.Span, DraftDate)],
                        CitationSource.Text(paragraph, span), head,
                        new LocalizedText($"sau ngày của chính văn bản này ({draftText})", $"it is after this draft's own date ({draftText})"));
                }
            }
        }
    }

    private static LocalizedText Reason(CitationDate date) =>
        date.Month is < 1 or > 12 ? new($"không có tháng {date.Month}", $"there is no month {date.Month}")
        : date.Year < CitationDate.FirstYear ? new($"không có văn bản nào trước năm {CitationDate.FirstYear}", $"no document predates {CitationDate.FirstYear}")
        : new($"tháng {date.Month}/{date.Year} có {DateTime.DaysInMonth(date.Year, date.Month)} ngày",
            $"month {date.Month}/{date.Year} has {DateTime.DaysInMonth(date.Year, date.Month)} days");
}
