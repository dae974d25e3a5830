using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// RL2008: the first citation of a document gives only its number (`Quy định số 90 của Bộ Chính trị`), or
/// a Party symbol without the date while no other mention in the draft dates it (`Chỉ thị số 05-CT/TW của
/// Bộ Chính trị`). The convention is a full citation at first mention and a short one afterwards, so only the
/// first mention is reported; the fix completes it when the knowledge base tells which document it is.
/// Headings are left alone: a report's title often names the document it reports on in short.
/// </summary>
public sealed partial class IncompleteCitationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL2008", "incomplete-citation",
        new("Lần trích dẫn đầu tiên thiếu số, ký hiệu hoặc ngày", "First citation without its symbol or date"),
        new("Lần đầu trích dẫn, “{0}” nên ghi {1}{2}", "At its first citation, “{0}” should give {1}{2}"),
        RuleFamily.Citations, ReportSeverity.Info, FixSafety.Unsafe);

    private static readonly LocalizedText SymbolAndDate = new("đủ số, ký hiệu và ngày ban hành", "the full symbol and date");
    private static readonly LocalizedText DateOnly = new("ngày ban hành", "its date");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(Collect, Report);

    /// <summary>A paragraph's citations and, if it is one, its place-and-date line (the draft's date tells two terms' documents apart).</summary>
    private sealed record Facts(IReadOnlyList<Citation> Citations, (TextSpan Span, System.DateOnly Date)? Line);

    private static Facts? Collect(ParagraphFactsContext context)
    {
        var citations = CitationSource.Of(context.Options, context.Paragraph);
        var line = PlaceAndDateLine.Read(context.Paragraph);
        return citations.Count == 0 && line is null ? null : new Facts(citations, line);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Facts> facts)
    {
        var inDraft = FullCitationsInDraft(facts);
        var dated = DatedDocuments(facts);
        var draftDate = PlaceAndDateLine.OfDraft(facts, f => f.Line)?.Date;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (paragraph, paragraphFacts) in facts)
        {
            var citations = paragraphFacts.Citations;
            for (var c = 0; c < citations.Count; c++)
            {
                var citation = citations[c];
                if (citation.Form == CitationForm.Conventional)
                {
                    continue;
                }
                // A known document's key and its symbol's are the same string: look at all before adding any.
                var first = true;
                foreach (var key in citation.IdentityKeys())
                {
                    first &= !seen.Contains(key);
                }
                foreach (var key in citation.IdentityKeys())
                {
                    seen.Add(key);
                }
                if (first && IsUndatedSymbol(citation, dated) && !Abbreviations.RunningText.IsHeading(paragraph)
                    && !DatedWithTheNext(paragraph, citation, c + 1 < citations.Count ? citations[c + 1] : null)
                    && !IssuedLaterInTheSentence(paragraph, citation, c + 1 < citations.Count ? citations[c + 1] : null))
                {
                    ReportMissingDate(context, paragraph, citation, draftDate);
                    continue;
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
                    context.Report(Rule, span, head, SymbolAndDate, "");
                    continue;
                }
                var text = citation is { Date: null, ListDate: null } && known.Date is { } date ? $"{known.Symbol} ngày {date}" : known.Symbol;
                var fix = CodeFix.Replace(paragraph.ToAbsolute(citation.ReferenceSpan), text, FixSafety.Unsafe);
                context.Report(Rule, span, fix, head, SymbolAndDate, known.Note);
            }
        }
    }

    /// <summary>
    /// `Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013`: two documents of one day cited together,
    /// the date written once after the second.
    /// </summary>
    private static bool DatedWithTheNext(Core.Syntax.Paragraph paragraph, Citation citation, Citation? next)
    {
        // The date must follow the second symbol itself: one written after `do Huyện ủy ban hành` is the second's alone.
        if (next is not { Date: { } date } || next.Span.Start < citation.ReferenceSpan.End || date.Span.End > next.Span.End)
        {
            return false;
        }
        var between = paragraph.Text.AsSpan(citation.ReferenceSpan.End, next.Span.Start - citation.ReferenceSpan.End).Trim();
        return between is "và" or "," or "và các";
    }

    // `…, được BTV Tỉnh ủy ban hành ngày 15/03/2018`, `do Bộ Chính trị ký ngày 23 tháng 9 năm 2019`: who issued it, then when.
    [GeneratedRegex(@"^[^.;!?]*?\b(?:được|do)\s[^.;!?]*?\b(?:ban\s+hành|ký)\s+ngày\s+\d{1,2}(?:/|\s+tháng\s+)\d{1,2}(?:/|\s+năm\s+)\d{4}",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IssuedOn();

    /// <summary>
    /// `Đề án số 06-ĐA/TU về …, được BTV Tỉnh ủy ban hành ngày 15/03/2018`: the sentence dates the citation after saying
    /// who issued it; another citation in between would own that date.
    /// </summary>
    private static bool IssuedLaterInTheSentence(Core.Syntax.Paragraph paragraph, Citation citation, Citation? next)
    {
        var start = citation.ReferenceSpan.End;
        var match = IssuedOn().Match(paragraph.Text, start, paragraph.Text.Length - start);
        return match.Success && (next is null || next.Span.Start >= match.Index + match.Length);
    }

    /// <summary>A symbol with its type word and no date, of a document no other mention in the draft dates.</summary>
    private static bool IsUndatedSymbol(Citation citation, HashSet<string> dated)
    {
        // Party symbols only: a State legal symbol carries its year (`52/2019/QH14`), and correspondence is often
        // cited by number alone.
        if (citation is not { Form: CitationForm.Symbol, Type: not null, Date: null, Dateline: null, ListDate: null, Symbol: { Issuer: not null, Layout: SymbolLayout.Party } })
        {
            return false;
        }
        foreach (var key in citation.IdentityKeys())
        {
            if (dated.Contains(key))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>`Chỉ thị số 05-CT/TW` → `Chỉ thị số 05-CT/TW ngày 15/05/2016` when the knowledge base has the date.</summary>
    private static void ReportMissingDate(DocumentAnalysisContext context, Core.Syntax.Paragraph paragraph, Citation citation,
        System.DateOnly? draftDate)
    {
        var span = paragraph.ToAbsolute(TextSpan.FromBounds(citation.InList ? citation.ReferenceSpan.Start : citation.TypeSpan.Start,
            citation.ReferenceSpan.End));
        var head = CitationSource.Head(paragraph, citation);
        // `35-CT/TW` names a directive of 2019 and one of 2024: the draft's own date says which it can cite.
        var document = citation.Document ?? (draftDate is { } before && citation.Symbol is { } symbol
            ? CitationData.Get(context.Options).Documents.LatestOnOrBefore(symbol, before) : null);
        if (document is null)
        {
            context.Report(Rule, span, head, DateOnly, "");
            return;
        }
        var date = CitationDate.Format(document.Date);
        var fix = CodeFix.Insert(paragraph.ToAbsolute(citation.ReferenceSpan).End, $" ngày {date}", FixSafety.Unsafe,
            new($"Thêm “ngày {date}”", $"Add “ngày {date}”"));
        context.Report(Rule, span, fix, head, DateOnly, new LocalizedText($" (theo cơ sở dữ liệu: ngày {date})", $" (knowledge base: {date})"));
    }

    /// <summary>The identity keys of every document some mention in the draft cites with its date.</summary>
    private static HashSet<string> DatedDocuments(DocumentFacts<Facts> facts)
    {
        var dated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, paragraphFacts) in facts)
        {
            foreach (var citation in paragraphFacts.Citations)
            {
                if (citation.Date is not null || citation.Dateline is not null || citation.ListDate is not null)
                {
                    foreach (var key in citation.IdentityKeys())
                    {
                        dated.Add(key);
                    }
                }
            }
        }
        return dated;
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
    private static Dictionary<string, (string Symbol, string? Date)?> FullCitationsInDraft(DocumentFacts<Facts> facts)
    {
        var result = new Dictionary<string, (string Symbol, string? Date)?>(StringComparer.Ordinal);
        foreach (var (_, paragraphFacts) in facts)
        {
            foreach (var citation in paragraphFacts.Citations)
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
