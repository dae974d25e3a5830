using System.Diagnostics;
using ReportLint.LanguageServer.Configuration;
using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Features;

/// <summary>
/// Debounced, cancellable analysis of open documents and the publication of its results: a newer
/// edit cancels a pending or running analysis; analyses of one document run one at a time and
/// publish only the document's current version, so an older result never follows a newer one.
/// </summary>
public sealed class DiagnosticScheduler(
    DocumentLinter linter,
    Func<OpenDocument, ResolvedConfiguration> resolve,
    Func<long> generation,
    Func<OpenDocument, AnalysisSnapshot, Task> publish,
    Action<int, string> log,
    Func<bool> tracing)
{
    public void Schedule(OpenDocument document, int delayMs)
    {
        CancellationTokenSource cancellation;
        lock (document.Gate)
        {
            document.Pending?.Cancel();
            document.Pending = cancellation = new CancellationTokenSource();
        }
        _ = Task.Run(async () =>
        {
            try
            {
                if (delayMs > 0)
                {
                    await Task.Delay(delayMs, cancellation.Token).ConfigureAwait(false);
                }
                await AnalyseAsync(document, cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // a newer edit superseded this analysis
            }
            catch (Exception ex)
            {
                log(MessageTypes.Error, $"Analysis of {document.Uri} failed: {ex}");
            }
        });
    }

    /// <summary>
    /// The analysis of the document's current version, computed if needed, and published if it
    /// has not been. Runs under the document's analysis lock, so publications are in version order,
    /// and publishes only the current version: an older result never follows a newer one.
    /// </summary>
    public async Task<AnalysisSnapshot?> AnalyseAsync(OpenDocument document, CancellationToken cancellationToken)
    {
        await document.AnalysisLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The generation is read before the settings: a change racing with this analysis makes it
            // look stale (and re-run), never up to date with the old settings.
            var currentGeneration = generation();
            var (text, version) = document.Snapshot();
            var resolved = resolve(document);
            var snapshot = document.Latest;
            if (snapshot is null || snapshot.Version != version || !ReferenceEquals(snapshot.Text, text)
                || snapshot.Generation != currentGeneration)
            {
                var started = Stopwatch.GetTimestamp();
                snapshot = linter.Analyze(document, text, version, resolved, currentGeneration, cancellationToken);
                if (tracing())
                {
                    log(MessageTypes.Log, $"{document.Uri} v{version}: {snapshot.Diagnostics.Count} findings in " +
                        $"{Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");
                }
            }
            bool due;
            lock (document.Gate)
            {
                if (document.Closed)
                {
                    return null;
                }
                document.Latest = snapshot;
                due = snapshot.Version == document.Version && !ReferenceEquals(document.PublishedSnapshot, snapshot);
                if (due)
                {
                    document.PublishedSnapshot = snapshot;
                }
            }
            if (due)
            {
                await publish(document, snapshot).ConfigureAwait(false);
            }
            return snapshot;
        }
        finally
        {
            document.AnalysisLock.Release();
        }
    }

    /// <summary>A closed document publishes nothing more.</summary>
    public static void Close(OpenDocument document)
    {
        lock (document.Gate)
        {
            document.Closed = true;
        }
        CancelPending(document);
    }

    public static void CancelPending(OpenDocument document)
    {
        lock (document.Gate)
        {
            document.Pending?.Cancel();
            document.Pending = null;
        }
    }
}
