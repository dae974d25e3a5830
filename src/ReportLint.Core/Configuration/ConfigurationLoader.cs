using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ReportLint.Core.Data;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Configuration;

/// <summary>Finds `.reportlint.json` upward from a document and reads it strictly.</summary>
public sealed class ConfigurationLoader(IEnumerable<DiagnosticDescriptor> knownRules)
{
    /// <summary>The keys a configuration file may hold (the JSON schema in schema/ lists the same).</summary>
    public static readonly IReadOnlySet<string> TopLevelKeys = new HashSet<string>
        (["$schema", "root", "language", "rules", "packs", "data", "ignore", "words"]);

    private readonly Dictionary<string, DiagnosticDescriptor> _rules = BuildRuleIndex(knownRules);
    private readonly ConcurrentDictionary<string, string?> _fileForDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ReportLintConfiguration>> _loaded = new(StringComparer.Ordinal);

    /// <summary>The nearest `.reportlint.json` at or above the folder of <paramref name="documentPath"/>, or null.</summary>
    public string? FindConfigurationFile(string documentPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(documentPath));
        return directory is null ? null : FindInDirectory(directory);
    }

    /// <summary>The configuration that applies to a document; throws <see cref="ConfigurationException"/> if it is bad.</summary>
    public ReportLintConfiguration LoadFor(string documentPath)
    {
        var file = FindConfigurationFile(documentPath);
        return file is null ? ReportLintConfiguration.Default : Load(file);
    }

    public ReportLintConfiguration Load(string path)
    {
        var full = Path.GetFullPath(path);
        return _loaded.GetOrAdd(full, p => new Lazy<ReportLintConfiguration>(() => Parse(p, File.ReadAllBytes(p)))).Value;
    }

    /// <summary>Forgets cached files (the language server calls this when a configuration changes).</summary>
    public void Invalidate()
    {
        _loaded.Clear();
        _fileForDirectory.Clear();
    }

    public ReportLintConfiguration Parse(string path, byte[] utf8)
    {
        if (utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[3..];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, JsonDefaults.DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new ConfigurationException(path, line, (int)(ex.BytePositionInLine ?? 0) + 1,
                new LocalizedText($"tệp cấu hình không phải JSON hợp lệ: {ex.Message.Split(" Path:")[0]}",
                    $"the configuration file is not valid JSON: {ex.Message.Split(" Path:")[0]}"));
        }
        using (document)
        {
            var positions = new JsonPositionMap(utf8);
            return new Reader(this, path, positions).Read(document.RootElement);
        }
    }

    private string? FindInDirectory(string directory) =>
        _fileForDirectory.GetOrAdd(directory, d =>
        {
            var candidate = Path.Combine(d, ReportLintConfiguration.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
            var parent = Path.GetDirectoryName(d);
            return parent is null ? null : FindInDirectory(parent);
        });

    private static Dictionary<string, DiagnosticDescriptor> BuildRuleIndex(IEnumerable<DiagnosticDescriptor> rules)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            index[rule.Id] = rule;
            index.TryAdd(rule.Name, rule);
        }
        return index;
    }

    /// <summary>Reads one parsed file; every error names its key and position.</summary>
    private sealed class Reader(ConfigurationLoader loader, string path, JsonPositionMap positions)
    {
        private readonly string _directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

        public ReportLintConfiguration Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error("", "tệp cấu hình phải là một đối tượng JSON", "the configuration must be a JSON object");
            }
            foreach (var property in root.EnumerateObject())
            {
                if (!TopLevelKeys.Contains(property.Name))
                {
                    throw Error(property.Name, $"khóa không được hỗ trợ \"{property.Name}\" (dùng: {string.Join(", ", TopLevelKeys)})",
                        $"unknown key \"{property.Name}\" (expected one of: {string.Join(", ", TopLevelKeys)})");
                }
            }
            var severities = new Dictionary<string, ReportSeverity>(StringComparer.Ordinal);
            var options = new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal);
            if (root.TryGetProperty("rules", out var rules))
            {
                ReadRules(rules, severities, options);
            }
            return new ReportLintConfiguration
            {
                SourcePath = Path.GetFullPath(path),
                Severities = severities,
                RuleOptions = options,
                Language = ReadLanguage(root),
                PackPaths = ReadStrings(root, "packs").Select(p => Path.GetFullPath(Path.Combine(_directory, p))).ToArray(),
                Ignore = ReadStrings(root, "ignore"),
                Words = ReadStrings(root, "words"),
                Data = ReadData(root),
            };
        }

        private void ReadRules(JsonElement rules, Dictionary<string, ReportSeverity> severities,
            Dictionary<string, IReadOnlyDictionary<string, JsonElement>> options)
        {
            if (rules.ValueKind != JsonValueKind.Object)
            {
                throw Error("rules", "\"rules\" phải là một đối tượng", "\"rules\" must be an object");
            }
            foreach (var rule in rules.EnumerateObject())
            {
                var key = "rules." + rule.Name;
                if (!loader._rules.TryGetValue(rule.Name, out var descriptor))
                {
                    throw Error(key, $"không có quy tắc \"{rule.Name}\"", $"there is no rule \"{rule.Name}\"");
                }
                if (rule.Value.ValueKind == JsonValueKind.String)
                {
                    severities[descriptor.Id] = ParseSeverity(key, rule.Value);
                    continue;
                }
                if (rule.Value.ValueKind != JsonValueKind.Object)
                {
                    throw Error(key, "giá trị phải là mức độ (off, info, warning, error) hoặc một đối tượng tùy chọn",
                        "the value must be a severity (off, info, warning, error) or an object of options");
                }
                var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var option in rule.Value.EnumerateObject())
                {
                    var optionKey = key + "." + option.Name;
                    if (option.Name == "severity")
                    {
                        severities[descriptor.Id] = ParseSeverity(optionKey, option.Value);
                        continue;
                    }
                    var declared = descriptor.Options.FirstOrDefault(o => o.Name == option.Name)
                        ?? throw Error(optionKey,
                            $"quy tắc {descriptor.Id} không có tùy chọn \"{option.Name}\"{Known(descriptor)}",
                            $"rule {descriptor.Id} has no option \"{option.Name}\"{Known(descriptor)}");
                    if (declared.Validate(option.Value) is { } problem)
                    {
                        throw new ConfigurationException(path, positions.Find(optionKey).Line, positions.Find(optionKey).Column,
                            new LocalizedText($"\"{optionKey}\": {problem.Vi}", $"\"{optionKey}\": {problem.En}"));
                    }
                    values[option.Name] = option.Value.Clone();
                }
                options[descriptor.Id] = values;
            }
        }

        private static string Known(DiagnosticDescriptor descriptor) =>
            descriptor.Options.Count == 0 ? "" : $" ({string.Join(", ", descriptor.Options.Select(o => o.Name).Prepend("severity"))})";

        private ReportSeverity ParseSeverity(string key, JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.String && ReportSeverityExtensions.TryParse(value.GetString(), out var severity))
            {
                return severity;
            }
            throw Error(key, $"\"{key}\": mức độ \"{Text(value)}\" không hợp lệ (dùng off, info, warning, error)",
                $"\"{key}\": invalid severity \"{Text(value)}\" (use off, info, warning, error)");
        }

        private MessageLanguage? ReadLanguage(JsonElement root)
        {
            if (!root.TryGetProperty("language", out var value))
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.String && MessageLanguages.TryParse(value.GetString(), out var language))
            {
                return language;
            }
            throw Error("language", $"\"language\": \"{Text(value)}\" không hợp lệ (dùng vi hoặc en)",
                $"\"language\": invalid value \"{Text(value)}\" (use vi or en)");
        }

        private string[] ReadStrings(JsonElement root, string key)
        {
            if (!root.TryGetProperty(key, out var value))
            {
                return [];
            }
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error(key, $"\"{key}\" phải là một mảng chuỗi", $"\"{key}\" must be an array of strings");
            }
            var items = new List<string>();
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                {
                    throw Error($"{key}[{index}]", $"\"{key}[{index}]\" phải là một chuỗi không rỗng",
                        $"\"{key}[{index}]\" must be a non-empty string");
                }
                items.Add(item.GetString()!);
                index++;
            }
            return items.ToArray();
        }

        private JsonElement? ReadData(JsonElement root)
        {
            if (!root.TryGetProperty("data", out var value))
            {
                return null;
            }
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw Error("data", "\"data\" phải là một đối tượng gồm các phần dữ liệu (abbreviations, knownDocuments…)",
                    "\"data\" must be an object of data sections (abbreviations, knownDocuments…)");
            }
            return value.Clone();
        }

        private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

        private ConfigurationException Error(string key, string vi, string en)
        {
            var (line, column) = positions.Find(key);
            return new ConfigurationException(path, line, column, new LocalizedText(vi, en));
        }
    }
}
