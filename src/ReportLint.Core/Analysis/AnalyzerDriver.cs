using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Analysis;

/// <summary>
/// Runs analyzers over a document's tree: token, sentence and paragraph callbacks per paragraph
/// (cached by paragraph), then document-wide reporters over the collected facts. An analyzer that
/// throws is reported as RL9001 and the others carry on; configured severities are applied last.
/// </summary>
public sealed class AnalyzerDriver
{
    /// <summary>Paragraphs from which a document is analysed in parallel (a draft of about 150 KB).</summary>
    private const int ParallelThreshold = 2_000;

    private readonly AnalysisContext[] _registrations;
    private readonly (int Registration, DocumentAction Action)[] _documentActions;

    /// <summary>Token callbacks by token kind, so each paragraph's tokens are walked once for all analyzers.</summary>
    private readonly (int Registration, Action<TokenAnalysisContext> Action)[][] _tokenActionsByKind;

    public AnalyzerDriver(IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        _registrations = analyzers.Select(a =>
        {
            var context = new AnalysisContext(a);
            a.Initialize(context);
            return context;
        }).ToArray();
        // Plain loops: LINQ over (index, action) tuples is JIT-compiled at every start of the CLI.
        var documentActions = new List<(int, DocumentAction)>();
        for (var index = 0; index < _registrations.Length; index++)
        {
            foreach (var action in _registrations[index].DocumentActions)
            {
                documentActions.Add((index, action));
            }
        }
        _documentActions = documentActions.ToArray();
        _tokenActionsByKind = new (int, Action<TokenAnalysisContext>)[Enum.GetValues<TokenKind>().Max(k => (int)k) + 1][];
        var tokenActions = new List<(int, Action<TokenAnalysisContext>)>();
        for (var kind = 0; kind < _tokenActionsByKind.Length; kind++)
        {
            tokenActions.Clear();
            for (var index = 0; index < _registrations.Length; index++)
            {
                foreach (var (action, kinds) in _registrations[index].TokenActions)
                {
                    if (Array.IndexOf(kinds, (TokenKind)kind) >= 0)
                    {
                        tokenActions.Add((index, action));
                    }
                }
            }
            _tokenActionsByKind[kind] = tokenActions.ToArray();
        }
        Analyzers = _registrations.Select(r => r.Analyzer).ToArray();
        Descriptors = Analyzers.SelectMany(a => a.SupportedDiagnostics).Concat(EngineDescriptors.All)
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Every rule the driver can report, engine rules included, ordered by id.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    public IReadOnlyList<Diagnostic> Analyze(ReportDocument document, AnalyzerOptions options,
        CancellationToken cancellationToken = default, AnalysisCache? cache = null)
    {
        var enabled = _registrations.Select(r => r.Analyzer.SupportedDiagnostics.Any(d => options.GetSeverity(d) != ReportSeverity.Off)).ToArray();
        var results = new ParagraphResult[document.Paragraphs.Count];
        void AnalyzeAt(int i)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = document.Paragraphs[i];
            var result = cache?.TryGet(paragraph.Syntax, options, document.Kind);
            if (result is null)
            {
                result = AnalyzeParagraph(paragraph, document.Kind, options, enabled, cancellationToken);
                cache?.Store(paragraph.Syntax, result);
            }
            results[i] = result;
        }
        // Paragraphs are independent until the document-wide phase: a long draft uses every core.
        For(results.Length, IsLong(document), AnalyzeAt, cancellationToken);

        var output = new List<Diagnostic>();
        var failures = new Dictionary<DiagnosticAnalyzer, (Exception Error, int Position)>();
        // Indexed loops, not LINQ: after an edit of a long draft this runs for every (cached) paragraph.
        for (var i = 0; i < results.Length; i++)
        {
            var start = document.Paragraphs[i].Start;
            var (diagnostics, paragraphFailures) = (results[i].Diagnostics, results[i].Failures);
            for (var k = 0; k < diagnostics.Count; k++)
            {
                output.Add(diagnostics[k].Shift(start));
            }
            for (var k = 0; k < paragraphFailures.Count; k++)
            {
                failures.TryAdd(paragraphFailures[k].Analyzer, (paragraphFailures[k].Error, start));
            }
        }
        output.AddRange(ReportDocumentWide(document, options, enabled, results, failures, cancellationToken));
        foreach (var (analyzer, (error, position)) in failures)
        {
            output.Add(new Diagnostic(EngineDescriptors.AnalyzerFailure, new TextSpan(position, 0), ReportSeverity.Error,
                [analyzer.Name, $"{error.GetType().Name}: {error.Message}"], [], []));
        }
        return Finish(document, options, output);
    }

