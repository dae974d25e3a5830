using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>A citation placed in a document: absolute spans, for hover and completion in the language server.</summary>
/// <param name="Span">The whole citation (type word to the last part read), absolute.</param>
/// <param name="ReferenceSpan">The number or symbol, absolute.</param>
/// <param name="Document">The knowledge-base document, or null when it cannot be told.</param>
public sealed record CitationInfo(Citation Citation, int ParagraphIndex, TextSpan Span, TextSpan ReferenceSpan, KnownDocument? Document);

/// <summary>The language server's view of citations: every parsed citation with its resolved document.</summary>
public static class CitationIndex
{
    /// <summary>Every citation of the document in order. Uses the same per-paragraph cache as the rules.</summary>
    public static IReadOnlyList<CitationInfo> Build(ReportDocument document, AnalyzerOptions options)
    {
        var result = new List<CitationInfo>();
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var citation in CitationSource.Of(options, paragraph))
            {
                result.Add(new CitationInfo(citation, paragraph.Index, paragraph.ToAbsolute(citation.Span),
                    paragraph.ToAbsolute(citation.ReferenceSpan), citation.Document));
            }
        }
        return result;
    }

    /// <summary>The citation covering an absolute offset (hover), or null.</summary>
    public static CitationInfo? FindAt(IReadOnlyList<CitationInfo> citations, int offset)
    {
        int low = 0, high = citations.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var span = citations[mid].Span;
            if (offset < span.Start)
            {
                high = mid - 1;
            }
            else if (offset > span.End)
            {
                low = mid + 1;
            }
            else
            {
                return citations[mid];
            }
        }
        return null;
    }

    /// <summary>The knowledge base (built-in and workspace documents), for completion of symbols.</summary>
    public static IReadOnlyList<KnownDocument> KnownDocuments(AnalyzerOptions options) =>
        CitationData.Get(options).Documents.All.OrderBy(d => d.Type, StringComparer.Ordinal).ThenBy(d => d.Symbol.NumberValue).ToArray();

    /// <summary>
    /// Completion: known documents whose number starts with what was typed (`9` → `90-QĐ/TW`, `98-QĐ/TW`),
    /// of the type word before it when one is given, by number.
    /// </summary>
    public static IReadOnlyList<KnownDocument> Suggest(AnalyzerOptions options, string? typeWord, string typedNumber)
    {
        var digits = typedNumber.TrimStart('0');
        var type = typeWord is null ? null : string.Join(' ', CitationKey.Syllables(typeWord));
        return CitationData.Get(options).Documents.All
            .Where(d => d.Symbol.NumberValue.ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith(digits, StringComparison.Ordinal))
            .Where(d => type is null || CitationKey.Of(d.Type) == type)
            .OrderBy(d => d.Symbol.NumberValue).ThenBy(d => d.Symbol.Text, StringComparer.Ordinal).ThenBy(d => d.Date)
            .ToArray();
    }

    /// <summary>Hover text for a known document: type, symbol, date, issuer, title.</summary>
    public static string Describe(KnownDocument document) =>
        document.Title is { } title ? $"{document.FullCitation}: {title}" : document.FullCitation;
}
