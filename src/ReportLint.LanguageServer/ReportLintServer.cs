using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.LanguageServer.Configuration;
using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Features;
using ReportLint.LanguageServer.JsonRpc;
using ReportLint.LanguageServer.Protocol;
using ReportLint.Rules;
using ReportLint.Rules.Data;

namespace ReportLint.LanguageServer;

/// <summary>
/// The ReportLint language server: lifecycle, text synchronisation, debounced diagnostics per
/// document version, code actions, hover and configuration, over <see cref="JsonRpcConnection"/>.
/// </summary>
public sealed class ReportLintServer
{
    public const int DefaultDebounceMs = 40;

    private static readonly LspJsonContext Json = LspJsonContext.Protocol;

    private readonly JsonRpcConnection _rpc;
    private readonly DocumentLinter _linter;
    private readonly ConfigurationResolver _configuration;
    private readonly CodeActions _codeActions;
    private readonly DiagnosticScheduler _scheduler;
    private readonly HoverService _hover;
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _reportedErrors = new(StringComparer.Ordinal);
    private readonly object _settingsGate = new();
    private PositionEncoding _encoding = PositionEncoding.Utf16;
    private State _state = State.Created;
    private bool _pullConfiguration;
    private bool _watchFiles;
    private int _initialDebounceMs = DefaultDebounceMs;
    private string _trace = "off";
    private long _generation;

    private enum State
    {
        Created,
        Initialized,
        ShutDown,
    }

    public ReportLintServer(Stream input, Stream output, IEnumerable<IHoverProvider>? extraHoverProviders = null)
    {
        _rpc = new JsonRpcConnection(input, output)
        {
            RequestGate = GateRequest,
            NotificationGate = method => method == "exit" || _state == State.Initialized,
            Trace = message => Log(MessageTypes.Error, message),
        };
        _linter = new DocumentLinter(new AnalyzerDriver(BuiltInRules.CreateAnalyzers()));
        _configuration = new ConfigurationResolver(new ConfigurationLoader(_linter.Driver.Descriptors),
            new AnalyzerOptionsProvider(new EmbeddedDataSource()));
        _codeActions = new CodeActions(_linter);
        _scheduler = new DiagnosticScheduler(_linter, Resolve, () => Interlocked.Read(ref _generation),
            (document, snapshot) => _rpc.SendNotificationAsync("textDocument/publishDiagnostics",
                writer => document.Publisher.Write(writer, document.Uri, snapshot, _encoding)),
            Log, () => _trace != "off");
        _hover = new HoverService([new FindingHoverProvider(RuleDocs.Summary), new AbbreviationHoverProvider(), new CitationHoverProvider(), .. extraHoverProviders ?? []]);
        Register();
    }

    /// <summary>True once `shutdown` was answered: the exit code is then 0.</summary>
    public bool ShutdownRequested => _state == State.ShutDown;

    public int DebounceMs => _configuration.Settings.DebounceMs ?? _initialDebounceMs;

    /// <summary>Serves until `exit` or the end of input; returns the process exit code.</summary>
    public async Task<int> RunAsync()
    {
        await _rpc.RunAsync().ConfigureAwait(false);
        foreach (var document in _documents.Values)
        {
            DiagnosticScheduler.CancelPending(document);
        }
        return ShutdownRequested ? 0 : 1;
    }

    private JsonRpcException? GateRequest(string method) => (_state, method) switch
    {
        (State.Created, "initialize") => null,
        (State.Created, _) => new JsonRpcException(ErrorCodes.ServerNotInitialized, "The server has not been initialized."),
        (_, "initialize") => new JsonRpcException(ErrorCodes.InvalidRequest, "The server is already initialized."),
        (State.ShutDown, _) => new JsonRpcException(ErrorCodes.InvalidRequest, "The server is shutting down."),
        _ => null,
    };

