using ReportLint.Core.Analysis;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>Shared access for the citation rules: the parsed citations of a paragraph and small helpers.</summary>
internal static class CitationSource
{
    public static IReadOnlyList<Citation> Of(ParagraphScopedContext context) => Of(context.Options, context.Paragraph);

    public static IReadOnlyList<Citation> Of(AnalyzerOptions options, Paragraph paragraph)
    {
        var data = CitationData.Get(options);
        return data.Cache.Get(data, paragraph);
    }

    /// <summary>Facts for document-wide citation rules: the paragraph's citations, or null when it has none.</summary>
    public static IReadOnlyList<Citation>? Collect(ParagraphFactsContext context)
    {
        var data = CitationData.Get(context.Options);
        var citations = data.Cache.Get(data, context.Paragraph);
        return citations.Count == 0 ? null : citations;
    }

    public static string Text(Paragraph paragraph, TextSpan span) => paragraph.Text.Substring(span.Start, span.Length);

    /// <summary>How the citation reads up to its reference, for a message: `Quy định số 90` (on one line when the wrap cut it).</summary>
    public static string Head(Paragraph paragraph, Citation citation) =>
        QuotedText.Of(paragraph, TextSpan.FromBounds(citation.InList || citation.Type is null ? citation.ReferenceSpan.Start : citation.TypeSpan.Start,
            citation.ReferenceSpan.End));

    public static CodeFix Replace(TextSpan span, string text) => CodeFix.Replace(span, text, Core.Diagnostics.FixSafety.Unsafe);

    /// <summary>The same, keeping a wrapped paragraph's line break where the words replaced had one (see <see cref="CodeFix.ReplaceKeepingLineBreaks"/>).</summary>
    public static CodeFix Replace(Paragraph paragraph, TextSpan span, string text) =>
        CodeFix.ReplaceKeepingLineBreaks(span, Text(paragraph, span), text, Core.Diagnostics.FixSafety.Unsafe);
}
