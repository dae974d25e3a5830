using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A total column of a pipe table (`Cộng`, `Tổng`, `Tổng cộng`, `Tổng số`, with a unit or not) that is, in every row,
/// the sum of the figure columns between the label and it: `| Nguồn | Tiền mặt | Hiện vật | Cộng |`, for RL5016. The
/// parts are the columns right before it whose headers may add up and whose rows hold figures, back to the label or
/// to an earlier total column (`| Nam | Nữ | Cộng | Nam | Nữ | Cộng |`); at least two of them. A `Tổng số …` column
/// first among the figures (`| Chi bộ | Tổng số đảng viên | Xuất sắc | Tốt | Hoàn thành | Không hoàn thành |`) is read
/// as the sum of all the figure columns after it, when no heading group (`Trong đó`, <see cref="ColumnBreakdown"/>)
/// stands over them. <see cref="RowFormula"/> asks most rows to agree, so a `Tổng số` that sums something else (only
/// some of its parts: `| Tổng số hộ | Hộ nghèo | Hộ cận nghèo |`) is never reported.
/// </summary>
internal static partial class TotalColumn
{
    public static IEnumerable<RowFormula> Formulas(PipeTable table)
    {
        var start = 0;
        if (LeadingTotal(table) is { Holds: true } leading)
        {
            yield return leading;
            start = leading.Inputs[^1] + 1;
        }
        for (var column = Math.Max(1, start); column < table.ColumnCount; column++)
        {
            if (!TotalHeading().IsMatch(table.Heading(column)))
            {
                continue;
            }
            var parts = Parts(table, column, start);
            if (parts.Length >= 2)
            {
                yield return new RowFormula(table, column, parts, Sum);
            }
            start = column + 1;
        }
    }

    /// <summary>
    /// The first figure column headed `Tổng số …` with the figure columns after it as its parts, up to the next total
    /// column or the first column that is no figure; null when there is none or its parts are fewer than two.
    /// </summary>
    private static RowFormula? LeadingTotal(PipeTable table)
    {
        var column = Enumerable.Range(1, table.ColumnCount - 1).FirstOrDefault(c => IsFigureColumn(table, c));
        if (column == 0 || !LeadingTotalHeading().IsMatch(table.Heading(column)) || table.HeadingGroups.Count > 0)
        {
            return null;
        }
        var last = column;
        while (last + 1 < table.ColumnCount && !TotalHeading().IsMatch(table.Heading(last + 1)) && IsFigureColumn(table, last + 1))
        {
            last++;
        }
        return last - column >= 2 ? new RowFormula(table, column, Enumerable.Range(column + 1, last - column).ToArray(), Sum) : null;
    }

    /// <summary>The figure columns right before the total, not further left than <paramref name="start"/>.</summary>
    private static int[] Parts(PipeTable table, int total, int start)
    {
        var first = total;
        while (first - 1 >= start && IsFigureColumn(table, first - 1))
        {
            first--;
        }
        return Enumerable.Range(first, total - first).ToArray();
    }

    /// <summary>A header that may add up over most body rows holding a figure: a label or `STT` column is none.</summary>
    public static bool IsFigureColumn(PipeTable table, int column) =>
        ColumnSum.IsAdditive(table.Heading(column)) && ColumnSum.MostlyFigures(table, column);

    /// <summary>The parts added up, with the range their rounding allows.</summary>
    public static FormulaRange? Sum(RowFigure[] parts) =>
        new FormulaRange(parts.Sum(p => p.Value), parts.Sum(p => p.Low), parts.Sum(p => p.High));

    [GeneratedRegex(@"^(?:tổng\s+cộng|tổng\s+số|tổng|cộng)(?:\s*\([^()%]*\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalHeading();

    // `Tổng số`, `Tổng số đảng viên`, `Tổng số (người)`: the whole of the columns after it.
    [GeneratedRegex(@"^tổng\s+số(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTotalHeading();
}
