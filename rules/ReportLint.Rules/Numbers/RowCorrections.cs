using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The cells of a pipe table that a row formula finds wrong, with the figure each should be: a total column that is
/// not its row's sum (<see cref="TotalColumn"/>), a product that is not its factors multiplied (<see cref="TableProduct"/>:
/// area × yield, quantity × unit price).
/// The other table rules read a table as if these were corrected: a column total that matches once they are, a share
/// or a rate of such a cell, follows from the one error and is not reported again.
/// </summary>
internal sealed class RowCorrections
{
    private readonly Dictionary<(int Paragraph, int Column), decimal> _figures = [];

    public static RowCorrections Of(PipeTable table)
    {
        var corrections = new RowCorrections();
        var formulas = TotalColumn.Formulas(table).ToList();
        formulas.AddRange(TableProduct.Find(table).Select(product => product.Formula));
        foreach (var formula in formulas)
        {
            foreach (var mismatch in formula.Mismatches())
            {
                corrections._figures[(mismatch.Row.Paragraph.Index, formula.Column)] = mismatch.Value;
            }
        }
        return corrections;
    }

    public bool IsEmpty => _figures.Count == 0;

    public bool Contains(ParagraphFacts<TableRow> row, int column) => _figures.ContainsKey((row.Paragraph.Index, column));

    public bool AnyIn(ParagraphFacts<TableRow> row, IEnumerable<int> columns) => columns.Any(column => Contains(row, column));

    /// <summary>How much the column's figures over <paramref name="rows"/> change once corrected.</summary>
    public decimal Shift(IEnumerable<ParagraphFacts<TableRow>> rows, int column)
    {
        decimal shift = 0;
        foreach (var row in rows)
        {
            if (_figures.TryGetValue((row.Paragraph.Index, column), out var figure) && ColumnSum.TryRead(row.Facts.Cells[column], out var stated, out _))
            {
                shift += figure - stated;
            }
        }
        return shift;
    }

    /// <summary>The corrected figure of the cell, or null when it was not found wrong.</summary>
    public decimal? Figure(ParagraphFacts<TableRow> row, int column) =>
        _figures.TryGetValue((row.Paragraph.Index, column), out var figure) ? figure : null;
}
