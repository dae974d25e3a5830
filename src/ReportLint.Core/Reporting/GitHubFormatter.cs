using System.Text;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Linting;

namespace ReportLint.Core.Reporting;

/// <summary>GitHub Actions workflow commands: `::warning file=…,line=…::message` become annotations.</summary>
public sealed class GitHubFormatter : IReportFormatter
{
    public string Name => "github";

    public void Write(LintRun run, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var file in run.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var region = Region.Of(file.Text, diagnostic.Span);
                var command = diagnostic.Severity switch
                {
                    ReportSeverity.Error => "error",
                    ReportSeverity.Warning => "warning",
                    _ => "notice",
                };
                writer.WriteLine($"::{command} file={Property(file.Path.Replace('\\', '/'))},line={region.StartLine},col={region.StartColumn},"
                    + $"endLine={region.EndLine},endColumn={region.EndColumn},title={Property($"{diagnostic.Id} {diagnostic.Descriptor.Name}")}"
                    + $"::{Data(PartLabel.Prefix(file, diagnostic, run.Language) + diagnostic.GetMessage(run.Language))}");
            }
        }
        writer.WriteLine(RunSummary.Format(run));
    }

    // Escaping rules of workflow commands.
    internal static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    internal static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
