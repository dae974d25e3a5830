using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.LanguageServer.Configuration;
using ReportLint.Rules;
using ReportLint.Rules.Data;

namespace ReportLint.LanguageServer.Tests.Documents;

/// <summary>
/// The per-paragraph analysis cache is keyed by the options object, so resolving the same settings
/// and files again must give the very same options, and a change of either must give new ones.
/// </summary>
public sealed class ConfigurationResolverTests : IDisposable
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Rules = new AnalyzerDriver(BuiltInRules.CreateAnalyzers()).Descriptors;

    private static readonly ClientSettings EditorSeverities = ClientSettings.Default with
    {
        Severities = new Dictionary<string, ReportSeverity> { ["RL4001"] = ReportSeverity.Error },
        Words = ["Zalo"],
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("reportlint-resolver-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ConfigurationResolver Resolver(string configuration)
    {
        File.WriteAllText(Path.Combine(_folder, ReportLintConfiguration.FileName), configuration);
        var resolver = new ConfigurationResolver(new ConfigurationLoader(Rules), new AnalyzerOptionsProvider(new EmbeddedDataSource()));
        resolver.UpdateSettings(EditorSeverities);
        return resolver;
    }

    private string Draft => Path.Combine(_folder, "draft.txt");

    [Fact]
    public void Editor_settings_merged_with_a_file_resolve_to_the_same_options_every_time()
    {
        var resolver = Resolver("{ \"rules\": { \"RL4002\": \"off\" } }");
        var first = resolver.Resolve(Draft).Options;

        Assert.NotNull(first);
        Assert.Same(first, resolver.Resolve(Draft).Options);
        Assert.Equal(ReportSeverity.Off, first.Configuration.Severities["RL4002"]);
        Assert.Equal(ReportSeverity.Error, first.Configuration.Severities["RL4001"]);
    }

    [Fact]
    public void The_fallback_for_an_unusable_pack_resolves_to_the_same_options_every_time()
    {
        var resolver = Resolver("{ \"packs\": [\"missing-pack.json\"] }");
        var first = resolver.Resolve(Draft);

        Assert.NotNull(first.Error);
        Assert.NotNull(first.Options);
        Assert.Same(first.Options, resolver.Resolve(Draft).Options);
        Assert.Equal(ReportSeverity.Error, first.Options.Configuration.Severities["RL4001"]);
    }

    [Fact]
    public void New_settings_or_changed_files_give_new_options()
    {
        var resolver = Resolver("{ \"rules\": { \"RL4002\": \"off\" } }");
        var first = resolver.Resolve(Draft).Options;

        resolver.InvalidateFiles();
        var afterFiles = resolver.Resolve(Draft).Options;
        resolver.UpdateSettings(EditorSeverities with { Words = ["Zalo", "Viettel"] });
        var afterSettings = resolver.Resolve(Draft).Options;

        Assert.NotSame(first, afterFiles);
        Assert.NotSame(afterFiles, afterSettings);
        Assert.True(afterSettings!.IsWordAllowed("Viettel"));
    }
}
