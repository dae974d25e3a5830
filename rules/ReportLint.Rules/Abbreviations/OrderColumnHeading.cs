using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// `TT`, `STT` (thứ tự, số thứ tự), alone or as `Số TT`, in the first cell of a table's header, as <see cref="TableRow"/> and
/// <see cref="PipeTable"/> read tables (`| TT | Nội dung |` over `|---|---|`, or typed in plain text `TT | Nội dung`
/// over a row of as many cells), or heading a table laid out with spaces (<see cref="SpacedLine"/>): the heading of
/// the numbering column, which every form uses without a definition.
/// </summary>
internal static class OrderColumnHeading
{
    private static readonly string[] Headings = ["TT", "STT"];

    /// <summary>True when the mention (offsets relative to the paragraph) is such a heading of the row <paramref name="row"/>.</summary>
    public static bool Is(IReadOnlyList<Paragraph> paragraphs, DocumentKind kind, Paragraph row, AbbreviationMention mention) =>
        Headings.Contains(mention.Text) && OpensRow(row, mention, out var cell)
        && (HeadsPipeTable(paragraphs, kind, row, cell) || HeadsSpacedTable(paragraphs, row, mention));

    private static bool HeadsPipeTable(IReadOnlyList<Paragraph> paragraphs, DocumentKind kind, Paragraph row, string cell)
    {
        if (row.Index + 1 >= paragraphs.Count || TableRow.Read(row, kind) is not { IsAlignment: false } header
            || header.Cells[0].Text != cell || TableRow.Read(paragraphs[row.Index + 1], kind) is not { } next)
        {
            return false;
        }
        // Markdown has a table only over an alignment line; a plain-text draft may go without one.
        return next.IsAlignment ? next.Cells.Count == header.Cells.Count : header.Typed && next.Under(header).Cells.Count == header.Cells.Count;
    }

    private static bool HeadsSpacedTable(IReadOnlyList<Paragraph> paragraphs, Paragraph row, AbbreviationMention mention)
    {
        if (SpacedLine.Read(row) is not { } lines)
        {
            return false;
        }
        var line = SpacedLine.At(row, lines, mention.Span.Start);
        // The first cell ends at the first gap, right after the heading.
        return line.Line.Gaps.Count > 0 && line.Line.Gaps[0].Start == mention.Span.End
            && line.Next(paragraphs, 1) is { } below && SpacedLine.LineUp(line.Line, below.Line);
    }

    /// <summary>
    /// Nothing but markup, pipes, emphasis and spaces before the mention on its line, or before a `Số` that opens the
    /// cell with it (`Số TT`); <paramref name="cell"/> is the heading as the cell should read.
    /// </summary>
    private static bool OpensRow(Paragraph row, AbbreviationMention mention, out string cell)
    {
        cell = mention.Text;
        var opens = true;
        var tokens = row.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Start >= mention.Span.Start)
            {
                return opens;
            }
            if (opens && IsNumberWord(row, i) && i + 2 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[i + 2].Start == mention.Span.Start)
            {
                cell = row.GetString(token) + " " + mention.Text;
                return true;
            }
            opens = token.Kind == TokenKind.LineBreak
                || (opens && (token.Kind.IsTrivia() || token.Kind == TokenKind.Markup || row.GetText(token) is "|" or "*" or "_"));
        }
        return opens;
    }

    private static bool IsNumberWord(Paragraph row, int index) =>
        row.Tokens[index].Kind == TokenKind.Word && row.GetText(row.Tokens[index]) is "Số" or "số" or "SỐ";
}
