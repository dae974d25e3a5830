using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5018: a percentage in a Markdown pipe table that is not its row's share of the count column beside it
/// (`| Đạt 15 - 18 tiêu chí | 3 | 15,97 |` under `| Tổng cộng | 19 | 100 |` is 15,79). The whole is the total row's
/// figure (<see cref="TotalRow"/>), corrected when RL5016 reports it, or the column sum when the rows are parts with no
/// total row; the count column is the one <see cref="ShareColumn"/> finds and must add up (<see cref="ColumnSum.Figures"/>). A column is read as shares
/// only when most of its rows, and at least two, agree: a rate of each row's own figures (`Tỷ lệ (%)` of poor households
/// per commune) agrees on none. The total row's own percentage is then its share too (100), not the sum of the others.
/// A row of percentages under the total row (`Tỷ lệ (%)`) is read across too: each cell the share of its column's total
/// in the whole column's, the one whose cell reads 100 (<see cref="TotalRowShares"/>).
/// A row whose count RL5016 finds wrong across its row (<see cref="RowCorrections"/>: a `Cộng` that is not its row's
/// sum) has no share read: its percentage may well be right, and the whole is taken with that count corrected.
/// </summary>
public sealed class TableShareMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5018", "table-share-mismatch",
        new("Tỷ lệ trong bảng không khớp với số liệu của cột", "Table percentage does not match its share of the column"),
        new("Tỷ lệ của {0} là {1}/{2} = {3}%, không phải {4}%", "The share of {0} is {1}/{2} = {3}%, not {4}%"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private const decimal Whole = 100m;

    // A count column found by search, not named by the heading, must be borne out by more rows.
    private const int SearchedAgreement = 3;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        foreach (var reading in table.ShareReadings)
        {
            foreach (var share in reading.Wrong)
            {
                Report(context, share, Whole * share.Part / reading.Whole.Value, reading.Decimals, reading.Whole.Text);
            }
            if (reading.WrongTotal is { } totalShare)
            {
                Report(context, totalShare, Whole, totalShare.Decimals, reading.Whole.Text);
            }
        }
        if (TotalRowShares.Read(table) is { } row)
        {
            foreach (var share in row.Wrong)
            {
                Report(context, share, Whole * share.Part / row.Whole.Value, row.Decimals, row.Whole.Text);
            }
        }
    }

    /// <summary>The columns read as shares of a column (most rows agreeing): RL5019 leaves them to this rule.</summary>
    internal static HashSet<int> ShareColumns(PipeTable table) => table.ShareReadings.Select(r => r.Shares.PercentColumn).ToHashSet();

    /// <summary>The table's columns read as shares (<see cref="PipeTable.ShareReadings"/> reads them once for RL5018 and RL5019).</summary>
    internal static IEnumerable<ShareReading> Readings(PipeTable table)
    {
        var total = table.Total;
        var labelColumn = total?.LabelColumn ?? TotalRow.PartsLabelColumn(table);
        if (labelColumn < 0)
        {
            yield break;
        }
        var rows = total?.DataRows ?? table.Body;
        var corrections = table.Corrections;
        for (var column = labelColumn + 1; column < table.ColumnCount; column++)
        {
            if (ReadColumn(table, total, rows, labelColumn, column, corrections) is { } reading)
            {
                yield return reading;
            }
        }
    }

    /// <summary>
    /// The percentage column read against the first group of count columns any of which it is the shares of, when
    /// exactly one of that group is; a column searched for rather than named must agree on three rows at least.
    /// </summary>
    private static ShareReading? ReadColumn(PipeTable table, TotalRow? total, IReadOnlyList<ParagraphFacts<TableRow>> rows,
        int labelColumn, int column, RowCorrections corrections)
    {
        foreach (var candidates in ShareColumn.CountColumnsOf(table, column, labelColumn))
        {
            var readings = new List<ShareReading>();
            foreach (var count in candidates.Columns)
            {
                if (ColumnSum.Figures(rows, count, table.Heading(count)) is { } figures
                    && Read(new Shares(table, total, rows, labelColumn, count, column, figures, corrections),
                        candidates.Searched ? SearchedAgreement : 2) is { } reading)
                {
                    readings.Add(reading);
                }
            }
            if (readings.Count > 0)
            {
                return readings.Count == 1 ? readings[0] : null;
            }
        }
        return null;
    }

    /// <summary>The column read as shares when most of its rows, and at least <paramref name="minimumAgreeing"/>, agree; else null.</summary>
    private static ShareReading? Read(Shares shares, int minimumAgreeing)
    {
        if (shares.WholeFigure() is not { } whole || whole.Value <= 0)
        {
            return null;
        }
        var stated = shares.StatedPercentages();
        // The fix is written as most of the column is (`15,79` among `63,16`, `16` among `36`, `48`).
        var decimals = stated.Count == 0 ? 0 : stated.GroupBy(s => s.Decimals).MaxBy(g => (g.Count(), g.Key))!.Key;
        // A whole RL5016 corrects: a share of it as written follows from that one error too.
        var written = shares.WrittenWhole();
        var wrong = stated.FindAll(s => !VietnameseNumber.Written(Whole * s.Part / whole.Value, s.Value, s.Decimals)
            && !(written is > 0 && VietnameseNumber.Written(Whole * s.Part / written.Value, s.Value, s.Decimals)));
        var agreeing = stated.Count - wrong.Count;
        if (agreeing < minimumAgreeing || agreeing <= wrong.Count)
        {
            return null;
        }
        // The total is the whole over itself: 100, or what the rounded shares add up to (99,99), never more than that off.
        var total = shares.TotalPercentage() is { } totalShare
            && Math.Abs(totalShare.Value - Whole) > ColumnSum.HalfUnit(decimals) * Math.Max(1, stated.Count) ? totalShare : null;
        return new ShareReading(shares, whole, decimals, wrong, total);
    }

    private static void Report(DocumentAnalysisContext context, StatedShare share, decimal exact, int decimals, string whole)
    {
        var expected = VietnameseNumber.Format(exact, decimals);
        var span = share.Row.Paragraph.ToAbsolute(share.Cell.Number!.Value);
        var fix = CodeFix.Replace(span, expected, FixSafety.Unsafe,
            new($"Sửa thành {expected}% ({share.PartText}/{whole})", $"Change to {expected}% ({share.PartText}/{whole})"));
        context.Report(Rule, span, fix, share.Label, share.PartText, whole, expected, share.Cell.Text);
    }

    /// <summary>A column read as shares: the whole, the decimals most of it writes, its wrong shares and wrong total.</summary>
    internal sealed record ShareReading(Shares Shares, (decimal Value, string Text) Whole, int Decimals, List<StatedShare> Wrong, StatedShare? WrongTotal);

    /// <summary>One percentage as written, with the row's count it should be the share of.</summary>
    internal sealed record StatedShare(ParagraphFacts<TableRow> Row, TableCell Cell, decimal Value, int Decimals, decimal Part, string PartText, string Label);

    /// <summary>A percentage column of a table read against its count column.</summary>
    internal sealed record Shares(PipeTable Table, TotalRow? Total, IReadOnlyList<ParagraphFacts<TableRow>> Rows, int LabelColumn,
        int CountColumn, int PercentColumn, decimal[] Figures, RowCorrections Corrections)
    {
        /// <summary>The total row's count, or the column sum when the table has no total row.</summary>
        public (decimal Value, string Text)? WholeFigure()
        {
            if (Total is null)
            {
                var sum = Figures.Sum() + Corrections.Shift(Rows, CountColumn);
                var decimals = Rows.Max(row => ColumnSum.TryRead(row.Facts.Cells[CountColumn], out _, out var d) ? d : 0);
                return (sum, VietnameseNumber.FormatGrouped(sum, decimals));
            }
            // A total RL5016 reports is taken as it should be: the shares of its column follow from that one error.
            if (Corrections.Figure(Total.Row, CountColumn) is { } corrected)
            {
                return corrected;
            }
            var cell = Total.Cell(CountColumn);
            return ColumnSum.TryRead(cell, out var value, out _) ? (value, cell.Text) : null;
        }

        /// <summary>The total row's count as written when RL5016 corrects it, else null.</summary>
        public decimal? WrittenWhole() =>
            Total is not null && Corrections.IsColumnTotal(Total.Row, CountColumn) && ColumnSum.TryRead(Total.Cell(CountColumn), out var value, out _)
                ? value : null;

        /// <summary>The data rows whose percentage cell holds a number (a `-` or an empty cell says nothing).</summary>
        public List<StatedShare> StatedPercentages()
        {
            var shares = new List<StatedShare>();
            for (var i = 0; i < Rows.Count; i++)
            {
                if (!Corrections.Contains(Rows[i], CountColumn) && Read(Rows[i], Figures[i]) is { } share)
                {
                    shares.Add(share);
                }
            }
            return shares;
        }

        public StatedShare? TotalPercentage() =>
            Total is null || Corrections.IsColumnTotal(Total.Row, PercentColumn) ? null : Read(Total.Row, 0);

        private StatedShare? Read(ParagraphFacts<TableRow> row, decimal part)
        {
            var cell = row.Facts.Cells[PercentColumn];
            if (!ColumnSum.TryRead(cell, out var value, out var decimals))
            {
                return null;
            }
            return new StatedShare(row, cell, value, decimals, part, row.Facts.Cells[CountColumn].Text,
                $"“{row.Facts.Cells[LabelColumn].Text}”");
        }
    }
}
