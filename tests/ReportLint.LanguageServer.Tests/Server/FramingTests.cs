using System.Text;
using System.Text.Json;
using ReportLint.LanguageServer.Tests.Infrastructure;

namespace ReportLint.LanguageServer.Tests.Server;

/// <summary>Content-Length framing against the real process: whatever arrives, the server keeps serving.</summary>
public sealed class FramingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Message_split_into_single_bytes_is_read()
    {
        await using var client = LspClient.Start(output);
        var frame = LspClient.Frame(LspClient.RequestMessage(1, "initialize", new System.Text.Json.Nodes.JsonObject { ["capabilities"] = new System.Text.Json.Nodes.JsonObject() }).ToJsonString());
        foreach (var b in frame)
        {
            await client.SendRawAsync([b]);
        }
        var response = await client.ResponseAsync(1);
        Assert.True(response.GetProperty("result").TryGetProperty("capabilities", out _));
    }

    [Fact]
    public async Task Merged_messages_in_one_write_are_all_answered()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        var bytes = new List<byte>();
        for (var id = 100; id < 105; id++)
        {
            bytes.AddRange(LspClient.Frame(LspClient.RequestMessage(id, "reportlint/unknown", null).ToJsonString()));
        }
        await client.SendRawAsync(bytes.ToArray());
        for (var id = 100; id < 105; id++)
        {
            var response = await client.ResponseAsync(id);
            Assert.Equal(-32601, response.GetProperty("error").GetProperty("code").GetInt32());
        }
    }

    [Fact]
    public async Task Invalid_json_is_answered_with_a_parse_error_and_the_server_still_serves()
    {
        await using var client = LspClient.Start(output);
        await client.SendRawAsync(LspClient.Frame("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": "));
        var error = await client.WaitForAsync(m => m.TryGetProperty("error", out _));
        Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        await client.InitializeAsync();
        await client.ShutdownAsync();
    }

    [Fact]
    public async Task Content_length_too_short_gives_one_parse_error_then_the_next_message_is_served()
    {
        await using var client = LspClient.Start(output);
        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"reportlint/unknown\"}");
        var bad = Encoding.ASCII.GetBytes($"Content-Length: {body.Length - 10}\r\n\r\n").Concat(body).ToArray();
        await client.SendRawAsync([.. bad, .. LspClient.Frame(LspClient.RequestMessage(8, "shutdown", null).ToJsonString())]);
        var response = await client.ResponseAsync(8);
        Assert.Equal(-32002, response.GetProperty("error").GetProperty("code").GetInt32());
        var errors = client.Received.Where(m => m.TryGetProperty("error", out var e) && e.GetProperty("code").GetInt32() == -32700).ToList();
        Assert.Single(errors);
    }

    [Fact]
    public async Task Content_length_too_long_swallows_the_next_header_and_the_server_resynchronises()
    {
        await using var client = LspClient.Start(output);
        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"reportlint/unknown\"}");
        var bad = Encoding.ASCII.GetBytes($"Content-Length: {body.Length + 20}\r\n\r\n").Concat(body).ToArray();
        var next = LspClient.Frame(LspClient.RequestMessage(8, "shutdown", null).ToJsonString());
        await client.SendRawAsync([.. bad, .. next]);
        // The 20 missing bytes were taken from the next message, so it is lost; the one after is served.
        await client.SendRawAsync(LspClient.Frame(LspClient.RequestMessage(9, "shutdown", null).ToJsonString()));
        var response = await client.ResponseAsync(9);
        Assert.Equal(-32002, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains(client.Received, m => m.TryGetProperty("error", out var e) && e.GetProperty("code").GetInt32() == -32700);
    }

    [Fact]
    public async Task Missing_or_invalid_content_length_is_a_parse_error()
    {
        await using var client = LspClient.Start(output);
        await client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Length: abc\r\n\r\n"));
        var error = await client.WaitForAsync(m => m.TryGetProperty("error", out _));
        Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        await client.InitializeAsync();
    }

    [Fact]
    public async Task Other_headers_are_accepted()
    {
        await using var client = LspClient.Start(output);
        var body = Encoding.UTF8.GetBytes(LspClient.RequestMessage(3, "shutdown", null).ToJsonString());
        await client.SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n"), .. body]);
        var response = await client.ResponseAsync(3);
        Assert.Equal(-32002, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.DoesNotContain(client.Received, m => m.TryGetProperty("error", out var e) && e.GetProperty("code").GetInt32() == -32700);
    }

    [Theory]
    [InlineData("[1, 2]", -32600)]
    [InlineData("{\"jsonrpc\": \"1.0\", \"id\": 901, \"method\": \"initialize\"}", -32600)]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": {\"a\": 1}, \"method\": \"initialize\"}", -32600)]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 902}", -32600)]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 903, \"method\": 5}", -32600)]
    public async Task Invalid_requests_are_answered_and_the_server_still_serves(string json, int code)
    {
        await using var client = LspClient.Start(output);
        await client.SendRawAsync(LspClient.Frame(json));
        var error = await client.WaitForAsync(m => m.TryGetProperty("error", out _));
        Assert.Equal(code, error.GetProperty("error").GetProperty("code").GetInt32());
        await client.InitializeAsync();
        await client.ShutdownAsync();
    }

    [Fact]
    public async Task Nothing_but_protocol_is_written_to_stdout()
    {
        await using var client = LspClient.Start(output);
        await client.InitializeAsync();
        await client.OpenAsync("file:///tmp/reportlint-tests/a.txt", Drafts.WithSpaces);
        await client.DiagnosticsAsync("file:///tmp/reportlint-tests/a.txt", 1);
        await client.ShutdownAsync();
        Assert.DoesNotContain(client.Received, m => m.TryGetProperty("notProtocol", out _));
        Assert.All(client.Received, m => Assert.Equal("2.0", m.GetProperty("jsonrpc").GetString()));
    }
}
