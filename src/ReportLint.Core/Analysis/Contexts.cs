using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Analysis;

/// <summary>
/// What a paragraph-level callback sees. Spans and fix edits it reports are relative to the
/// paragraph, like its tokens; the driver makes them absolute.
/// </summary>
public abstract class ParagraphScopedContext
{
    private protected ParagraphScopedContext(Paragraph paragraph, DocumentKind kind, AnalyzerOptions options,
        DiagnosticSink sink, CancellationToken cancellationToken)
    {
        Paragraph = paragraph;
        DocumentKind = kind;
        Options = options;
        Sink = sink;
        CancellationToken = cancellationToken;
    }

    public Paragraph Paragraph { get; }

    public DocumentKind DocumentKind { get; }

    public AnalyzerOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public TokenList Tokens => Paragraph.Tokens;

    private protected DiagnosticSink Sink { get; }

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        Sink.Add(descriptor, span, null, null, arguments);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix? fix, params object[] arguments) =>
        Sink.Add(descriptor, span, fix is null ? null : [fix], null, arguments);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyList<CodeFix> fixes,
        IReadOnlyList<RelatedLocation>? related, params object[] arguments) =>
        Sink.Add(descriptor, span, fixes, related, arguments);
}

public sealed class TokenAnalysisContext : ParagraphScopedContext
{
    internal TokenAnalysisContext(Paragraph paragraph, DocumentKind kind, AnalyzerOptions options, DiagnosticSink sink,
        CancellationToken cancellationToken) : base(paragraph, kind, options, sink, cancellationToken)
    {
    }

    public int TokenIndex { get; internal set; }

    public Token Token => Paragraph.Tokens[TokenIndex];

    public ReadOnlySpan<char> Text => Paragraph.GetText(Token);

    /// <summary>The token <paramref name="offset"/> places away (negative for before), or null.</summary>
    public Token? Peek(int offset)
    {
        var index = TokenIndex + offset;
        return index >= 0 && index < Paragraph.Tokens.Count ? Paragraph.Tokens[index] : null;
    }
}

public sealed class SentenceAnalysisContext : ParagraphScopedContext
{
    internal SentenceAnalysisContext(Paragraph paragraph, DocumentKind kind, AnalyzerOptions options, DiagnosticSink sink,
        CancellationToken cancellationToken) : base(paragraph, kind, options, sink, cancellationToken)
    {
    }

    public Sentence Sentence { get; internal set; }
}

public sealed class ParagraphAnalysisContext : ParagraphScopedContext
{
    internal ParagraphAnalysisContext(Paragraph paragraph, DocumentKind kind, AnalyzerOptions options, DiagnosticSink sink,
        CancellationToken cancellationToken) : base(paragraph, kind, options, sink, cancellationToken)
    {
    }
}

/// <summary>What a document-wide rule's collector sees: one paragraph, no reporting.</summary>
public sealed class ParagraphFactsContext(Paragraph paragraph, DocumentKind kind, AnalyzerOptions options, CancellationToken cancellationToken)
{
    public Paragraph Paragraph { get; } = paragraph;

    public DocumentKind DocumentKind { get; } = kind;

    public AnalyzerOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}

/// <summary>What a document-wide rule's reporter sees. Spans here are absolute document offsets.</summary>
public sealed class DocumentAnalysisContext
{
    private readonly DiagnosticSink _sink;

    internal DocumentAnalysisContext(ReportDocument document, AnalyzerOptions options, DiagnosticSink sink, CancellationToken cancellationToken)
    {
        Document = document;
        Options = options;
        _sink = sink;
        CancellationToken = cancellationToken;
    }

    public ReportDocument Document { get; }

    public AnalyzerOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        _sink.Add(descriptor, span, null, null, arguments);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix? fix, params object[] arguments) =>
        _sink.Add(descriptor, span, fix is null ? null : [fix], null, arguments);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyList<CodeFix> fixes,
        IReadOnlyList<RelatedLocation>? related, params object[] arguments) =>
        _sink.Add(descriptor, span, fixes, related, arguments);

    /// <summary>
    /// Reports a finding at another severity than the descriptor's default, when the document makes it surer
    /// (RL3003: the right form is written several times). A severity configured for the rule still wins; the
    /// rule's page says when it is raised. SARIF carries it as the result's `level`.
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, ReportSeverity severity, TextSpan span, IReadOnlyList<CodeFix> fixes,
        params object[] arguments) =>
        _sink.Add(descriptor, span, fixes, null, arguments, severity);
}
