using ReportLint.Core.Text;

namespace ReportLint.Core.Syntax;

public enum DocumentKind
{
    PlainText,
    Markdown,
    Docx,
}

/// <summary>
/// The syntax tree of a draft, built once: paragraphs (one per line, or the lines of a wrapped Markdown
/// paragraph) → sentences → tokens.
/// Every analyzer reads this tree; none re-scans the raw text.
/// </summary>
public sealed class ReportDocument
{
    // Shared by every line without exclusions: most lines, so not one list each.
    private static readonly IReadOnlyList<TextSpan> NoExclusions = [];

    private ReportDocument(string path, SourceText text, DocumentKind kind, Paragraph[] paragraphs,
        IReadOnlyList<TextSpan> excluded, SuppressionMap suppressions, int? afterBodyStart)
    {
        AfterBodyStart = afterBodyStart;
        Path = path;
        Text = text;
        Kind = kind;
        _paragraphs = paragraphs;
        Excluded = excluded;
        Suppressions = suppressions;
    }

    public string Path { get; }

    public SourceText Text { get; }

    public DocumentKind Kind { get; }

    private readonly Paragraph[] _paragraphs;

    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

    /// <summary>Ranges the input reader excluded from linting (sorted, absolute).</summary>
    public IReadOnlyList<TextSpan> Excluded { get; }

    public SuppressionMap Suppressions { get; }

    /// <summary>
    /// Where the text read after a .docx's body starts (its footnotes, endnotes, headers and footers), or null. A note
    /// belongs to a place in the body that the text does not keep, so rules about order across it must not guess.
    /// </summary>
    public int? AfterBodyStart { get; }

    /// <summary>
    /// Builds the tree of <paramref name="text"/>. With <paramref name="previous"/> (an earlier version of
    /// the same document) the paragraphs the edit did not touch are reused, not parsed again: those
    /// before it are the same objects, those after it the same syntax at a shifted start. Each line is a
    /// paragraph, except the groups in <paramref name="multiLine"/> (sorted, disjoint), each read as one.
    /// </summary>
    public static ReportDocument Create(string path, SourceText text, DocumentKind kind = DocumentKind.PlainText,
        IReadOnlyList<TextSpan>? excluded = null, SuppressionMap? suppressions = null, ReportDocument? previous = null,
        IReadOnlyList<ParagraphLines>? multiLine = null, int? afterBodyLine = null)
    {
        excluded ??= [];
        multiLine ??= [];
        var reuse = previous is null ? null : new PreviousParagraphs(previous, text);
        // The empty last line after a final line break is no paragraph.
        var lines = text.LineCount > 1 && text.GetLineStart(text.LineCount - 1) == text.Length ? text.LineCount - 1 : text.LineCount;
        var paragraphs = new List<Paragraph>(lines - multiLine.Count);
        var exclusion = 0;
        var group = 0;
        for (var line = 0; line < lines; line++)
        {
            while (group < multiLine.Count && multiLine[group].LastLine < line)
            {
                group++;
            }
            var lastLine = group < multiLine.Count && multiLine[group].FirstLine == line ? Math.Min(multiLine[group].LastLine, lines - 1) : line;
            var start = text.GetLineStart(line);
            var end = lastLine + 1 < text.LineCount ? text.GetLineStart(lastLine + 1) : text.Length;
            line = lastLine;
            while (exclusion < excluded.Count && excluded[exclusion].End <= start)
            {
                exclusion++;
            }
            // Only a paragraph with no exclusion can be reused: the tokens of others depend on more than the text.
            var local = exclusion < excluded.Count && excluded[exclusion].Start < end
                ? LocalExclusions(excluded, exclusion, start, end)
                : NoExclusions;
            var index = paragraphs.Count;
            var paragraph = local.Count == 0 ? reuse?.AtSamePlace(index, start, end) : null;
            if (paragraph is null)
            {
                var paragraphText = text.Text.Substring(start, end - start);
                var syntax = local.Count == 0 ? reuse?.WithSameText(paragraphText) : null;
                paragraph = new Paragraph(syntax ?? ParagraphSyntax.Parse(paragraphText, local), index, start);
            }
            paragraphs.Add(paragraph);
        }
        var afterBodyStart = afterBodyLine is { } bodyEnd && bodyEnd < text.LineCount ? text.GetLineStart(bodyEnd) : (int?)null;
        return new ReportDocument(path, text, kind, [.. paragraphs], excluded, suppressions ?? SuppressionMap.Empty, afterBodyStart);
    }

