namespace ReportLint.Rules.Numbers;

/// <summary>
/// A header on two rows: the top row names a group over several columns (`Năm 2026`, merged, or typed with empty cells
/// after it) and the row under it names each column of the group (`Dự toán năm | Thực hiện 9 tháng | Tỷ lệ (%)`), while
/// a column the top row names alone leaves its cell under it empty (a cell merged down). The second row holds no figure
/// but a year, and every cell it fills lies under a group or under an empty top cell; a row that names a column the top
/// row already names alone (`| I | Thu ngân sách | | |`) is a body row. Each column's heading is then the pair's words,
/// the group's first (`Năm 2026 Thực hiện 9 tháng`), so the table rules read the columns as under one header row.
/// The groups themselves are kept (<see cref="HeadingGroup"/>): a group `Trong đó` names the parts of the column before it.
/// </summary>
internal static class TwoRowHeader
{
    /// <summary>The groups of <paramref name="top"/> once <see cref="Merge"/> read it with a second row: each top cell over several columns.</summary>
    public static IReadOnlyList<HeadingGroup> GroupsOf(TableRow top)
    {
        var found = new List<HeadingGroup>();
        var groups = Groups(top);
        for (var column = 0; column < groups.Length; column++)
        {
            if (groups[column] == column && !top.Cells[column].IsEmpty && IsSpan(top, column))
            {
                var last = column + 1;
                while (last + 1 < groups.Length && groups[last + 1] == column)
                {
                    last++;
                }
                found.Add(new HeadingGroup(top.Cells[column].Text, column, last));
            }
        }
        return found;
    }

    /// <summary>The header read from <paramref name="top"/> and <paramref name="second"/>, or null when the second row is no heading.</summary>
    public static TableRow? Merge(TableRow top, TableRow second)
    {
        var cells = top.Cells;
        if (second.Cells.Count != cells.Count || second.IsAlignment)
        {
            return null;
        }
        if (!Enumerable.Range(0, cells.Count).Any(column => !cells[column].IsEmpty && IsSpan(top, column)))
        {
            return null; // no group: a second row would name columns the top row already names
        }
        var groups = Groups(top);
        var headings = new TableCell[cells.Count];
        var filled = 0;
        for (var column = 0; column < cells.Count; column++)
        {
            var (own, group) = (second.Cells[column], groups[column]);
            if ((own.Figure is not null && !ColumnSum.IsYearCell(own.Text)) || own.PercentNumber is not null)
            {
                return null;
            }
            var spans = group >= 0 && IsSpan(top, group);
            if (!own.IsEmpty && !spans && !cells[column].IsEmpty)
            {
                return null; // the second row names a column the top row names alone: a body row
            }
            if (spans && own.IsEmpty)
            {
                return null; // a group whose columns are not all named under it
            }
            filled += own.IsEmpty ? 0 : 1;
            var words = spans ? $"{cells[group].Text} {own.Text}".Trim() : cells[column].IsEmpty ? own.Text : cells[column].Text;
            headings[column] = new TableCell(words, null, cells[column].Emphasis);
        }
        return filled >= 2 ? top with { Cells = headings } : null;
    }

    /// <summary>For each column, the column of the top cell over it: its own, or the last named one left of an empty cell.</summary>
    private static int[] Groups(TableRow top)
    {
        var groups = new int[top.Cells.Count];
        var group = -1;
        for (var column = 0; column < groups.Length; column++)
        {
            group = top.Cells[column].IsEmpty ? group : column;
            groups[column] = group;
        }
        return groups;
    }

    /// <summary>The top cell at <paramref name="group"/> has an empty cell right of it: it spans more than its column.</summary>
    private static bool IsSpan(TableRow top, int group) => group + 1 < top.Cells.Count && top.Cells[group + 1].IsEmpty;
}

/// <summary>A top header cell over the columns <paramref name="First"/> to <paramref name="Last"/> (`Năm 2026`, `Trong đó`).</summary>
internal sealed record HeadingGroup(string Name, int First, int Last)
{
    public IEnumerable<int> Columns => Enumerable.Range(First, Last - First + 1);
}