    private void Register()
    {
        _rpc.AddRequestHandler("initialize", Json.InitializeParams, Json.InitializeResult, (p, _) => Task.FromResult(Initialize(p)));
        _rpc.AddNotificationHandler("initialized", () =>
        {
            _ = Task.Run(AfterInitializedAsync);
            return Task.CompletedTask;
        });
        _rpc.AddRequestHandler("shutdown", Json.NullableJsonElement, _ =>
        {
            _state = State.ShutDown;
            foreach (var document in _documents.Values)
            {
                DiagnosticScheduler.CancelPending(document);
            }
            return Task.FromResult<JsonElement?>(null);
        });
        _rpc.AddNotificationHandler("exit", () =>
        {
            _rpc.Stop();
            return Task.CompletedTask;
        });
        _rpc.AddNotificationHandler("$/setTrace", Json.SetTraceParams, p =>
        {
            _trace = p.Value;
            return Task.CompletedTask;
        });
        _rpc.AddNotificationHandler("textDocument/didOpen", Json.DidOpenTextDocumentParams, DidOpen);
        _rpc.AddNotificationHandler("textDocument/didChange", Json.DidChangeTextDocumentParams, DidChange);
        _rpc.AddNotificationHandler("textDocument/didSave", Json.DidSaveTextDocumentParams, DidSave);
        _rpc.AddNotificationHandler("textDocument/didClose", Json.DidCloseTextDocumentParams, DidClose);
        _rpc.AddRequestHandler("textDocument/codeAction", Json.CodeActionParams, Json.CodeActionArray, CodeActionAsync);
        _rpc.AddRequestHandler("textDocument/hover", Json.HoverParams, Json.Hover, HoverAsync);
        _rpc.AddRequestHandler("workspace/executeCommand", Json.ExecuteCommandParams, Json.NullableJsonElement, ExecuteCommandAsync);
        _rpc.AddRequestHandler("reportlint/documentState", Json.DocumentStateParams, Json.DocumentState, (p, _) => Task.FromResult(DocumentState(p)));
        _rpc.AddNotificationHandler("workspace/didChangeConfiguration", Json.DidChangeConfigurationParams, p =>
        {
            _ = Task.Run(() => ConfigurationChangedAsync(p.Settings));
            return Task.CompletedTask;
        });
        _rpc.AddNotificationHandler("workspace/didChangeWatchedFiles", Json.DidChangeWatchedFilesParams, p =>
        {
            if (p.Changes.Any(c => c.Uri.EndsWith(ReportLintConfiguration.FileName, StringComparison.OrdinalIgnoreCase)))
            {
                ConfigurationFilesChanged();
            }
            return Task.CompletedTask;
        });
    }

    // ---- lifecycle ----

