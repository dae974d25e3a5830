using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A total row's figure that is not the sum of its column, with that sum: what RL5016 reports. <paramref name="Fixable"/>
/// is false when a row of the column that disagrees with its own formula may be the one slip instead
/// (<see cref="RowMismatch.Ambiguous"/>), or when the document's prose states the total too (<paramref name="InProse"/>,
/// <see cref="ProseFigures"/>): the total may well be right, and writing the sum into it would be wrong.
/// </summary>
internal sealed record ColumnTotalMismatch(TotalRow Total, int Column, ColumnSum Sum, bool Fixable = true, TextSpan? InProse = null);

/// <summary>
/// The column totals of a pipe table that contradict their data rows, for RL5016 and <see cref="RowCorrections"/>. A
/// column is read only when the table shows it adds up elsewhere: with two or more columns summed, at least one must
/// match (else the rows are likely not parts of the total: a breakdown by sex and by ethnicity under one `Tổng số`); a
/// lone column only under its data rows, not above them. A total that matches once the rows found wrong across are
/// corrected follows from that one error and is none.
/// </summary>
internal static class ColumnTotals
{
    /// <summary>The table's total row, or the group rows of a table numbered on two levels.</summary>
    public static IEnumerable<TotalRow> Totals(PipeTable table) =>
        table.Total is { } total ? [total] : TotalRow.Groups(table);

    /// <summary>The mismatches of <paramref name="totals"/> (<see cref="PipeTable.ColumnTotalMismatches"/> reads them once).</summary>
    public static IEnumerable<ColumnTotalMismatch> Mismatches(PipeTable table, IEnumerable<TotalRow> totals, RowCorrections rows)
    {
        foreach (var total in totals)
        {
            var sums = SummedColumns(table, total);
            bool Matches((int Column, ColumnSum Sum) s) => s.Sum.Matches || s.Sum.MatchesAfter(rows.Shift(total.DataRows, s.Column));
            var confirmed = sums.Count > 1 ? sums.Exists(Matches) : total.IsLast;
            if (!confirmed)
            {
                continue;
            }
            foreach (var (column, sum) in sums)
            {
                if (sum.Contradicts && !Matches((column, sum)))
                {
                    var inProse = table.Prose?.Find(sum.Stated);
                    yield return new ColumnTotalMismatch(total, column, sum, inProse is null && !rows.LeavesOpen(total.DataRows, column), inProse);
                }
            }
        }
    }

    /// <summary>The columns right of the label whose total row holds a figure and whose data rows add up.</summary>
    private static List<(int Column, ColumnSum Sum)> SummedColumns(PipeTable table, TotalRow total)
    {
        var sums = new List<(int, ColumnSum)>();
        for (var column = total.LabelColumn + 1; column < table.ColumnCount; column++)
        {
            if (ColumnSum.Of(total.DataRows, column, table.Heading(column), total.Cell(column)) is { } sum)
            {
                sums.Add((column, sum));
            }
        }
        return sums;
    }
}
