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
        return new FileReport(input.Path, input.Text, Analyze(input, options, cancellationToken));
    }

    /// <summary>Applies fixes until stable; returns the fixed input and the number of fixes applied.</summary>
    public (InputFile Fixed, int Applied) Fix(InputFile input, AnalyzerOptions options, bool includeUnsafe, CancellationToken cancellationToken = default)
    {
        var (text, applied) = FixAllApplier.FixAll(input.Text.Text,
            t => Analyze(Reparse(input, t), options, cancellationToken), includeUnsafe);
        return (applied == 0 ? input : Reparse(input, text), applied);
    }

    /// <summary>The same file with new text (its prose and paragraphs are found again).</summary>
    public InputFile Reparse(InputFile input, string text)
    {
        var source = new SourceText(text);
        return input with { Text = source, Prose = input.Kind == Syntax.DocumentKind.Docx ? input.Prose : ProseMap.Of(input.Kind, source) };
    }
}
