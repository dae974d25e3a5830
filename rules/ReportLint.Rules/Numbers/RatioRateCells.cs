using ReportLint.Core.Analysis;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A ratio written in one cell (`62/65`) with its rate in the next column, headed as a percentage (`Tỷ lệ (%)`,
/// `Tỷ lệ so với tổng số đại biểu (%)`), for RL5019: each row's rate must be its ratio in percent, rounded or cut to
/// the decimals written, as RL5001 checks `62/65 (95,38%)` in prose. The pair is read only when the ratio agrees with
/// its rate in at least one row and in no fewer rows than it disagrees: a column of document numbers (`12/2024`) or a
/// rate of something else agrees in none. A ratio whose part exceeds its whole is RL5002's.
/// </summary>
internal static class RatioRateCells
{
    /// <summary>A rate that is not its ratio: the rate cell's row and cell, the ratio as written and the rate it gives.</summary>
    internal sealed record Mismatch(ParagraphFacts<TableRow> Row, int Column, TableCell Rate, string Part, string Whole, string Expected, RowLabel Label)
    {
        public TextSpan Span => Row.Paragraph.ToAbsolute(Rate.PercentNumber ?? Rate.Number!.Value);

        /// <summary>The rate as written, without its percent sign.</summary>
        public string Stated => Rate.Text.TrimEnd('%').TrimEnd();
    }

    private readonly record struct ReadRow(ParagraphFacts<TableRow> Row, TableCell Rate, string Ratio, int Slash, decimal Exact, int Decimals, bool Agrees);

    public static IEnumerable<Mismatch> Find(PipeTable table)
    {
        for (var column = 1; column < table.ColumnCount; column++)
        {
            if (!RowRateColumns.IsPercentHeading(table.Heading(column)) || table.Heading(column - 1).Contains('%'))
            {
                continue;
            }
            var rows = table.Body.Select(row => Read(row, column)).OfType<ReadRow>().ToList();
            var agreeing = rows.Count(r => r.Agrees);
            if (agreeing == 0 || agreeing < rows.Count - agreeing)
            {
                continue;
            }
            foreach (var wrong in rows.Where(r => !r.Agrees))
            {
                yield return new Mismatch(wrong.Row, column, wrong.Rate, wrong.Ratio[..wrong.Slash], wrong.Ratio[(wrong.Slash + 1)..],
                    VietnameseNumber.Format(wrong.Exact, wrong.Decimals), RowLabel.Of(table, wrong.Row, column - 1));
            }
        }
    }

    /// <summary>The row's ratio (a number token `x/y`, the part no larger than the whole) and the rate after it.</summary>
    private static ReadRow? Read(ParagraphFacts<TableRow> row, int column)
    {
        var (ratio, rate) = (row.Facts.Cells[column - 1], row.Facts.Cells[column]);
        var slash = ratio.Text.IndexOf('/');
        if (ratio.Number is null || slash <= 0 || ratio.Text.LastIndexOf('/') != slash
            || !PercentageLinker.TryRatio(ratio.Text, slash, out var part, out var whole) || part > whole
            || !ColumnSum.TryReadRate(rate, out var stated, out var decimals))
        {
            return null;
        }
        return new ReadRow(row, rate, ratio.Text, slash, 100m * part / whole, decimals, PercentageLinker.Agrees(part, whole, stated, decimals));
    }
}
