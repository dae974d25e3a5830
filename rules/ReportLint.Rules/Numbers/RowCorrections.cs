using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The cells of a pipe table that another table rule finds wrong, with the figure each should be: a total column that
/// is not its row's sum (<see cref="TotalColumn"/>), the one cell to blame in a row whose parts do not add up to its
/// whole (<see cref="ColumnBreakdown"/>), a product that is not its factors multiplied (<see cref="TableProduct"/>:
/// area × yield, quantity × unit price), and a total row's figure that is not its column's sum (<see cref="ColumnTotals"/>).
/// The other table rules read a table as if these were corrected: a column total that matches once they are, a share
/// or a rate of such a cell, follows from the one error and is not reported again.
/// </summary>
internal sealed class RowCorrections
{
    private readonly Dictionary<(int Paragraph, int Column), (decimal Value, string Text)> _figures = [];
    private readonly HashSet<(int Paragraph, int Column)> _columnTotals = [];

    /// <summary>Every correction: the rows' own, then the column totals read with them (both as the table read them once).</summary>
    public static RowCorrections Of(PipeTable table)
    {
        var corrections = new RowCorrections();
        foreach (var (cell, figure) in table.AcrossRows._figures)
        {
            corrections._figures[cell] = figure;
        }
        foreach (var mismatch in table.ColumnTotalMismatches)
        {
            var cell = (mismatch.Total.Row.Paragraph.Index, mismatch.Column);
            corrections._figures[cell] = (mismatch.Sum.Value, mismatch.Sum.Format());
            corrections._columnTotals.Add(cell);
        }
        return corrections;
    }

    /// <summary>The cells found wrong across their row only: what a column total is read with.</summary>
    public static RowCorrections AcrossRows(PipeTable table)
    {
        var corrections = new RowCorrections();
        var mismatches = table.TotalColumns.Select(reading => (reading.Formula.Column, reading.Mismatches))
            .Concat(table.Products.Select(product => (product.Formula.Column, product.Formula.Mismatches())));
        foreach (var (column, found) in mismatches)
        {
            foreach (var mismatch in found)
            {
                corrections._figures[(mismatch.Row.Paragraph.Index, column)] = (mismatch.Value, mismatch.Expected);
            }
        }
        // A row whose parts do not add up is corrected only where one cell is to blame: else any cell may be.
        foreach (var row in table.Breakdowns.SelectMany(reading => reading.Mismatches))
        {
            if (row.Culprit is { } culprit)
            {
                corrections._figures[(row.Row.Row.Paragraph.Index, culprit.Column)] = (culprit.Value, culprit.Text);
            }
        }
        return corrections;
    }

    public bool IsEmpty => _figures.Count == 0;

    public bool Contains(ParagraphFacts<TableRow> row, int column) => _figures.ContainsKey((row.Paragraph.Index, column));

    public bool AnyIn(ParagraphFacts<TableRow> row, IEnumerable<int> columns) => columns.Any(column => Contains(row, column));

    /// <summary>The cell is a total row's figure RL5016 reports as not its column's sum.</summary>
    public bool IsColumnTotal(ParagraphFacts<TableRow> row, int column) => _columnTotals.Contains((row.Paragraph.Index, column));

    /// <summary>How much the column's figures over <paramref name="rows"/> change once corrected.</summary>
    public decimal Shift(IEnumerable<ParagraphFacts<TableRow>> rows, int column)
    {
        decimal shift = 0;
        foreach (var row in rows)
        {
            if (_figures.TryGetValue((row.Paragraph.Index, column), out var figure) && ColumnSum.TryRead(row.Facts.Cells[column], out var stated, out _))
            {
                shift += figure.Value - stated;
            }
        }
        return shift;
    }

    /// <summary>The corrected figure of the cell and how it is written, or null when it was not found wrong.</summary>
    public (decimal Value, string Text)? Figure(ParagraphFacts<TableRow> row, int column) =>
        _figures.TryGetValue((row.Paragraph.Index, column), out var figure) ? figure : null;
}
