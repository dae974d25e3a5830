using System.Text;
using System.Xml.Linq;

namespace ReportLint.Core.Input;

/// <summary>A w:t element and where its text starts in the extracted body text.</summary>
internal sealed record WordTextSegment(int Start, XElement Element);

/// <summary>
/// A story read after the body (a footnote, an endnote, a header or footer) and where it lies in the text. A header
/// that reads exactly as a header read before (a footer as a footer) is not read again: it is a twin of that story,
/// and a fix of the story goes into its twins too (each is its own text, with offsets from 0).
/// </summary>
internal sealed record WordStorySpan(int Start, int Length, WordStory Story, IReadOnlyList<WordBodyText> Twins);

/// <summary>
/// The text of a .docx as ReportLint reads it. First word/document.xml: one line per w:p, the text of each
/// w:t, a run's w:tab as \t, w:br and w:cr as \n. A table is one line per row, its cells parted by
/// \t, so the table rules read it as they read a tab-separated table typed in plain text; inside a
/// cell, a further paragraph, a tab or a break is \v (<see cref="CellBreak"/>), which keeps the row on
/// one line and its cells apart. A table holding a table, and the table it holds, are read one line
/// per paragraph: their rows cannot be put on lines, and the table rules leave them alone. Two tables that touch (a w:tbl
/// right after a w:tbl, no w:p between) are parted by an empty line, as two tables typed in plain text are, so that the
/// table rules do not read them as one and mix their columns. Then the stories of <see cref="WordPackage"/> (footnotes,
/// endnotes, headers and footers), each read the same way and preceded by an empty line, so that no rule reads the
/// end of one and the start of the next as one table or one list; blank stories, and headers (footers) that read as a header (footer) read
/// before, are left out. The reader and the fix writer both use this text, so the offsets a fix refers to are the offsets the
/// writer maps back onto w:t elements.
/// </summary>
internal sealed class WordBodyText
{
    public static readonly XNamespace Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Parts a cell's paragraphs, tabs and breaks: a space to the tokenizer, structure to the writer.</summary>
    public const char CellBreak = '\v';

    /// <summary>What parts the body from a story and one story from the next: the end of a line and an empty line.</summary>
    public const string StorySeparator = "\n\n";

    private WordBodyText(string text, IReadOnlyList<WordTextSegment> segments, IReadOnlyList<WordStorySpan> stories)
    {
        Text = text;
        Segments = segments;
        Stories = stories;
    }

    public string Text { get; }

    /// <summary>Every w:t, in text order; characters of <see cref="Text"/> outside them are structure.</summary>
    public IReadOnlyList<WordTextSegment> Segments { get; }

    /// <summary>The stories read after the body, in text order.</summary>
    public IReadOnlyList<WordStorySpan> Stories { get; }

    /// <summary>The text of one element (a document, a note, a header): its paragraphs, tables and runs.</summary>
    public static WordBodyText Extract(XDocument document) => Extract(document.Root);

    private static WordBodyText Extract(XElement? root)
    {
        var builder = new Builder();
        if (root is not null)
        {
            builder.Walk(root);
        }
        return new WordBodyText(builder.Text.ToString(), builder.Segments, []);
    }

    /// <summary>The body, then every story that is not blank and not a repeated header or footer.</summary>
    public static WordBodyText Extract(WordPackage package)
    {
        var read = new List<(WordStory Story, WordBodyText Text, List<WordBodyText> Twins)>();
        foreach (var story in package.Stories)
        {
            var text = Extract(story.Root);
            if (string.IsNullOrWhiteSpace(text.Text))
            {
                continue;
            }
            // Only a header read like a header before (a footer like a footer) is a twin: a footer that reads as a
            // header is read again, so that what is found in it is labelled as the footer it is.
            if (story.Kind == WordStoryKind.HeaderFooter
                && read.Find(r => r.Story.Kind == WordStoryKind.HeaderFooter && r.Story.Location.Kind == story.Location.Kind
                    && r.Text.Text == text.Text) is { Story: not null } same)
            {
                same.Twins.Add(text);
                continue;
            }
            read.Add((story, text, []));
        }
        return Compose(Extract(package.Body.Document.Root), read.Select(r => (r.Story, r.Text, (IReadOnlyList<WordBodyText>)r.Twins)));
    }

    /// <summary>
    /// The same package read with the stories chosen when <paramref name="layout"/> was read: a fix can make a header
    /// read as another, and the fixed text must still line up with the text the fixes were made on.
    /// </summary>
    public static WordBodyText ExtractLike(WordPackage package, WordBodyText layout) =>
        Compose(Extract(package.Body.Document.Root), layout.Stories.Select(s => (s.Story, Extract(s.Story.Root), s.Twins)));

