using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A header group `Trong đó`, `Chia ra`, `Gồm` over the parts of the column just before it, for RL5016:
/// `| Xã | Số hộ | Trong đó | |` over `| | | Hộ nghèo | Hộ cận nghèo |` reads, in each row, the parts against their whole
/// (<see cref="TwoRowHeader"/> keeps the groups). `Trong đó` may list only some parts, so the group is read as a sum
/// only when most rows, and at least two, add up (<see cref="RowFormula"/>); every column must be a figure column
/// whose header may add up (<see cref="TotalColumn.IsFigureColumn"/>).
/// A row that does not add up is a defect, but which of its cells is wrong the row alone cannot say: its column totals
/// may name one (<see cref="RowMismatch.Culprit"/>), and a column total such a row explains is then no error of its own.
/// </summary>
internal sealed partial record ColumnBreakdown(HeadingGroup Group, int Whole, int[] Parts)
{
    /// <summary>A breakdown and its rows that do not add up (<see cref="PipeTable.Breakdowns"/> reads them once).</summary>
    internal sealed record Reading(ColumnBreakdown Breakdown, IReadOnlyList<RowMismatch> Mismatches);

    public static IEnumerable<Reading> Readings(PipeTable table)
    {
        foreach (var breakdown in Find(table))
        {
            var mismatches = new RowFormula(table, breakdown.Whole, breakdown.Parts, TotalColumn.Sum).Slips();
            if (mismatches.Count > 0)
            {
                yield return new Reading(breakdown, mismatches);
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

    // The head of a group of parts: `Trong đó`, `Chia ra`, `Gồm`, `Bao gồm`, with a colon or not.
    [GeneratedRegex(@"^(?:trong\s+đó|chia\s+ra|gồm|bao\s+gồm)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartsHeading();
}
