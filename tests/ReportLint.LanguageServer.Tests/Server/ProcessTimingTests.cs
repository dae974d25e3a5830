using System.Diagnostics;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

/// <summary>
/// Whole-process figures printed for the record (the benchmark project measures them properly):
/// no timing is asserted, only that the 1 MB draft is served.
/// </summary>
public sealed class ProcessTimingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Cold_process_to_first_diagnostics_on_a_1_MB_draft()
    {
        var text = Drafts.Repeat(1_000_000);
        var stopwatch = Stopwatch.StartNew();
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(options: new JsonObject { ["debounceMs"] = 0 });
        var initialized = stopwatch.Elapsed;
        await client.OpenAsync("file:///tmp/reportlint-tests/big.txt", text);
        var diagnostics = await client.DiagnosticsAsync("file:///tmp/reportlint-tests/big.txt", 1, TimeSpan.FromMinutes(2));
        var first = stopwatch.Elapsed;
        var edits = new List<double>();
        for (var version = 2; version < 42; version++)
        {
            var edit = Stopwatch.StartNew();
            await client.ChangeAsync("file:///tmp/reportlint-tests/big.txt", version,
                version % 2 == 0 ? LspClient.Change(5000, 3, 5000, 3, "x") : LspClient.Change(5000, 3, 5000, 4, ""));
            await client.DiagnosticsAsync("file:///tmp/reportlint-tests/big.txt", version);
            edits.Add(edit.Elapsed.TotalMilliseconds);
        }
        edits.Sort();
        output.WriteLine($"process start → initialize answered: {initialized.TotalMilliseconds:F0} ms; " +
            $"→ first diagnostics ({diagnostics.GetArrayLength()}) for {text.Length} chars: {first.TotalMilliseconds:F0} ms; " +
            $"one-character edit → diagnostics over stdio (40 edits, debounce 0): median {edits[edits.Count / 2]:F1} ms, max {edits[^1]:F1} ms");
        Assert.True(diagnostics.GetArrayLength() > 0);
    }
}
