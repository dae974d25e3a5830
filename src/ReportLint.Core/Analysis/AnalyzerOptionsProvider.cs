using System.Collections.Concurrent;
using ReportLint.Core.Configuration;
using ReportLint.Core.Data;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Analysis;

/// <summary>
/// Builds the <see cref="AnalyzerOptions"/> for a configuration: built-in packs plus the
/// configuration's own packs and inline data, built once per configuration file.
/// </summary>
public sealed class AnalyzerOptionsProvider(IBuiltInDataSource builtIn)
{
    private readonly Lazy<DataPackSet> _builtIn = new(() => new DataPackSet(builtIn.LoadPacks()));
    private readonly ConcurrentDictionary<(ReportLintConfiguration, MessageLanguage), Lazy<AnalyzerOptions>> _cache = new();

    public DataPackSet BuiltInData => _builtIn.Value;

    public AnalyzerOptions Get(ReportLintConfiguration configuration, MessageLanguage language) =>
        _cache.GetOrAdd((configuration, language), key => new Lazy<AnalyzerOptions>(() => Build(key.Item1, key.Item2))).Value;

    private AnalyzerOptions Build(ReportLintConfiguration configuration, MessageLanguage language)
    {
        var packs = new List<DataPack>();
        foreach (var path in configuration.PackPaths)
        {
            string json;
            try
            {
                json = File.ReadAllText(path);
            }
            catch (IOException ex)
            {
                throw new ConfigurationException(configuration.SourcePath ?? path, 1, 1,
                    new LocalizedText($"\"packs\": không đọc được gói dữ liệu {path}: {ex.Message}", $"\"packs\": cannot read data pack {path}: {ex.Message}"));
            }
            try
            {
                packs.Add(DataPack.Parse(path, json));
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new ConfigurationException(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1,
                    new LocalizedText($"gói dữ liệu không phải JSON hợp lệ: {ex.Message}", $"the data pack is not valid JSON: {ex.Message}"));
            }
        }
        if (configuration.Data is { } inline)
        {
            packs.Add(new DataPack(configuration.SourcePath ?? "inline", inline));
        }
        var data = packs.Count == 0 ? _builtIn.Value : _builtIn.Value.With(packs);
        return new AnalyzerOptions(configuration, data, language);
    }
}
