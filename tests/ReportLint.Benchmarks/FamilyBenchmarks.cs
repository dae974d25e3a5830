using BenchmarkDotNet.Attributes;
using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules;
using ReportLint.Rules.Data;

namespace ReportLint.Benchmarks;

/// <summary>One rule family at a time over a 1 MB draft: where the pipeline's time goes.</summary>
[MemoryDiagnoser]
public class FamilyBenchmarks
{
    private AnalyzerDriver _driver = null!;
    private AnalyzerOptions _options = null!;
    private ReportDocument _document = null!;

    [Params(RuleFamily.Abbreviations, RuleFamily.Citations, RuleFamily.Spelling, RuleFamily.Punctuation, RuleFamily.Numbers, RuleFamily.Names)]
    public RuleFamily Family { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _driver = new AnalyzerDriver(BuiltInRules.CreateAnalyzers()
            .Where(a => a.SupportedDiagnostics.All(d => d.Family == Family)));
        _options = new AnalyzerOptionsProvider(new EmbeddedDataSource()).Get(ReportLintConfiguration.Default, MessageLanguage.Vietnamese);
        _document = ReportDocument.Create("bench.txt", new SourceText(BenchmarkCorpus.Build(1)));
    }

    [Benchmark(Description = "one family, 1 MB")]
    public int Analyze() => _driver.Analyze(_document, _options).Count;
}
