using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The cells of a pipe table that another table rule finds wrong, with the figure each should be: a cell a row's formula
/// proves wrong (<see cref="RowFormula.Slips"/>: a total column that is not its row's sum, <see cref="TotalColumn"/>; the
/// parts under `Trong đó` against their whole, <see cref="ColumnBreakdown"/>; a product that is not its factors multiplied,
/// <see cref="TableProduct"/>; a rate, <see cref="PipeTable.Rates"/>; a change, <see cref="PipeTable.Changes"/>), an amount
/// that is not the count times the price its row's text states (<see cref="UnitPriceCell"/>), and a total row's figure
/// that is not its column's sum (<see cref="ColumnTotals"/>).
/// The other table rules read a table as if these were corrected: a column total that matches once they are, a share
/// or a rate of such a cell, follows from the one error and is not reported again.
/// </summary>
internal sealed class RowCorrections
{
    private readonly Dictionary<(int Paragraph, int Column), (decimal Value, string Text)> _figures = [];
    private readonly HashSet<(int Paragraph, int Column)> _columnTotals = [];
    // The cells a row's formula blames, each with the formula's column: the one rule that reports it.
    private readonly Dictionary<(int Paragraph, int Column), int> _blamed = [];
    // The cells that could each be a row's one slip, none to blame: their column's total may be right as written.
    private readonly HashSet<(int Paragraph, int Column)> _open = [];

    /// <summary>Every correction: the rows' own, then the column totals read with them (both as the table read them once).</summary>
    public static RowCorrections Of(PipeTable table)
    {
        var acrossRows = table.AcrossRows;
        var corrections = new RowCorrections();
        foreach (var (cell, figure) in acrossRows._figures)
        {
            corrections._figures[cell] = figure;
        }
        foreach (var (cell, formula) in acrossRows._blamed)
        {
            corrections._blamed[cell] = formula;
        }
        corrections._open.UnionWith(acrossRows._open);
        foreach (var mismatch in table.ColumnTotalMismatches)
        {
            var cell = (mismatch.Total.Row.Paragraph.Index, mismatch.Column);
            corrections._figures[cell] = (mismatch.Sum.Value, mismatch.Sum.Format());
            corrections._columnTotals.Add(cell);
        }
        return corrections;
    }

    /// <summary>
    /// The cells found wrong across their row only: what a column total is read with. A row's formula blames the cell its
    /// column totals name (<see cref="RowMismatch.Culprit"/>); when they name none, a total column's or a product's own
    /// figure is read as the slip (it is computed from the others), and no cell of another formula's row is; when they
    /// name several, none is, and their columns' totals are left open.
    /// </summary>
    public static RowCorrections AcrossRows(PipeTable table)
    {
        var corrections = new RowCorrections();
        corrections.AddAll(table.TotalColumns.SelectMany(reading => reading.Mismatches), correctsFigure: true);
        corrections.AddAll(table.Breakdowns.SelectMany(reading => reading.Mismatches), correctsFigure: false);
        corrections.AddAll(table.Products.SelectMany(product => product.Formula.Slips()), correctsFigure: true);
        corrections.AddAll(table.Rates.SelectMany(formula => formula.Slips()), correctsFigure: false);
        corrections.AddAll(table.Changes.SelectMany(change => change.Formula.Slips()), correctsFigure: false);
        foreach (var reading in UnitPriceCell.Read(table))
        {
            if (reading.Correction() is { } correction)
            {
                corrections._figures.TryAdd((reading.Row.Index, reading.Column), correction);
            }
        }
        return corrections;
    }

    /// <param name="correctsFigure">A row whose column totals name no cell is read with the formula's own figure corrected.</param>
    private void AddAll(IEnumerable<RowMismatch> slips, bool correctsFigure)
    {
        foreach (var slip in slips)
        {
            var (row, column) = (slip.Row.Row.Paragraph.Index, slip.Row.Column);
            if (slip.Culprit is { } culprit)
            {
                if (_figures.TryAdd((row, culprit.Column), (culprit.Value, culprit.Text)))
                {
                    _blamed[(row, culprit.Column)] = column;
                }
            }
            else if (slip.Ambiguous)
            {
                _open.UnionWith(slip.Repairs.Select(repair => (row, repair.Column)));
            }
            else if (correctsFigure)
            {
                _figures.TryAdd((row, column), (slip.Row.Value, slip.Row.Expected));
            }
        }
    }

    public bool IsEmpty => _figures.Count == 0;

    public bool Contains(ParagraphFacts<TableRow> row, int column) => _figures.ContainsKey((row.Paragraph.Index, column));

    public bool AnyIn(ParagraphFacts<TableRow> row, IEnumerable<int> columns) => columns.Any(column => Contains(row, column));

    /// <summary>The cell is the one slip of its row that the formula of <paramref name="formulaColumn"/> found: that formula's rule reports it.</summary>
    public bool IsBlamedBy(ParagraphFacts<TableRow> row, int column, int formulaColumn) =>
        _blamed.TryGetValue((row.Paragraph.Index, column), out var blamer) && blamer == formulaColumn;

    /// <summary>A cell of the rows could be their one slip, and none is to blame: the column's total may be right as written.</summary>
    public bool LeavesOpen(IEnumerable<ParagraphFacts<TableRow>> rows, int column) => rows.Any(row => _open.Contains((row.Paragraph.Index, column)));

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
