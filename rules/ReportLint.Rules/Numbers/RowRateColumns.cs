using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A percent column of a pipe table that is, in each row, one figure of the row over another, whatever its heading
/// says (`Tỷ lệ đạt chuẩn (%)` after `Số trường`, `Số trường đạt chuẩn`), for RL5019. The pair is searched among the
/// figure columns left of it: every (part, whole) whose ratio agrees with most rows, and at least two
/// (<see cref="RowFormula.Holds"/>), with the part no larger than the whole in most rows. Exactly one pair must fit:
/// two columns that could both be the whole (equal figures) leave the rate unread. Columns whose headings already say
/// what they compare (<see cref="RateColumns"/>, <see cref="ChangeColumns"/>, or a <see cref="ComparisonColumns"/> that
/// holds) are not searched.
/// </summary>
internal static partial class RowRateColumns
{
    /// <summary>The rate formula of each percent column the search reads.</summary>
    public static IEnumerable<RowFormula> Find(PipeTable table)
    {
        // A comparison only when it holds: `So sánh (%)` over the wrong pair of columns leaves the search to find the right one.
        var named = RateColumns.Find(table).Select(c => c.Rate).Concat(ComparisonColumns.Find(table).Where(c => c.Formula(table).Holds).Select(c => c.Rate))
            .Concat(ChangeColumns.Find(table).Select(c => c.Change)).ToHashSet();
        for (var column = 1; column < table.ColumnCount; column++)
        {
            if (named.Contains(column) || !IsPercentHeading(table.Heading(column)))
            {
                continue;
            }
            var figures = Enumerable.Range(0, column).Where(c => IsFigureColumn(table, c)).ToList();
            var fits = new List<RowFormula>();
            foreach (var part in figures)
            {
                foreach (var whole in figures)
                {
                    var formula = new RowFormula(table, column, [part, whole], RateColumns.Percent);
                    if (part != whole && formula.Holds && PartWithinWhole(table, part, whole))
                    {
                        fits.Add(formula);
                    }
                }
            }
            if (fits.Count == 1)
            {
                yield return fits[0];
            }
        }
    }

    /// <summary>A heading with no `%` whose figures fill most rows; not a numbering (`STT`) or a column of years.</summary>
    private static bool IsFigureColumn(PipeTable table, int column)
    {
        var heading = table.Heading(column);
        if (heading.Contains('%') || IsNumbering(heading))
        {
            return false;
        }
        // Years stand alone in their cells: a column whose every figure is one is a column of years.
        return ColumnSum.MostlyFigures(table, column)
            && table.Body.Count(row => ColumnSum.IsYearCell(row.Facts.Cells[column].Text)) < table.Body.Count(row => ColumnSum.TryRead(row.Facts.Cells[column], out _, out _));
    }

    /// <summary>A percent column's heading: `%` in it, or a rate named as such (`Tỷ lệ hộ nghèo`).</summary>
    public static bool IsPercentHeading(string heading) => PercentHeading().IsMatch(heading);

    /// <summary>A numbering column's heading: `STT`, `TT`, `Số thứ tự`.</summary>
    public static bool IsNumbering(string heading) => Numbering().IsMatch(heading);

    /// <summary>The part is no larger than the whole in most rows that give both.</summary>
    private static bool PartWithinWhole(PipeTable table, int part, int whole)
    {
        var (within, read) = (0, 0);
        foreach (var row in table.Body)
        {
            if (ColumnSum.TryRead(row.Facts.Cells[part], out var p, out _) && ColumnSum.TryRead(row.Facts.Cells[whole], out var w, out _))
            {
                read++;
                within += p <= w ? 1 : 0;
            }
        }
        return 2 * within > read;
    }

    // A percent column: `%` in the heading, or a rate named as such (`Tỷ lệ hộ nghèo`).
    [GeneratedRegex(@"%|^t[ỷỉ]\s+lệ(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentHeading();

    [GeneratedRegex(@"^(?:stt|tt|số\s+tt|số\s+thứ\s+tự|thứ\s+tự)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();
}
