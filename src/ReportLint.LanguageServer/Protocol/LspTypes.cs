using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportLint.LanguageServer.Protocol;

// LSP 3.17 types for the subset this server implements. Optional members have defaults; a missing
// required one makes the params invalid (-32602) rather than a null inside a handler.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record ClientInfo(string Name, string? Version = null);

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record GeneralClientCapabilities(string[]? PositionEncodings = null);

public sealed record DynamicRegistrationCapability(bool? DynamicRegistration = null);

public sealed record WorkspaceClientCapabilities(
    bool? Configuration = null,
    DynamicRegistrationCapability? DidChangeWatchedFiles = null,
    DynamicRegistrationCapability? DidChangeConfiguration = null);

public sealed record ClientCapabilities(
    GeneralClientCapabilities? General = null,
    WorkspaceClientCapabilities? Workspace = null);

public sealed record InitializeParams(
    int? ProcessId = null,
    ClientInfo? ClientInfo = null,
    string? Locale = null,
    string? RootUri = null,
    string? RootPath = null,
    WorkspaceFolder[]? WorkspaceFolders = null,
    ClientCapabilities? Capabilities = null,
    JsonElement? InitializationOptions = null,
    string? Trace = null);

public sealed record SaveOptions(bool IncludeText);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public sealed record CodeActionOptions(string[] CodeActionKinds, bool ResolveProvider);

public sealed record ExecuteCommandOptions(string[] Commands);

public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider,
    bool HoverProvider,
    ExecuteCommandOptions ExecuteCommandProvider);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text = null);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record LspDiagnostic(
    Range Range,
    int Severity,
    string Code,
    CodeDescription CodeDescription,
    string Source,
    string Message,
    DiagnosticRelatedInformation[]? RelatedInformation = null);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

public sealed record CodeActionContext(string[]? Only = null, int? TriggerKind = null);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record LspTextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, LspTextEdit[]> Changes);

public sealed record Command(string Title, [property: JsonPropertyName("command")] string CommandName, string[]? Arguments = null);

public sealed record CodeAction(
    string Title,
    string Kind,
    LspDiagnostic[]? Diagnostics = null,
    bool? IsPreferred = null,
    WorkspaceEdit? Edit = null,
    Command? Command = null);

public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments = null);

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record MarkupContent(string Kind, string Value);

public sealed record Hover(MarkupContent Contents, Range? Range = null);

public sealed record ConfigurationItem(string? ScopeUri = null, string? Section = null);

public sealed record ConfigurationParams(ConfigurationItem[] Items);

public sealed record DidChangeConfigurationParams(JsonElement? Settings = null);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record FileSystemWatcher(string GlobPattern);

public sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

public sealed record RegistrationParams(Registration[] Registrations);

public sealed record ShowMessageParams(int Type, string Message);

public sealed record LogMessageParams(int Type, string Message);

public sealed record SetTraceParams(string Value);

public static class DiagnosticSeverities
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

public static class MessageTypes
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
    public const string FixAllReportLint = "source.fixAll.reportlint";
}

public static class PositionEncodingKinds
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Utf32 = "utf-32";
}

/// <summary>`reportlint/documentState`: what the server holds for a document, to check that it is in sync.</summary>
public sealed record DocumentStateParams(TextDocumentIdentifier TextDocument, bool CollectGarbage = false);

public sealed record DocumentState(int Version, int Length, string Sha256, long ManagedBytes);
