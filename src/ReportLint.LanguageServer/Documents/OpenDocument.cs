using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;

namespace ReportLint.LanguageServer.Documents;

/// <summary>The result of analysing one version of a document.</summary>
public sealed record AnalysisSnapshot(
    int Version,
    LineMap Text,
    ReportDocument Document,
    IReadOnlyList<Diagnostic> Diagnostics,
    AnalyzerOptions Options,
    MessageLanguage Language,
    long Generation);

/// <summary>
/// An open document: its current text and version, plus what the incremental analysis keeps
/// (the previous syntax tree for reuse, the per-paragraph cache, the last result).
/// Mutable state is guarded by <see cref="Gate"/>; analyses run one at a time under <see cref="AnalysisLock"/>.
/// </summary>
public sealed class OpenDocument(string uri, string? path, string languageId, DocumentKind? kind, int version, LineMap text)
{
    public string Uri { get; } = uri;

    /// <summary>File-system path, or null for a document that is not a file (untitled).</summary>
    public string? Path { get; } = path;

    public string LanguageId { get; } = languageId;

    /// <summary>Null when the document is not a draft this server lints (JSON, source code).</summary>
    public DocumentKind? Kind { get; } = kind;

    public object Gate { get; } = new();

    public SemaphoreSlim AnalysisLock { get; } = new(1, 1);

    public int Version { get; set; } = version;

    public LineMap Text { get; set; } = text;

    public bool Closed { get; set; }

    public AnalysisCache Cache { get; } = new();

    /// <summary>The last syntax tree built: unchanged paragraphs' syntax is reused from it.</summary>
    public ReportDocument? PreviousSyntax { get; set; }

    public AnalysisSnapshot? Latest { get; set; }

    /// <summary>The analysis whose diagnostics were published last.</summary>
    public AnalysisSnapshot? PublishedSnapshot { get; set; }

    /// <summary>Cancels the debounced analysis waiting to run, when a newer edit arrives.</summary>
    public CancellationTokenSource? Pending { get; set; }

    public (LineMap Text, int Version) Snapshot()
    {
        lock (Gate)
        {
            return (Text, Version);
        }
    }
}
