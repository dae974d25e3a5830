using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

public sealed class CodeActionTests(ITestOutputHelper output)
{
    private const string Uri = "file:///tmp/reportlint-tests/actions.txt";

    private static Task<JsonElement> CodeActionsAsync(LspClient client, JsonObject range, params string[] only)
    {
        var context = new JsonObject { ["diagnostics"] = new JsonArray() };
        if (only.Length > 0)
        {
            context["only"] = new JsonArray(only.Select(o => (JsonNode)o!).ToArray());
        }
        return client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = LspClient.Document(Uri),
            ["range"] = range,
            ["context"] = context,
        });
    }

    /// <summary>Applies a WorkspaceEdit's edits for the document to the client's copy, as an editor would, and sends them.</summary>
    private static async Task<string> ApplyAsync(LspClient client, string text, JsonElement edit, int version)
    {
        var edits = edit.GetProperty("changes").GetProperty(Uri).EnumerateArray().ToList();
        var changes = new List<JsonObject>();
        // Apply from the end so earlier positions stay valid, and send them in the same order.
        foreach (var e in edits.OrderByDescending(e => (e.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(),
                     e.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32())))
        {
            var range = e.GetProperty("range");
            int P(string end, string part) => range.GetProperty(end).GetProperty(part).GetInt32();
            var newText = e.GetProperty("newText").GetString()!;
            text = ClientText.Apply(text, P("start", "line"), P("start", "character"), P("end", "line"), P("end", "character"), newText);
            changes.Add(LspClient.Change(P("start", "line"), P("start", "character"), P("end", "line"), P("end", "character"), newText));
        }
        await client.ChangeAsync(Uri, version, changes.ToArray());
        return text;
    }

    [Fact]
    public async Task Quick_fix_in_range_is_preferred_and_once_applied_the_finding_is_gone()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        var text = Drafts.WithSpaces;
        await client.OpenAsync(Uri, text);
        await client.DiagnosticsAsync(Uri, 1);
        var comma = text.IndexOf(" ,", StringComparison.Ordinal);
        var response = await CodeActionsAsync(client, LspClient.Range(0, comma, 0, comma), "quickfix");
        var actions = response.GetProperty("result").EnumerateArray().ToList();
        var fix = Assert.Single(actions);
        Assert.Equal("Xóa khoảng trắng", fix.GetProperty("title").GetString());
        Assert.Equal("quickfix", fix.GetProperty("kind").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        Assert.Equal("RL4001", fix.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        text = await ApplyAsync(client, text, fix.GetProperty("edit"), 2);
        Assert.Equal("Ủy ban nhân dân tỉnh đã ban hành kế hoạch, giao các sở triển khai thực hiện .\n", text);
        var after = DiagnosticsTests.OfRule(await client.DiagnosticsAsync(Uri, 2), "RL4001");
        Assert.Single(after);
        Assert.Equal(text.IndexOf(" .", StringComparison.Ordinal), after[0].GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task Nothing_is_offered_away_from_findings()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Drafts.WithSpaces);
        var response = await CodeActionsAsync(client, LspClient.Range(0, 0, 0, 3));
        Assert.Equal(0, response.GetProperty("result").GetArrayLength());
    }

    [Fact]
    public async Task Fix_all_applies_every_safe_fix_and_the_relinted_document_is_clean()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        var text = Drafts.Repeat(2_000);
        await client.OpenAsync(Uri, text);
        Assert.NotEmpty(DiagnosticsTests.OfRule(await client.DiagnosticsAsync(Uri, 1), "RL4001"));
        var response = await CodeActionsAsync(client, LspClient.Range(0, 0, 0, 0), "source.fixAll.reportlint");
        var action = Assert.Single(response.GetProperty("result").EnumerateArray());
        Assert.Equal("source.fixAll.reportlint", action.GetProperty("kind").GetString());
        text = await ApplyAsync(client, text, action.GetProperty("edit"), 2);
        Assert.DoesNotContain(" ,", text);
        Assert.DoesNotContain(" ;", text);
        Assert.Empty(DiagnosticsTests.OfRule(await client.DiagnosticsAsync(Uri, 2), "RL4001"));
        // `source` also selects it; a clean document offers nothing.
        var again = await CodeActionsAsync(client, LspClient.Range(0, 0, 0, 0), "source");
        Assert.Equal(0, again.GetProperty("result").GetArrayLength());
    }

    [Fact]
    public async Task Actions_on_a_document_that_is_not_open_are_invalid_params()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        var response = await CodeActionsAsync(client, LspClient.Range(0, 0, 0, 0));
        Assert.Equal(-32602, response.GetProperty("error").GetProperty("code").GetInt32());
        var missing = await client.RequestAsync("textDocument/codeAction", new JsonObject { ["textDocument"] = LspClient.Document(Uri) });
        Assert.Equal(-32602, missing.GetProperty("error").GetProperty("code").GetInt32());
    }
}
