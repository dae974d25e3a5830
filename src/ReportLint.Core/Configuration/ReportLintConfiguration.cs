using System.Text.Json;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Configuration;

/// <summary>The settings of one `.reportlint.json` (or the defaults when none is found).</summary>
public sealed class ReportLintConfiguration
{
    public const string FileName = ".reportlint.json";

    public static ReportLintConfiguration Default { get; } = new();

    /// <summary>The file it was read from; null for the defaults.</summary>
    public string? SourcePath { get; init; }

    public IReadOnlyDictionary<string, ReportSeverity> Severities { get; init; } = new Dictionary<string, ReportSeverity>();

    /// <summary>Per rule id, the option values given in the file.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>> RuleOptions { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>();

    /// <summary>Absolute paths of extra data packs.</summary>
    public IReadOnlyList<string> PackPaths { get; init; } = [];

    /// <summary>Inline data pack (`"data": { "abbreviations": [...] }`).</summary>
    public JsonElement? Data { get; init; }

    /// <summary>Glob patterns, relative to the file's folder, of drafts not to lint.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Workspace word list: words every spelling rule accepts.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    public MessageLanguage? Language { get; init; }

    public string? Directory => SourcePath is null ? null : Path.GetDirectoryName(SourcePath);
}
