using System.Globalization;
using System.Text.Json;
using ReportLint.Core.Configuration;
using ReportLint.Core.Data;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Analysis;

/// <summary>What analyzers may read besides the text: configuration, data packs and the word list.</summary>
public sealed class AnalyzerOptions
{
    private readonly HashSet<string> _words;

    public AnalyzerOptions(ReportLintConfiguration configuration, DataPackSet data, MessageLanguage language = MessageLanguage.Vietnamese)
    {
        Configuration = configuration;
        Data = data;
        Language = language;
        _words = new HashSet<string>(configuration.Words.Select(Normalize), StringComparer.Ordinal);
    }

    public static AnalyzerOptions Empty { get; } = new(ReportLintConfiguration.Default, DataPackSet.Empty);

    public ReportLintConfiguration Configuration { get; }

    public DataPackSet Data { get; }

    public MessageLanguage Language { get; }

    public ReportSeverity GetSeverity(DiagnosticDescriptor descriptor) =>
        Configuration.Severities.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.DefaultSeverity;

    /// <summary>
    /// The severity of one finding: its rule's configured severity, else the one it was reported with (the
    /// descriptor's default, or the raised one of a surer finding: see <see cref="DocumentAnalysisContext"/>).
    /// </summary>
    public ReportSeverity GetSeverity(Diagnostic diagnostic) =>
        Configuration.Severities.TryGetValue(diagnostic.Id, out var severity) ? severity : diagnostic.Severity;

    /// <summary>The configured value of an option, or null.</summary>
    public JsonElement? GetOptionValue(DiagnosticDescriptor descriptor, string name) =>
        Configuration.RuleOptions.TryGetValue(descriptor.Id, out var options) && options.TryGetValue(name, out var value) ? value : null;

    public string GetString(DiagnosticDescriptor descriptor, string name) =>
        GetOptionValue(descriptor, name)?.GetString() ?? Declared(descriptor, name).DefaultValue;

    public bool GetBoolean(DiagnosticDescriptor descriptor, string name) =>
        GetOptionValue(descriptor, name)?.GetBoolean() ?? bool.Parse(Declared(descriptor, name).DefaultValue);

    public double GetNumber(DiagnosticDescriptor descriptor, string name) =>
        GetOptionValue(descriptor, name)?.GetDouble() ?? double.Parse(Declared(descriptor, name).DefaultValue, CultureInfo.InvariantCulture);

    public IReadOnlyList<string> GetStringList(DiagnosticDescriptor descriptor, string name) =>
        GetOptionValue(descriptor, name) is { } value ? value.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];

    /// <summary>True when the workspace word list accepts the word (case-insensitive, NFC).</summary>
    public bool IsWordAllowed(ReadOnlySpan<char> word) => _words.Count > 0 && _words.Contains(Normalize(word.ToString()));

    private static string Normalize(string word) => word.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();

    private static RuleOption Declared(DiagnosticDescriptor descriptor, string name) =>
        descriptor.Options.FirstOrDefault(o => o.Name == name)
        ?? throw new InvalidOperationException($"Rule {descriptor.Id} reads option '{name}' it does not declare.");
}
