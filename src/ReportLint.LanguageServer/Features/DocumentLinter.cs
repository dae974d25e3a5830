using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Input;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.LanguageServer.Configuration;
using ReportLint.LanguageServer.Documents;

namespace ReportLint.LanguageServer.Features;

/// <summary>
/// Builds a document's tree and runs the analyzers incrementally: the tree reuses the syntax of
/// unchanged paragraphs from the previous version and the driver reuses their cached results, so
/// an edit costs the paragraphs it touched plus the document-wide rules.
/// </summary>
public sealed class DocumentLinter(AnalyzerDriver driver)
{
    public AnalyzerDriver Driver => driver;

    public AnalysisSnapshot Analyze(OpenDocument document, LineMap text, int version, ResolvedConfiguration configuration,
        long generation, CancellationToken cancellationToken)
    {
        // A document that is not a draft gets an empty tree: nothing to lint, nothing to hover.
        var syntax = document.Kind is { } kind
            ? Build(document.Path ?? document.Uri, kind, text.Text, document.PreviousSyntax)
            : ReportDocument.Create(document.Path ?? document.Uri, new SourceText(""));
        IReadOnlyList<Diagnostic> diagnostics = configuration.Options is { } options && document.Kind is not null
            ? driver.Analyze(syntax, options, cancellationToken, document.Cache)
            : [];
        document.PreviousSyntax = syntax;
        return new AnalysisSnapshot(version, text, syntax, diagnostics, configuration.Options ?? AnalyzerOptions.Empty,
            configuration.Language, generation);
    }

    /// <summary>Findings for another text of the same document (fix-all passes), through the same cache.</summary>
    public IReadOnlyList<Diagnostic> Lint(OpenDocument document, string text, AnalyzerOptions options, ReportDocument? previous,
        CancellationToken cancellationToken)
    {
        var syntax = Build(document.Path ?? document.Uri, document.Kind ?? DocumentKind.PlainText, text, previous);
        return driver.Analyze(syntax, options, cancellationToken, document.Cache);
    }

    public static ReportDocument Build(string path, DocumentKind kind, string text, ReportDocument? previous)
    {
        var source = new SourceText(text);
        return ProseMap.Of(kind, source).CreateDocument(path, source, kind, previous);
    }

    /// <summary>Which drafts the server lints, by language id or else by extension; null for others.</summary>
    public static DocumentKind? KindOf(string languageId, string uriOrPath)
    {
        var extension = Path.GetExtension(uriOrPath).ToLowerInvariant();
        return languageId switch
        {
            "markdown" => DocumentKind.Markdown,
            "plaintext" or "text" => DocumentKind.PlainText,
            _ => extension switch
            {
                ".md" or ".markdown" => DocumentKind.Markdown,
                ".txt" or ".text" => DocumentKind.PlainText,
                _ => null,
            },
        };
    }
}
