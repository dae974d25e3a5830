using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Input;
using ReportLint.Core.Text;

namespace ReportLint.Core.Linting;

/// <summary>Reads, configures, analyses and (on request) fixes one draft: the pipeline the CLI and tests share.</summary>
public sealed class Linter(AnalyzerDriver driver, AnalyzerOptionsProvider optionsProvider, ConfigurationLoader configurationLoader,
    InputReaders readers)
{
    public AnalyzerDriver Driver { get; } = driver;

    public ConfigurationLoader Configuration { get; } = configurationLoader;

    public InputReaders Readers { get; } = readers;

    /// <summary>
    /// Options for a document path: the given configuration file, else the nearest `.reportlint.json`
    /// (throws <see cref="ConfigurationException"/>).
    /// </summary>
    public AnalyzerOptions OptionsFor(string path, MessageLanguage? language, string? configurationFile = null)
    {
        var configuration = configurationFile is null ? Configuration.LoadFor(path) : Configuration.Load(configurationFile);
        return optionsProvider.Get(configuration, language ?? configuration.Language ?? MessageLanguage.Vietnamese);
    }

    public IReadOnlyList<Diagnostic> Analyze(InputFile input, AnalyzerOptions options, CancellationToken cancellationToken = default) =>
        Driver.Analyze(input.CreateDocument(), options, cancellationToken);

    public FileReport Lint(InputFile input, MessageLanguage? language, CancellationToken cancellationToken = default)
    {
        var options = OptionsFor(input.Path, language);
        return new FileReport(input.Path, input.Text, Analyze(input, options, cancellationToken)) { Parts = input.Parts };
    }

    /// <summary>
    /// Applies fixes until stable; returns the fixed input and the number of fixes applied. For a
    /// .docx only fixes its w:t elements can hold are applied (no tab, break or paragraph end touched).
    /// </summary>
    public (InputFile Fixed, int Applied) Fix(InputFile input, AnalyzerOptions options, bool includeUnsafe, CancellationToken cancellationToken = default)
    {
        Func<string, TextEdit, bool>? canApply = input.Kind == Syntax.DocumentKind.Docx ? DocxWriter.CanApply : null;
        var (text, applied) = FixAllApplier.FixAll(input.Text.Text,
            t => Analyze(Reparse(input, t), options, cancellationToken), includeUnsafe, canApply);
        return (applied == 0 ? input : Reparse(input, text), applied);
    }

    /// <summary>
    /// Fixes a file read from <paramref name="bytes"/> and gives what to write back: the file's new
    /// bytes (null when nothing changed), the input as it now reads, and the fixes that went in.
    /// </summary>
    public FileFix FixFile(InputFile input, byte[] bytes, AnalyzerOptions options, bool includeUnsafe, CancellationToken cancellationToken = default)
    {
        var (fixedInput, applied) = Fix(input, options, includeUnsafe, cancellationToken);
        if (applied == 0)
        {
            return new FileFix(input, null, 0);
        }
        if (input.Kind != Syntax.DocumentKind.Docx)
        {
            return new FileFix(fixedInput, fixedInput.Encoding.GetBytes(fixedInput.Text.Text), applied);
        }
        var written = DocxWriter.Apply(input.Path, bytes, input.Text.Text, fixedInput.Text.Text);
        if (written.AppliedEdits == 0)
        {
            return new FileFix(input, null, 0);
        }
        // Fixes were chosen with DocxWriter.CanApply, so the writer leaves nothing out unless an insertion
        // finds no w:t to go into; each edit left out then counts as a fix not applied.
        return new FileFix(Reparse(input, written.Text), written.Bytes, Math.Max(applied - written.LeftOutEdits, 1));
    }

    /// <summary>The same file with new text (its prose and paragraphs are found again).</summary>
    public InputFile Reparse(InputFile input, string text)
    {
        var source = new SourceText(text);
        return input with { Text = source, Prose = input.Kind == Syntax.DocumentKind.Docx ? input.Prose : ProseMap.Of(input.Kind, source) };
    }
}
