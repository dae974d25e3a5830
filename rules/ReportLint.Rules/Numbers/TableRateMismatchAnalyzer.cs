using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5019: a rate in a Markdown pipe table that is not its row's performance over its target
/// (`| Chi thường xuyên | 7.270 | 5.467 | 72,50 |` under `% so với dự toán`: 5.467/7.270 = 75,20%).
/// <see cref="RateColumns"/> says which columns are read, from their headings; <see cref="RowFormula"/> allows the
/// rounding and asks most rows of the column to agree before any is reported.
/// </summary>
public sealed class TableRateMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5019", "table-rate-mismatch",
        new("Tỷ lệ thực hiện trong bảng không khớp với số liệu của dòng", "Table rate does not match its row's figures"),
        new("Cột “{0}” của {1} là {2}/{3} = {4}%, không phải {5}%", "Column “{0}” of {1} is {2}/{3} = {4}%, not {5}%"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private const decimal Percent = 100m;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        foreach (var columns in RateColumns.Find(table))
        {
            var formula = new RowFormula(table, columns.Rate, [columns.Performance, columns.Target], Rate);
            foreach (var mismatch in formula.Mismatches())
            {
                var (performance, target) = (mismatch.Inputs[0].Text, mismatch.Inputs[1].Text);
                var span = mismatch.Span;
                var fix = CodeFix.Replace(span, mismatch.Expected, FixSafety.Unsafe,
                    new($"Sửa thành {mismatch.Expected}% ({performance}/{target})", $"Change to {mismatch.Expected}% ({performance}/{target})"));
                context.Report(Rule, span, fix, table.Header.Cells[columns.Rate].Text, mismatch.Label.Text, performance, target,
                    mismatch.Expected, mismatch.Cell.Text);
            }
        }
    }

    /// <summary>Performance over target in percent; the range takes the extremes of both roundings. None over a zero target.</summary>
    private static FormulaRange? Rate(RowFigure[] inputs)
    {
        var (performance, target) = (inputs[0], inputs[1]);
        if (target.Low <= 0 || performance.Low < 0)
        {
            return null;
        }
        return new FormulaRange(Percent * performance.Value / target.Value, Percent * performance.Low / target.High,
            Percent * performance.High / target.Low);
    }
}
