using ReportLint.Core.Linting;

namespace ReportLint.Core.Reporting;

/// <summary>Writes a run's findings in one output format (`--format NAME`).</summary>
public interface IReportFormatter
{
    string Name { get; }

    void Write(LintRun run, Stream output);
}
