using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ReportLint.LanguageServer;
using ReportLint.LanguageServer.JsonRpc;

namespace ReportLint.Benchmarks.LanguageServer;

/// <summary>
/// The language server on 1 MB and 5 MB drafts (MiB of UTF-16), in process over pipes (the protocol
/// path is the real one: framing, JSON, debouncing off): time from `initialize` to the first published
/// diagnostics, and from a one-character `didChange` to the diagnostics published for that version.
/// One invocation per iteration, so the statistics (median, P95, P99) are over single edits: 200 of them.
/// </summary>
[Config(typeof(PercentileConfig))]
public class LanguageServerBenchmarks
{
    private InProcessServer? _server;
    private string _draft = "";
    private string _uri = "";
    private int _middleLine;
    private int _version;

    /// <summary>Draft size in MiB of UTF-16 (the size the server holds in memory).</summary>
    [Params(1, 5)]
    public int Megabytes { get; set; }

    [GlobalSetup(Target = nameof(FirstDiagnostics))]
    public void BuildDraft()
    {
        _draft = BenchmarkDrafts.Build(Megabytes);
        _uri = $"file:///bench/draft-{Megabytes}mb.txt";
    }

    [IterationSetup(Target = nameof(FirstDiagnostics))]
    public void StartServer() => _server = new InProcessServer();

    [IterationCleanup(Target = nameof(FirstDiagnostics))]
    public void StopServer() => _server!.Dispose();

    /// <summary>A fresh server: initialize, open the draft, wait for its diagnostics.</summary>
    [Benchmark]
    [IterationCount(15)]
    [WarmupCount(2)]
    [InvocationCount(1)]
    public void FirstDiagnostics()
    {
        _server!.Initialize();
        _server.Open(_uri, _draft);
        _server.WaitForDiagnostics(_uri, 1);
    }

    [GlobalSetup(Target = nameof(OneCharacterEdit))]
    public void OpenDraft()
    {
        BuildDraft();
        // Edits go to the middle of the draft, where both the text before and after it are large.
        _middleLine = _draft.AsSpan().Count('\n') / 2;
        _server = new InProcessServer();
        _server.Initialize();
        _server.Open(_uri, _draft);
        _server.WaitForDiagnostics(_uri, 1);
        _version = 1;
    }

    [GlobalCleanup(Target = nameof(OneCharacterEdit))]
    public void CloseDraft() => _server!.Dispose();

    /// <summary>Type one character in the middle of the draft (then delete it on the next edit) and wait for the re-lint.</summary>
    [Benchmark]
    [IterationCount(200)]
    [WarmupCount(20)]
    [InvocationCount(1)]
    public void OneCharacterEdit()
    {
        _version++;
        var line = _middleLine + _version % 50 * 5;
        var change = _version % 2 == 0
            ? new JsonObject { ["range"] = Range(line, 10, line, 10), ["text"] = "a" }
            : new JsonObject { ["range"] = Range(line - 5, 10, line - 5, 11), ["text"] = "" };
        _server!.Change(_uri, _version, change);
        _server.WaitForDiagnostics(_uri, _version);
    }

    private static JsonObject Range(int line, int from, int toLine, int to) => new()
    {
        ["start"] = new JsonObject { ["line"] = line, ["character"] = from },
        ["end"] = new JsonObject { ["line"] = toLine, ["character"] = to },
    };

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, new P99Column());
            // Slow edits are what a writer feels: keep them in the statistics (P99 included).
            // The server's own runtime settings (reportlint-ls.csproj): workstation concurrent GC, no tiered PGO.
            // And no forced full collection between invocations (BenchmarkDotNet's default): an editor does not
            // collect between keystrokes, and after one the next edit ran ≈40% slower (cold caches, fresh pages).
            AddJob(Job.Default.WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)
                .WithGcServer(false).WithGcConcurrent(true).WithGcForce(false).WithEnvironmentVariable("DOTNET_TieredPGO", "0"));
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
    }

    /// <summary>BenchmarkDotNet has no P99 column of its own.</summary>
    private sealed class P99Column : IColumn
    {
        public string Id => "P99";
        public string ColumnName => "P99";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Statistics;
        public int PriorityInCategory => 10;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Time;
        public string Legend => "99th percentile of single invocations";
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null ? "NA" : $"{statistics.Percentiles.Percentile(99) / 1_000_000:F3} ms";
        }
    }
}

/// <summary>A server on pipes, with a reader that signals each published version.</summary>
internal sealed class InProcessServer : IDisposable
{
    private static readonly byte[] PublishMarker = "\"method\":\"textDocument/publishDiagnostics\""u8.ToArray();
    private readonly AnonymousPipeServerStream _toServer = new(PipeDirection.Out);
    private readonly AnonymousPipeServerStream _fromServer = new(PipeDirection.In);
    private readonly AnonymousPipeClientStream _serverIn;
    private readonly AnonymousPipeClientStream _serverOut;
    private readonly ConcurrentDictionary<(string Uri, int Version), TaskCompletionSource> _published = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _responses = new();
    private readonly Task _run;
    private readonly Task _read;
    private int _nextId;

