using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Core.Analysis;

/// <summary>Collects what analyzers report, checking that each rule reports only its own descriptors.</summary>
internal sealed class DiagnosticSink
{
    public List<Diagnostic> Items { get; } = [];

    public DiagnosticAnalyzer? Current { get; set; }

    public void Add(DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyList<CodeFix>? fixes,
        IReadOnlyList<RelatedLocation>? related, object[] arguments, ReportSeverity? severity = null)
    {
        if (Current is { } analyzer && !analyzer.SupportedDiagnostics.Contains(descriptor))
        {
            throw new InvalidOperationException($"{analyzer.Name} reported {descriptor.Id}, which it does not declare.");
        }
        Items.Add(new Diagnostic(descriptor, span, severity ?? descriptor.DefaultSeverity, arguments, fixes ?? [], related ?? []));
    }
}