    private static WordBodyText Compose(WordBodyText body, IEnumerable<(WordStory Story, WordBodyText Text, IReadOnlyList<WordBodyText> Twins)> stories)
    {
        var text = new StringBuilder(body.Text);
        var segments = new List<WordTextSegment>(body.Segments);
        var spans = new List<WordStorySpan>();
        foreach (var (story, storyText, twins) in stories)
        {
            text.Append(StorySeparator);
            var start = text.Length;
            segments.AddRange(storyText.Segments.Select(s => s with { Start = s.Start + start }));
            text.Append(storyText.Text);
            spans.Add(new WordStorySpan(start, storyText.Text.Length, story, twins));
        }
        return new WordBodyText(text.ToString(), segments, spans);
    }

    /// <summary>Walks the XML in document order, writing text and structure characters.</summary>
    private sealed class Builder
    {
        private int _lines;
        private bool _inCell;
        private bool _afterTable; // the last line written is a table's row: a table right after it needs an empty line
        private int _cellParagraphs;

        public StringBuilder Text { get; } = new();

        public List<WordTextSegment> Segments { get; } = [];

        public void Walk(XElement element)
        {
            if (element.Name.Namespace == Word && Visit(element))
            {
                return;
            }
            foreach (var child in element.Elements())
            {
                Walk(child);
            }
        }

        /// <summary>Writes what the element stands for; true when its children were walked already.</summary>
        private bool Visit(XElement element)
        {
            switch (element.Name.LocalName)
            {
                case "p" when _inCell:
                    if (_cellParagraphs++ > 0)
                    {
                        Text.Append(CellBreak);
                    }
                    break;
                case "p":
                    NewLine();
                    _afterTable = false;
                    break;
                case "tbl" when IsFlat(element):
                    WriteTable(element);
                    return true;
                case "t":
                    Segments.Add(new WordTextSegment(Text.Length, element));
                    Text.Append(element.Value);
                    break;
                // A w:tab inside w:pPr/w:tabs is a tab stop, not text; only a run's w:tab is a tab character.
                case "tab" when element.Parent?.Name == Word + "r":
                    Text.Append(_inCell ? CellBreak : '\t');
                    break;
                case "br":
                case "cr":
                    Text.Append(_inCell ? CellBreak : '\n');
                    break;
            }
            return false;
        }

        /// <summary>A table that neither holds a table nor sits in one: its rows can be lines and its cells columns.</summary>
        private bool IsFlat(XElement table) =>
            !_inCell && !table.Descendants(Word + "tbl").Any() && !table.Ancestors(Word + "tbl").Any();

        private void NewLine()
        {
            if (_lines++ > 0)
            {
                Text.Append('\n');
            }
        }

        /// <summary>
        /// One line per w:tr. A cell spanning grid columns (w:gridSpan) and the grid columns a row leaves out
        /// (w:gridBefore, w:gridAfter) are followed or stood in for by empty cells, and a cell merged with the one
        /// above (w:vMerge) holds no text of its own, so every row has a cell per grid column, under its heading.
        /// </summary>
        private void WriteTable(XElement table)
        {
            if (_afterTable)
            {
                NewLine(); // an empty line: the line break is structure, so the w:t offsets after it stay mapped
            }
            foreach (var row in table.Descendants(Word + "tr"))
            {
                NewLine();
                var properties = row.Element(Word + "trPr");
                var cells = 0;
                EmptyCells(GridValue(properties, "gridBefore"), ref cells);
                foreach (var cell in row.Descendants(Word + "tc"))
                {
                    if (cells++ > 0)
                    {
                        Text.Append('\t');
                    }
                    (_inCell, _cellParagraphs) = (true, 0);
                    Walk(cell);
                    _inCell = false;
                    EmptyCells(GridValue(cell.Element(Word + "tcPr"), "gridSpan") - 1, ref cells);
                }
                EmptyCells(GridValue(properties, "gridAfter"), ref cells);
            }
            _afterTable = true;
        }

        private void EmptyCells(int count, ref int cells)
        {
            for (var i = 0; i < count; i++)
            {
                if (cells++ > 0)
                {
                    Text.Append('\t');
                }
            }
        }

        private static int GridValue(XElement? properties, string name) =>
            int.TryParse(properties?.Element(Word + name)?.Attribute(Word + "val")?.Value, out var value) && value is > 0 and < 64 ? value : 0;
    }
}
