using System.Text;
using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A line of a pipe table, as RL5016 collects it per paragraph: its cells, or for the alignment line under the header
/// (`|:---|---:|`) only the number of columns. In Markdown the pipes are markup tokens (the Markdown reader excludes
/// them), so a `|` written in prose never starts a row. A plain-text draft types its tables: cells between ` | `
/// (outer pipes or not), or between tabs; such a row is one line. A Word table row is read as one line too, its cells
/// parted by one tab each (<c>WordBodyText</c>): there every tab parts two cells, empty ones included, while a typed
/// line's run of tabs is one separator (tabs line the columns up) and a tab before the first cell or after the last
/// only frames the row. Rows are put together into tables by <see cref="PipeTable"/>.
/// </summary>
/// <param name="Typed">Typed in plain text, not read by Markdown: the header decides whether a leading pipe opens an empty cell.</param>
/// <param name="OpensWithSeparator">A separator stood before the first cell (`| 1 | …`, `  | Cộng | …`).</param>
/// <param name="ClosesWithSeparator">A separator stood after the last cell (`… | 300 |`).</param>
internal sealed partial record TableRow(IReadOnlyList<TableCell> Cells, bool IsAlignment, bool Typed = false, bool OpensWithSeparator = false,
    bool ClosesWithSeparator = false)
{
    /// <summary>
    /// Two cells parted by a tab, read only by the table rules: also how a draft sets a numbered heading apart
    /// (`2⇥Kinh phí`), so such a row belongs to a table of two columns only (<see cref="PipeTable"/>).
    /// </summary>
    public bool Narrow { get; init; }

    /// <summary>Tab-separated lines need this many cells: one tab is also how a draft sets `Nơi nhận:` apart from a title.</summary>
    private const int FewestTabCells = 3;

    private static readonly TableCell Empty = new("", null, CellEmphasis.None);

    /// <summary>
    /// The row as the table rules read it: a tab-separated line of two cells counts too (`Đối tượng⇥Số lượng`), since
    /// a table is put together only under a heading row and read only where its figures add up, while the other
    /// readers (<see cref="Read(Paragraph, DocumentKind)"/>) take a line with one tab for prose.
    /// </summary>
    public static TableRow? Collect(ParagraphFactsContext context) => Read(context.Paragraph, context.DocumentKind, fewestTabCells: 2);

    public static TableRow? Read(Paragraph paragraph, DocumentKind kind) => Read(paragraph, kind, FewestTabCells);

    private static TableRow? Read(Paragraph paragraph, DocumentKind kind, int fewestTabCells)
    {
        if (kind != DocumentKind.Markdown)
        {
            return ReadTyped(paragraph, exactTabs: kind == DocumentKind.Docx, fewestTabCells);
        }
        if (!HasPipe(paragraph))
        {
            return null;
        }
        if (paragraph.Syntax.IsBlank)
        {
            var columns = AlignmentColumns(paragraph.Text);
            return columns > 0 ? new TableRow(new TableCell[columns], true) : null;
        }
        return new TableRow(ReadMarkdownCells(paragraph), false);
    }

    /// <summary>
    /// The row as read under <paramref name="header"/>: in plain text, when the header has no opening pipe, a row's
    /// leading pipe follows an empty first cell (`  | Cộng | 48 | 46` under `TT | Đơn vị | Vàng | Bạc`); when the header has
    /// no closing pipe either, a row still a cell short that closes with one ends with an empty cell (` | | Dự toán | |`).
    /// </summary>
    public TableRow Under(TableRow header)
    {
        if (!Typed || IsAlignment)
        {
            return this;
        }
        var row = OpensWithSeparator && !header.OpensWithSeparator ? this with { Cells = [Empty, .. Cells], OpensWithSeparator = false } : this;
        return row.ClosesWithSeparator && !header.ClosesWithSeparator && row.Cells.Count == header.Cells.Count - 1
            ? row with { Cells = [.. row.Cells, Empty], ClosesWithSeparator = false }
            : row;
    }

    private static TableRow? ReadTyped(Paragraph paragraph, bool exactTabs, int fewestTabCells)
    {
        var tokens = paragraph.Tokens;
        var pipes = 0;
        var tabs = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.LineBreak && i < tokens.Count - 1)
            {
                return null; // a paragraph wrapped over several lines: prose
            }
            pipes += IsTypedPipe(paragraph, token) ? 1 : 0;
            tabs |= token.Kind == TokenKind.Tab;
        }
        if (pipes > 0 && AlignmentColumns(paragraph.Text) is >= 2 and var columns)
        {
            return new TableRow(new TableCell[columns], true, true);
        }
        var byTabs = pipes == 0;
        if (byTabs && !tabs)
        {
            return null;
        }
        Func<Paragraph, Token, bool> separator = byTabs ? IsTab : IsTypedPipe;
        var cells = ReadCells(paragraph, separator, exactTabs);
        if (byTabs && exactTabs)
        {
            return cells.Count >= fewestTabCells ? new TableRow(cells, false, true) { Narrow = cells.Count < FewestTabCells } : null;
        }
        // Before the first separator and after the last, only trivia: the row's frame, no cell.
        var (opens, closes) = (Frames(paragraph, separator, 0, 1), Frames(paragraph, separator, tokens.Count - 1, -1));
        if (closes && cells.Count > 1)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        // A row that opens with a separator may open with an empty cell (<see cref="Under"/>): it counts here, but a
        // line indented by a tab is no row of one cell.
        if (cells.Count < (byTabs ? fewestTabCells : 2) || (byTabs && opens && cells.Count < 3))
        {
            return null;
        }
        var narrow = byTabs && cells.Count < FewestTabCells;
        if (opens)
        {
            cells.RemoveAt(0);
        }
        return new TableRow(cells, false, true, opens, closes) { Narrow = narrow };
    }

    private static bool Frames(Paragraph paragraph, Func<Paragraph, Token, bool> separator, int from, int step)
    {
        for (var i = from; i >= 0 && i < paragraph.Tokens.Count; i += step)
        {
            var token = paragraph.Tokens[i];
            if (separator(paragraph, token))
            {
                return true;
            }
            if (!token.Kind.IsTrivia())
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsMarkupPipe(Paragraph paragraph, Token token) => token.Kind == TokenKind.Markup;

    private static bool IsTypedPipe(Paragraph paragraph, Token token) => token.Kind == TokenKind.Symbol && paragraph.GetText(token) is "|";

    private static bool IsTab(Paragraph paragraph, Token token) => token.Kind == TokenKind.Tab;

    private static bool HasPipe(Paragraph paragraph)
    {
        foreach (var token in paragraph.Tokens)
        {
            if (IsMarkdownPipe(paragraph, token))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A pipe that parts cells: typed in plain text, or Markdown markup holding one.</summary>
    public static bool IsPipe(Paragraph paragraph, Token token) => IsTypedPipe(paragraph, token) || IsMarkdownPipe(paragraph, token);

    // Inline code is markup too: a pipe inside `…` separates no cells.
    private static bool IsMarkdownPipe(Paragraph paragraph, Token token) =>
        token.Kind == TokenKind.Markup && paragraph.GetText(token) is var markup && markup[0] != '`' && markup.Contains('|');

    /// <summary>The cells of a Markdown row: its outer pipes open and close it, nothing stands before or after them.</summary>
    private static List<TableCell> ReadMarkdownCells(Paragraph paragraph)
    {
        var cells = ReadCells(paragraph, IsMarkupPipe, exactTabs: false);
        var line = paragraph.Text.Trim();
        if (line.EndsWith('|') && cells.Count > 1)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        if (line.StartsWith('|') && cells.Count > 1)
        {
            cells.RemoveAt(0);
        }
        return cells;
    }

    /// <summary>
    /// The text between the separators; a Markdown markup token may hold pipes and emphasis marks at once, and with
    /// <paramref name="exactTabs"/> a run of tabs parts as many cells as it has tabs.
    /// </summary>
    private static List<TableCell> ReadCells(Paragraph paragraph, Func<Paragraph, Token, bool> isSeparator, bool exactTabs)
    {
        var cells = new List<TableCell>();
        var cell = new CellBuilder(0);
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            var token = paragraph.Tokens[i];
            if (!isSeparator(paragraph, token))
            {
                cell.Add(paragraph, token);
                continue;
            }
            var separators = token.Kind switch
            {
                TokenKind.Markup => paragraph.GetText(token),
                TokenKind.Tab when exactTabs => new string('|', token.Length),
                _ => "|",
            };
            foreach (var c in separators)
            {
                if (c == '|')
                {
                    cells.Add(cell.Build(paragraph, i));
                    cell = new CellBuilder(i + 1);
                }
                else if (c is '*' or '_')
                {
                    cell.EmphasisMarks++;
                }
            }
        }
        cells.Add(cell.Build(paragraph, paragraph.Tokens.Count));
        return cells;
    }

    /// <summary>The prose of a cell as its tokens come from <paramref name="first"/>, and whether it is one number alone.</summary>
    private sealed class CellBuilder(int first)
    {
        private readonly StringBuilder _text = new();
        private Token? _number;
        private Token? _sign;
        private Token? _last;
        private TextSpan? _percent;
        private int _contentTokens;

        public int EmphasisMarks { get; set; }

        public void Add(Paragraph paragraph, Token token)
        {
            if (token.Kind == TokenKind.LineBreak)
            {
                return;
            }
            // A Word cell's paragraphs and breaks come as a vertical tab: a space between words to the headings.
            _text.Append(token.Kind == TokenKind.OtherSpace ? " " : paragraph.GetText(token));
            if (!token.Kind.IsTrivia())
            {
                _contentTokens++;
                if (_contentTokens == 1 && paragraph.GetText(token) is "-" or "−" or "–" or "+")
                {
                    _sign = token;
                }
                _number = token.Kind == TokenKind.Number ? token : null;
                _percent = PercentDigits(paragraph, _last, token, _contentTokens);
                _last = token;
            }
        }

        // `**x**` leaves four marks, `*x*` two, `***x***` six. The cell's tokens run up to the separator at `end`.
        public TableCell Build(Paragraph paragraph, int end) => new(_text.ToString().Trim(), _contentTokens == 1 ? _number?.Span : null,
            (EmphasisMarks >= 4 ? CellEmphasis.Bold : CellEmphasis.None) | (EmphasisMarks is 2 or >= 6 ? CellEmphasis.Italic : CellEmphasis.None),
            _contentTokens == 2 && _sign is { } sign && _number is { } number && number.Start == sign.Span.End ? TextSpan.FromBounds(sign.Span.Start, number.Span.End) : null,
            _percent,
            end > first ? new Sentence(first, end - first, TextSpan.FromBounds(paragraph.Tokens[first].Start, paragraph.Tokens[end - 1].End)) : default);

        /// <summary>The digits of a rate alone in its cell: `92,40%` is one token, `92,40 %` a number and a sign.</summary>
        private static TextSpan? PercentDigits(Paragraph paragraph, Token? previous, Token token, int count) => count switch
        {
            1 when token.Kind == TokenKind.Number && paragraph.GetText(token) is [.., _, '%'] => new TextSpan(token.Start, token.Length - 1),
            2 when previous is { Kind: TokenKind.Number } number && paragraph.GetText(token) is "%" => number.Span,
            _ => null,
        };
    }

    /// <summary>The columns of an alignment line (`|---|:--:|`, `--- | ---`), or 0 for any other text.</summary>
    public static int AlignmentColumns(string text) => AlignmentLine().Match(text) is { Success: true } line ? line.Groups["column"].Captures.Count : 0;

    [GeneratedRegex(@"^\s*\|?(?:\s*(?<column>:?-+:?)\s*\|)*\s*(?<column>:?-+:?)?\s*\|?\s*$")]
    private static partial Regex AlignmentLine();
}
