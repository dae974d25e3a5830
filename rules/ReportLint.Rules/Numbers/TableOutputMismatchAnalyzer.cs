using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5020: a crop output in a Markdown pipe table that is not its row's area times its yield
/// (`| Lạc | 86 | 25,4 | 281,4 |` under `Diện tích (ha)`, `Năng suất (tạ/ha)`, `Sản lượng (tấn)`: 218,4 tấn).
/// <see cref="CropColumns"/> finds the three columns from their headings and units; <see cref="RowFormula"/> allows
/// the rounding (a total row's yield is an average, rounded) and asks most rows to agree before any is reported.
/// </summary>
public sealed class TableOutputMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5020", "table-output-mismatch",
        new("Sản lượng trong bảng không khớp với diện tích và năng suất", "Table output does not match area times yield"),
        new("Sản lượng của {0} là {1} ha × {2} {3} = {4} {5}, không phải {6} {5}", "The output of {0} is {1} ha × {2} {3} = {4} {5}, not {6} {5}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        if (CropColumns.Find(table) is not { } crop)
        {
            return;
        }
        foreach (var mismatch in crop.Formula(table).Mismatches())
        {
            var (area, yield) = (mismatch.Inputs[0].Text, mismatch.Inputs[1].Text);
            var span = mismatch.Span;
            var fix = CodeFix.Replace(span, mismatch.Expected, FixSafety.Unsafe,
                new($"Sửa thành {mismatch.Expected} ({area} × {yield})", $"Change to {mismatch.Expected} ({area} × {yield})"));
            context.Report(Rule, span, fix, mismatch.Label.Text, area, yield, crop.YieldUnit, mismatch.Expected, crop.OutputUnit,
                mismatch.Cell.Text);
        }
    }
}
