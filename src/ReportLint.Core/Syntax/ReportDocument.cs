using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

public enum DocumentKind
{
    PlainText,
    Markdown,
    Docx,
}

/// <summary>
/// The syntax tree of a draft, built once: paragraphs (one per line) → sentences → tokens.
/// Every analyzer reads this tree; none re-scans the raw text.
/// </summary>
public sealed class ReportDocument
{
    private ReportDocument(string path, SourceText text, DocumentKind kind, Paragraph[] paragraphs,
        IReadOnlyList<TextSpan> excluded, SuppressionMap suppressions)
    {
        Path = path;
        Text = text;
        Kind = kind;
        Paragraphs = paragraphs;
        Excluded = excluded;
        Suppressions = suppressions;
    }

    public string Path { get; }

    public SourceText Text { get; }

    public DocumentKind Kind { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Ranges the input reader excluded from linting (sorted, absolute).</summary>
    public IReadOnlyList<TextSpan> Excluded { get; }

    public SuppressionMap Suppressions { get; }

    public static ReportDocument Create(string path, SourceText text, DocumentKind kind = DocumentKind.PlainText,
        IReadOnlyList<TextSpan>? excluded = null, SuppressionMap? suppressions = null, ReportDocument? previous = null)
    {
        excluded ??= [];
        // Reuse the syntax of unchanged paragraphs from the previous version (incremental editing).
        Dictionary<string, ParagraphSyntax>? reusable = null;
        if (previous is not null)
        {
            reusable = new Dictionary<string, ParagraphSyntax>(previous.Paragraphs.Count, StringComparer.Ordinal);
            foreach (var paragraph in previous.Paragraphs)
            {
                if (!paragraph.Syntax.HasExclusions)
                {
                    reusable.TryAdd(paragraph.Text, paragraph.Syntax);
                }
            }
        }

        var paragraphs = new Paragraph[text.LineCount];
        var exclusion = 0;
        var count = 0;
        for (var line = 0; line < text.LineCount; line++)
        {
            var start = text.GetLineStart(line);
            var end = line + 1 < text.LineCount ? text.GetLineStart(line + 1) : text.Length;
            if (start == end && line > 0)
            {
                continue; // the empty last line after a final line break
            }
            var paragraphText = text.Text.Substring(start, end - start);
            while (exclusion < excluded.Count && excluded[exclusion].End <= start)
            {
                exclusion++;
            }
            var local = LocalExclusions(excluded, exclusion, start, end);
            ParagraphSyntax? syntax = null;
            if (local.Count == 0 && reusable is not null)
            {
                reusable.TryGetValue(paragraphText, out syntax);
            }
            syntax ??= ParagraphSyntax.Parse(paragraphText, local);
            paragraphs[count] = new Paragraph(syntax, count, start);
            count++;
        }
        Array.Resize(ref paragraphs, count);
        return new ReportDocument(path, text, kind, paragraphs, excluded, suppressions ?? SuppressionMap.Empty);
    }

    /// <summary>The paragraph containing an absolute offset (the last one for the end of the text).</summary>
    public Paragraph? FindParagraph(int offset)
    {
        int low = 0, high = Paragraphs.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var paragraph = Paragraphs[mid];
            if (offset < paragraph.Start)
            {
                high = mid - 1;
            }
            else if (offset >= paragraph.Span.End && mid < Paragraphs.Count - 1)
            {
                low = mid + 1;
            }
            else
            {
                return paragraph;
            }
        }
        return null;
    }

    private static List<TextSpan> LocalExclusions(IReadOnlyList<TextSpan> excluded, int first, int start, int end)
    {
        var local = new List<TextSpan>();
        for (var i = first; i < excluded.Count && excluded[i].Start < end; i++)
        {
            var from = Math.Max(excluded[i].Start, start);
            var to = Math.Min(excluded[i].End, end);
            if (to > from)
            {
                local.Add(TextSpan.FromBounds(from - start, to - start));
            }
        }
        return local;
    }
}
