using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5016: the total row of a Markdown pipe table (`| **Tổng cộng** | **594** | **17.422** |`) whose figure is not the
/// sum of its column over the data rows (17.242), or a group row (`I`) that is not the sum of the items numbered under
/// it. <see cref="TotalRow"/> says which tables are read and
/// <see cref="ColumnSum"/> which columns. A column is reported only when the table shows it adds up elsewhere: with two
/// or more columns summed, at least one must match (else the rows are likely not parts of the total: a breakdown by
/// sex and by ethnicity under one `Tổng số`); a lone column is reported only under its data rows, not above them.
/// A total column (`| Nguồn | Tiền mặt | Hiện vật | Cộng |`) is read the same way across each row (<see cref="TotalColumn"/>).
/// One wrong figure is reported once: a column total that matches once the rows found wrong are corrected
/// (<see cref="RowCorrections"/>) is not reported, nor is the total row's sum across a column total already reported.
/// </summary>
public sealed class TableTotalMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5016", "table-total-mismatch",
        new("Dòng tổng cộng của bảng không khớp với các dòng số liệu", "Table total does not match its rows"),
        new("Tổng {0} là {1}, không phải {2}", "The {0} sums to {1}, not {2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        var corrections = RowCorrections.Of(table);
        var reported = new HashSet<(int Paragraph, int Column)>();
        var totals = Totals(table).ToList();
        foreach (var total in totals)
        {
            ReportColumns(context, table, total, corrections, reported);
        }
        ReportRows(context, table, totals, reported);
    }

    /// <summary>The table's total row, or the group rows of a table numbered on two levels.</summary>
    private static IEnumerable<TotalRow> Totals(PipeTable table) =>
        TotalRow.Find(table) is { } total ? [total] : TotalRow.Groups(table);

    private static void ReportColumns(DocumentAnalysisContext context, PipeTable table, TotalRow total, RowCorrections corrections,
        HashSet<(int, int)> reported)
    {
        var sums = SummedColumns(table, total);
        bool Matches((int Column, ColumnSum Sum) s) => s.Sum.Matches || s.Sum.MatchesAfter(corrections.Shift(total.DataRows, s.Column));
        var confirmed = sums.Count > 1 ? sums.Exists(Matches) : total.IsLast;
        if (!confirmed)
        {
            return;
        }
        foreach (var (column, sum) in sums)
        {
            if (!sum.Contradicts || Matches((column, sum)))
            {
                continue;
            }
            var cell = total.Cell(column);
            var span = total.Row.Paragraph.ToAbsolute(cell.Number!.Value);
            var fix = CodeFix.Replace(span, sum.Format(), FixSafety.Unsafe);
            context.Report(Rule, span, fix, ColumnName(table, column), sum.Format(), cell.Text);
            reported.Add((total.Row.Paragraph.Index, column));
        }
    }

    /// <summary>
    /// The rows whose total column is not their sum; a total row's sum is left alone when one of its figures, or the
    /// sum itself, was already reported as its column's total: the row then follows from that one error.
    /// </summary>
    private static void ReportRows(DocumentAnalysisContext context, PipeTable table, List<TotalRow> totals, HashSet<(int Paragraph, int Column)> reported)
    {
        foreach (var formula in TotalColumn.Formulas(table))
        {
            foreach (var mismatch in formula.Mismatches())
            {
                var row = mismatch.Row.Paragraph.Index;
                if (totals.Exists(t => t.Row.Paragraph.Index == row)
                    && formula.Inputs.Append(formula.Column).Any(column => reported.Contains((row, column))))
                {
                    continue;
                }
                var fix = CodeFix.Replace(mismatch.Span, mismatch.Expected, FixSafety.Unsafe);
                context.Report(Rule, mismatch.Span, fix, mismatch.Label.Row, mismatch.Expected, mismatch.Cell.Text);
            }
        }
    }

    /// <summary>The columns right of the label whose total row holds a figure and whose data rows add up.</summary>
    private static List<(int Column, ColumnSum Sum)> SummedColumns(PipeTable table, TotalRow total)
    {
        var sums = new List<(int, ColumnSum)>();
        for (var column = total.LabelColumn + 1; column < table.ColumnCount; column++)
        {
            if (ColumnSum.Of(total.DataRows, column, table.Heading(column), total.Cell(column)) is { } sum)
            {
                sums.Add((column, sum));
            }
        }
        return sums;
    }

    private static LocalizedText ColumnName(PipeTable table, int column) =>
        table.Heading(column) is { Length: > 0 } name
            ? new LocalizedText($"cột “{name}”", $"column “{name}”")
            : new LocalizedText($"cột {column + 1}", $"column {column + 1}");
}
