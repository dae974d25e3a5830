using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReportLint.LanguageServer.JsonRpc;

/// <summary>
/// A JSON-RPC 2.0 endpoint over a pair of streams. Notifications run in arrival order on the read
/// loop (text synchronisation depends on it); requests run concurrently, each with its own
/// cancellation, and are started only once the messages already received have been seen, so a
/// `$/cancelRequest` sent right behind its request cancels it before it starts.
/// </summary>
public sealed class JsonRpcConnection
{
    private delegate Task<Action<Utf8JsonWriter>> RequestHandler(JsonElement? parameters, CancellationToken cancellationToken);

    private readonly MessageReader _reader;
    private readonly MessageWriter _writer;
    private readonly Dictionary<string, RequestHandler> _requestHandlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<JsonElement?, Task>> _notificationHandlers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _awaitingResponse = new(StringComparer.Ordinal);
    private readonly List<QueuedRequest> _queued = [];
    private readonly CancellationTokenSource _stop = new();
    private long _nextId;

    public JsonRpcConnection(Stream input, Stream output, int maxMessageBytes = MessageReader.DefaultMaxMessageBytes)
    {
        _reader = new MessageReader(input, maxMessageBytes);
        _writer = new MessageWriter(output);
    }

    /// <summary>Checked before a request is dispatched (the LSP lifecycle); an exception answers it.</summary>
    public Func<string, JsonRpcException?>? RequestGate { get; set; }

    /// <summary>Checked before a notification is dispatched; false drops it.</summary>
    public Func<string, bool>? NotificationGate { get; set; }

    /// <summary>Where the connection reports problems it answers on its own (bad input, handler failures).</summary>
    public Action<string>? Trace { get; set; }

    /// <summary>Requests started and not yet answered (for tests and diagnostics).</summary>
    public int RunningRequests => _running.Count;

    public void AddRequestHandler<TParams, TResult>(string method, JsonTypeInfo<TParams> parameters, JsonTypeInfo<TResult> result,
        Func<TParams, CancellationToken, Task<TResult>> handler) =>
        _requestHandlers[method] = async (element, cancellationToken) =>
        {
            var value = await handler(Deserialize(element, parameters), cancellationToken).ConfigureAwait(false);
            return writer => WriteValue(writer, value, result);
        };

    public void AddRequestHandler<TResult>(string method, JsonTypeInfo<TResult> result, Func<CancellationToken, Task<TResult>> handler) =>
        _requestHandlers[method] = async (_, cancellationToken) =>
        {
            var value = await handler(cancellationToken).ConfigureAwait(false);
            return writer => WriteValue(writer, value, result);
        };

    public void AddNotificationHandler<TParams>(string method, JsonTypeInfo<TParams> parameters, Func<TParams, Task> handler) =>
        _notificationHandlers[method] = element => handler(Deserialize(element, parameters));

    public void AddNotificationHandler(string method, Func<Task> handler) => _notificationHandlers[method] = _ => handler();

