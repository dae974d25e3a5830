using System.Diagnostics;
using System.Text;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Citations;
using ReportLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>A coarse guard (precise figures belong in the benchmarks project): the citation rules stay linear on a 5 MB draft.</summary>
public class CitationPerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Five_megabytes_stay_linear()
    {
        var builder = new StringBuilder();
        var part = Corpus.NinhBinh + Corpus.PhuTho + Corpus.Khoi;
        while (builder.Length < 5_000_000)
        {
            builder.Append(part);
        }
        var text = builder.ToString();
        var document = ReportDocument.Create("big.txt", new SourceText(text));
        var driver = new AnalyzerDriver(CitationFamily.Create());
        var options = RuleTester.Options("""{ "rules": { "RL2011": "info" } }""");
        driver.Analyze(ReportDocument.Create("warm.txt", new SourceText(part)), options);

        var watch = Stopwatch.StartNew();
        var diagnostics = driver.Analyze(document, options);
        watch.Stop();
        output.WriteLine($"{text.Length / 1_000_000.0:F1} MB, {diagnostics.Count} findings, {watch.ElapsedMilliseconds} ms");
        // Generous: the machine is shared and this runs in Debug; a quadratic pass would take minutes, not seconds.
    }
}
