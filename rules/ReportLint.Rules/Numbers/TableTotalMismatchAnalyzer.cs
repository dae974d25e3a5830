using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5016: the total row of a Markdown pipe table (`| **Tổng cộng** | **594** | **17.422** |`) whose figure is not the
/// sum of its column over the data rows (17.242), or a group row (`I`) that is not the sum of the items numbered under
/// it. <see cref="TotalRow"/> says which tables are read, <see cref="ColumnSum"/> which columns and
/// <see cref="ColumnTotals"/> when a column is reported (only when the table shows it adds up elsewhere).
/// A total column (`| Nguồn | Tiền mặt | Hiện vật | Cộng |`) is read the same way across each row (<see cref="TotalColumn"/>).
/// A header group `Trong đó`, `Chia ra` over the parts of the column before it is read across each row too
/// (<see cref="ColumnBreakdown"/>). A row that does not add up is reported on the one cell its column totals prove wrong
/// (<see cref="RowMismatch"/>), or on its total; a column total such a row may explain gets no fix, or is not reported
/// when the row's one wrong cell is known.
/// One wrong figure is reported once: a column total that matches once the cells found wrong across their rows are
/// corrected (<see cref="RowCorrections"/>, by this rule or RL5019–RL5022) is right and not reported, nor is the total
/// row's sum across a column total already reported. A total the document's prose states too (<see cref="ProseFigures"/>)
/// is reported with no fix: a data row is then the likelier slip.
/// </summary>
public sealed class TableTotalMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5016", "table-total-mismatch",
        new("Dòng tổng cộng của bảng không khớp với các dòng số liệu", "Table total does not match its rows"),
        new("Tổng {0} là {1}, không phải {2}", "The {0} sums to {1}, not {2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText StatedInProse = new("Số tổng được nêu trong văn bản", "The total as the text states it");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        var reported = new HashSet<(int Paragraph, int Column)>();
        foreach (var (total, column, sum, fixable, inProse) in table.ColumnTotalMismatches)
        {
            var cell = total.Cell(column);
            var span = total.Row.Paragraph.ToAbsolute(cell.Number!.Value);
            CodeFix[] fixes = fixable ? [CodeFix.Replace(span, sum.Format(), FixSafety.Unsafe)] : [];
            // A total the text states too: a data row is the likelier slip, and the total is not rewritten (not fixable).
            var (stated, related) = inProse is { } prose
                ? (new LocalizedText($"{cell.Text} (văn bản cũng nêu số tổng này: có thể một dòng số liệu sai)",
                    $"{cell.Text} (the text states this total too: a data row may be wrong)"), new[] { new RelatedLocation(prose, StatedInProse) })
                : (new LocalizedText(cell.Text, cell.Text), []);
            context.Report(Rule, span, fixes, related, ColumnName(table, column), sum.Format(), stated);
            reported.Add((total.Row.Paragraph.Index, column));
        }
        ReportRows(context, table, reported);
        ReportBreakdowns(context, table, reported);
    }

    /// <summary>
    /// The rows whose parts under `Trong đó` do not add up to their whole: on the one cell to blame, with its
    /// correction, or else on the whole, with no fix. A total row is left alone when one of its figures was reported.
    /// </summary>
    private static void ReportBreakdowns(DocumentAnalysisContext context, PipeTable table, HashSet<(int Paragraph, int Column)> reported)
    {
        foreach (var (breakdown, mismatches) in table.Breakdowns)
        {
            foreach (var row in mismatches)
            {
                var (mismatch, index) = (row.Row, row.Row.Row.Paragraph.Index);
                if (breakdown.Parts.Append(breakdown.Whole).Any(column => reported.Contains((index, column))))
                {
                    continue;
                }
                var name = new LocalizedText($"các cột “{breakdown.Group.Name}” của {mismatch.Label.Row.Vi}",
                    $"breakdown “{breakdown.Group.Name}” of {mismatch.Label.Row.En}");
                Report(context, table, row, name, InColumn(table, mismatch), fixFigure: false);
            }
        }
    }

    /// <summary>
    /// The rows whose total column is not their sum; a total row's sum is left alone when one of its figures, or the
    /// sum itself, was already reported as its column's total: the row then follows from that one error.
    /// </summary>
    private static void ReportRows(DocumentAnalysisContext context, PipeTable table, HashSet<(int Paragraph, int Column)> reported)
    {
        foreach (var (formula, mismatches) in table.TotalColumns)
        {
            foreach (var row in mismatches)
            {
                var mismatch = row.Row;
                var index = mismatch.Row.Paragraph.Index;
                if (table.Totals.Any(t => t.Row.Paragraph.Index == index)
                    && formula.Inputs.Append(formula.Column).Any(column => reported.Contains((index, column))))
                {
                    continue;
                }
                var stated = row.InputCulprit is null ? new LocalizedText(mismatch.Cell.Text, mismatch.Cell.Text) : InColumn(table, mismatch);
                Report(context, table, row, mismatch.Label.Row, stated, fixFigure: true);
            }
        }
    }

    /// <summary>
    /// A row that does not add up, on the one cell to blame with its correction (unless another formula's row blamed
    /// it first, and reports it); else on the row's figure, corrected when <paramref name="fixFigure"/> and no other
    /// cell could be the slip.
    /// </summary>
    private static void Report(DocumentAnalysisContext context, PipeTable table, RowMismatch row, LocalizedText name, LocalizedText stated,
        bool fixFigure)
    {
        var mismatch = row.Row;
        if (row.Culprit is { } culprit)
        {
            if (table.AcrossRows.IsBlamedBy(mismatch.Row, culprit.Column, mismatch.Column))
            {
                context.Report(Rule, row.SpanOf(culprit.Column), row.Fix(culprit), name, mismatch.Expected, Blaming(table, row, culprit, stated));
            }
            return;
        }
        var figureFix = fixFigure && !row.Ambiguous ? CodeFix.Replace(mismatch.Span, mismatch.Expected, FixSafety.Unsafe) : null;
        context.Report(Rule, mismatch.Span, figureFix, name, mismatch.Expected, stated);
    }

    /// <summary>
    /// The message of a finding on a part to blame names that part too: the row's total alone does not say which of its
    /// figures the squiggle is on, nor why that one.
    /// </summary>
    private static LocalizedText Blaming(PipeTable table, RowMismatch row, Repair culprit, LocalizedText stated)
    {
        if (culprit.Column == row.Row.Column)
        {
            return stated;
        }
        var (written, column) = (row.Row.Row.Facts.Cells[culprit.Column].Text, ColumnName(table, culprit.Column));
        return new LocalizedText(
            $"{stated.Vi} — số {written} ở {column.Vi} là chỗ sai (cả dòng và dòng tổng đều cho {culprit.Text})",
            $"{stated.En} — {written} in {column.En} is the slip (both the row and the total row give {culprit.Text})");
    }

    /// <summary>`95 ở cột “Số hộ”`: the row's figure and where it stands, when the finding is on another cell.</summary>
    private static LocalizedText InColumn(PipeTable table, FormulaMismatch mismatch)
    {
        var column = ColumnName(table, mismatch.Column);
        return new LocalizedText($"{mismatch.Cell.Text} ở {column.Vi}", $"{mismatch.Cell.Text} in {column.En}");
    }

    private static LocalizedText ColumnName(PipeTable table, int column) =>
        table.Heading(column) is { Length: > 0 } name
            ? new LocalizedText($"cột “{name}”", $"column “{name}”")
            : new LocalizedText($"cột {column + 1}", $"column {column + 1}");
}
