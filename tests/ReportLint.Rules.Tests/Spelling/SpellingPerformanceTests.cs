using System.Diagnostics;
using System.Text;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Spelling;
using ReportLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>
/// Throughput, reported: syllables validated per second, and the spelling family over about 5 MB.
/// Nothing here asserts a time (benchmarks do that, in tests/ReportLint.Benchmarks); the figures are in the test output.
/// </summary>
public class SpellingPerformanceTests(ITestOutputHelper output)
{
    private static string ProjectText() =>
        string.Join('\n', new[] { "report-party-building.txt", "news-conference.txt", "report-socio-economic.txt" }.Select(SpellingTestData.Read));

    [Fact]
    public void Reports_syllables_validated_per_second_without_allocating()
    {
        var validator = SpellingTestData.Tables.Validator;
        var words = ProjectText().Split((char[])[' ', '\n', ',', '.', ';', ':', '(', ')', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        var valid = 0;
        foreach (var word in words)
        {
            valid += validator.IsValid(word) ? 1 : 0; // warm-up
        }
        const int Rounds = 200;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var word in words)
            {
                valid += validator.IsValid(word) ? 1 : 0;
            }
        }
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var perSecond = words.Length * (double)Rounds / watch.Elapsed.TotalSeconds;
        output.WriteLine($"Syllables validated: {words.Length * Rounds:N0} in {watch.ElapsedMilliseconds} ms = {perSecond:N0} per second; {allocated} bytes allocated");
        Assert.True(valid > 0);
        // Nothing per syllable (that would be megabytes); the counter can move by an 8 KB allocation quantum
        // when a collection caused by tests running in parallel interrupts the loop.
        Assert.True(allocated < 64_000, $"{allocated} bytes allocated");
    }

    [Fact]
    public void Reports_the_spelling_family_time_over_5_MB()
    {
        var unit = ProjectText() + "\n";
        var builder = new StringBuilder();
        var copy = 0;
        while (builder.Length < 5_000_000)
        {
            // Vary the text a little so paragraphs are not all cached duplicates.
            builder.Append(unit.Replace("năm 2023", "năm " + (1990 + copy++ % 40)));
        }
        var text = builder.ToString();
        var driver = new AnalyzerDriver(SpellingFamily.Create());
        var options = RuleTester.Options();
        driver.Analyze(ReportDocument.Create("warm.txt", new SourceText(unit)), options);
        var document = ReportDocument.Create("big.txt", new SourceText(text));
        var watch = Stopwatch.StartNew();
        var diagnostics = driver.Analyze(document, options);
        watch.Stop();
        output.WriteLine($"Spelling family over {text.Length / 1_000_000.0:F1} M chars: {watch.ElapsedMilliseconds} ms, {diagnostics.Count} findings");
        Assert.Empty(diagnostics);
    }
}
