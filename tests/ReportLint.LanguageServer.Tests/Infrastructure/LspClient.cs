using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// Drives the built server (`reportlint-ls.dll --stdio`) as a real process. Framing here is written
/// independently of the server's reader. Every message received is kept; server-to-client requests
/// (`workspace/configuration`, `client/registerCapability`) are answered automatically.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly List<JsonElement> _received = [];
    private readonly StringBuilder _stderr = new();
    private readonly Task _readLoop;
    private readonly ITestOutputHelper? _output;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private LspClient(Process process, ITestOutputHelper? output)
    {
        _process = process;
        _output = output;
        _stdin = process.StandardInput.BaseStream;
        _readLoop = Task.Run(ReadLoopAsync);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>The `reportlint` section answered to `workspace/configuration`.</summary>
    public JsonNode? Settings { get; set; }

    public string ServerPath => ServerDll;

    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "reportlint-ls.dll");

    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public Process Process => _process;

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static LspClient Start(ITestOutputHelper? output = null, string workingDirectory = "")
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory.Length > 0 ? workingDirectory : AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(ServerDll);
        start.ArgumentList.Add("--stdio");
        return new LspClient(Process.Start(start)!, output);
    }

    public JsonElement[] Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToArray();
            }
        }
    }

    // ---- sending ----

    public async Task SendRawAsync(byte[] bytes)
    {
        await _stdin.WriteAsync(bytes);
        await _stdin.FlushAsync();
    }

    public static byte[] Frame(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    public Task SendAsync(JsonObject message) => SendRawAsync(Frame(message.ToJsonString()));

    public int NextId() => Interlocked.Increment(ref _nextId);

    public static JsonObject RequestMessage(int id, string method, JsonNode? parameters) =>
        new() { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters };

    public static JsonObject NotificationMessage(string method, JsonNode? parameters) =>
        new() { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters };

    /// <summary>Sends a request and returns the whole response message (`result` or `error`).</summary>
    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, TimeSpan? timeout = null)
    {
        var id = NextId();
        await SendAsync(RequestMessage(id, method, parameters));
        return await ResponseAsync(id, timeout);
    }

    public Task<JsonElement> ResponseAsync(int id, TimeSpan? timeout = null) =>
        WaitForAsync(m => !m.TryGetProperty("method", out _) && m.TryGetProperty("id", out var i)
            && i.ValueKind == JsonValueKind.Number && i.GetInt32() == id, timeout);

    public Task NotifyAsync(string method, JsonNode? parameters) => SendAsync(NotificationMessage(method, parameters));

    // ---- LSP helpers ----

    public async Task<JsonElement> InitializeAsync(string? locale = "vi", JsonNode? capabilities = null, JsonNode? options = null,
        string? rootUri = null)
    {
        var response = await RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "reportlint-tests" },
            ["locale"] = locale,
            ["rootUri"] = rootUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
            ["initializationOptions"] = options,
        });
        Assert.True(response.TryGetProperty("result", out _), response.ToString());
        await NotifyAsync("initialized", new JsonObject());
        return response;
    }

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "plaintext") =>
        NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    public Task ChangeAsync(string uri, int version, params JsonObject[] changes) =>
        NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(changes.Select(c => (JsonNode)c).ToArray()),
        });

    public static JsonObject Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) => new()
    {
        ["range"] = Range(startLine, startCharacter, endLine, endCharacter),
        ["text"] = text,
    };

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    public static JsonObject Document(string uri) => new() { ["uri"] = uri };

    /// <summary>The diagnostics published for a version of a document.</summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, int version, TimeSpan? timeout = null)
    {
        var message = await WaitForAsync(m => IsNotification(m, "textDocument/publishDiagnostics")
            && m.GetProperty("params").GetProperty("uri").GetString() == uri
            && m.GetProperty("params").TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == version, timeout);
        return message.GetProperty("params").GetProperty("diagnostics");
    }

    /// <summary>Publications for a document in arrival order.</summary>
    public JsonElement[] Publications(string uri) =>
        Received.Where(m => IsNotification(m, "textDocument/publishDiagnostics") && m.GetProperty("params").GetProperty("uri").GetString() == uri)
            .Select(m => m.GetProperty("params")).ToArray();

    public static bool IsNotification(JsonElement message, string method) =>
        !message.TryGetProperty("id", out _) && message.TryGetProperty("method", out var m) && m.GetString() == method;

    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> predicate, TimeSpan? timeout = null, int from = 0)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            Task changed;
            lock (_received)
            {
                for (var i = from; i < _received.Count; i++)
                {
                    if (predicate(_received[i]))
                    {
                        return _received[i];
                    }
                }
                changed = _changed.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(changed, Task.Delay(left)) != changed)
            {
                throw new TimeoutException($"No matching message within the timeout. Received {Received.Length} messages; " +
                    $"last: {Received.LastOrDefault()}\nstderr: {StandardError}");
            }
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    public void CloseInput() => _stdin.Close();

    public async Task ShutdownAsync()
    {
        var response = await RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("result").ValueKind);
        await NotifyAsync("exit", null);
        Assert.Equal(0, await WaitForExitAsync());
    }

    // ---- reading ----

    private async Task ReadLoopAsync()
    {
        var stdout = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(stdout) is { } body)
            {
                JsonElement message;
                try
                {
                    message = JsonDocument.Parse(body).RootElement.Clone();
                }
                catch (JsonException ex)
                {
                    // Anything that is not protocol on stdout is a bug: record it so the tests see it.
                    message = JsonDocument.Parse(new JsonObject { ["notProtocol"] = Encoding.UTF8.GetString(body), ["error"] = ex.Message }.ToJsonString()).RootElement.Clone();
                }
                if (message.TryGetProperty("method", out var method) && message.TryGetProperty("id", out var id))
                {
                    await AnswerServerRequestAsync(method.GetString()!, id);
                }
                lock (_received)
                {
                    _received.Add(message);
                    var changed = _changed;
                    _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    changed.SetResult();
                }
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task AnswerServerRequestAsync(string method, JsonElement id)
    {
        JsonNode? result = method switch
        {
            "workspace/configuration" => new JsonArray(Settings?.DeepClone()),
            _ => null,
        };
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = result };
        try
        {
            await SendAsync(response);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Reads one framed message; null at the end of the stream.</summary>
    private static async Task<byte[]?> ReadMessageAsync(Stream stream)
    {
        var header = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }
            header.Add(one[0]);
            if (header.Count >= 4 && header[^4] == '\r' && header[^3] == '\n' && header[^2] == '\r' && header[^1] == '\n')
            {
                break;
            }
        }
        var text = Encoding.ASCII.GetString(header.ToArray());
        var line = text.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.Ordinal));
        var length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return body;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            await _process.WaitForExitAsync();
        }
        await _readLoop;
        if (_output is not null && StandardError.Length > 0)
        {
            _output.WriteLine("server stderr:\n" + StandardError);
        }
        _process.Dispose();
    }
}
