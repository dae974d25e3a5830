using System.Runtime.CompilerServices;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;

namespace ReportLint.Core.Analysis;

/// <summary>
/// Per-paragraph analysis results kept with the paragraph's syntax, so that after an edit only
/// the paragraphs it touched are analysed again (the language server keeps one per document).
/// </summary>
public sealed class AnalysisCache
{
    private readonly ConditionalWeakTable<ParagraphSyntax, ParagraphResult> _results = new();

    internal ParagraphResult? TryGet(ParagraphSyntax syntax, AnalyzerOptions options, DocumentKind kind) =>
        _results.TryGetValue(syntax, out var result) && ReferenceEquals(result.Options, options) && result.Kind == kind ? result : null;

    internal void Store(ParagraphSyntax syntax, ParagraphResult result) => _results.AddOrUpdate(syntax, result);
}

/// <summary>What the driver learned from one paragraph: relative diagnostics, facts, failures.</summary>
internal sealed record ParagraphResult(
    AnalyzerOptions Options,
    DocumentKind Kind,
    IReadOnlyList<Diagnostic> Diagnostics,
    object?[] Facts,
    IReadOnlyList<(DiagnosticAnalyzer Analyzer, Exception Error)> Failures);
