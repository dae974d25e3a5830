using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Citations;

/// <summary>The analyzers of this family, in id order.</summary>
public static class CitationFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() => [];
}
