using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>The analyzers of this family, in id order.</summary>
public static class NumberFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() => [];
}
