using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Spelling;

/// <summary>The analyzers of this family, in id order.</summary>
public static class SpellingFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new RepeatedWordAnalyzer(),
    ];
}
