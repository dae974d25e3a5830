using System.Text;
using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Input;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules;
using ReportLint.Rules.Data;

namespace ReportLint.Rules.Tests.Infrastructure;

/// <summary>Lints text in memory with the built-in data, as the CLI would, for rule tests.</summary>
public static class RuleTester
{
    private static readonly AnalyzerOptionsProvider OptionsProvider = new(new EmbeddedDataSource());
    private static readonly Lazy<AnalyzerDriver> AllRules = new(() => new AnalyzerDriver(BuiltInRules.CreateAnalyzers()));

    public static AnalyzerDriver Driver => AllRules.Value;

    /// <summary>Options from an optional `.reportlint.json` text, on top of the built-in data packs.</summary>
    public static AnalyzerOptions Options(string? configurationJson = null, MessageLanguage language = MessageLanguage.Vietnamese)
    {
        var configuration = configurationJson is null
            ? ReportLintConfiguration.Default
            : new ConfigurationLoader(Driver.Descriptors).Parse("/virtual/.reportlint.json", Encoding.UTF8.GetBytes(configurationJson));
        return OptionsProvider.Get(configuration, language);
    }

    /// <summary>All built-in rules on the text; only the given rule ids when some are given.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string text, params string[] ruleIds) =>
        Lint(text, Options(), ruleIds);

    public static IReadOnlyList<Diagnostic> Lint(string text, AnalyzerOptions options, params string[] ruleIds)
    {
        var document = ReportDocument.Create("test.txt", new SourceText(text));
        var diagnostics = Driver.Analyze(document, options);
        return ruleIds.Length == 0 ? diagnostics : diagnostics.Where(d => ruleIds.Contains(d.Id)).ToArray();
    }

    /// <summary>All built-in rules on a Markdown text, read as the CLI reads a .md file.</summary>
    public static IReadOnlyList<Diagnostic> LintMarkdown(string text, params string[] ruleIds) => LintAs(DocumentKind.Markdown, text, ruleIds);

    /// <summary>All built-in rules on a text read as the CLI reads a file of this kind (its prose and paragraphs).</summary>
    public static IReadOnlyList<Diagnostic> LintAs(DocumentKind kind, string text, params string[] ruleIds) =>
        LintAs(kind, text, Options(), ruleIds);

    public static IReadOnlyList<Diagnostic> LintAs(DocumentKind kind, string text, AnalyzerOptions options, params string[] ruleIds)
    {
        var source = new SourceText(text);
        var document = ProseMap.Of(kind, source).CreateDocument("test", source, kind, previous: null);
        var diagnostics = Driver.Analyze(document, options);
        return ruleIds.Length == 0 ? diagnostics : diagnostics.Where(d => ruleIds.Contains(d.Id)).ToArray();
    }

    /// <summary>Runs one analyzer alone (useful for a rule under construction).</summary>
    public static IReadOnlyList<Diagnostic> LintWith(DiagnosticAnalyzer analyzer, string text, AnalyzerOptions? options = null) =>
        new AnalyzerDriver([analyzer]).Analyze(ReportDocument.Create("test.txt", new SourceText(text)), options ?? Options());

    /// <summary>The text of a diagnostic's span.</summary>
    public static string SpanText(string text, Diagnostic diagnostic) => text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);

    /// <summary>The text after applying a diagnostic's first fix.</summary>
    public static string ApplyFirstFix(string text, Diagnostic diagnostic) => FixAllApplier.Apply(text, [diagnostic.Fixes[0]]);

    /// <summary>Fix-all with safe fixes (or all), re-linting until stable.</summary>
    public static string FixAll(string text, bool includeUnsafe = false, params string[] ruleIds) =>
        FixAllApplier.FixAll(text, t => Lint(t, ruleIds), includeUnsafe).Text;
}
