using BenchmarkDotNet.Attributes;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Analysis;
using ReportLint.Rules.Data;
using ReportLint.Rules.Spelling;

namespace ReportLint.Benchmarks;

/// <summary>Syllables validated per second: the spelling family's hot path (one operation = every word of the samples).</summary>
[MemoryDiagnoser]
public class SyllableBenchmarks
{
    private SyllableValidator _validator = null!;
    private string[] _words = [];

    [GlobalSetup]
    public void Setup()
    {
        var options = new AnalyzerOptionsProvider(new EmbeddedDataSource()).Get(ReportLintConfiguration.Default, MessageLanguage.Vietnamese);
        _validator = SpellingData.Get(options).Validator;
        _words = BenchmarkCorpus.Build(1).Split((char[])[' ', '\n', ',', '.', ';', ':', '(', ')', '“', '”'], StringSplitOptions.RemoveEmptyEntries)
            .Take(100_000).ToArray();
    }

    [Benchmark(Description = "validate 100,000 words", OperationsPerInvoke = 100_000)]
    public int Validate()
    {
        var valid = 0;
        foreach (var word in _words)
        {
            valid += _validator.IsValid(word) ? 1 : 0;
        }
        return valid;
    }
}
