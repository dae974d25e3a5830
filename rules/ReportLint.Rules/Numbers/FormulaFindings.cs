using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A row a formula column's rule reports: <see cref="Mismatch"/> says what the row's formula gives and what is written;
/// <see cref="Slip"/>, when the table's column totals were asked, which cell is to blame (<see cref="RowMismatch"/>).
/// </summary>
internal readonly record struct FormulaFinding(FormulaMismatch Mismatch, RowMismatch? Slip)
{
    /// <summary>The input to blame instead of the formula's figure, or null.</summary>
    public Repair? Culprit => Slip?.InputCulprit;

    /// <summary>The blamed input, or else the formula's figure.</summary>
    public TextSpan Span => Culprit is { } culprit ? Slip!.SpanOf(culprit.Column) : Mismatch.Span;

    /// <summary>
    /// The blamed input's correction; else the figure's, <paramref name="expected"/>, unless several cells could each be
    /// the slip (<see cref="RowMismatch.Ambiguous"/>): the figure may then be right, and no fix can say which.
    /// </summary>
    public CodeFix? Fix(string expected, LocalizedText title) =>
        Culprit is { } culprit ? Slip!.Fix(culprit)
        : Slip is { Ambiguous: true } ? null
        : CodeFix.Replace(Mismatch.Span, expected, FixSafety.Unsafe, title);
}

/// <summary>
/// The rows a formula column's rule (RL5019, RL5020, RL5021) reports. A row whose one slip is an input (the column's total
/// row proves it, <see cref="RowFormula.Slips"/>) is reported on that input, by the rule whose formula found it first
/// (<see cref="RowCorrections.IsBlamedBy"/>); every other row as the formula reads it with the cells other table rules
/// find wrong corrected (<see cref="RowFormula.Corrections"/>), so an error is reported once.
/// </summary>
internal static class FormulaFindings
{
    public static IEnumerable<FormulaFinding> Of(RowFormula formula, RowCorrections corrections)
    {
        var slips = formula.Slips();
        foreach (var slip in slips)
        {
            if (slip.InputCulprit is { } culprit && corrections.IsBlamedBy(slip.Row.Row, culprit.Column, formula.Column))
            {
                yield return new FormulaFinding(slip.Row, slip);
            }
        }
        foreach (var mismatch in (formula with { Corrections = corrections }).Mismatches())
        {
            var slip = slips.Find(s => s.Row.Row.Paragraph.Index == mismatch.Row.Paragraph.Index);
            if (slip?.InputCulprit is null)
            {
                yield return new FormulaFinding(mismatch, slip);
            }
        }
    }
}
