using System.Text.Json;
using ReportLint.Core.Diagnostics;

namespace ReportLint.LanguageServer.Configuration;

/// <summary>
/// The editor's `reportlint` settings section: `enable`, `language` (`vi`, `en` or `auto` for the
/// client's locale), `rules` (or `severities`): rule id or name → severity, and `debounceMs`.
/// </summary>
public sealed record ClientSettings(bool Enable, MessageLanguage? Language, IReadOnlyDictionary<string, ReportSeverity> Severities, int? DebounceMs,
    IReadOnlyList<string>? Words = null, string? ToneStyle = null)
{
    public const string Section = "reportlint";

    public static ClientSettings Default { get; } = new(true, null, new Dictionary<string, ReportSeverity>(), null);

    /// <summary>
    /// Reads the section (or an object holding it under `reportlint`). Unusable entries are skipped
    /// and described in <paramref name="problems"/>: a typo in the editor must not stop linting.
    /// </summary>
    public static ClientSettings Parse(JsonElement? element, IReadOnlyList<DiagnosticDescriptor> rules, List<string> problems)
    {
        if (element is not { ValueKind: JsonValueKind.Object } section)
        {
            return Default;
        }
        if (section.TryGetProperty(Section, out var nested))
        {
            if (nested.ValueKind != JsonValueKind.Object)
            {
                return Default;
            }
            section = nested;
        }
        var enable = true;
        if (section.TryGetProperty("enable", out var enableValue))
        {
            if (enableValue.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                enable = enableValue.GetBoolean();
            }
            else
            {
                problems.Add("reportlint.enable: expected true or false");
            }
        }
        MessageLanguage? language = null;
        if (section.TryGetProperty("language", out var languageValue) && languageValue.ValueKind != JsonValueKind.Null)
        {
            var text = languageValue.ValueKind == JsonValueKind.String ? languageValue.GetString() : null;
            if (MessageLanguages.TryParse(text, out var parsed))
            {
                language = parsed;
            }
            else if (text != "auto")
            {
                problems.Add($"reportlint.language: \"{languageValue}\" is not vi, en or auto");
            }
        }
        var severities = new Dictionary<string, ReportSeverity>(StringComparer.Ordinal);
        foreach (var key in (string[])["severities", "rules"])
        {
            if (section.TryGetProperty(key, out var map))
            {
                ReadSeverities(map, key, rules, severities, problems);
            }
        }
        int? debounce = null;
        if (section.TryGetProperty("debounceMs", out var debounceValue) && debounceValue.TryGetInt32(out var ms) && ms >= 0)
        {
            debounce = ms;
        }
        var words = new List<string>();
        if (section.TryGetProperty("words", out var wordsValue) && wordsValue.ValueKind == JsonValueKind.Array)
        {
            words.AddRange(wordsValue.EnumerateArray().Where(w => w.ValueKind == JsonValueKind.String).Select(w => w.GetString()!)
                .Where(w => !string.IsNullOrWhiteSpace(w)));
        }
        string? toneStyle = null;
        if (section.TryGetProperty("toneStyle", out var toneValue) && toneValue.ValueKind == JsonValueKind.String)
        {
            toneStyle = toneValue.GetString();
            if (toneStyle is not ("traditional" or "modern" or "auto"))
            {
                problems.Add($"reportlint.toneStyle: \"{toneStyle}\" is not traditional, modern or auto");
                toneStyle = null;
            }
        }
        return new ClientSettings(enable, language, severities, debounce, words, toneStyle);
    }

    private static void ReadSeverities(JsonElement map, string key, IReadOnlyList<DiagnosticDescriptor> rules,
        Dictionary<string, ReportSeverity> severities, List<string> problems)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"reportlint.{key}: expected an object of rule → severity");
            return;
        }
        foreach (var entry in map.EnumerateObject())
        {
            var rule = rules.FirstOrDefault(r => string.Equals(r.Id, entry.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(r.Name, entry.Name, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                problems.Add($"reportlint.{key}.{entry.Name}: there is no such rule");
                continue;
            }
            var value = entry.Value;
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("severity", out var nested))
            {
                value = nested;
            }
            if (value.ValueKind == JsonValueKind.String && ReportSeverityExtensions.TryParse(value.GetString(), out var severity))
            {
                severities[rule.Id] = severity;
            }
            else
            {
                problems.Add($"reportlint.{key}.{entry.Name}: expected off, info, warning or error");
            }
        }
    }
}
