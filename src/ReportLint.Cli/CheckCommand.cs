using System.Diagnostics;
using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Input;
using ReportLint.Core.Linting;
using ReportLint.Core.Reporting;
using ReportLint.Core.Text;

namespace ReportLint.Cli;

/// <summary>`reportlint check`: lint drafts in parallel, optionally fix them, report, and choose the exit code.</summary>
internal sealed class CheckCommand(Linter linter, IEnumerable<IReportFormatter> formatters, CliConsole console)
{
    private const int ProgressThreshold = 20;

    public int Run(CheckOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var language = options.Language ?? MessageLanguage.Vietnamese;
        if (options.ConfigFile is { } configFile && !File.Exists(configFile))
        {
            throw ArgumentParser.Usage($"không tìm thấy tệp cấu hình \"{configFile}\"", $"configuration file \"{configFile}\" not found");
        }
        var formatter = formatters.Single(f => f.Name == options.Format);
        var (sources, missing) = new InputExpander(linter.Readers, linter.Configuration).Expand(options.Paths, options.StdinFileName);
        if (options.Fix && sources.Any(s => s.IsStdin))
        {
            throw ArgumentParser.Usage("--fix không dùng được với đầu vào chuẩn (-)", "--fix cannot be used with standard input (-)");
        }

        var failed = missing.Count > 0;
        foreach (var path in missing)
        {
            console.Error.WriteLine(language == MessageLanguage.English
                ? $"reportlint: {path}: no such file or folder, or no draft matches"
                : $"reportlint: {path}: không có tệp hoặc thư mục này, hoặc không có bản thảo nào khớp");
        }
        var stdin = sources.Any(s => s.IsStdin) ? ReadAll(console.Input) : null;
        var outcomes = LintAll(sources, options, stdin);
        var configurationErrors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes.Where(o => o.Error is not null))
        {
            failed = true;
            if (configurationErrors.Add(outcome.Error!))
            {
                console.Error.WriteLine(outcome.Error);
            }
        }

        var reports = outcomes.Select(o => o.Report).OfType<FileReport>().ToList();
        var run = new LintRun(reports, stopwatch.Elapsed, options.Language ?? FirstConfiguredLanguage(outcomes) ?? language, linter.Driver.Descriptors);
        Write(formatter, run, options.OutputFile);
        if (failed)
        {
            return ExitCodes.InputError;
        }
        return run.Errors > 0 || run.Warnings > options.MaxWarnings ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static MessageLanguage? FirstConfiguredLanguage(IEnumerable<Outcome> outcomes) =>
        outcomes.Select(o => o.Language).FirstOrDefault(l => l is not null);

    private List<Outcome> LintAll(List<InputSource> sources, CheckOptions options, byte[]? stdin)
    {
        var outcomes = new Outcome[sources.Count];
        void LintOne(int i) => outcomes[i] = LintSource(sources[i], options, stdin);
        if (console.IsInteractive && !options.NoProgress && sources.Count >= ProgressThreshold)
        {
            ProgressDisplay.Run(console, sources.Count, LintOne);
        }
        else if (sources.Count == 1)
        {
            LintOne(0); // the common case of one draft: no thread pool, no System.Threading.Tasks.Parallel to load
        }
        else
        {
            LintInParallel(sources.Count, LintOne);
        }
        return outcomes.ToList();
    }

    /// <summary>In a method of its own: linting one draft never loads System.Threading.Tasks.Parallel.</summary>
    private static void LintInParallel(int count, Action<int> lintOne) =>
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, lintOne);

    private Outcome LintSource(InputSource source, CheckOptions options, byte[]? stdin)
    {
        InputFile input;
        byte[] bytes;
        try
        {
            bytes = source.IsStdin ? stdin! : File.ReadAllBytes(source.FullPath);
            input = linter.Readers.Read(source.IsStdin ? source.FullPath : source.FullPath, bytes) with { Path = source.DisplayPath };
        }
        catch (Exception ex) when (ex is InputException or IOException or UnauthorizedAccessException)
        {
            var reason = ex is InputException input1 ? input1.Reason : new LocalizedText(ex.Message, ex.Message);
            return UnreadableInput(source, reason, options.Language ?? MessageLanguage.Vietnamese);
        }

        AnalyzerOptions analyzerOptions;
        try
        {
            analyzerOptions = linter.OptionsFor(source.FullPath, options.Language, options.ConfigFile);
        }
        catch (ConfigurationException ex)
        {
            return new Outcome(null, ex.Format(options.Language ?? MessageLanguage.Vietnamese), null);
        }

        var applied = 0;
        if (options.Fix)
        {
            var fix = linter.FixFile(input, bytes, analyzerOptions, options.UnsafeFixes);
            if (fix.Bytes is not null)
            {
                AtomicFile.Write(source.FullPath, fix.Bytes);
            }
            (input, applied) = (fix.Fixed, fix.Applied);
        }
        var diagnostics = linter.Analyze(input, analyzerOptions);
        return new Outcome(new FileReport(input.Path, input.Text, diagnostics, applied) { Parts = input.Parts }, null, analyzerOptions.Language);
    }

    private Outcome UnreadableInput(InputSource source, LocalizedText reason, MessageLanguage language)
    {
        var diagnostic = new Diagnostic(EngineDescriptors.UnreadableInput, new TextSpan(0, 0), ReportSeverity.Error, [reason], [], []);
        var line = $"{source.DisplayPath}(1,1): error RL9003: {diagnostic.GetMessage(language)}";
        return new Outcome(new FileReport(source.DisplayPath, new SourceText(""), [diagnostic]), line, null);
    }

    private void Write(IReportFormatter formatter, LintRun run, string? outputFile)
    {
        if (outputFile is null)
        {
            formatter.Write(run, console.Output);
            console.Output.Flush();
            return;
        }
        using var stream = new MemoryStream();
        formatter.Write(run, stream);
        AtomicFile.WriteNew(outputFile, stream.ToArray());
    }

    private static byte[] ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The result for one source: a report, and/or an error line for standard error.</summary>
    private sealed record Outcome(FileReport? Report, string? Error, MessageLanguage? Language);
}
