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
    /// sees every paragraph's facts, in document order, and reports at the end. The facts list is
    /// valid during that call only (its storage is reused).
    /// </summary>
    public void RegisterDocumentAction<TFacts>(Func<ParagraphFactsContext, TFacts?> collect,
        Action<DocumentAnalysisContext, DocumentFacts<TFacts>> report) where TFacts : class =>
        DocumentActions.Add(new DocumentAction<TFacts>(collect, report));
}

/// <summary>The facts one paragraph contributed to a document-wide rule.</summary>
public readonly record struct ParagraphFacts<TFacts>(Paragraph Paragraph, TFacts Facts);

internal abstract class DocumentAction
{
    public abstract object? Collect(ParagraphFactsContext context);

    /// <summary>An empty list for up to <paramref name="capacity"/> paragraphs' facts, to fill, report and release.</summary>
    public abstract FactList StartFacts(int capacity);
}

/// <summary>One document action's facts while the driver gathers them, untyped.</summary>
internal abstract class FactList
{
    public abstract void Add(Paragraph paragraph, object facts);

    public abstract void Report(DocumentAnalysisContext context);

    public abstract void Release();
}

internal sealed class DocumentAction<TFacts>(
    Func<ParagraphFactsContext, TFacts?> collect,
    Action<DocumentAnalysisContext, DocumentFacts<TFacts>> report) : DocumentAction where TFacts : class
{
    public override object? Collect(ParagraphFactsContext context) => collect(context);

    public override FactList StartFacts(int capacity) => new TypedFactList(report, new DocumentFacts<TFacts>(capacity));

    private sealed class TypedFactList(Action<DocumentAnalysisContext, DocumentFacts<TFacts>> report, DocumentFacts<TFacts> facts) : FactList
    {
        public override void Add(Paragraph paragraph, object found) => facts.Add(new ParagraphFacts<TFacts>(paragraph, (TFacts)found));

        public override void Report(DocumentAnalysisContext context) => report(context, facts);

        public override void Release() => facts.Release();
    }
}
