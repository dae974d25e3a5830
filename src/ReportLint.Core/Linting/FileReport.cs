using ReportLint.Core.Diagnostics;
using ReportLint.Core.Input;
using ReportLint.Core.Text;

namespace ReportLint.Core.Linting;

/// <summary>The findings for one file, with the text they refer to (empty for an unreadable file).</summary>
public sealed record FileReport(string Path, SourceText Text, IReadOnlyList<Diagnostic> Diagnostics, int FixesApplied = 0)
{
    /// <summary>Which lines are a note, header or footer of a .docx, for the part labels of the output formats.</summary>
    public DocumentPartMap Parts { get; init; } = DocumentPartMap.Empty;

    /// <summary>The non-body part a finding starts in, or null (the body, and every draft that is not a .docx).</summary>
    public DocumentPart? PartOf(Diagnostic diagnostic) =>
        Parts.Find(Text.GetLinePosition(Math.Min(diagnostic.Span.Start, Text.Length)).Line);

    public int Count(ReportSeverity severity) => Diagnostics.Count(d => d.Severity == severity);
}

/// <summary>The outcome of `--fix` on one file: the input as it now reads, the bytes to write (null: leave the file), the fixes applied.</summary>
public sealed record FileFix(InputFile Fixed, byte[]? Bytes, int Applied);

/// <summary>Everything one run of the linter produced, for the formatters.</summary>
public sealed record LintRun(IReadOnlyList<FileReport> Files, TimeSpan Elapsed, MessageLanguage Language,
    IReadOnlyList<DiagnosticDescriptor> Rules)
{
    public int Errors => Files.Sum(f => f.Count(ReportSeverity.Error));

    public int Warnings => Files.Sum(f => f.Count(ReportSeverity.Warning));

    public int Infos => Files.Sum(f => f.Count(ReportSeverity.Info));

    public int FixesApplied => Files.Sum(f => f.FixesApplied);
}