    private ParagraphResult AnalyzeParagraph(Paragraph paragraph, DocumentKind kind, AnalyzerOptions options, bool[] enabled,
        CancellationToken cancellationToken)
    {
        var sink = new DiagnosticSink();
        var failures = new List<(DiagnosticAnalyzer, Exception)>();
        var failed = new bool[_registrations.Length];
        var tokenContext = new TokenAnalysisContext(paragraph, kind, options, sink, cancellationToken);
        var tokens = paragraph.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            var actions = _tokenActionsByKind[(int)tokens[t].Kind];
            tokenContext.TokenIndex = t;
            foreach (var (r, action) in actions)
            {
                if (!enabled[r] || failed[r])
                {
                    continue;
                }
                sink.Current = _registrations[r].Analyzer;
                try
                {
                    action(tokenContext);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Fail(r, ex);
                }
            }
        }

        var sentenceContext = new SentenceAnalysisContext(paragraph, kind, options, sink, cancellationToken);
        var paragraphContext = new ParagraphAnalysisContext(paragraph, kind, options, sink, cancellationToken);
        for (var r = 0; r < _registrations.Length; r++)
        {
            var registration = _registrations[r];
            if (!enabled[r] || failed[r] || (registration.SentenceActions.Count == 0 && registration.ParagraphActions.Count == 0))
            {
                continue;
            }
            sink.Current = registration.Analyzer;
            try
            {
                var sentences = paragraph.Sentences;
                foreach (var action in registration.SentenceActions)
                {
                    for (var s = 0; s < sentences.Count; s++) // by index: no enumerator per rule and paragraph
                    {
                        sentenceContext.Sentence = sentences[s];
                        action(sentenceContext);
                    }
                }
                foreach (var action in registration.ParagraphActions)
                {
                    action(paragraphContext);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Fail(r, ex);
            }
        }

        var factsContext = new ParagraphFactsContext(paragraph, kind, options, cancellationToken);
        var facts = new object?[_documentActions.Length];
        for (var d = 0; d < _documentActions.Length; d++)
        {
            var (r, action) = _documentActions[d];
            if (!enabled[r] || failed[r])
            {
                continue;
            }
            try
            {
                facts[d] = action.Collect(factsContext);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Fail(r, ex);
            }
        }
        return new ParagraphResult(options, kind, sink.Items, facts, failures);

        // An analyzer that throws is recorded once and skipped for the rest of the paragraph.
        void Fail(int registration, Exception error)
        {
            failed[registration] = true;
            failures.Add((_registrations[registration].Analyzer, error));
        }
    }

    private List<Diagnostic> ReportDocumentWide(ReportDocument document, AnalyzerOptions options, bool[] enabled,
        ParagraphResult[] results, Dictionary<DiagnosticAnalyzer, (Exception, int)> failures, CancellationToken cancellationToken)
    {
        var actions = Enumerable.Range(0, _documentActions.Length)
            .Where(d => enabled[_documentActions[d].Registration] && !failures.ContainsKey(_registrations[_documentActions[d].Registration].Analyzer))
            .ToArray();
        var facts = GatherFacts(document.Paragraphs, results, actions);
        var outcomes = new DocumentActionOutcome[actions.Length];
        void ReportAt(int i) => outcomes[i] = RunDocumentAction(actions[i], facts[i], document, options, cancellationToken);
        // Each document-wide rule reads only the paragraphs' facts: on a long draft (and after every edit of one,
        // when all paragraphs come from the cache) they are most of the work, and independent of each other.
        try
        {
            For(actions.Length, IsLong(document), ReportAt, cancellationToken);
        }
        finally
        {
            foreach (var list in facts)
            {
                list.Release();
            }
        }
        // Merged in registration order, so the output does not depend on which rule finished first.
        var diagnostics = new List<Diagnostic>();
        foreach (var outcome in outcomes)
        {
            if (failures.ContainsKey(outcome.Analyzer))
            {
                continue; // an earlier action of the same analyzer failed: as if it had stopped there
            }
            if (outcome.Error is { } error)
            {
                failures.TryAdd(outcome.Analyzer, (error, 0));
            }
            else
            {
                diagnostics.AddRange(outcome.Diagnostics);
            }
        }
        return diagnostics;
    }

