using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>
/// What of a file is prose (everything else is excluded from linting), its suppression comments, and the
/// paragraphs wrapped over several lines.
/// </summary>
/// <remarks>
/// <see cref="AfterBodyLine"/>: the first line (0-based) of what a .docx holds besides its body (footnotes, endnotes,
/// headers, footers); a fix never adds or removes a line of a .docx, so the line stays right after fixes.
/// </remarks>
public sealed record ProseMap(IReadOnlyList<TextSpan> Excluded, SuppressionMap Suppressions, IReadOnlyList<ParagraphLines> MultiLine,
    int? AfterBodyLine = null)
{
    /// <summary>All prose, no comments, a paragraph per line.</summary>
    public static ProseMap None { get; } = new([], SuppressionMap.Empty, []);

    /// <summary>The prose of a text of this kind: Markdown's blocks, a plain text's wrapped paragraphs.</summary>
    public static ProseMap Of(DocumentKind kind, SourceText text) => kind switch
    {
        DocumentKind.Markdown => MarkdownProse.Extract(text.Text),
        DocumentKind.PlainText when WrappedPlainText.Paragraphs(text) is { Count: > 0 } paragraphs => new([], SuppressionMap.Empty, paragraphs),
        _ => None,
    };

    public ReportDocument CreateDocument(string path, SourceText text, DocumentKind kind, ReportDocument? previous) =>
        ReportDocument.Create(path, text, kind, Excluded, Suppressions, previous, MultiLine, AfterBodyLine);
}

/// <summary>
/// Finds the prose of a Markdown file with Markdig: literal text in paragraphs, headings, lists,
/// quotes and link texts. Code, inline code, URLs, HTML and Markdown syntax are excluded, with
/// offsets kept in the original file. Reads `&lt;!-- reportlint-disable … --&gt;` comments. A paragraph
/// block wrapped over several lines is one paragraph of the tree.
/// </summary>
public static class MarkdownProse
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    public static ProseMap Extract(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var prose = new List<TextSpan>();
        var comments = new List<(TextSpan Span, string Text)>();
        var multiLine = new List<ParagraphLines>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case ParagraphBlock paragraph when LineBreaks(text, paragraph.Span) is > 0 and var breaks:
                    multiLine.Add(new ParagraphLines(paragraph.Line, paragraph.Line + breaks));
                    break;
                case LiteralInline literal when IsProse(literal):
                    prose.Add(TextSpan.FromBounds(literal.Span.Start, literal.Span.End + 1));
                    break;
                case HtmlBlock block:
                    comments.Add((TextSpan.FromBounds(block.Span.Start, block.Span.End + 1), text.Substring(block.Span.Start, block.Span.Length)));
                    break;
                case HtmlInline inline:
                    comments.Add((TextSpan.FromBounds(inline.Span.Start, inline.Span.End + 1), inline.Tag));
                    break;
            }
        }
        multiLine.Sort((a, b) => a.FirstLine.CompareTo(b.FirstLine));
        return new ProseMap(Complement(prose, text), SuppressionComments.Read(text, comments), multiLine);
    }

    // Markdig releases a paragraph's lines once its inlines are parsed: count them in its span.
    private static int LineBreaks(string text, SourceSpan span) =>
        span.IsEmpty || span.Start < 0 ? 0 : text.AsSpan(span.Start, Math.Min(span.End + 1, text.Length) - span.Start).Count('\n');

    private static bool IsProse(LiteralInline literal)
    {
        if (literal.Span.IsEmpty || literal.Span.Start < 0)
        {
            return false;
        }
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true })
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Everything that is not prose, except line breaks (the paragraph structure stays visible).</summary>
    private static List<TextSpan> Complement(List<TextSpan> prose, string text)
    {
        prose.Sort();
        var excluded = new List<TextSpan>();
        var position = 0;
        foreach (var span in prose)
        {
            AddGap(excluded, text, position, span.Start);
            position = Math.Max(position, span.End);
        }
        AddGap(excluded, text, position, text.Length);
        return excluded;
    }

    private static void AddGap(List<TextSpan> excluded, string text, int start, int end)
    {
        var runStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                if (i > runStart)
                {
                    excluded.Add(TextSpan.FromBounds(runStart, i));
                }
                runStart = i + 1;
            }
        }
        if (end > runStart)
        {
            excluded.Add(TextSpan.FromBounds(runStart, end));
        }
    }
}
