using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A Markdown pipe table put together from consecutive <see cref="TableRow"/> facts: a header line, the alignment
/// line and the body lines under it, every line with as many cells as the header (a table whose lines disagree is
/// not read: its columns cannot be trusted).
/// </summary>
internal sealed record PipeTable(TableRow Header, IReadOnlyList<ParagraphFacts<TableRow>> Body)
{
    public int ColumnCount => Header.Cells.Count;

    public static IEnumerable<PipeTable> Find(DocumentFacts<TableRow> facts)
    {
        for (var i = 0; i + 1 < facts.Count; i++)
        {
            var header = facts[i];
            var alignment = facts[i + 1];
            if (header.Facts.IsAlignment || !alignment.Facts.IsAlignment || !Follows(alignment, header)
                || alignment.Facts.Cells.Count != header.Facts.Cells.Count)
            {
                continue;
            }
            var body = new List<ParagraphFacts<TableRow>>();
            var j = i + 2;
            for (; j < facts.Count && !facts[j].Facts.IsAlignment && Follows(facts[j], facts[j - 1]); j++)
            {
                body.Add(facts[j]);
            }
            if (body.Count > 0 && body.TrueForAll(row => row.Facts.Cells.Count == header.Facts.Cells.Count))
            {
                yield return new PipeTable(header.Facts, body);
            }
            i = j - 1;
        }
    }

    private static bool Follows(ParagraphFacts<TableRow> row, ParagraphFacts<TableRow> previous) =>
        row.Paragraph.Index == previous.Paragraph.Index + 1;
}
