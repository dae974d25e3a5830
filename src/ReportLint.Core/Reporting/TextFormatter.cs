using System.Text;
using ReportLint.Core.Linting;

namespace ReportLint.Core.Reporting;

/// <summary>
/// Compiler-style lines, `path(line,col): warning RL3001: message`, then a summary; a finding in a note, header or
/// footer of a .docx has its part's label before the message (`[chú thích 2] …`).
/// </summary>
public sealed class TextFormatter : IReportFormatter
{
    public string Name => "text";

    public void Write(LintRun run, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var file in run.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var region = Region.Of(file.Text, diagnostic.Span);
                writer.WriteLine($"{file.Path}({region.StartLine},{region.StartColumn}): {SeverityNames.Compiler(diagnostic.Severity)} "
                    + $"{diagnostic.Id}: {PartLabel.Prefix(file, diagnostic, run.Language)}{diagnostic.GetMessage(run.Language)}");
            }
        }
        writer.WriteLine(RunSummary.Format(run));
    }
}
