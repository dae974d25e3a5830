using System.Text;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Tests.Configuration;

public class ConfigurationLoaderTests
{
    private static readonly DiagnosticDescriptor Tone = new("RL3101", "tone-style", LocalizedText.Same("t"), LocalizedText.Same("m"),
        RuleFamily.Spelling, ReportSeverity.Warning)
    {
        Options = [RuleOption.Choice("style", "traditional", LocalizedText.Same("style"), "traditional", "modern", "auto")],
    };

    private static readonly ConfigurationLoader Loader = new([Tone]);

    private static ReportLintConfiguration Parse(string json) => Loader.Parse("/w/.reportlint.json", Encoding.UTF8.GetBytes(json));

    private static ConfigurationException Fails(string json) => Assert.Throws<ConfigurationException>(() => Parse(json));

    [Fact]
    public void Reads_every_setting_with_comments_and_trailing_commas()
    {
        var configuration = Parse("""
            {
              // house style
              "language": "en",
              "rules": { "RL3101": { "severity": "error", "style": "modern" }, },
              "packs": ["data/local.json"],
              "ignore": ["old/**"],
              "words": ["Zalo"],
              "data": { "abbreviations": [] },
            }
            """);
        Assert.Equal(MessageLanguage.English, configuration.Language);
        Assert.Equal(ReportSeverity.Error, configuration.Severities["RL3101"]);
        Assert.Equal("modern", configuration.RuleOptions["RL3101"]["style"].GetString());
        Assert.Equal(Path.GetFullPath("/w/data/local.json"), Assert.Single(configuration.PackPaths));
        Assert.Equal(["old/**"], configuration.Ignore);
        Assert.Equal(["Zalo"], configuration.Words);
        Assert.NotNull(configuration.Data);
    }

    [Fact]
    public void Accepts_a_rule_name_for_its_id() =>
        Assert.Equal(ReportSeverity.Off, Parse("""{ "rules": { "tone-style": "off" } }""").Severities["RL3101"]);

    [Fact]
    public void A_bad_severity_names_the_key_and_its_position()
    {
        var error = Fails("{\n  \"rules\": {\n    \"RL3101\": \"loud\"\n  }\n}");
        Assert.Equal(3, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("/w/.reportlint.json(3,5): error RL9002: \"rules.RL3101\": mức độ \"loud\" không hợp lệ (dùng off, info, warning, error)",
            error.Format(MessageLanguage.Vietnamese));
        Assert.Contains("invalid severity \"loud\"", error.Format(MessageLanguage.English));
    }

    [Fact]
    public void Unknown_rule_option_and_bad_option_value_are_errors()
    {
        Assert.Contains("RL3999", Fails("""{ "rules": { "RL3999": "off" } }""").Reason.Vi);
        Assert.Contains("\"colour\"", Fails("""{ "rules": { "RL3101": { "colour": "red" } } }""").Reason.En);
        var bad = Fails("""{ "rules": { "RL3101": { "style": "new" } } }""");
        Assert.Equal("\"rules.RL3101.style\": the value must be one of: traditional, modern, auto", bad.Reason.En);
    }

    [Fact]
    public void Syntax_errors_and_unknown_keys_are_errors()
    {
        var syntax = Fails("{\n  \"words\": [\"a\",, ]\n}");
        Assert.Equal(2, syntax.Line);
        Assert.StartsWith("tệp cấu hình không phải JSON hợp lệ", syntax.Reason.Vi);
        var unknown = Fails("{ \"word\": [] }");
        Assert.Contains("\"word\"", unknown.Reason.En);
        Assert.Contains("words[1]", Fails("""{ "words": ["a", 3] }""").Reason.En);
    }

    [Fact]
    public void The_nearest_file_upward_applies()
    {
        var root = Directory.CreateTempSubdirectory("reportlint-config-");
        try
        {
            var nested = Directory.CreateDirectory(Path.Combine(root.FullName, "a", "b"));
            File.WriteAllText(Path.Combine(root.FullName, ".reportlint.json"), """{ "words": ["root"] }""");
            File.WriteAllText(Path.Combine(root.FullName, "a", ".reportlint.json"), """{ "words": ["near"] }""");
            var loader = new ConfigurationLoader([Tone]);
            Assert.Equal(["near"], loader.LoadFor(Path.Combine(nested.FullName, "draft.txt")).Words);
            Assert.Equal(["root"], loader.LoadFor(Path.Combine(root.FullName, "draft.txt")).Words);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}

public class ConfigurationSchemaTests
{
    [Fact]
    public void The_json_schema_describes_exactly_the_keys_the_loader_reads()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ReportLint.sln")))
        {
            root = root.Parent!;
        }
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "schema", "reportlint.schema.json")));
        var keys = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(ConfigurationLoader.TopLevelKeys.Order().ToArray(), keys);
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["off", "info", "warning", "error"],
            schema.RootElement.GetProperty("definitions").GetProperty("severity").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }
}
