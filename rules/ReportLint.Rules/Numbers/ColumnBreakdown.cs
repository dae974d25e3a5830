using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A header group `Trong đó`, `Chia ra`, `Gồm` over the parts of the column just before it, for RL5016:
/// `| Xã | Số hộ | Trong đó | |` over `| | | Hộ nghèo | Hộ cận nghèo |` reads, in each row, the parts against their whole
/// (<see cref="TwoRowHeader"/> keeps the groups). `Trong đó` may list only some parts, so the group is read as a sum
/// only when most rows, and at least two, add up (<see cref="RowFormula"/>); every column must be a figure column
/// whose header may add up (<see cref="TotalColumn.IsFigureColumn"/>).
/// A row that does not add up is a defect, but which of its cells is wrong the row alone cannot say: a cell is named
/// (<see cref="RowMismatch.Culprit"/>) only when it alone, set to what its row needs, also makes its column's total
/// right; when several can, one whose figure is that value with two neighbouring digits swapped is the likelier slip
/// (<see cref="TransposedDigits"/>). A column total such a row explains is then no error of its own.
/// </summary>
internal sealed partial record ColumnBreakdown(HeadingGroup Group, int Whole, int[] Parts)
{
    /// <summary>A cell of a row that does not add up, and the figure that makes both its row and its column's total right.</summary>
    internal sealed record Repair(int Column, decimal Value, string Text, bool Transposed);

    /// <summary>A row whose parts do not add up to its whole, and the cells that could be the one slip.</summary>
    internal sealed record RowMismatch(FormulaMismatch Row, IReadOnlyList<Repair> Repairs)
    {
        /// <summary>The one cell to blame, or null when none or several could be.</summary>
        public Repair? Culprit => Repairs.Count == 1 ? Repairs[0]
            : Repairs.Count(r => r.Transposed) == 1 ? Repairs.Single(r => r.Transposed) : null;

        /// <summary>The row, corrected in some cell, could make <paramref name="column"/>'s total right, but no one cell is to blame.</summary>
        public bool LeavesOpen(int column) => Culprit is null && Repairs.Any(r => r.Column == column);
    }

    /// <summary>A breakdown and its rows that do not add up (<see cref="PipeTable.Breakdowns"/> reads them once).</summary>
    internal sealed record Reading(ColumnBreakdown Breakdown, IReadOnlyList<RowMismatch> Mismatches);

    public static IEnumerable<Reading> Readings(PipeTable table)
    {
        foreach (var breakdown in Find(table))
        {
            var mismatches = new RowFormula(table, breakdown.Whole, breakdown.Parts, TotalColumn.Sum).Mismatches();
            if (mismatches.Count > 0)
            {
                yield return new Reading(breakdown, mismatches.ConvertAll(m => new RowMismatch(m, breakdown.Repairs(table, m))));
            }
        }
    }

    private static IEnumerable<ColumnBreakdown> Find(PipeTable table)
    {
        foreach (var group in table.HeadingGroups)
        {
            var whole = group.First - 1;
            var parts = group.Columns.ToArray();
            if (PartsHeading().IsMatch(group.Name) && whole >= 0 && parts.Length >= 2
                && !table.HeadingGroups.Any(g => g.First <= whole && whole <= g.Last)
                && TotalColumn.IsFigureColumn(table, whole) && parts.All(column => TotalColumn.IsFigureColumn(table, column)))
            {
                yield return new ColumnBreakdown(group, whole, parts);
            }
        }
    }

    /// <summary>The cells of the row that, set to what the row needs, also make their column's total right.</summary>
    private List<Repair> Repairs(PipeTable table, FormulaMismatch mismatch)
    {
        var repairs = new List<Repair>();
        var row = mismatch.Row.Paragraph.Index;
        if (table.Totals.FirstOrDefault(t => t.DataRows.Any(r => r.Paragraph.Index == row)) is not { } total
            || !ColumnSum.TryRead(mismatch.Cell, out var whole, out _))
        {
            return repairs;
        }
        foreach (var column in Parts.Prepend(Whole))
        {
            var cell = mismatch.Row.Facts.Cells[column];
            if (!ColumnSum.TryRead(cell, out var stated, out _))
            {
                continue;
            }
            var needed = column == Whole ? mismatch.Exact : whole - (mismatch.Exact - stated);
            if (needed < 0 || ColumnSum.Of(total.DataRows, column, table.Heading(column), total.Cell(column)) is not { Matches: false } sum
                || Math.Abs(sum.Stated - (sum.Value - stated) - needed) > sum.Tolerance)
            {
                continue;
            }
            var text = sum.Format(needed);
            repairs.Add(new Repair(column, needed, text, TransposedDigits.Of(cell.Text).Contains(text)));
        }
        return repairs;
    }

    // The head of a group of parts: `Trong đó`, `Chia ra`, `Gồm`, `Bao gồm`, with a colon or not.
    [GeneratedRegex(@"^(?:trong\s+đó|chia\s+ra|gồm|bao\s+gồm)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartsHeading();
}
