using System.Text;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

public sealed class CancellationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_request_cancelled_right_behind_it_is_answered_with_RequestCancelled()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        const string uri = "file:///tmp/reportlint-tests/cancel.txt";
        await client.OpenAsync(uri, Drafts.Repeat(100_000));
        var request = LspClient.RequestMessage(41, "textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = LspClient.Document(uri),
            ["range"] = LspClient.Range(0, 0, 0, 0),
            ["context"] = new JsonObject { ["only"] = new JsonArray("source.fixAll.reportlint") },
        });
        var cancel = LspClient.NotificationMessage("$/cancelRequest", new JsonObject { ["id"] = 41 });
        await client.SendRawAsync([.. LspClient.Frame(request.ToJsonString()), .. LspClient.Frame(cancel.ToJsonString())]);
        var response = await client.ResponseAsync(41);
        Assert.Equal(-32800, response.GetProperty("error").GetProperty("code").GetInt32());
        // Cancelling something unknown or finished is harmless.
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = 12345 });
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = "x" });
        await client.ShutdownAsync();
    }
}