    private InitializeResult Initialize(InitializeParams p)
    {
        _state = State.Initialized;
        _encoding = PositionEncoding.Negotiate(p.Capabilities?.General?.PositionEncodings);
        _configuration.LocaleLanguage = MessageLanguages.FromLocale(p.Locale);
        _configuration.WorkspaceRoot = WorkspaceRoot(p);
        _pullConfiguration = p.Capabilities?.Workspace?.Configuration == true;
        _watchFiles = p.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        _trace = p.Trace ?? "off";
        if (p.InitializationOptions is { ValueKind: JsonValueKind.Object } options)
        {
            if (options.TryGetProperty("debounceMs", out var debounce) && debounce.TryGetInt32(out var ms) && ms >= 0)
            {
                _initialDebounceMs = ms;
            }
            ApplySettings(options);
        }
        if (p.ProcessId is { } processId)
        {
            WatchParent(processId);
        }
        var version = typeof(ReportLintServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return new InitializeResult(
            new ServerCapabilities(
                _encoding.Name,
                new TextDocumentSyncOptions(OpenClose: true, Change: 2, new SaveOptions(IncludeText: false)),
                new CodeActionOptions([CodeActionKinds.QuickFix, CodeActionKinds.FixAllReportLint], ResolveProvider: false),
                HoverProvider: true,
                new ExecuteCommandOptions([CodeActions.AddToWordListCommand])),
            new ServerInfo("reportlint-ls", version));
    }

    private async Task AfterInitializedAsync()
    {
        Log(MessageTypes.Info, $"ReportLint {typeof(ReportLintServer).Assembly.GetName().Version?.ToString(3)}: " +
            $"{_linter.Driver.Descriptors.Count} rules, positions in {_encoding.Name}, messages in {(_configuration.LocaleLanguage == MessageLanguage.English ? "en" : "vi")}.");
        if (_watchFiles)
        {
            try
            {
                await _rpc.SendRequestAsync("client/registerCapability",
                    new RegistrationParams([new Registration("reportlint-config-watch", "workspace/didChangeWatchedFiles",
                        new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/" + ReportLintConfiguration.FileName)]))]),
                    Json.RegistrationParams, Json.NullableJsonElement).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Log(MessageTypes.Warning, $"Could not watch {ReportLintConfiguration.FileName} files: {ex.Message}");
            }
        }
        if (_pullConfiguration)
        {
            await PullConfigurationAsync().ConfigureAwait(false);
            RelintAll();
        }
    }

    private static string? WorkspaceRoot(InitializeParams p)
    {
        var uri = p.WorkspaceFolders?.FirstOrDefault()?.Uri ?? p.RootUri;
        return uri is not null ? DocumentUris.ToPath(uri) : p.RootPath;
    }

    // The protocol asks a server to exit when its client's process is gone, even without `exit`.
    private void WatchParent(int processId)
    {
        Process parent;
        try
        {
            parent = Process.GetProcessById(processId);
        }
        catch (ArgumentException)
        {
            return;
        }
        catch (InvalidOperationException)
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            using (parent)
            {
                await parent.WaitForExitAsync().ConfigureAwait(false);
            }
            _rpc.Stop();
        });
    }

    // ---- text synchronisation ----

    private Task DidOpen(DidOpenTextDocumentParams p)
    {
        var item = p.TextDocument;
        var path = DocumentUris.ToPath(item.Uri);
        var document = new OpenDocument(item.Uri, path, item.LanguageId, DocumentLinter.KindOf(item.LanguageId, path ?? item.Uri),
            item.Version, LineMap.Create(item.Text));
        if (_documents.TryRemove(item.Uri, out var old))
        {
            DiagnosticScheduler.Close(old);
        }
        _documents[item.Uri] = document;
        Schedule(document, 0);
        return Task.CompletedTask;
    }

    private Task DidChange(DidChangeTextDocumentParams p)
    {
        if (!_documents.TryGetValue(p.TextDocument.Uri, out var document))
        {
            Log(MessageTypes.Warning, $"didChange for a document that is not open: {p.TextDocument.Uri}");
            return Task.CompletedTask;
        }
        lock (document.Gate)
        {
            document.Text = TextChanges.Apply(document.Text, p.ContentChanges, _encoding);
            document.Version = p.TextDocument.Version;
        }
        Schedule(document, DebounceMs);
        return Task.CompletedTask;
    }

    private Task DidSave(DidSaveTextDocumentParams p)
    {
        // A configuration edited in the editor itself: clients without file watching still re-lint.
        if (p.TextDocument.Uri.EndsWith(ReportLintConfiguration.FileName, StringComparison.OrdinalIgnoreCase))
        {
            ConfigurationFilesChanged();
        }
        return Task.CompletedTask;
    }

    private async Task DidClose(DidCloseTextDocumentParams p)
    {
        if (_documents.TryRemove(p.TextDocument.Uri, out var document))
        {
            DiagnosticScheduler.Close(document);
            await _rpc.SendNotificationAsync("textDocument/publishDiagnostics",
                new PublishDiagnosticsParams(document.Uri, null, []), Json.PublishDiagnosticsParams).ConfigureAwait(false);
        }
    }

    // ---- diagnostics ----

    private void Schedule(OpenDocument document, int delayMs) => _scheduler.Schedule(document, delayMs);

    private Task<AnalysisSnapshot?> AnalyseAsync(OpenDocument document, CancellationToken cancellationToken) =>
        _scheduler.AnalyseAsync(document, cancellationToken);

    private ResolvedConfiguration Resolve(OpenDocument document)
    {
        var resolved = _configuration.Resolve(document.Path);
        if (resolved.Error is { } error && _reportedErrors.TryAdd(error.Message, true))
        {
            ShowMessage(MessageTypes.Error, error.Format(resolved.Language));
        }
        return resolved;
    }

    private void RelintAll()
    {
        foreach (var document in _documents.Values)
        {
            Schedule(document, 0);
        }
    }

    // ---- requests on a document ----

    private async Task<AnalysisSnapshot> CurrentAnalysisAsync(string uri, CancellationToken cancellationToken)
    {
        if (!_documents.TryGetValue(uri, out var document))
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, $"The document is not open: {uri}");
        }
        return await AnalyseAsync(document, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonRpcException(ErrorCodes.ContentModified, "The document was closed.");
    }

    private async Task<CodeAction[]> CodeActionAsync(CodeActionParams p, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAnalysisAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (!_documents.TryGetValue(p.TextDocument.Uri, out var document))
        {
            throw new JsonRpcException(ErrorCodes.ContentModified, "The document was closed.");
        }
        return _codeActions.Provide(document, snapshot, p.Range, p.Context.Only, _encoding, cancellationToken, p.Context.TriggerKind).ToArray();
    }

    private async Task<Hover?> HoverAsync(HoverParams p, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAnalysisAsync(p.TextDocument.Uri, cancellationToken).ConfigureAwait(false);
        if (_documents.TryGetValue(p.TextDocument.Uri, out var document) && document.Kind is null)
        {
            return null; // not a draft: its tree is empty
        }
        var offset = _encoding.ToOffset(snapshot.Text, p.Position);
        var found = _hover.Provide(new HoverContext(snapshot.Document, offset, snapshot.Diagnostics, snapshot.Options, snapshot.Language));
        return found is { } hover
            ? new Hover(new MarkupContent("markdown", hover.Markdown), _encoding.ToRange(snapshot.Text, hover.Span.Start, hover.Span.End))
            : null;
    }

    private async Task<JsonElement?> ExecuteCommandAsync(ExecuteCommandParams p, CancellationToken cancellationToken)
    {
        if (p.Command != CodeActions.AddToWordListCommand)
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, $"Unknown command \"{p.Command}\".");
        }
        if (p.Arguments is not [{ ValueKind: JsonValueKind.String } uriArgument, { ValueKind: JsonValueKind.String } wordArgument])
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, $"{CodeActions.AddToWordListCommand} takes a document URI and a word.");
        }
        var uri = uriArgument.GetString()!;
        var word = wordArgument.GetString()!.Trim();
        if (word.Length == 0)
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, "The word is empty.");
        }
        var path = WordListFile(uri) ?? throw new JsonRpcException(ErrorCodes.RequestFailed,
            "There is no workspace folder to hold a .reportlint.json.");
        try
        {
            var existing = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) : "";
            var updated = WordListWriter.AddWord(existing, word);
            if (!ReferenceEquals(updated, existing))
            {
                await File.WriteAllTextAsync(path, updated, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new JsonRpcException(ErrorCodes.RequestFailed, $"{path}: {ex.Message}");
        }
        Log(MessageTypes.Info, $"Added “{word}” to {path}.");
        ConfigurationFilesChanged();
        return null;
    }

    /// <summary>The configuration that applies to the document, else a new one in the workspace folder.</summary>
    private string? WordListFile(string uri)
    {
        var documentPath = _documents.TryGetValue(uri, out var document) ? document.Path : DocumentUris.ToPath(uri);
        if (_configuration.LookupPath(documentPath) is not { } lookup)
        {
            return null;
        }
        return _configuration.Loader.FindConfigurationFile(lookup)
            ?? Path.Combine(_configuration.WorkspaceRoot ?? Path.GetDirectoryName(lookup)!, ReportLintConfiguration.FileName);
    }

    /// <summary>
    /// Non-standard: the version, length and SHA-256 of the text the server holds, and the managed
    /// heap size, so a client (and the tests) can check that both sides agree and memory stays flat.
    /// </summary>
    private DocumentState DocumentState(DocumentStateParams p)
    {
        if (!_documents.TryGetValue(p.TextDocument.Uri, out var document))
        {
            throw new JsonRpcException(ErrorCodes.InvalidParams, $"The document is not open: {p.TextDocument.Uri}");
        }
        var (text, version) = document.Snapshot();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.Text.AsSpan())));
        return new DocumentState(version, text.Text.Length, hash, GC.GetTotalMemory(p.CollectGarbage));
    }

    // ---- configuration ----

    private async Task ConfigurationChangedAsync(JsonElement? pushed)
    {
        if (_pullConfiguration)
        {
            await PullConfigurationAsync().ConfigureAwait(false);
        }
        else
        {
            ApplySettings(pushed);
        }
        RelintAll();
    }

    private async Task PullConfigurationAsync()
    {
        try
        {
            var result = await _rpc.SendRequestAsync("workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(ScopeUri: null, Section: ClientSettings.Section)]),
                Json.ConfigurationParams, Json.JsonElement).ConfigureAwait(false);
            ApplySettings(result.ValueKind == JsonValueKind.Array && result.GetArrayLength() > 0 ? result[0] : null);
        }
        catch (Exception ex)
        {
            Log(MessageTypes.Warning, $"workspace/configuration failed: {ex.Message}");
        }
    }

    private void ApplySettings(JsonElement? section)
    {
        var problems = new List<string>();
        var settings = ClientSettings.Parse(section, _linter.Driver.Descriptors, problems);
        lock (_settingsGate)
        {
            _configuration.UpdateSettings(settings);
            Interlocked.Increment(ref _generation);
        }
        if (problems.Count > 0)
        {
            ShowMessage(MessageTypes.Warning, "ReportLint: " + string.Join("; ", problems));
        }
    }

    private void ConfigurationFilesChanged()
    {
        lock (_settingsGate)
        {
            _configuration.InvalidateFiles();
            _reportedErrors.Clear();
            Interlocked.Increment(ref _generation);
        }
        Log(MessageTypes.Info, $"{ReportLintConfiguration.FileName} changed: re-linting open documents.");
        RelintAll();
    }

    // ---- window ----

    private void Log(int type, string message) =>
        _ = _rpc.SendNotificationAsync("window/logMessage", new LogMessageParams(type, message), Json.LogMessageParams);

    private void ShowMessage(int type, string message) =>
        _ = _rpc.SendNotificationAsync("window/showMessage", new ShowMessageParams(type, message), Json.ShowMessageParams);
}
