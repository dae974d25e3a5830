using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2009: the issuer, the date, the term or the plenum of a cited symbol contradicts the knowledge base
/// (`Chỉ thị số 05-CT/TW của Ban Chấp hành Trung ương`: the Bộ Chính trị issued it). Central Party
/// numbers restart with each term, so a date or a `khóa` of another term means another document, not an error;
/// a `khóa` is wrong only when the symbol with its exact date already names the document
/// (`04-NQ/TW ngày 30/10/2016 … khóa XI`: that resolution is of the XII term) or the subject written after it repeats the
/// known document's title (`04-NQ/TW … khóa XI về … chỉnh đốn Đảng … suy thoái về tư tưởng`).
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
        var citations = CitationSource.Of(context);
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            if (Checked(data, context.Paragraph, citations, c) is not { } found)
            {
                continue;
            }
            var (document, pinned) = found;
            if (citation.Symbol is { } written && written.Key != document.Symbol.Key)
            {
                // Resolved by number, issuer, date and type word: the type code is the slip (`08-QĐ/TW` for `08-QĐi/TW`).
                var date = CitationDate.Format(document.Date, CitationSource.Text(context.Paragraph, citation.Date!.Span));
                context.Report(Rule, citation.ReferenceSpan, CitationSource.Replace(context.Paragraph, citation.ReferenceSpan, document.Symbol.Text),
                    new LocalizedText($"{document.Type} ngày {date}", $"the {document.Type} of {date}"),
                    new LocalizedText($"có số, ký hiệu {document.Symbol.Text}", $"has the symbol {document.Symbol.Text}"),
                    CitationSource.Text(context.Paragraph, citation.ReferenceSpan));
            }
            var symbol = document.Symbol.Text;
            if (citation.Date is { Value: { } citedDate } writtenDate && citedDate != document.Date)
            {
                // In the draft's own style (`05/3/2021` → `05/3/2020`): the fix changes only what is wrong.
                var text = CitationSource.Text(context.Paragraph, writtenDate.Span);
                var known = CitationDate.Format(document.Date, text);
                context.Report(Rule, writtenDate.Span, CitationSource.Replace(context.Paragraph, writtenDate.Span, known), symbol,
                    new LocalizedText($"ban hành ngày {known}", $"was issued on {known}"), text);
            }
            if (citation.Body is { Body.Generic: false } body && !CitationResolver.IssuedBy(document, body.Body))
            {
                context.Report(Rule, body.Span, CitationSource.Replace(context.Paragraph, body.Span, document.Issuers[0]), symbol,
                    new LocalizedText($"do {string.Join(" hoặc ", document.Issuers)} ban hành", $"was issued by {string.Join(" or ", document.Issuers)}"),
                    CitationSource.Text(context.Paragraph, body.Span));
            }
            // An invalid numeral (`khóa XIIII`) is RL2007's finding, with the same fix.
            if (pinned && document.Term is { } term && citation.Terms is [{ } cited] && cited.Numeral != term
                && Core.Syntax.RomanNumerals.TryParse(cited.Numeral, out _))
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

    /// <summary>
    /// The known document this rule checks the citation at <paramref name="index"/> against, and whether it is pinned (its
    /// term is checked too); null when the citation names none or, by its date or `khóa`, a document of another term.
    /// RL2006 leaves a date to this rule when the document is known: one wrong date, one finding.
    /// </summary>
    internal static (KnownDocument Document, bool Pinned)? Checked(CitationData data, Core.Syntax.Paragraph paragraph, IReadOnlyList<Citation> citations, int index)
    {
        var citation = citations[index];
        if (citation.Form != CitationForm.Symbol)
        {
            return null;
        }
        var next = index + 1 < citations.Count ? citations[index + 1].Span.Start : paragraph.Text.Length;
        var document = citation.Document;
        // The symbol with its exact date names the document whatever term the citation writes: that term is the slip.
        var pinned = document is not null && citation.Date?.Value == document.Date;
        if (!pinned && (document is null || !SameTerm(data, citation, document)))
        {
            // Of another term by its date or `khóa`: the known document only if the subject written after it says so.
            document = NamedBySubject(data, paragraph, citation, next);
            pinned = document is not null;
        }
        return document is null ? null : (document, pinned);
    }

    /// <summary>
    /// `Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường xây dựng, chỉnh đốn Đảng …`: the one
    /// known document of that symbol and type whose title the subject after the citation repeats.
    /// </summary>
    private static KnownDocument? NamedBySubject(CitationData data, Core.Syntax.Paragraph paragraph, Citation citation, int end)
    {
        if (citation.Symbol is not { Issuer: not null } symbol)
        {
            return null;
        }
        KnownDocument? found = null;
        foreach (var document in data.Documents.Named(symbol))
        {
            if ((citation.Type is { } type && !CitationResolver.SameType(document, type)) || !CitationSubject.Names(paragraph, citation, end, document))
            {
                continue;
            }
            if (found is not null)
            {
                return null; // `35-CT/TW` of 2019 and of 2024 share their subject
            }
            found = document;
        }
        return found;
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
