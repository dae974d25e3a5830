using System.Text.Json;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.LanguageServer.Configuration;
using ReportLint.Rules;

namespace ReportLint.LanguageServer.Tests.Documents;

public sealed class ClientSettingsTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Rules = new AnalyzerDriver(BuiltInRules.CreateAnalyzers()).Descriptors;

    private static (ClientSettings Settings, List<string> Problems) Parse(string json)
    {
        var problems = new List<string>();
        return (ClientSettings.Parse(JsonDocument.Parse(json).RootElement, Rules, problems), problems);
    }

    [Fact]
    public void Section_or_wrapped_section_is_read()
    {
        var (direct, _) = Parse("{ \"enable\": false, \"language\": \"en\", \"rules\": { \"RL4001\": \"error\" }, \"debounceMs\": 10 }");
        var (wrapped, problems) = Parse("{ \"reportlint\": { \"enable\": false, \"language\": \"en\", \"severities\": { \"space-before-punctuation\": { \"severity\": \"error\" } }, \"debounceMs\": 10 } }");
        foreach (var settings in new[] { direct, wrapped })
        {
            Assert.False(settings.Enable);
            Assert.Equal(MessageLanguage.English, settings.Language);
            Assert.Equal(ReportSeverity.Error, settings.Severities["RL4001"]);
            Assert.Equal(10, settings.DebounceMs);
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Auto_language_and_absent_settings_mean_defaults()
    {
        var (auto, problems) = Parse("{ \"language\": \"auto\" }");
        Assert.Null(auto.Language);
        Assert.True(auto.Enable);
        Assert.Empty(problems);
        Assert.Same(ClientSettings.Default, ClientSettings.Parse(null, Rules, problems));
    }

    [Fact]
    public void Bad_entries_are_described_and_skipped()
    {
        var (settings, problems) = Parse("{ \"enable\": 1, \"language\": \"fr\", \"rules\": { \"RL0000\": \"off\", \"RL4001\": \"loud\" } }");
        Assert.True(settings.Enable);
        Assert.Null(settings.Language);
        Assert.Empty(settings.Severities);
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Words_and_tone_style_are_read_and_a_bad_style_is_a_problem()
    {
        var (settings, problems) = Parse("{ \"words\": [\"Zalo\", \"\"], \"toneStyle\": \"modern\" }");
        Assert.Equal(["Zalo"], settings.Words);
        Assert.Equal("modern", settings.ToneStyle);
        Assert.Empty(problems);
        var (bad, badProblems) = Parse("{ \"toneStyle\": \"newest\" }");
        Assert.Null(bad.ToneStyle);
        Assert.Equal(["reportlint.toneStyle: \"newest\" is not traditional, modern or auto"], badProblems);
    }
}