    /// <summary>The paragraph containing an absolute offset (the last one for the end of the text).</summary>
    public Paragraph? FindParagraph(int offset) => FindParagraph(_paragraphs, offset);

    private static Paragraph? FindParagraph(Paragraph[] paragraphs, int offset)
    {
        int low = 0, high = paragraphs.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var paragraph = paragraphs[mid];
            if (offset < paragraph.Start)
            {
                high = mid - 1;
            }
            else if (offset >= paragraph.Span.End && mid < paragraphs.Length - 1)
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

    private static IReadOnlyList<TextSpan> LocalExclusions(IReadOnlyList<TextSpan> excluded, int first, int start, int end)
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

    /// <summary>
    /// The previous version's paragraphs, looked up by position around the one region where the texts
    /// differ: a line wholly before it, or wholly after it (shifted by the length change), with the same
    /// bounds as a previous paragraph has the same text, found without reading or hashing it. Lines in
    /// the region fall back to a match by text among the previous paragraphs near it.
    /// </summary>
    private sealed class PreviousParagraphs(ReportDocument previous, SourceText text)
    {
        private readonly Paragraph[] _paragraphs = previous._paragraphs;
        private readonly TextChangeRange _change = ReferenceEquals(previous.Text, text)
            ? new TextChangeRange(text.Length, 0, 0)
            : TextChangeRange.Between(previous.Text.Text, text.Text);
        private Dictionary<string, ParagraphSyntax>? _byText;
        private int _cursor; // previous paragraphs are visited in order, so the lookup after the change is a forward walk

        /// <summary>The reusable paragraph with these bounds in the new text, or null.</summary>
        public Paragraph? AtSamePlace(int index, int start, int end)
        {
            if (end <= _change.Start)
            {
                // Before the change the text is the same, so paragraph numbers are too (the bounds are checked).
                return index < _paragraphs.Length && _paragraphs[index] is var same
                    && same.Start == start && same.Span.End == end && !same.Syntax.HasExclusions ? same : null;
            }
            if (start < _change.NewEnd)
            {
                return null;
            }
            var oldStart = start - _change.Delta;
            while (_cursor < _paragraphs.Length && _paragraphs[_cursor].Start < oldStart)
            {
                _cursor++;
            }
            if (_cursor == _paragraphs.Length || _paragraphs[_cursor] is not { } moved || moved.Start != oldStart
                || moved.Syntax.Text.Length != end - start || moved.Syntax.HasExclusions)
            {
                return null;
            }
            return moved.Index == index && moved.Start == start ? moved : new Paragraph(moved.Syntax, index, start);
        }

        /// <summary>A previous paragraph's syntax for this exact text, among those around the change.</summary>
        public ParagraphSyntax? WithSameText(string paragraphText)
        {
            _byText ??= NearChange();
            return _byText.GetValueOrDefault(paragraphText);
        }

        // The paragraphs the change touched, and one either side (whose bounds may have moved with it).
        private Dictionary<string, ParagraphSyntax> NearChange()
        {
            var byText = new Dictionary<string, ParagraphSyntax>(StringComparer.Ordinal);
            if (_paragraphs.Length == 0)
            {
                return byText;
            }
            var first = Math.Max(0, FindParagraph(_paragraphs, _change.Start)!.Index - 1);
            var last = Math.Min(_paragraphs.Length - 1, FindParagraph(_paragraphs, _change.OldEnd)!.Index + 1);
            for (var i = first; i <= last; i++)
            {
                if (!_paragraphs[i].Syntax.HasExclusions)
                {
                    byText.TryAdd(_paragraphs[i].Text, _paragraphs[i].Syntax);
                }
            }
            return byText;
        }
    }
}
