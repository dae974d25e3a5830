using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5020: a product in a Markdown pipe table that is not its row's factors multiplied: a crop output that is not area
/// times yield (`| Lạc | 86 | 25,4 | 281,4 |` under `Diện tích (ha)`, `Năng suất (tạ/ha)`, `Sản lượng (tấn)`: 218,4
/// tấn), an amount that is not quantity times unit price (`| Giải Nhì | 3 | 1.500.000 | 3.500.000 |` under `Số giải`,
/// `Mức thưởng (đồng)`, `Thành tiền (đồng)`: 4.500.000). <see cref="TableProduct"/> finds the columns from their
/// headings and units; <see cref="RowFormula"/> allows the rounding (a total row's yield is an average, rounded) and
/// asks most rows to agree before any is reported; a factor another table rule finds wrong is read as corrected
/// (<see cref="RowCorrections"/>), and a total RL5016 reports is left to it. A factor that the total row proves wrong
/// with the row (<see cref="FormulaFindings"/>) is reported instead of the product.
/// </summary>
public sealed class TableOutputMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5020", "table-output-mismatch",
        new("Sản lượng, thành tiền trong bảng không khớp với các thừa số của dòng", "Table output or amount does not match its row's factors"),
        new("{0} của {1} là {2} = {3}, không phải {4}", "The {0} of {1} is {2} = {3}, not {4}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        var corrections = table.Corrections;
        foreach (var product in table.Products)
        {
            foreach (var finding in FormulaFindings.Of(product.Formula, corrections))
            {
                var mismatch = finding.Mismatch;
                var computation = product.Computation(mismatch);
                var fix = finding.Fix(mismatch.Expected,
                    new($"Sửa thành {mismatch.Expected} ({computation})", $"Change to {mismatch.Expected} ({computation})"));
                context.Report(Rule, finding.Span, fix, product.Name, mismatch.Label.Text, product.Factors(mismatch),
                    product.WithUnit(mismatch.Expected), product.WithUnit(mismatch.Cell.Text));
            }
        }
    }
}