    /// <summary>
    /// Every action's facts in one pass over the paragraph results: each result is read once, while it is
    /// in cache, instead of once per action.
    /// </summary>
    private FactList[] GatherFacts(IReadOnlyList<Paragraph> paragraphs, ParagraphResult[] results, int[] actions)
    {
        var lists = new FactList[actions.Length];
        for (var a = 0; a < actions.Length; a++)
        {
            lists[a] = _documentActions[actions[a]].Action.StartFacts(results.Length);
        }
        for (var i = 0; i < results.Length; i++)
        {
            var facts = results[i].Facts;
            for (var a = 0; a < actions.Length; a++)
            {
                if (facts[actions[a]] is { } found)
                {
                    lists[a].Add(paragraphs[i], found);
                }
            }
        }
        return lists;
    }

    private DocumentActionOutcome RunDocumentAction(int d, FactList facts, ReportDocument document, AnalyzerOptions options,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (registration, _) = _documentActions[d];
        var analyzer = _registrations[registration].Analyzer;
        var sink = new DiagnosticSink { Current = analyzer };
        try
        {
            facts.Report(new DocumentAnalysisContext(document, options, sink, cancellationToken));
            return new DocumentActionOutcome(analyzer, sink.Items, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new DocumentActionOutcome(analyzer, [], ex); // what it reported before failing is dropped
        }
    }

    /// <summary>What one document action reported, or the exception that stopped it.</summary>
    private sealed record DocumentActionOutcome(DiagnosticAnalyzer Analyzer, List<Diagnostic> Diagnostics, Exception? Error);

    private static bool IsLong(ReportDocument document) => document.Paragraphs.Count >= ParallelThreshold && Environment.ProcessorCount > 1;

    /// <summary>Runs <paramref name="body"/> for 0 … count − 1, on every core when asked; cancelling throws OperationCanceledException either way.</summary>
    private static void For(int count, bool parallel, Action<int> body, CancellationToken cancellationToken)
    {
        if (!parallel)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
            return;
        }
        ForInParallel(count, body, cancellationToken);
    }

    /// <summary>In a method of its own: a short draft never loads System.Threading.Tasks.Parallel.</summary>
    private static void ForInParallel(int count, Action<int> body, CancellationToken cancellationToken)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    private static List<Diagnostic> Finish(ReportDocument document, AnalyzerOptions options, List<Diagnostic> diagnostics)
    {
        var finished = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Descriptor.Family == RuleFamily.Engine
                ? diagnostic.Severity
                : options.GetSeverity(diagnostic);
            if (severity == ReportSeverity.Off
                || document.Suppressions.IsSuppressed(diagnostic.Id, diagnostic.Span.Start)
                || IsExcluded(document.Excluded, diagnostic.Span.Start))
            {
                continue;
            }
            finished.Add(severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity });
        }
        finished.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : string.CompareOrdinal(a.Id, b.Id) is var byId && byId != 0 ? byId : a.Span.Length.CompareTo(b.Span.Length));
        return finished;
    }

    private static bool IsExcluded(IReadOnlyList<TextSpan> excluded, int offset)
    {
        int low = 0, high = excluded.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (excluded[mid].Contains(offset))
            {
                return true;
            }
            if (offset < excluded[mid].Start)
            {
                high = mid - 1;
            }
            else
            {
                low = mid + 1;
            }
        }
        return false;
    }
}
