using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

public sealed class HoverTests(ITestOutputHelper output)
{
    private const string Uri = "file:///tmp/reportlint-tests/hover.txt";

    private static Task<JsonElement> HoverAsync(LspClient client, int line, int character) =>
        client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = LspClient.Document(Uri),
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        });

    [Fact]
    public async Task A_finding_shows_its_rule_summary_and_page()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Drafts.WithSpaces);
        var comma = Drafts.WithSpaces.IndexOf(" ,", StringComparison.Ordinal);
        var result = (await HoverAsync(client, 0, comma)).GetProperty("result");
        var contents = result.GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        var markdown = contents.GetProperty("value").GetString()!;
        Assert.StartsWith("**RL4001** · Khoảng trắng trước dấu câu\n\nThừa khoảng trắng trước dấu “,”\n\n", markdown);
        Assert.Contains(ReportLint.Rules.RuleDocs.Summary("RL4001")!, markdown);
        Assert.EndsWith("[Trang quy tắc RL4001](https://github.com/reportlint/reportlint/blob/main/rules/docs/RL4001.md)", markdown);
        Assert.Equal(comma, result.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(comma + 1, result.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task Hover_follows_the_client_language_and_is_null_elsewhere()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync("en");
        await client.OpenAsync(Uri, Drafts.WithSpaces);
        var comma = Drafts.WithSpaces.IndexOf(" ,", StringComparison.Ordinal);
        var markdown = (await HoverAsync(client, 0, comma)).GetProperty("result").GetProperty("contents").GetProperty("value").GetString()!;
        Assert.StartsWith("**RL4001** · Space before punctuation\n\nUnexpected space before “,”", markdown);
        Assert.Contains("[Rule page RL4001]", markdown);
        Assert.Equal(JsonValueKind.Null, (await HoverAsync(client, 0, 2)).GetProperty("result").ValueKind);
    }
}
