using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5021: a change in a Markdown pipe table that is not its row's later figure minus the earlier one
/// (`| Thu ngân sách | 482,6 | 615,0 | -142,4 |` under `Năm 2024`, `Năm 2025`, `Tăng (+), giảm (-)`: +132,4), or not
/// that change in percent of the earlier figure under `Tăng/giảm (%)`, `So sánh (%)`. <see cref="ChangeColumns"/> finds
/// the columns from their headings; <see cref="RowFormula"/> allows the rounding and asks most rows to agree. The sign
/// is read when the heading announces it (`Tăng (+), giảm (-)`) or the column writes one somewhere; a column that
/// writes none gives sizes, and only the size is compared. A figure another table rule finds wrong
/// (<see cref="RowCorrections"/>: a total RL5016 reports) is read as corrected: one error, one finding. A figure that the
/// total row proves wrong with the row (<see cref="FormulaFindings"/>) is reported instead of the change.
/// </summary>
public sealed class TableChangeMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5021", "table-change-mismatch",
        new("Mức tăng, giảm trong bảng không khớp với số liệu của dòng", "Table change does not match its row's figures"),
        new("Cột “{0}” của {1} là {2}, không phải {3}", "Column “{0}” of {1} is {2}, not {3}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        var corrections = table.Corrections;
        foreach (var (columns, formula) in table.Changes)
        {
            var signs = new ColumnSigns(table, columns.Change);
            foreach (var finding in FormulaFindings.Of(formula, corrections))
            {
                var mismatch = finding.Mismatch;
                var (value, expected) = columns.Percent ? (mismatch.Value, mismatch.Expected) : AsInputs(mismatch);
                var written = signs.Write(value, expected);
                var (earlier, later) = (mismatch.Inputs[0].Text, mismatch.Inputs[1].Text);
                var (unit, computation) = columns.Percent
                    ? ("%", $"({later} − {earlier})/{earlier} = {written}%")
                    : ("", $"{later} − {earlier} = {written}");
                var fix = finding.Fix(written, new($"Sửa thành {written}{unit}", $"Change to {written}{unit}"));
                context.Report(Rule, finding.Span, fix, table.Heading(columns.Change), mismatch.Label.Text, computation, mismatch.Cell.Text + unit);
            }
        }
    }

    /// <summary>
    /// A difference written with the decimals of its row's figures (`45,6` from `401,8 − 356,2`, `26` from `112 − 86`):
    /// rows of one table may count in different units, so the column's most frequent decimals may not be the row's.
    /// </summary>
    private static (decimal Value, string Text) AsInputs(FormulaMismatch mismatch)
    {
        var decimals = 0;
        var grouped = true;
        foreach (var input in mismatch.Inputs)
        {
            if (VietnameseNumber.TryParseDecimal(input.Digits, out var value, out var d))
            {
                decimals = Math.Max(decimals, d);
                grouped &= !ColumnSum.IsUngrouped(input.Digits, value);
            }
        }
        var exact = mismatch.Exact;
        return (Math.Round(exact, decimals, MidpointRounding.AwayFromZero),
            grouped ? VietnameseNumber.FormatGrouped(exact, decimals) : VietnameseNumber.Format(exact, decimals));
    }

    /// <summary>How a change column writes its signs: the minus it uses (`-`, `−`), and whether gains carry a `+`.</summary>
    private sealed class ColumnSigns
    {
        public ColumnSigns(PipeTable table, int column)
        {
            foreach (var row in table.Body)
            {
                switch (row.Facts.Cells[column].Sign)
                {
                    case '+':
                        Plus = true;
                        break;
                    case { } minus:
                        Minus ??= minus;
                        break;
                }
            }
        }

        public char? Minus { get; }

        public bool Plus { get; }

        /// <summary>The fix as the column writes its figures: `+132,4`, `−2,23`.</summary>
        public string Write(decimal value, string expected) => value switch
        {
            < 0 => (Minus ?? '-') + expected.TrimStart('-'),
            > 0 when Plus => "+" + expected,
            _ => expected,
        };
    }
}
