using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

public sealed class DiagnosticsTests(ITestOutputHelper output)
{
    private const string Uri = "file:///tmp/reportlint-tests/diagnostics.txt";

    [Fact]
    public async Task Diagnostics_carry_code_severity_source_rule_page_and_exact_ranges()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Drafts.WithSpaces);
        var diagnostics = OfRule(await client.DiagnosticsAsync(Uri, 1), "RL4001");
        Assert.Equal(2, diagnostics.Length);
        var first = diagnostics[0];
        var comma = Drafts.WithSpaces.IndexOf(" ,", StringComparison.Ordinal);
        Assert.Equal(comma, first.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(comma + 1, first.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
        Assert.Equal(0, first.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal("RL4001", first.GetProperty("code").GetString());
        Assert.Equal(2, first.GetProperty("severity").GetInt32());
        Assert.Equal("reportlint", first.GetProperty("source").GetString());
        Assert.Equal("https://github.com/reportlint/reportlint/blob/main/rules/docs/RL4001.md",
            first.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.Equal("Thừa khoảng trắng trước dấu “,”", first.GetProperty("message").GetString());
        var period = Drafts.WithSpaces.IndexOf(" .", StringComparison.Ordinal);
        Assert.Equal(period, diagnostics[1].GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
    }

    /// <summary>Other rule families land over time: tests about RL4001 look at RL4001 only.</summary>
    internal static JsonElement[] OfRule(JsonElement diagnostics, string id) =>
        diagnostics.EnumerateArray().Where(d => d.GetProperty("code").GetString() == id).ToArray();

    [Fact]
    public async Task Clean_text_publishes_an_empty_list()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Drafts.Clean);
        Assert.Equal(0, (await client.DiagnosticsAsync(Uri, 1)).GetArrayLength());
    }

    [Fact]
    public async Task Markdown_code_is_not_linted_and_other_languages_are_not_linted_at_all()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        const string md = "file:///tmp/reportlint-tests/report.md";
        await client.OpenAsync(md, Drafts.Markdown, languageId: "markdown");
        var diagnostics = OfRule(await client.DiagnosticsAsync(md, 1), "RL4001");
        Assert.Single(diagnostics);
        Assert.Equal(2, diagnostics[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        const string json = "file:///tmp/reportlint-tests/data.json";
        await client.OpenAsync(json, "{ \"a\" : 1 }", languageId: "json");
        Assert.Equal(0, (await client.DiagnosticsAsync(json, 1)).GetArrayLength());
    }

    [Fact]
    public async Task Rapid_edits_never_publish_an_older_version_after_a_newer_one()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync(options: new JsonObject { ["debounceMs"] = 1 });
        var text = Drafts.Repeat(200_000);
        await client.OpenAsync(Uri, text);
        const int edits = 300;
        for (var version = 2; version <= edits + 1; version++)
        {
            // Type “ ,” then remove it again: the finding count changes with every version.
            var change = version % 2 == 0 ? LspClient.Change(0, 0, 0, 0, "a ,") : LspClient.Change(0, 0, 0, 3, "");
            text = version % 2 == 0 ? "a ," + text : text[3..];
            await client.ChangeAsync(Uri, version, change);
            if (version % 50 == 0)
            {
                await Task.Delay(150); // let some analyses finish in between
            }
        }
        var final = await client.DiagnosticsAsync(Uri, edits + 1);
        await DocumentSyncTests.AssertInSyncAsync(client, Uri, text, edits + 1);
        var versions = client.Publications(Uri).Select(p => p.GetProperty("version").GetInt32()).ToList();
        output.WriteLine($"{edits} edits, {versions.Count} publications: {string.Join(",", versions.Take(40))}…");
        Assert.Equal(versions.OrderBy(v => v), versions);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.Equal(edits + 1, versions[^1]);
        // The last publication describes the final text: the block has one “ ,” and one “ ;” per repetition.
        var expected = System.Text.RegularExpressions.Regex.Matches(text, " [,;]").Count;
        Assert.Equal(expected, OfRule(final, "RL4001").Length);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Drafts.WithSpaces);
        await client.DiagnosticsAsync(Uri, 1);
        await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = LspClient.Document(Uri) });
        var cleared = await client.WaitForAsync(m => LspClient.IsNotification(m, "textDocument/publishDiagnostics")
            && !m.GetProperty("params").TryGetProperty("version", out _));
        Assert.Equal(0, cleared.GetProperty("params").GetProperty("diagnostics").GetArrayLength());
    }
}
