using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportLint.LanguageServer.JsonRpc;
using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Tests.JsonRpc;

/// <summary>The connection in process, over pipes, with handlers written for the test.</summary>
public sealed class JsonRpcConnectionTests : IAsyncDisposable
{
    private readonly AnonymousPipeServerStream _toServer = new(PipeDirection.Out);
    private readonly AnonymousPipeClientStream _serverInput;
    private readonly AnonymousPipeServerStream _fromServer = new(PipeDirection.In);
    private readonly AnonymousPipeClientStream _serverOutput;
    private readonly MessageReader _clientReader;
    private readonly JsonRpcConnection _connection;

    public JsonRpcConnectionTests()
    {
        _serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        _serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        _connection = new JsonRpcConnection(_serverInput, _serverOutput);
        _clientReader = new MessageReader(_fromServer);
    }

    private async Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await _toServer.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n").Concat(body).ToArray());
        await _toServer.FlushAsync();
    }

    private async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (_clientReader.TryRead(out var message))
            {
                return JsonDocument.Parse(message.Body!).RootElement.Clone();
            }
            Assert.True(await _clientReader.FillAsync(timeout.Token), "the server closed its output");
        }
    }

    [Fact]
    public async Task A_running_request_is_cancelled_by_cancelRequest()
    {
        var started = new TaskCompletionSource();
        _connection.AddRequestHandler("slow", LspJsonContext.Default.NullableJsonElement, async cancellationToken =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return (JsonElement?)null;
        });
        var run = _connection.RunAsync();
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":\"s-1\",\"method\":\"slow\"}");
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(1, _connection.RunningRequests);
        await SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":\"s-1\"}}");
        var response = await ReceiveAsync();
        Assert.Equal("s-1", response.GetProperty("id").GetString());
        Assert.Equal(-32800, response.GetProperty("error").GetProperty("code").GetInt32());
        _connection.Stop();
        await run;
    }

    [Fact]
    public async Task Handler_failures_and_bad_params_become_errors_and_results_keep_their_id()
    {
        _connection.AddRequestHandler("echo", LspJsonContext.Default.Position, LspJsonContext.Default.Position,
            (p, _) => Task.FromResult(p with { Line = p.Line + 1 }));
        _connection.AddRequestHandler("boom", LspJsonContext.Default.NullableJsonElement,
            _ => Task.FromException<JsonElement?>(new InvalidOperationException("kaput")));
        var run = _connection.RunAsync();
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"line\":1,\"character\":2}}");
        var echo = await ReceiveAsync();
        Assert.Equal(1, echo.GetProperty("id").GetInt32());
        Assert.Equal(2, echo.GetProperty("result").GetProperty("line").GetInt32());
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"echo\",\"params\":{\"line\":\"x\"}}");
        Assert.Equal(-32602, (await ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"echo\",\"params\":{\"line\":1}}");
        Assert.Equal(-32602, (await ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"boom\"}");
        var boom = await ReceiveAsync();
        Assert.Equal(-32603, boom.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("kaput", boom.GetProperty("error").GetProperty("message").GetString());
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"nothing\"}");
        Assert.Equal(-32601, (await ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());
        _connection.Stop();
        await run;
    }

    [Fact]
    public async Task Requests_to_the_client_get_their_answers_and_errors()
    {
        var run = _connection.RunAsync();
        var pending = _connection.SendRequestAsync("workspace/configuration",
            new ConfigurationParams([new ConfigurationItem(Section: "reportlint")]), LspJsonContext.Default.ConfigurationParams,
            LspJsonContext.Default.JsonElement);
        var request = await ReceiveAsync();
        Assert.Equal("workspace/configuration", request.GetProperty("method").GetString());
        Assert.Equal("reportlint", request.GetProperty("params").GetProperty("items")[0].GetProperty("section").GetString());
        var id = request.GetProperty("id").GetInt64();
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = new JsonArray(new JsonObject { ["enable"] = true }) }.ToJsonString());
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(result[0].GetProperty("enable").GetBoolean());

        var failing = _connection.SendRequestAsync("client/registerCapability", new RegistrationParams([]),
            LspJsonContext.Default.RegistrationParams, LspJsonContext.Default.NullableJsonElement);
        var second = await ReceiveAsync();
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = second.GetProperty("id").GetInt64(), ["error"] = new JsonObject { ["code"] = -32601, ["message"] = "no" } }.ToJsonString());
        var error = await Assert.ThrowsAsync<RemoteErrorException>(() => failing.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(-32601, error.Code);
        _connection.Stop();
        await run;
    }

    [Fact]
    public async Task Notifications_run_in_order_and_gates_refuse_requests()
    {
        var seen = new List<int>();
        _connection.AddNotificationHandler("note", LspJsonContext.Default.Position, p =>
        {
            seen.Add(p.Line);
            return Task.CompletedTask;
        });
        _connection.RequestGate = method => method == "locked" ? new JsonRpcException(ErrorCodes.ServerNotInitialized, "wait") : null;
        var run = _connection.RunAsync();
        for (var i = 0; i < 50; i++)
        {
            await SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"note\",\"params\":{{\"line\":{i},\"character\":0}}}}");
        }
        await SendAsync("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"locked\"}");
        Assert.Equal(-32002, (await ReceiveAsync()).GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(Enumerable.Range(0, 50), seen);
        _toServer.Dispose(); // the end of input ends the loop
        await run.WaitAsync(TimeSpan.FromSeconds(20));
    }

    public async ValueTask DisposeAsync()
    {
        _connection.Stop();
        await _toServer.DisposeAsync();
        await _serverInput.DisposeAsync();
        await _fromServer.DisposeAsync();
        await _serverOutput.DisposeAsync();
    }
}
