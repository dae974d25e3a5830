using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A rule over the pipe tables of a document (RL5016, RL5018–RL5021): the rows are collected per paragraph, and each
/// table they form is read once the document is complete; the rules share the tables and what is read of them
/// (<see cref="PipeTable.Of"/>).
/// </summary>
public abstract class PipeTableAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(TableRow.Collect, Report);

    private void Report(DocumentAnalysisContext context, DocumentFacts<TableRow> facts)
    {
        foreach (var table in PipeTable.Of(context, facts))
        {
            AnalyzeTable(context, table);
        }
    }

    private protected abstract void AnalyzeTable(DocumentAnalysisContext context, PipeTable table);
}
