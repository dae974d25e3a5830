using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5021: a change in a Markdown pipe table that is not its row's later figure minus the earlier one
/// (`| Thu ngân sách | 482,6 | 615,0 | -142,4 |` under `Năm 2024`, `Năm 2025`, `Tăng (+), giảm (-)`: +132,4), or not
/// that change in percent of the earlier figure under `Tăng/giảm (%)`, `So sánh (%)`. <see cref="ChangeColumns"/> finds
/// the columns from their headings; <see cref="RowFormula"/> allows the rounding and asks most rows to agree. The sign
/// is read when the heading announces it (`Tăng (+), giảm (-)`) or the column writes one somewhere; a column that
/// writes none gives sizes, and only the size is compared. A figure another table rule finds wrong
/// (<see cref="RowCorrections"/>: a total RL5016 reports) is read as corrected: one error, one finding.
/// </summary>
public sealed class TableChangeMismatchAnalyzer : PipeTableAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5021", "table-change-mismatch",
        new("Mức tăng, giảm trong bảng không khớp với số liệu của dòng", "Table change does not match its row's figures"),
        new("Cột “{0}” của {1} là {2}, không phải {3}", "Column “{0}” of {1} is {2}, not {3}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private const decimal Percent = 100m;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private protected override void AnalyzeTable(DocumentAnalysisContext context, PipeTable table)
    {
        var corrections = table.Corrections;
        foreach (var columns in ChangeColumns.Find(table))
        {
            var signs = new ColumnSigns(table, columns.Change);
            var signed = columns.SignsAnnounced || signs.Minus is not null;
            var formula = new RowFormula(table, columns.Change, [columns.Earlier, columns.Later],
                inputs => Size(columns.Percent ? Growth(inputs) : Difference(inputs), signed), Signed: true)
            {
                Corrections = corrections,
                // Rates compared in points (`73,50%` to `85,00%`: +11,50); a change of a rate in percent is ambiguous, unread.
                RateInputs = !columns.Percent,
            };
            foreach (var mismatch in formula.Mismatches())
            {
                var (value, expected) = columns.Percent ? (mismatch.Value, mismatch.Expected) : AsInputs(mismatch);
                Report(context, table, columns, mismatch, signs.Write(value, expected));
            }
        }
    }

    private static void Report(DocumentAnalysisContext context, PipeTable table, ChangeColumns columns, FormulaMismatch mismatch, string expected)
    {
        var (earlier, later) = (mismatch.Inputs[0].Text, mismatch.Inputs[1].Text);
        var (unit, computation) = columns.Percent
            ? ("%", $"({later} − {earlier})/{earlier} = {expected}%")
            : ("", $"{later} − {earlier} = {expected}");
        var fix = CodeFix.Replace(mismatch.Span, expected, FixSafety.Unsafe,
            new($"Sửa thành {expected}{unit}", $"Change to {expected}{unit}"));
        context.Report(Rule, mismatch.Span, fix, table.Heading(columns.Change), mismatch.Label.Text, computation,
            mismatch.Cell.Text + unit);
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

    private static FormulaRange Difference(RowFigure[] inputs)
    {
        var (earlier, later) = (inputs[0], inputs[1]);
        return new FormulaRange(later.Value - earlier.Value, later.Low - earlier.High, later.High - earlier.Low);
    }

    /// <summary>The change in percent of the earlier figure; none from a zero or negative one.</summary>
    private static FormulaRange? Growth(RowFigure[] inputs)
    {
        var (earlier, later) = (inputs[0], inputs[1]);
        if (earlier.Low <= 0 || later.Low < 0)
        {
            return null;
        }
        return new FormulaRange(Percent * (later.Value / earlier.Value - 1), Percent * (later.Low / earlier.High - 1),
            Percent * (later.High / earlier.Low - 1));
    }

    /// <summary>The range itself, or for a column that writes no sign the range of its size.</summary>
    private static FormulaRange? Size(FormulaRange? range, bool signed)
    {
        if (range is not { } r || signed || r.Low >= 0)
        {
            return range;
        }
        return r.High <= 0 ? new FormulaRange(-r.Exact, -r.High, -r.Low) : new FormulaRange(Math.Abs(r.Exact), 0, Math.Max(-r.Low, r.High));
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