    public InProcessServer()
    {
        _serverIn = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        _serverOut = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        var server = new ReportLintServer(_serverIn, _serverOut);
        _run = Task.Run(server.RunAsync);
        _read = Task.Run(ReadAsync);
    }

    public void Initialize()
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = _responses.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Send(new JsonObject
        {
            ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = "initialize",
            ["params"] = new JsonObject { ["capabilities"] = new JsonObject(), ["locale"] = "vi", ["initializationOptions"] = new JsonObject { ["debounceMs"] = 0 } },
        });
        response.Task.Wait(TimeSpan.FromMinutes(1));
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JsonObject() });
    }

    public void Open(string uri, string text) => Send(new JsonObject
    {
        ["jsonrpc"] = "2.0", ["method"] = "textDocument/didOpen",
        ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "plaintext", ["version"] = 1, ["text"] = text } },
    });

    public void Change(string uri, int version, JsonObject change) => Send(new JsonObject
    {
        ["jsonrpc"] = "2.0", ["method"] = "textDocument/didChange",
        ["params"] = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(change),
        },
    });

    public void WaitForDiagnostics(string uri, int version)
    {
        var published = _published.GetOrAdd((uri, version), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!published.Task.Wait(TimeSpan.FromMinutes(1)))
        {
            throw new TimeoutException($"No diagnostics for version {version}.");
        }
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        _toServer.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        _toServer.Write(body);
        _toServer.Flush();
    }

    private async Task ReadAsync()
    {
        var reader = new MessageReader(_fromServer);
        do
        {
            while (reader.TryRead(out var message))
            {
                if (message.Body is { } body)
                {
                    Dispatch(body);
                }
            }
        }
        while (await reader.FillAsync(CancellationToken.None));
    }

    // Only the head of a message is looked at: the server writes `uri` and `version` first.
    private void Dispatch(byte[] body)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 512));
        if (head.IndexOf(PublishMarker) >= 0)
        {
            var text = Encoding.UTF8.GetString(head);
            var uri = Between(text, "\"uri\":\"", "\"");
            var version = int.Parse(Between(text, "\"version\":", ","), System.Globalization.CultureInfo.InvariantCulture);
            _published.GetOrAdd((uri, version), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }
        else if (!head.StartsWith("{\"jsonrpc\":\"2.0\",\"method\""u8))
        {
            var text = Encoding.UTF8.GetString(head);
            if (int.TryParse(Between(text, "\"id\":", ","), out var id))
            {
                _responses.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    public void Dispose()
    {
        _toServer.Dispose();
        _run.Wait(TimeSpan.FromSeconds(10));
        _serverOut.Dispose();
        _read.Wait(TimeSpan.FromSeconds(10));
        _serverIn.Dispose();
        _fromServer.Dispose();
    }
}

/// <summary>
/// Drafts written for the benchmark: mostly correct prose, a finding every few paragraphs. Each block
/// carries its own numbers, so lines are (almost all) distinct as in a real draft: with a few lines
/// repeated thousands of times, paragraphs with the same text would share their syntax and analysis
/// results, and the benchmark would measure a far smaller document than it claims.
/// </summary>
internal static class BenchmarkDrafts
{
    /// <summary>A draft of <paramref name="mebibytes"/> MiB of UTF-16 (half as many characters).</summary>
    public static string Build(int mebibytes)
    {
        var characters = mebibytes * 1024 * 1024 / 2;
        var builder = new StringBuilder(characters + 1024);
        for (var i = 0; builder.Length < characters; i++)
        {
            // Numbers below 1000 (no thousands separator to check) that vary together from block to block.
            int a = i % 997, b = i % 991 + 1, c = i % 983 + 2, d = i % 977 + 3;
            builder.Append(i % 4 == 3
                ? $"Hội nghị lần thứ {a} đã thảo luận , thống nhất {b} nội dung trọng tâm của năm tới .\n\n"
                : $"Trong năm qua, Đảng bộ xã đã lãnh đạo thực hiện tốt {a} nhiệm vụ phát triển kinh tế, xã hội.\n" +
                  $"Công tác xây dựng Đảng được chú trọng; chất lượng sinh hoạt của {b} chi bộ từng bước nâng lên.\n" +
                  $"Thu nhập bình quân đầu người đạt {c} triệu đồng, tăng {d}% so với cùng kỳ.\n" +
                  $"Các tổ chức đoàn thể tích cực vận động {d} hội viên tham gia {c} phong trào thi đua.\n\n");
        }
        return builder.ToString();
    }
}
