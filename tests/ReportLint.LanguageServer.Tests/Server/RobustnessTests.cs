using System.Text;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

/// <summary>Whatever the client sends, the server answers what it can and keeps serving.</summary>
public sealed class RobustnessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Random_bytes_and_malformed_messages_never_bring_the_server_down()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        var random = new Random(6);
        string[] bodies =
        [
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///nope.txt\",\"version\":2},\"contentChanges\":[{\"text\":\"x\"}]}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":[1,2]}",
            "{\"jsonrpc\":\"2.0\",\"id\":500,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":5}}}",
            "{\"jsonrpc\":\"2.0\",\"id\":501,\"method\":\"textDocument/codeAction\",\"params\":null}",
            "{\"jsonrpc\":\"2.0\",\"id\":502,\"result\":{}}",
            new string('[', 500) + new string(']', 500),
            "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":[1]}}",
            "\"just a string\"",
            "null",
        ];
        var bytes = new List<byte>();
        foreach (var body in bodies)
        {
            bytes.AddRange(LspClient.Frame(body));
        }
        for (var i = 0; i < 50; i++)
        {
            var noise = new byte[random.Next(1, 200)];
            random.NextBytes(noise);
            bytes.AddRange(noise);
        }
        await client.SendRawAsync(bytes.ToArray());
        const string uri = "file:///tmp/reportlint-tests/robust.txt";
        await client.SendRawAsync(Encoding.ASCII.GetBytes("\r\n"));
        // Noise may have swallowed the start of what follows: send until the server answers again.
        for (var attempt = 0; ; attempt++)
        {
            await client.OpenAsync(uri, Drafts.WithSpaces, version: 1 + attempt);
            try
            {
                await client.DiagnosticsAsync(uri, 1 + attempt, TimeSpan.FromSeconds(5));
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
        Assert.Equal(-32602, (await client.ResponseAsync(500)).GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(-32602, (await client.ResponseAsync(501)).GetProperty("error").GetProperty("code").GetInt32());
        await client.ShutdownAsync();
    }

    [Fact]
    public async Task Verbose_trace_logs_each_analysis()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "verbose" });
        const string uri = "file:///tmp/reportlint-tests/trace.txt";
        await client.OpenAsync(uri, Drafts.WithSpaces);
        var log = await client.WaitForAsync(m => LspClient.IsNotification(m, "window/logMessage")
            && m.GetProperty("params").GetProperty("message").GetString()!.StartsWith(uri + " v1: ", StringComparison.Ordinal));
        Assert.Equal(4, log.GetProperty("params").GetProperty("type").GetInt32());
        Assert.Contains("findings in", log.GetProperty("params").GetProperty("message").GetString());
    }
}
