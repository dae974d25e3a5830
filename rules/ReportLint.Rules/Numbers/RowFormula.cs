using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A figure of a table row read as the input of a <see cref="RowFormula"/>: its value, how far from the true figure
/// its rounding may have put it, and its text. Figures with decimals, or in thousands, millions or billions (by the
/// header), were rounded by half a unit of their last digit; other whole figures are taken as exact.
/// </summary>
internal readonly record struct RowFigure(decimal Value, decimal Rounding, string Text)
{
    /// <param name="rate">A figure written with a percent sign (`92,40%`) is read too.</param>
    public static RowFigure? Read(TableCell cell, string header, bool rate = false)
    {
        if (!(rate ? ColumnSum.TryReadRate(cell, out var value, out var decimals) : ColumnSum.TryRead(cell, out value, out decimals)))
        {
            return null;
        }
        var rounded = decimals > 0 || ColumnSum.InScaledUnit(header);
        return new RowFigure(value, rounded ? ColumnSum.HalfUnit(decimals) : 0, cell.Text);
    }

    /// <summary>The figure as written, without a percent sign after it.</summary>
    public string Digits => Text.TrimEnd('%').TrimEnd();

    public decimal Low => Value - Rounding;

    public decimal High => Value + Rounding;
}

/// <summary>What a formula gives for one row: the figure from the inputs as written, and the range their rounding allows.</summary>
internal readonly record struct FormulaRange(decimal Exact, decimal Low, decimal High);

/// <summary>
/// One row whose figure is not what the formula gives from its inputs, with the figure it should be: exact, rounded
/// as the column writes its figures (<paramref name="Value"/>) and written so (<paramref name="Expected"/>).
/// <paramref name="Column"/> is the formula's column, <paramref name="Stated"/> the figure written there with its
/// <paramref name="Decimals"/>.
/// </summary>
internal sealed record FormulaMismatch(ParagraphFacts<TableRow> Row, TableCell Cell, RowFigure[] Inputs, decimal Exact, decimal Value,
    string Expected, RowLabel Label, int Column, decimal Stated, int Decimals)
{
    /// <summary>The span of the figure in the document, sign included.</summary>
    public TextSpan Span => Row.Paragraph.ToAbsolute(Cell.Figure!.Value);
}

/// <summary>A formula column of a table and the rows that disagree with it, read once (<see cref="PipeTable.TotalColumns"/>).</summary>
internal sealed record FormulaReading(RowFormula Formula, IReadOnlyList<RowMismatch> Mismatches);

/// <summary>How a message names a row: by its label (`“Xã Tân Hòa”`) or, with none, by its position among the body rows.</summary>
internal sealed partial record RowLabel(string? Name, int Position)
{
    /// <summary>The row's first cell before <paramref name="end"/> that is no numbering (`1.`, `II`, `a)`), else its position.</summary>
    public static RowLabel Of(PipeTable table, ParagraphFacts<TableRow> row, int end)
    {
        for (var column = 0; column < end; column++)
        {
            var text = row.Facts.Cells[column].Text;
            if (text.Length > 0 && !Numbering().IsMatch(text))
            {
                return new RowLabel(text, 0);
            }
        }
        return new RowLabel(null, table.Body.ToList().IndexOf(row) + 1);
    }

    /// <summary>`“Xã Tân Hòa”`, or `dòng 3` / `row 3`.</summary>
    public LocalizedText Text => Name is null ? new($"dòng {Position}", $"row {Position}") : new($"“{Name}”", $"“{Name}”");

    /// <summary>`dòng “Xã Tân Hòa”` / `row “Xã Tân Hòa”`, or `dòng 3` / `row 3`.</summary>
    public LocalizedText Row => Name is null ? Text : new($"dòng “{Name}”", $"row “{Name}”");

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*\.?|(?:[IVXLC]+|[A-ZĐ])\.?|[A-ZĐa-zđ][.)])$")]
    private static partial Regex Numbering();
}

