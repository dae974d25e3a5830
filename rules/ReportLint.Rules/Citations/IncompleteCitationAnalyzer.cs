using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

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

    private static void Report(DocumentAnalysisContext context, DocumentFacts<IReadOnlyList<Citation>> facts)
    {
        var inDraft = FullCitationsInDraft(facts);
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
                var span = paragraph.ToAbsolute(TextSpan.FromBounds(
                    citation.InList ? citation.ReferenceSpan.Start : citation.TypeSpan.Start, citation.ReferenceSpan.End));
                var completion = Completion(citation, inDraft);
                if (completion is not { } known)
                {
                    context.Report(Rule, span, head, "");
                    continue;
                }
                var text = citation is { Date: null, ListDate: null } && known.Date is { } date ? $"{known.Symbol} ngày {date}" : known.Symbol;
                var fix = CodeFix.Replace(paragraph.ToAbsolute(citation.ReferenceSpan), text, FixSafety.Unsafe);
                context.Report(Rule, span, fix, head, known.Note);
            }
        }
    }

    private readonly record struct Known(string Symbol, string? Date, LocalizedText Note);

    /// <summary>The knowledge base's document, else the one full citation of the same type and number later in the draft.</summary>
    private static Known? Completion(Citation citation, Dictionary<string, (string Symbol, string? Date)?> inDraft)
    {
        if (citation.Document is { } document)
        {
            return new Known(document.Symbol.Text, CitationDate.Format(document.Date),
                new($" (theo cơ sở dữ liệu: {document.FullCitation})", $" (knowledge base: {document.FullCitation})"));
        }
        if (citation.Type is { } type && inDraft.GetValueOrDefault($"{type.Word}#{citation.Number}") is { } full)
        {
            return new Known(full.Symbol, full.Date,
                new($" (dự thảo ghi đầy đủ ở đoạn sau: {full.Symbol})", $" (cited in full later in the draft: {full.Symbol})"));
        }
        return null;
    }

    /// <summary>Type and number → the one symbol the draft cites in full for them (null when it cites two).</summary>
    private static Dictionary<string, (string Symbol, string? Date)?> FullCitationsInDraft(DocumentFacts<IReadOnlyList<Citation>> facts)
    {
        var result = new Dictionary<string, (string Symbol, string? Date)?>(StringComparer.Ordinal);
        foreach (var (paragraph, citations) in facts)
        {
            foreach (var citation in citations)
            {
                if (citation is not { Form: CitationForm.Symbol, Type: { } type, Symbol: { Issuer: not null } symbol })
                {
                    continue;
                }
                var key = $"{type.Word}#{symbol.NumberValue}";
                var date = citation.Date?.Value is { } value ? CitationDate.Format(value) : null;
                if (!result.TryGetValue(key, out var existing))
                {
                    result[key] = (symbol.Text, date);
                }
                else if (existing is { } other && other.Symbol != symbol.Text)
                {
                    result[key] = null;
                }
                else if (existing is { Date: null } undated && date is not null)
                {
                    result[key] = (undated.Symbol, date);
                }
            }
        }
        return result;
    }
}
