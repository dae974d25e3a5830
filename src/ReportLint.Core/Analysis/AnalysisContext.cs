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

    public abstract void Report(DocumentAnalysisContext context, IReadOnlyList<(Paragraph Paragraph, object Facts)> facts);
}

internal sealed class DocumentAction<TFacts>(
    Func<ParagraphFactsContext, TFacts?> collect,
    Action<DocumentAnalysisContext, IReadOnlyList<ParagraphFacts<TFacts>>> report) : DocumentAction where TFacts : class
{
    public override object? Collect(ParagraphFactsContext context) => collect(context);

    public override void Report(DocumentAnalysisContext context, IReadOnlyList<(Paragraph Paragraph, object Facts)> facts) =>
        report(context, facts.Select(f => new ParagraphFacts<TFacts>(f.Paragraph, (TFacts)f.Facts)).ToArray());
}