/// <summary>
/// A column of a pipe table whose figure in every row is computed from other cells of the same row (a rate of
/// performance over target, an output of area times yield), for RL5019 and RL5020. A row agrees when its figure is the
/// result rounded or cut to the decimals written, anywhere in the range the rounding of its inputs allows. The column is
/// read as this formula only when most of its rows, and at least two, agree: a column that means something else agrees
/// on none. Rows with an input or the figure missing (`-`, empty) say nothing, nor does a row of zeros. The figure may
/// be read with its sign (<paramref name="Signed"/>: a change, `-142,4`); the inputs never are.
/// With <see cref="Corrections"/>, the formula follows the other table rules: an input they find wrong is read as
/// corrected (a figure that agrees with it as written or as corrected follows from that one error), and a figure RL5016
/// reports as its column's total is left to it. One error is then reported once.
/// </summary>
internal sealed partial record RowFormula(PipeTable Table, int Column, int[] Inputs, Func<RowFigure[], FormulaRange?> Compute, bool Signed = false)
{
    /// <summary>The cells other table rules find wrong, read as corrected; none when null.</summary>
    public RowCorrections? Corrections { get; init; }

    /// <summary>The inputs may be rates written with a percent sign (`73,50%`): a change between them is in points.</summary>
    public bool RateInputs { get; init; }

    /// <summary>Most rows read, and at least two, agree: the column is this formula.</summary>
    public bool Holds => Evaluate() is var (rows, wrong) && Holding(rows.Count, wrong.Count);

    public List<FormulaMismatch> Mismatches()
    {
        var (rows, wrong) = Evaluate();
        if (!Holding(rows.Count, wrong.Count))
        {
            return [];
        }
        // The fix is written as most of the column is (`75,20` among `81,26`, `79,52`).
        var decimals = rows.GroupBy(r => r.Decimals).MaxBy(g => (g.Count(), g.Key))!.Key;
        var grouped = !rows.Exists(r => ColumnSum.IsUngrouped(Cell(r.Row).Text, r.Stated));
        return wrong.ConvertAll(r => new FormulaMismatch(r.Row, Cell(r.Row), r.Inputs, r.Range.Exact,
            Math.Round(r.Range.Exact, decimals, MidpointRounding.AwayFromZero),
            grouped ? VietnameseNumber.FormatGrouped(r.Range.Exact, decimals) : VietnameseNumber.Format(r.Range.Exact, decimals), Label(r.Row),
            Column, r.Stated, r.Decimals));
    }

    /// <summary>
    /// The rows that disagree, each with the cells that could be its one slip (<see cref="RowMismatch"/>): the figure or
    /// an input that, set to what its column's total asks, makes the row agree too. A row's column totals are those of the
    /// total row whose data it is; a total row itself, or a row of a table without one, has none to ask.
    /// </summary>
    public List<RowMismatch> Slips() => Mismatches().ConvertAll(mismatch => new RowMismatch(mismatch, Repairs(mismatch)));

    private List<Repair> Repairs(FormulaMismatch mismatch)
    {
        var repairs = new List<Repair>();
        var index = mismatch.Row.Paragraph.Index;
        if (Table.Totals.FirstOrDefault(t => t.DataRows.Any(r => r.Paragraph.Index == index)) is not { } total)
        {
            return repairs;
        }
        foreach (var column in Inputs.Prepend(Column).Distinct())
        {
            var cell = mismatch.Row.Facts.Cells[column];
            if (!ColumnSum.TryRead(cell, out var stated, out _)
                || ColumnSum.Of(total.DataRows, column, Table.Heading(column), total.Cell(column)) is not { Contradicts: true } sum)
            {
                continue;
            }
            var needed = Math.Round(sum.Stated - (sum.Value - stated), sum.Decimals, MidpointRounding.AwayFromZero);
            if (needed < 0 || !sum.MatchesAfter(needed - stated) || !AgreesWith(mismatch, column, needed))
            {
                continue;
            }
            var text = RowMismatch.WrittenLike(cell.Text, sum.Format(needed));
            repairs.Add(new Repair(column, needed, text, TransposedDigits.Of(cell.Text).Contains(text)));
        }
        return repairs;
    }

