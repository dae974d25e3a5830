using System.Runtime.CompilerServices;
using Microsoft.Extensions.FileSystemGlobbing;
using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;

namespace ReportLint.LanguageServer.Configuration;

/// <summary>What applies to one document: options (null when it is not to be linted), language, and a configuration error.</summary>
public sealed record ResolvedConfiguration(AnalyzerOptions? Options, MessageLanguage Language, string? ConfigurationFile,
    ConfigurationException? Error);

/// <summary>
/// Combines the nearest `.reportlint.json` with the editor's settings. The editor's rule severities
/// win over the file's (they are the most specific choice, as a command-line flag would be); the
/// language is the editor setting, else the file's, else the client's locale. Combined
/// configurations are cached so that the per-paragraph analysis cache keeps hitting.
/// </summary>
public sealed class ConfigurationResolver(ConfigurationLoader loader, AnalyzerOptionsProvider optionsProvider)
{
    // Settings and the configurations merged with them change together: a reader takes both at once,
    // so it never caches a merge of old settings in the table of new ones.
    private volatile SettingsState _state = new(ClientSettings.Default);

    private sealed class SettingsState(ClientSettings settings)
    {
        public ClientSettings Settings { get; } = settings;

        public ConditionalWeakTable<ReportLintConfiguration, ReportLintConfiguration> Merged { get; } = new();
    }

    public ClientSettings Settings => _state.Settings;

    public MessageLanguage LocaleLanguage { get; set; } = MessageLanguage.Vietnamese;

    /// <summary>Folder used to find the configuration of documents that are not files.</summary>
    public string? WorkspaceRoot { get; set; }

    public ConfigurationLoader Loader => loader;

    public void UpdateSettings(ClientSettings settings) => _state = new SettingsState(settings);

    /// <summary>A `.reportlint.json` changed: read files again.</summary>
    public void InvalidateFiles()
    {
        loader.Invalidate();
        _state = new SettingsState(_state.Settings);
    }

    /// <summary>The path used to look a configuration up: the file, or a name in the workspace folder.</summary>
    public string? LookupPath(string? documentPath) =>
        documentPath ?? (WorkspaceRoot is null ? null : Path.Combine(WorkspaceRoot, "untitled.txt"));

    public ResolvedConfiguration Resolve(string? documentPath)
    {
        var state = _state;
        var settings = state.Settings;
        var lookup = LookupPath(documentPath);
        ReportLintConfiguration file;
        ConfigurationException? error = null;
        try
        {
            file = lookup is null ? ReportLintConfiguration.Default : loader.LoadFor(lookup);
        }
        catch (ConfigurationException ex)
        {
            // Reported to the user by the caller; lint with the defaults meanwhile rather than go silent.
            error = ex;
            file = ReportLintConfiguration.Default;
        }
        var language = settings.Language ?? file.Language ?? LocaleLanguage;
        if (!settings.Enable || (documentPath is not null && IsIgnored(file, documentPath)))
        {
            return new ResolvedConfiguration(null, language, file.SourcePath, error);
        }
        var merged = state.Merged.GetValue(file, f => Merge(f, settings));
        try
        {
            return new ResolvedConfiguration(optionsProvider.Get(merged, language), language, file.SourcePath, error);
        }
        catch (ConfigurationException ex)
        {
            // Cached like any merge: a new object on every resolve would miss the per-paragraph analysis cache.
            var fallback = state.Merged.GetValue(ReportLintConfiguration.Default, f => Merge(f, settings));
            return new ResolvedConfiguration(optionsProvider.Get(fallback, language), language, file.SourcePath, ex);
        }
    }

    private static ReportLintConfiguration Merge(ReportLintConfiguration file, ClientSettings settings)
    {
        if (settings.Severities.Count == 0 && settings.Words is not { Count: > 0 } && settings.ToneStyle is null)
        {
            return file;
        }
        var severities = new Dictionary<string, ReportSeverity>(file.Severities, StringComparer.Ordinal);
        foreach (var (id, severity) in settings.Severities)
        {
            severities[id] = severity;
        }
        return new ReportLintConfiguration
        {
            SourcePath = file.SourcePath,
            Severities = severities,
            RuleOptions = WithToneStyle(file.RuleOptions, settings.ToneStyle),
            PackPaths = file.PackPaths,
            Data = file.Data,
            Ignore = file.Ignore,
            Words = [.. file.Words, .. settings.Words ?? []],
            Language = file.Language,
        };
    }

    private static bool IsIgnored(ReportLintConfiguration configuration, string documentPath)
    {
        if (configuration.Ignore.Count == 0 || configuration.Directory is not { } directory)
        {
            return false;
        }
        var relative = Path.GetRelativePath(directory, documentPath);
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            return false;
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(configuration.Ignore);
        return matcher.Match(relative.Replace('\\', '/')).HasMatches;
    }

    /// <summary>The editor's preferred tone style (RL3004 `style`), unless `.reportlint.json` sets one.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, System.Text.Json.JsonElement>> WithToneStyle(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, System.Text.Json.JsonElement>> options, string? toneStyle)
    {
        const string ruleId = "RL3004";
        if (toneStyle is null || (options.TryGetValue(ruleId, out var existing) && existing.ContainsKey("style")))
        {
            return options;
        }
        var merged = new Dictionary<string, IReadOnlyDictionary<string, System.Text.Json.JsonElement>>(options, StringComparer.Ordinal);
        var ruleOptions = new Dictionary<string, System.Text.Json.JsonElement>(
            options.TryGetValue(ruleId, out var current) ? current : new Dictionary<string, System.Text.Json.JsonElement>(), StringComparer.Ordinal)
        {
            ["style"] = StyleValue(toneStyle),
        };
        merged[ruleId] = ruleOptions;
        return merged;
    }

    // The value is one of the validated style names, so it needs no escaping.
    private static System.Text.Json.JsonElement StyleValue(string style)
    {
        using var document = System.Text.Json.JsonDocument.Parse($"\"{style}\"");
        return document.RootElement.Clone();
    }
}
