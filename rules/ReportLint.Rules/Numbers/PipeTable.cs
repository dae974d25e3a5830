using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A pipe table put together from consecutive <see cref="TableRow"/> facts: a header line, the alignment line and the
/// body lines under it, every line with as many cells as the header (a table whose lines disagree is not read: its
/// columns cannot be trusted). A table typed in plain text may go without the alignment line; its header is then the
/// first of the rows and holds no figure but a year (`Chỉ tiêu | Năm 2023 | 2024`): a table without headings is not read.
/// A second header row under a group heading (<see cref="TwoRowHeader"/>) is read into the headings, not the body.
/// </summary>
internal sealed record PipeTable(TableRow Header, IReadOnlyList<ParagraphFacts<TableRow>> Body)
{
    public int ColumnCount => Header.Cells.Count;

    /// <summary>The header cell's text of <paramref name="column"/>: what the column holds.</summary>
    public string Heading(int column) => Header.Cells[column].Text;

    public static IEnumerable<PipeTable> Find(DocumentFacts<TableRow> facts)
    {
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var header = facts[i];
            var next = facts[i + 1];
            if (header.Facts.IsAlignment || !Follows(next, header))
            {
                continue;
            }
            var aligned = next.Facts.IsAlignment;
            if (aligned ? next.Facts.Cells.Count != header.Facts.Cells.Count : !header.Facts.Typed || !IsHeading(header.Facts)
                || (i > 0 && Follows(header, facts[i - 1])))
            {
                continue;
            }
            var body = new List<ParagraphFacts<TableRow>>();
            var j = aligned ? i + 2 : i + 1;
            var headings = header.Facts;
            if (j + 1 < facts.Count && Follows(facts[j], facts[j - 1]) && TwoRowHeader.Merge(headings, facts[j].Facts.Under(headings)) is { } merged)
            {
                (headings, j) = (merged, j + 1);
            }
            for (; j < facts.Count && !facts[j].Facts.IsAlignment && Follows(facts[j], facts[j - 1]); j++)
            {
                body.Add(new ParagraphFacts<TableRow>(facts[j].Paragraph, facts[j].Facts.Under(header.Facts)));
            }
            if (body.Count > 0 && body.TrueForAll(row => row.Facts.Cells.Count == header.Facts.Cells.Count))
            {
                yield return new PipeTable(headings, body);
            }
            i = j - 1;
        }
    }

    /// <summary>Whether a typed row reads as the headings of a table with no alignment line under them.</summary>
    private static bool IsHeading(TableRow row) => row.Cells.All(cell => cell.Figure is null || YearRange.IsYear(cell.Text));

    private static bool Follows(ParagraphFacts<TableRow> row, ParagraphFacts<TableRow> previous) =>
        row.Paragraph.Index == previous.Paragraph.Index + 1;
}
