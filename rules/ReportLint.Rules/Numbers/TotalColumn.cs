using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A total column of a pipe table (`Cộng`, `Tổng`, `Tổng cộng`, `Tổng số`, with a unit or not) that is, in every row,
/// the sum of the figure columns between the label and it: `| Nguồn | Tiền mặt | Hiện vật | Cộng |`, for RL5016. The
/// parts are the columns right before it whose headers may add up and whose rows hold figures, back to the label or
/// to an earlier total column (`| Nam | Nữ | Cộng | Nam | Nữ | Cộng |`); at least two of them. A total column left of
/// its breakdown (`| Tổng số | Nam | Nữ |`) has no parts before it and is not read. <see cref="RowFormula"/> asks most
/// rows to agree, so a `Tổng số` that sums something else is never reported.
/// </summary>
internal static partial class TotalColumn
{
    public static IEnumerable<RowFormula> Formulas(PipeTable table)
    {
        var start = 0;
        for (var column = 1; column < table.ColumnCount; column++)
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
}
