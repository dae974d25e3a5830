using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A rule over the pipe tables of a document (RL5016, RL5018–RL5021): the rows are collected per paragraph, and each
/// table they form is read once the document is complete.
/// </summary>
public abstract class PipeTableAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(TableRow.Collect, Report);

    private void Report(DocumentAnalysisContext context, DocumentFacts<TableRow> facts)
    {
        foreach (var table in PipeTable.Find(facts))
        {
            AnalyzeTable(context, table);
        }
    }

    private protected abstract void AnalyzeTable(DocumentAnalysisContext context, PipeTable table);
}