    public Task SendNotificationAsync<TParams>(string method, TParams parameters, JsonTypeInfo<TParams> info) =>
        _writer.WriteAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, info);
            writer.WriteEndObject();
        });

    /// <summary>Sends a request to the client and waits for its answer.</summary>
    public async Task<TResult?> SendRequestAsync<TParams, TResult>(string method, TParams parameters, JsonTypeInfo<TParams> info,
        JsonTypeInfo<TResult> resultInfo, CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaitingResponse[key] = completion;
        try
        {
            await _writer.WriteAsync(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("jsonrpc", "2.0");
                writer.WriteNumber("id", id);
                writer.WriteString("method", method);
                writer.WritePropertyName("params");
                JsonSerializer.Serialize(writer, parameters, info);
                writer.WriteEndObject();
            }, cancellationToken).ConfigureAwait(false);
            using var registration = cancellationToken.Register(() => completion.TrySetCanceled(cancellationToken));
            var result = await completion.Task.ConfigureAwait(false);
            return result.ValueKind == JsonValueKind.Null ? default : result.Deserialize(resultInfo);
        }
        finally
        {
            _awaitingResponse.TryRemove(key, out _);
        }
    }

    /// <summary>Stops reading; <see cref="RunAsync"/> returns.</summary>
    public void Stop() => _stop.Cancel();

    /// <summary>Serves until the input ends or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                while (!_stop.IsCancellationRequested && _reader.TryRead(out var message))
                {
                    await HandleAsync(message).ConfigureAwait(false);
                }
                StartQueued();
                if (_stop.IsCancellationRequested || !await FillAsync().ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        finally
        {
            foreach (var pending in _awaitingResponse.Values)
            {
                pending.TrySetException(new IOException("The connection was closed."));
            }
        }
    }

    private async Task<bool> FillAsync()
    {
        try
        {
            return await _reader.FillAsync(_stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task HandleAsync(FramedMessage message)
    {
        if (message.Body is null)
        {
            Trace?.Invoke($"Framing error: {message.Error}");
            await SendErrorAsync(null, ErrorCodes.ParseError, message.Error ?? "Parse error").ConfigureAwait(false);
            return;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message.Body);
        }
        catch (JsonException ex)
        {
            _reader.Resynchronize(message.Body);
            Trace?.Invoke($"Parse error: {ex.Message}");
            await SendErrorAsync(null, ErrorCodes.ParseError, $"Parse error: {ex.Message}").ConfigureAwait(false);
            return;
        }
        _reader.Synchronized();
        using (document)
        {
            await DispatchAsync(document.RootElement).ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            await SendErrorAsync(null, ErrorCodes.InvalidRequest, "A message must be a JSON object.").ConfigureAwait(false);
            return;
        }
        string? id = null;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                await SendErrorAsync(null, ErrorCodes.InvalidRequest, "The id must be a string or a number.").ConfigureAwait(false);
                return;
            }
            id = idElement.GetRawText();
        }
        if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            await SendErrorAsync(id, ErrorCodes.InvalidRequest, "\"jsonrpc\" must be \"2.0\".").ConfigureAwait(false);
            return;
        }
        JsonElement? parameters = root.TryGetProperty("params", out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
        if (!root.TryGetProperty("method", out var methodElement))
        {
            if (id is not null && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)))
            {
                CompleteOutgoing(id, root);
                return;
            }
            await SendErrorAsync(id, ErrorCodes.InvalidRequest, "A request needs a \"method\".").ConfigureAwait(false);
            return;
        }
        if (methodElement.ValueKind != JsonValueKind.String || parameters is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Array) })
        {
            await SendErrorAsync(id, ErrorCodes.InvalidRequest, "\"method\" must be a string and \"params\" an object or an array.").ConfigureAwait(false);
            return;
        }
        var method = methodElement.GetString()!;
        if (id is null)
        {
            await NotifyAsync(method, parameters).ConfigureAwait(false);
        }
        else if (RequestGate?.Invoke(method) is { } refusal)
        {
            await SendErrorAsync(id, refusal.Code, refusal.Message).ConfigureAwait(false);
        }
        else
        {
            _queued.Add(new QueuedRequest(id, method, parameters?.Clone()));
        }
    }

    private async Task NotifyAsync(string method, JsonElement? parameters)
    {
        if (method == "$/cancelRequest")
        {
            await CancelAsync(parameters).ConfigureAwait(false);
            return;
        }
        // Requests received before this notification must see the state before it.
        StartQueued();
        if (NotificationGate?.Invoke(method) == false || !_notificationHandlers.TryGetValue(method, out var handler))
        {
            return; // unknown notifications, `$/` ones included, are ignored as the protocol says
        }
        try
        {
            await handler(parameters).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Trace?.Invoke($"Notification {method} failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task CancelAsync(JsonElement? parameters)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } p || !p.TryGetProperty("id", out var idElement)
            || idElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            return;
        }
        var id = idElement.GetRawText();
        var index = _queued.FindIndex(q => q.Id == id);
        if (index >= 0)
        {
            _queued.RemoveAt(index);
            await SendErrorAsync(id, ErrorCodes.RequestCancelled, "The request was cancelled.").ConfigureAwait(false);
        }
        else if (_running.TryGetValue(id, out var running))
        {
            try
            {
                running.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // it finished meanwhile
            }
        }
    }

    private void StartQueued()
    {
        foreach (var request in _queued)
        {
            var cancellation = new CancellationTokenSource();
            _running[request.Id] = cancellation;
            _ = Task.Run(() => ExecuteAsync(request, cancellation));
        }
        _queued.Clear();
    }

    private async Task ExecuteAsync(QueuedRequest request, CancellationTokenSource cancellation)
    {
        try
        {
            if (!_requestHandlers.TryGetValue(request.Method, out var handler))
            {
                await SendErrorAsync(request.Id, ErrorCodes.MethodNotFound, $"Unknown method \"{request.Method}\".").ConfigureAwait(false);
                return;
            }
            var writeResult = await handler(request.Parameters, cancellation.Token).ConfigureAwait(false);
            if (cancellation.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellation.Token);
            }
            await _writer.WriteAsync(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("jsonrpc", "2.0");
                writer.WritePropertyName("id");
                writer.WriteRawValue(request.Id, skipInputValidation: true);
                writer.WritePropertyName("result");
                writeResult(writer);
                writer.WriteEndObject();
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await SendErrorAsync(request.Id, ErrorCodes.RequestCancelled, "The request was cancelled.").ConfigureAwait(false);
        }
        catch (JsonRpcException ex)
        {
            await SendErrorAsync(request.Id, ex.Code, ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Trace?.Invoke($"Request {request.Method} failed: {ex}");
            await SendErrorAsync(request.Id, ErrorCodes.InternalError, $"{ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(request.Id, out _);
            cancellation.Dispose();
        }
    }

    private void CompleteOutgoing(string id, JsonElement root)
    {
        if (!_awaitingResponse.TryGetValue(id, out var completion))
        {
            Trace?.Invoke($"A response to unknown request {id} was ignored.");
            return;
        }
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var value) ? value : ErrorCodes.InternalError;
            var text = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "error";
            completion.TrySetException(new RemoteErrorException(code, text));
            return;
        }
        completion.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
    }

    private Task SendErrorAsync(string? id, int code, string message) =>
        _writer.WriteAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WritePropertyName("id");
            if (id is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteRawValue(id, skipInputValidation: true);
            }
            writer.WriteStartObject("error");
            writer.WriteNumber("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    private static T Deserialize<T>(JsonElement? element, JsonTypeInfo<T> info)
    {
        if (element is not { } value)
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, "The method needs params.");
        }
        try
        {
            return value.Deserialize(info) ?? throw new JsonRpcException(ErrorCodes.InvalidParams, "The params must not be null.");
        }
        catch (JsonException ex)
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, $"Invalid params: {ex.Message}");
        }
    }

    private static void WriteValue<T>(Utf8JsonWriter writer, T value, JsonTypeInfo<T> info)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, info);
        }
    }

    private sealed record QueuedRequest(string Id, string Method, JsonElement? Parameters);
}
