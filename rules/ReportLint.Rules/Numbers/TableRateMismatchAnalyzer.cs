using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5019: a rate in a Markdown pipe table that is not its row's part over its whole
/// (`| Chi thường xuyên | 7.270 | 5.467 | 72,50 |` under `% so với dự toán`: 5.467/7.270 = 75,20%). The columns are
/// read from the headings (<see cref="RateColumns"/>: performance over target; <see cref="ComparisonColumns"/>: one named
/// column over another, `Dự toán 2027 so với ước thực hiện 2026 (%)`), or else searched for among the row's
/// figures (<see cref="RowRateColumns"/>: `Tỷ lệ đạt chuẩn (%)` as `Số trường đạt chuẩn` over `Số trường`);
/// <see cref="RowFormula"/> allows the rounding and asks most rows of the column to agree before any is reported. A
/// column that RL5018 reads as shares of a column total as well is left to it: one cell is never reported twice. A rate
/// of a figure another table rule finds wrong (<see cref="RowCorrections"/>: a total RL5016 reports) is read with that
/// figure corrected: one error, one finding. A figure that the total row proves wrong with the row
/// (<see cref="FormulaFindings"/>) is reported instead of the rate.
/// </summary>
public sealed class TableRateMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5019", "table-rate-mismatch",
        new("Tỷ lệ trong bảng không khớp với số liệu của dòng", "Table rate does not match its row's figures"),
        new("Cột “{0}” của {1} là {2}/{3} = {4}%, không phải {5}%", "Column “{0}” of {1} is {2}/{3} = {4}%, not {5}%"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        var shares = TableShareMismatchAnalyzer.ShareColumns(table);
        var corrections = table.Corrections;
        var reported = new HashSet<TextSpan>();
        foreach (var formula in table.Rates)
        {
            foreach (var finding in FormulaFindings.Of(formula, corrections))
            {
                // A column RL5018 reads as shares is its to report, but for an input its row and column total both blame.
                if (shares.Contains(formula.Column) && finding.Culprit is null)
                {
                    continue;
                }
                var mismatch = finding.Mismatch;
                var (part, whole) = (mismatch.Inputs[0].Text, mismatch.Inputs[1].Text);
                if (EitherAmbiguous(part, whole))
                {
                    continue; // `12,450` may be 12.450 as well as 12,45: RL5008 asks which, no rate can be judged
                }
                reported.Add(finding.Span);
                var fix = finding.Fix(mismatch.Expected,
                    new($"Sửa thành {mismatch.Expected}% ({part}/{whole})", $"Change to {mismatch.Expected}% ({part}/{whole})"));
                context.Report(Rule, finding.Span, fix, table.Heading(formula.Column), mismatch.Label.Text, part, whole,
                    mismatch.Expected, mismatch.Cell.Text);
            }
        }
        foreach (var mismatch in RatioRateCells.Find(table).Where(m => !shares.Contains(m.Column) && !EitherAmbiguous(m.Part, m.Whole)
            && reported.Add(m.Span)))
        {
            var fix = CodeFix.Replace(mismatch.Span, mismatch.Expected, FixSafety.Unsafe,
                new($"Sửa thành {mismatch.Expected}% ({mismatch.Part}/{mismatch.Whole})", $"Change to {mismatch.Expected}% ({mismatch.Part}/{mismatch.Whole})"));
            context.Report(Rule, mismatch.Span, fix, table.Heading(mismatch.Column), mismatch.Label.Text, mismatch.Part, mismatch.Whole,
                mismatch.Expected, mismatch.Stated);
        }
    }

    private static bool EitherAmbiguous(string part, string whole) => BreakdownReader.IsAmbiguous(part) || BreakdownReader.IsAmbiguous(whole);
}