    /// <summary>The row agrees once the cell of <paramref name="column"/>, its figure or an input, reads <paramref name="value"/>.</summary>
    private bool AgreesWith(FormulaMismatch mismatch, int column, decimal value)
    {
        var figures = (RowFigure[])mismatch.Inputs.Clone();
        for (var i = 0; i < Inputs.Length; i++)
        {
            if (Inputs[i] == column)
            {
                figures[i] = figures[i] with { Value = value };
            }
        }
        var stated = column == Column ? value : mismatch.Stated;
        return Compute(figures) is { } range && Agrees(range, stated, mismatch.Decimals);
    }

    private static bool Holding(int read, int wrong) => read - wrong >= 2 && read - wrong > wrong;

    /// <summary>The rows read (inputs and figure all written), and those of them that disagree.</summary>
    private (List<ReadRow> Rows, List<ReadRow> Wrong) Evaluate()
    {
        var rows = new List<ReadRow>();
        foreach (var row in Table.Body)
        {
            if (Read(row) is { } read)
            {
                rows.Add(read);
            }
        }
        return (rows, rows.FindAll(r => !Agrees(r.Range, r.Stated, r.Decimals) && !(r.AsWritten is { } written && Agrees(written, r.Stated, r.Decimals))));
    }

    /// <summary>A row read; <paramref name="AsWritten"/> is its range from the inputs as written when one was corrected.</summary>
    private readonly record struct ReadRow(ParagraphFacts<TableRow> Row, RowFigure[] Inputs, FormulaRange Range, decimal Stated, int Decimals,
        FormulaRange? AsWritten);

    /// <summary>
    /// The row's figure and inputs, an input another rule finds wrong read as corrected; the range from the inputs as
    /// written is kept too, since a figure that agrees with them follows from that input (either may be the one error).
    /// </summary>
    private ReadRow? Read(ParagraphFacts<TableRow> row)
    {
        var read = Signed ? ColumnSum.TryReadSigned(Cell(row), out var stated, out var decimals) : ColumnSum.TryRead(Cell(row), out stated, out decimals);
        if (!read || Corrections?.IsColumnTotal(row, Column) == true)
        {
            return null;
        }
        var written = new RowFigure[Inputs.Length];
        var inputs = new RowFigure[Inputs.Length];
        for (var i = 0; i < Inputs.Length; i++)
        {
            if (RowFigure.Read(row.Facts.Cells[Inputs[i]], Table.Heading(Inputs[i]), RateInputs) is not { } figure)
            {
                return null;
            }
            written[i] = figure;
            inputs[i] = Corrections?.Figure(row, Inputs[i]) is { } corrected ? figure with { Value = corrected.Value, Text = corrected.Text } : figure;
        }
        if (Compute(inputs) is not { } range || (range.High == 0 && stated == 0))
        {
            return null;
        }
        var asWritten = written.SequenceEqual(inputs) ? null : Compute(written);
        return new ReadRow(row, inputs, range, stated, decimals, asWritten);
    }

    /// <summary>
    /// Rounded (half a unit either way) or cut (down to the unit below) from a figure in the range: a whole sum of whole
    /// figures (30) cannot be cut to 29.
    /// </summary>
    private static bool Agrees(FormulaRange range, decimal stated, int decimals)
    {
        var half = ColumnSum.HalfUnit(decimals);
        var unit = 2 * half;
        var cut = Math.Floor(range.Low / unit) * unit;
        return stated >= Math.Min(range.Low - half, cut) && stated <= range.High + half;
    }

    private TableCell Cell(ParagraphFacts<TableRow> row) => row.Facts.Cells[Column];

    /// <summary>The row's name: its first cell left of the figures that is neither empty nor a number (`1`, `I`, `a)`).</summary>
    private RowLabel Label(ParagraphFacts<TableRow> row) => RowLabel.Of(Table, row, Math.Min(Column, Inputs.Min()));

}
