using BenchmarkDotNet.Attributes;
using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules;
using ReportLint.Rules.Data;

namespace ReportLint.Benchmarks;

/// <summary>The whole pipeline (tokenize, build the tree, run every built-in rule) over a multi-megabyte draft.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private AnalyzerDriver _driver = null!;
    private AnalyzerOptions _options = null!;
    private SourceText _text = null!;

    /// <summary>Size of the generated draft, in megabytes of UTF-16 text.</summary>
    [Params(1, 5)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _driver = new AnalyzerDriver(BuiltInRules.CreateAnalyzers());
        _options = new AnalyzerOptionsProvider(new EmbeddedDataSource()).Get(ReportLintConfiguration.Default, Core.Diagnostics.MessageLanguage.Vietnamese);
        _text = new SourceText(BenchmarkCorpus.Build(Megabytes));
        _driver.Analyze(ReportDocument.Create("warmup.txt", new SourceText("Khởi động.")), _options);
    }

    [Benchmark(Description = "parse only")]
    public int Parse() => ReportDocument.Create("bench.txt", _text).Paragraphs.Count;

    [Benchmark(Description = "parse + all rules")]
    public int ParseAndAnalyze() => _driver.Analyze(ReportDocument.Create("bench.txt", _text), _options).Count;
}
