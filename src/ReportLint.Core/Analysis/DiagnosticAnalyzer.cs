using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Analysis;

/// <summary>
/// A rule, Roslyn-style: it declares what it reports and registers callbacks on the kinds of
/// nodes it cares about. Analyzers are stateless and shared across documents and threads.
/// </summary>
public abstract class DiagnosticAnalyzer
{
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Called once per driver to register callbacks.</summary>
    public abstract void Initialize(AnalysisContext context);

    public virtual string Name => GetType().Name;
}
