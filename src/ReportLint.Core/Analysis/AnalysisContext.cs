using ReportLint.Core.Syntax;

namespace ReportLint.Core.Analysis;

/// <summary>Where an analyzer registers its callbacks.</summary>
public sealed class AnalysisContext
{
    internal AnalysisContext(DiagnosticAnalyzer analyzer) => Analyzer = analyzer;

    internal DiagnosticAnalyzer Analyzer { get; }

    internal List<(Action<TokenAnalysisContext> Action, TokenKind[] Kinds)> TokenActions { get; } = [];

    internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = [];

    internal List<Action<ParagraphAnalysisContext>> ParagraphActions { get; } = [];

    internal List<DocumentAction> DocumentActions { get; } = [];

    /// <summary>Called for every token of the given kinds (all kinds when none is given).</summary>
    public void RegisterTokenAction(Action<TokenAnalysisContext> action, params TokenKind[] kinds) =>
        TokenActions.Add((action, kinds.Length == 0 ? Enum.GetValues<TokenKind>() : kinds));

    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => SentenceActions.Add(action);

    public void RegisterParagraphAction(Action<ParagraphAnalysisContext> action) => ParagraphActions.Add(action);

    /// <summary>
    /// A document-wide rule: <paramref name="collect"/> gathers facts from one paragraph (offsets
    /// relative to it; null for none) and is cached with the paragraph; <paramref name="report"/>
    /// sees every paragraph's facts, in document order, and reports at the end.
    /// </summary>
    public void RegisterDocumentAction<TFacts>(Func<ParagraphFactsContext, TFacts?> collect,
        Action<DocumentAnalysisContext, IReadOnlyList<ParagraphFacts<TFacts>>> report) where TFacts : class =>
        DocumentActions.Add(new DocumentAction<TFacts>(collect, report));
}

/// <summary>The facts one paragraph contributed to a document-wide rule.</summary>
public readonly record struct ParagraphFacts<TFacts>(Paragraph Paragraph, TFacts Facts);

internal abstract class DocumentAction
{
    public abstract object? Collect(ParagraphFactsContext context);

    public abstract void Report(DocumentAnalysisContext context, DocumentFacts facts);
}

internal sealed class DocumentAction<TFacts>(
    Func<ParagraphFactsContext, TFacts?> collect,
    Action<DocumentAnalysisContext, IReadOnlyList<ParagraphFacts<TFacts>>> report) : DocumentAction where TFacts : class
{
    public override object? Collect(ParagraphFactsContext context) => collect(context);

    public override void Report(DocumentAnalysisContext context, DocumentFacts facts) => report(context, new TypedFacts(facts));

    private sealed class TypedFacts(DocumentFacts facts) : IReadOnlyList<ParagraphFacts<TFacts>>
    {
        public int Count => facts.Count;

        public ParagraphFacts<TFacts> this[int index] => new(facts.ParagraphAt(index), (TFacts)facts.FactsAt(index));

        public IEnumerator<ParagraphFacts<TFacts>> GetEnumerator()
        {
            for (var i = 0; i < facts.Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>
/// The paragraphs that contributed facts to one document action, read in place from the paragraph
/// results: after each edit of a long draft every action sees every paragraph again, and copying them
/// into fresh lists allocated two large-object arrays per action and edit beyond a few thousand paragraphs.
/// </summary>
internal sealed class DocumentFacts
{
    private readonly IReadOnlyList<Paragraph> _paragraphs;
    private readonly ParagraphResult[] _results;
    private readonly int _action;
    private readonly int[] _indices;

    public DocumentFacts(IReadOnlyList<Paragraph> paragraphs, ParagraphResult[] results, int action)
    {
        _paragraphs = paragraphs;
        _results = results;
        _action = action;
        var count = 0;
        foreach (var result in results)
        {
            count += result.Facts[action] is null ? 0 : 1;
        }
        _indices = new int[count];
        for (int i = 0, next = 0; next < count; i++)
        {
            if (results[i].Facts[action] is not null)
            {
                _indices[next++] = i;
            }
        }
    }

    public int Count => _indices.Length;

    public Paragraph ParagraphAt(int index) => _paragraphs[_indices[index]];

    public object FactsAt(int index) => _results[_indices[index]].Facts[_action]!;
}
