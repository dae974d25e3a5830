using System.Text;
using System.Xml.Linq;

namespace ReportLint.Core.Input;

/// <summary>A w:t element and where its text starts in the extracted body text.</summary>
internal sealed record WordTextSegment(int Start, XElement Element);

/// <summary>
/// The body text of word/document.xml as ReportLint reads it: one line per w:p, the text of each
/// w:t, a run's w:tab as \t, w:br and w:cr as \n. A table is one line per row, its cells parted by
/// \t, so the table rules read it as they read a tab-separated table typed in plain text; inside a
/// cell, a further paragraph, a tab or a break is \v (<see cref="CellBreak"/>), which keeps the row on
/// one line and its cells apart. A table holding a table, and the table it holds, are read one line
/// per paragraph: their rows cannot be put on lines, and the table rules leave them alone. Two tables that touch (a w:tbl
/// right after a w:tbl, no w:p between) are parted by an empty line, as two tables typed in plain text are, so that the
/// table rules do not read them as one and mix their columns. The reader and the fix writer both use this
/// text, so the offsets a fix refers to are the offsets the writer maps back onto w:t elements.
/// </summary>
internal sealed class WordBodyText
{
    public static readonly XNamespace Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Parts a cell's paragraphs, tabs and breaks: a space to the tokenizer, structure to the writer.</summary>
    public const char CellBreak = '\v';

    private WordBodyText(string text, IReadOnlyList<WordTextSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    /// <summary>Every w:t, in document order; characters of <see cref="Text"/> outside them are structure.</summary>
    public IReadOnlyList<WordTextSegment> Segments { get; }

    public static WordBodyText Extract(XDocument document)
    {
        var builder = new Builder();
        if (document.Root is { } root)
        {
            builder.Walk(root);
        }
        return new WordBodyText(builder.Text.ToString(), builder.Segments);
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
