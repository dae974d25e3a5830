using System.Text;
using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A line of a Markdown pipe table, as RL5016 collects it per paragraph: its cells, or for the alignment line under
/// the header (`|:---|---:|`) only the number of columns. The pipes are markup tokens (the Markdown reader excludes
/// them), so a `|` written in prose never starts a row; rows are put together into tables by <see cref="PipeTable"/>.
/// </summary>
internal sealed partial record TableRow(IReadOnlyList<TableCell> Cells, bool IsAlignment)
{
    public static TableRow? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        if (context.DocumentKind != DocumentKind.Markdown || !HasPipe(paragraph))
        {
            return null;
        }
        if (paragraph.Syntax.IsBlank)
        {
            var columns = AlignmentColumns(paragraph.Text);
            return columns > 0 ? new TableRow(new TableCell[columns], true) : null;
        }
        return new TableRow(ReadCells(paragraph), false);
    }

    private static bool HasPipe(Paragraph paragraph)
    {
        foreach (var token in paragraph.Tokens)
        {
            // Inline code is markup too: a pipe inside `…` separates no cells.
            if (token.Kind == TokenKind.Markup && paragraph.GetText(token) is var markup && markup[0] != '`' && markup.Contains('|'))
            {
                return true;
            }
        }
        return false;
    }

    private static List<TableCell> ReadCells(Paragraph paragraph)
    {
        var cells = new List<TableCell>();
        var cell = new CellBuilder();
        foreach (var token in paragraph.Tokens)
        {
            if (token.Kind != TokenKind.Markup)
            {
                cell.Add(paragraph, token);
                continue;
            }
            foreach (var c in paragraph.GetText(token))
            {
                if (c == '|')
                {
                    cells.Add(cell.Build());
                    cell = new CellBuilder();
                }
                else if (c is '*' or '_')
                {
                    cell.EmphasisMarks++;
                }
            }
        }
        cells.Add(cell.Build());
        // The outer pipes open and close the row: nothing stands before the first or after the last.
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

    /// <summary>The prose of a cell as its tokens come, and whether it is one number alone.</summary>
    private sealed class CellBuilder
    {
        private readonly StringBuilder _text = new();
        private Token? _number;
        private Token? _sign;
        private int _contentTokens;

        public int EmphasisMarks { get; set; }

        public void Add(Paragraph paragraph, Token token)
        {
            if (token.Kind == TokenKind.LineBreak)
            {
                return;
            }
            _text.Append(paragraph.GetText(token));
            if (!token.Kind.IsTrivia())
            {
                _contentTokens++;
                if (_contentTokens == 1 && paragraph.GetText(token) is "-" or "−" or "–" or "+")
                {
                    _sign = token;
                }
                _number = token.Kind == TokenKind.Number ? token : null;
            }
        }

        // `**x**` leaves four marks, `*x*` two, `***x***` six.
        public TableCell Build() => new(_text.ToString().Trim(), _contentTokens == 1 ? _number?.Span : null,
            (EmphasisMarks >= 4 ? CellEmphasis.Bold : CellEmphasis.None) | (EmphasisMarks is 2 or >= 6 ? CellEmphasis.Italic : CellEmphasis.None),
            _contentTokens == 2 && _sign is { } sign && _number is { } number && number.Start == sign.Span.End ? TextSpan.FromBounds(sign.Span.Start, number.Span.End) : null);
    }

    /// <summary>The columns of an alignment line (`|---|:--:|`, `--- | ---`), or 0 for any other text.</summary>
    public static int AlignmentColumns(string text) => AlignmentLine().Match(text) is { Success: true } line ? line.Groups["column"].Captures.Count : 0;

    [GeneratedRegex(@"^\s*\|?(?:\s*(?<column>:?-+:?)\s*\|)*\s*(?<column>:?-+:?)?\s*\|?\s*$")]
    private static partial Regex AlignmentLine();
}
