using System.Diagnostics;
using System.Text;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Citations;
using ReportLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>
/// A 5 MB draft made of the corpus repeated: every paragraph-level finding comes once per copy (nothing
/// lost or doubled when the driver splits a long draft across cores). The time is printed, not asserted:
/// the figures belong in the benchmarks project.
/// </summary>
public class CitationPerformanceTests(ITestOutputHelper output)
{
    // RL2008 and RL2010 compare citations across the whole draft: copies change what they see.
    private static readonly string[] DocumentWide = ["RL2008", "RL2010"];

    [Fact]
    public void Five_megabytes_give_each_paragraph_finding_once_per_copy()
    {
        var part = Corpus.NinhBinh + Corpus.PhuTho + Corpus.Khoi;
        var copies = 0;
        var builder = new StringBuilder();
        while (builder.Length < 5_000_000)
        {
            builder.Append(part);
            copies++;
        }
        var driver = new AnalyzerDriver(CitationFamily.Create());
        var options = RuleTester.Options("""{ "rules": { "RL2011": { "when": "always" } } }""");
        var once = CountByRule(driver.Analyze(ReportDocument.Create("part.txt", new SourceText(part)), options));

        var watch = Stopwatch.StartNew();
        var diagnostics = driver.Analyze(ReportDocument.Create("big.txt", new SourceText(builder.ToString())), options);
        watch.Stop();

        output.WriteLine($"{builder.Length / 1_000_000.0:F1} M chars, {copies} copies, {diagnostics.Count} findings, {watch.ElapsedMilliseconds} ms");
        Assert.NotEmpty(once);
        Assert.Equal(once.ToDictionary(kv => kv.Key, kv => kv.Value * copies), CountByRule(diagnostics));
    }

    private static Dictionary<string, int> CountByRule(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => !DocumentWide.Contains(d.Id)).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
}
