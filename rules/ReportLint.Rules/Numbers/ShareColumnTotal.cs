using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A column of shares of one whole in a table with a total row (<see cref="TotalRow"/>: its data rows are parts of one
/// level, no `Trong đó` or sub-item among them), for RL5034: the shares must add up to 100, within half a unit of
/// each cell's last decimal (`33,3 + 33,3 + 33,3` is 100 too), and the total row's cell, if filled, must say 100. The
/// heading decides (<see cref="ShareColumn.KindOf"/>) and the table must show the column is of the whole:
/// <list type="bullet">
/// <item>the total row's cell says 100: any share heading, a bare `Tỷ lệ (%)` included;</item>
/// <item>the total row's cell is empty: a heading that names shares (`Tỷ trọng`, `Cơ cấu`, `Tỷ lệ so với tổng`), and
/// another column whose rows add up to its total row, so the rows split one total;</item>
/// <item>the total row's cell says something else while the shares make 100: that heading again, and such a column.</item>
/// </list>
/// Silent when the total row's cell is the shares' sum (shares of a larger whole: a province's districts over the
/// country), when it lies among the shares (an average rate, not a sum), when the shares follow another column in a
/// ratio of their own (shares of a whole outside the table), when the column is read already as shares of a count
/// column (RL5018) or as each row's own rate (RL5019), and when any cell is no figure.
/// </summary>
internal static class ShareColumnTotal
{
    private const decimal Whole = 100m;

    public static IEnumerable<ShareSumMismatch> Mismatches(PipeTable table)
    {
        if (table.Total is not { DataRows.Count: >= 2 } total)
        {
            yield break;
        }
        HashSet<int>? readElsewhere = null;
        for (var column = total.LabelColumn + 1; column < table.ColumnCount; column++)
        {
            var kind = ShareColumn.KindOf(table, column, total.LabelColumn);
            if (kind == ShareOfTotal.None || StatedShares.Read(total, column) is not { } shares)
            {
                continue;
            }
            readElsewhere ??= ReadByOtherRules(table);
            if (!readElsewhere.Contains(column) && Check(table, total, shares, kind) is { } mismatch)
            {
                yield return mismatch;
            }
        }
    }

    private static ShareSumMismatch? Check(PipeTable table, TotalRow total, StatedShares shares, ShareOfTotal kind)
    {
        var sum = shares.Sum;
        var makesWhole = Math.Abs(sum - Whole) <= shares.Tolerance;
        if (shares.Stated is not { } stated)
        {
            return kind == ShareOfTotal.Named && !makesWhole && RowsSplitOneTotal(table, total, shares)
                ? Mismatch(table, total, shares) : null;
        }
        // The total is the shares' sum (of a larger whole), or lies among them (an average rate): no contradiction.
        if (Math.Abs(stated.Value - sum) <= shares.Tolerance + ColumnSum.HalfUnit(stated.Decimals)
            || (stated.Value >= shares.Min && stated.Value <= shares.Max))
        {
            return null;
        }
        if (stated.Value == Whole)
        {
            // A bare `Tỷ lệ` summing to twice the whole or more is each row's own rate, whatever its total says.
            return kind == ShareOfTotal.Named || sum < 2 * Whole ? Mismatch(table, total, shares) : null;
        }
        return kind == ShareOfTotal.Named && makesWhole && RowsSplitOneTotal(table, total, shares)
            ? new ShareSumMismatch(shares, null, WrongTotal: true) : null;
    }

    /// <summary>The shares miss the whole: on the one cell the counts prove wrong, when they do, else on the total.</summary>
    private static ShareSumMismatch Mismatch(PipeTable table, TotalRow total, StatedShares shares) =>
        new(shares, ProvenCulprit(table, total, shares), WrongTotal: false);

    /// <summary>
    /// Another column (not a rate, an average…) whose data rows add up to its figure in the total row, as RL5016 reads
    /// it: the rows split that total. When the shares follow that column in a ratio of their own, they are shares of a
    /// whole outside the table (each district's share of the province, the table listing only some), so none is said.
    /// </summary>
    private static bool RowsSplitOneTotal(PipeTable table, TotalRow total, StatedShares shares)
    {
        var split = false;
        foreach (var (column, figures) in AddingColumns(table, total, shares.Column))
        {
            if (shares.Proportional(figures))
            {
                return false;
            }
            split = true;
        }
        return split;
    }

    private static IEnumerable<(int Column, decimal[] Figures)> AddingColumns(PipeTable table, TotalRow total, int except)
    {
        for (var column = total.LabelColumn + 1; column < table.ColumnCount; column++)
        {
            if (column != except && ColumnSum.Of(total.DataRows, column, table.Heading(column), total.Cell(column)) is { Matches: true, WithinRange: false, Stated: > 0 }
                && ColumnSum.Figures(total.DataRows, column, table.Heading(column)) is { } figures)
            {
                yield return (column, figures);
            }
        }
    }

    /// <summary>
    /// The one share the counts prove wrong: a count column (<see cref="ShareColumn.CountColumnsOf"/>) that adds up to
    /// its total, every other share its row's count over that total, and this one's correction making the shares 100.
    /// Exactly one count column of the first group that proves any must prove one.
    /// </summary>
    private static ShareCulprit? ProvenCulprit(PipeTable table, TotalRow total, StatedShares shares)
    {
        var adding = AddingColumns(table, total, shares.Column).ToDictionary(c => c.Column, c => c.Figures);
        foreach (var candidates in ShareColumn.CountColumnsOf(table, shares.Column, total.LabelColumn))
        {
            var proven = candidates.Columns.Where(adding.ContainsKey)
                .Select(count => shares.OneWrong(count, adding[count], total)).OfType<ShareCulprit>().ToList();
            if (proven.Count > 0)
            {
                return proven.Count == 1 ? proven[0] : null;
            }
        }
        return null;
    }

    /// <summary>The percent columns RL5018 reads as shares of a count column or RL5019 as rates of their own rows: theirs.</summary>
    private static HashSet<int> ReadByOtherRules(PipeTable table)
    {
        var columns = TableShareMismatchAnalyzer.ShareColumns(table);
        columns.UnionWith(RateColumns.Find(table).Select(c => c.Rate));
        columns.UnionWith(RowRateColumns.Find(table).Select(formula => formula.Column));
        return columns;
    }
}

/// <summary>A share column that misses the whole: with its one cell the counts prove wrong, or with its total row's cell wrong.</summary>
internal sealed record ShareSumMismatch(StatedShares Shares, ShareCulprit? Culprit, bool WrongTotal);

/// <summary>The one share found wrong: its row's count over the total (<paramref name="Expected"/>, as the cell writes its decimals).</summary>
internal sealed record ShareCulprit(ParagraphFacts<TableRow> Row, TableCell Cell, string Expected, string Part, string Whole);

/// <summary>
/// The shares of a column over the data rows of a total row, every cell a figure (`12,5` or `12,5%`), and the total
/// row's own cell when it holds one (an empty cell: none; any other text: the column is not read).
/// </summary>
internal sealed record StatedShares(TotalRow Total, int Column, decimal[] Values, int[] Decimals, (decimal Value, int Decimals)? Stated)
{
    private const decimal Whole = 100m;

    public decimal Sum => Values.Sum();

    /// <summary>Half a unit of the last decimal written, per share: each was rounded on its own.</summary>
    public decimal Tolerance => Decimals.Sum(ColumnSum.HalfUnit);

    public decimal Min => Values.Min();

    public decimal Max => Values.Max();

    /// <summary>The sum written with as many decimals as the most precise share.</summary>
    public string SumText => VietnameseNumber.Format(Sum, Decimals.Max());

    public static StatedShares? Read(TotalRow total, int column)
    {
        var rows = total.DataRows;
        var (values, decimals) = (new decimal[rows.Count], new int[rows.Count]);
        for (var i = 0; i < rows.Count; i++)
        {
            if (!ColumnSum.TryReadRate(rows[i].Facts.Cells[column], out values[i], out decimals[i]))
            {
                return null;
            }
        }
        var cell = total.Cell(column);
        if (cell.IsEmpty)
        {
            return new StatedShares(total, column, values, decimals, null);
        }
        return ColumnSum.TryReadRate(cell, out var value, out var places) ? new StatedShares(total, column, values, decimals, (value, places)) : null;
    }

    /// <summary>
    /// Every share is its row's figure over one whole other than the table's (<c>100 × Σfigures / Σshares</c>), within
    /// its rounding and a hundredth of itself: shares of a whole the table does not show.
    /// </summary>
    public bool Proportional(decimal[] figures)
    {
        if (Sum <= 0 || figures.Any(f => f <= 0))
        {
            return false;
        }
        var whole = Whole * figures.Sum() / Sum;
        return Values.Select((share, i) => Math.Abs(Whole * figures[i] / whole - share) <= 2 * ColumnSum.HalfUnit(Decimals[i]) + share / 100).All(x => x);
    }

    /// <summary>
    /// The one share that is not its row's figure over the column's total, when correcting it makes the shares 100;
    /// null when none, or more than one, is wrong.
    /// </summary>
    public ShareCulprit? OneWrong(int countColumn, decimal[] figures, TotalRow total)
    {
        var totalCell = total.Cell(countColumn);
        if (!ColumnSum.TryRead(totalCell, out var whole, out _) || whole <= 0)
        {
            return null;
        }
        var wrong = Enumerable.Range(0, Values.Length).Where(i => !VietnameseNumber.Written(Whole * figures[i] / whole, Values[i], Decimals[i])).ToList();
        if (wrong is not [var index])
        {
            return null;
        }
        var exact = Whole * figures[index] / whole;
        if (Math.Abs(Sum - Values[index] + exact - Whole) > Tolerance)
        {
            return null;
        }
        var row = total.DataRows[index];
        var cell = row.Facts.Cells[Column];
        return new ShareCulprit(row, cell, VietnameseNumber.Format(exact, Decimals[index]), row.Facts.Cells[countColumn].Text, totalCell.Text);
    }
}
