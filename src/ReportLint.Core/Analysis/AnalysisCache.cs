using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;

namespace ReportLint.Core.Analysis;

/// <summary>
/// Per-paragraph analysis results kept with the paragraph's syntax, so that after an edit only
/// the paragraphs it touched are analysed again (the language server keeps one per document).
/// </summary>
public sealed class AnalysisCache
{
    // A slot on the syntax rather than a ConditionalWeakTable: an edit of a long draft looks up every
    // paragraph, and the table's look-up was the largest part of reading the cache.
    private static readonly SyntaxSlot<Entry> Results = new();

    internal ParagraphResult? TryGet(ParagraphSyntax syntax, AnalyzerOptions options, DocumentKind kind) =>
        syntax.Get(Results) is { } entry && ReferenceEquals(entry.Cache, this) && ReferenceEquals(entry.Result.Options, options)
        && entry.Result.Kind == kind ? entry.Result : null;

    internal void Store(ParagraphSyntax syntax, ParagraphResult result) => syntax.Set(Results, new Entry(this, result));

    /// <summary>A result and the cache that stored it (a syntax holds one; another cache sees a miss).</summary>
    private sealed record Entry(AnalysisCache Cache, ParagraphResult Result);
}

/// <summary>What the driver learned from one paragraph: relative diagnostics, facts, failures.</summary>
internal sealed record ParagraphResult(
    AnalyzerOptions Options,
    DocumentKind Kind,
    IReadOnlyList<Diagnostic> Diagnostics,
    object?[] Facts,
    IReadOnlyList<(DiagnosticAnalyzer Analyzer, Exception Error)> Failures);
