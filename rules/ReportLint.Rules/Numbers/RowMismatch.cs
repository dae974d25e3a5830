using System.Text.RegularExpressions;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>A cell of a row that disagrees with its formula, and the figure that makes both its row and its column's total right.</summary>
internal sealed record Repair(int Column, decimal Value, string Text, bool Transposed);

/// <summary>
/// A row that disagrees with its formula (<see cref="RowFormula.Slips"/>), and the cells that could be the one slip. Which
/// cell is wrong the row alone cannot say: a cell is named (<see cref="Culprit"/>) only when it alone, set to what its
/// column's total asks, also makes the row agree; when several can, one whose figure is that value with two neighbouring
/// digits swapped is the likelier slip (<see cref="TransposedDigits"/>). A column total such a row explains is no error of
/// its own, and a figure the row's formula would write into a cell the total confirms is no fix.
/// </summary>
internal sealed partial record RowMismatch(FormulaMismatch Row, IReadOnlyList<Repair> Repairs)
{
    /// <summary>The one cell to blame, or null when none or several could be.</summary>
    public Repair? Culprit => Repairs.Count == 1 ? Repairs[0]
        : Repairs.Count(r => r.Transposed) == 1 ? Repairs.Single(r => r.Transposed) : null;

    /// <summary>Several cells could be the slip and none is to blame: no fix can say which.</summary>
    public bool Ambiguous => Repairs.Count > 0 && Culprit is null;

    /// <summary>The row, corrected in some cell, could make <paramref name="column"/>'s total right, but no one cell is to blame.</summary>
    public bool LeavesOpen(int column) => Ambiguous && Repairs.Any(r => r.Column == column);

    /// <summary>The culprit is one of the formula's inputs, not the figure it computes: the rule reports that input.</summary>
    public Repair? InputCulprit => Culprit is { } culprit && culprit.Column != Row.Column ? culprit : null;

    /// <summary>The span of the row's figure in <paramref name="column"/> in the document.</summary>
    public TextSpan SpanOf(int column) => Row.Row.Paragraph.ToAbsolute(Row.Row.Facts.Cells[column].Number!.Value);

    /// <summary>The fix of the cell to blame, titled with why: both its row and its column's total agree with it.</summary>
    public CodeFix Fix(Repair culprit) =>
        CodeFix.Replace(SpanOf(culprit.Column), culprit.Text, FixSafety.Unsafe,
            new($"Sửa thành {culprit.Text}: khớp cả dòng và dòng tổng", $"Change to {culprit.Text}: both its row and the total row agree"));

    /// <summary>
    /// <paramref name="text"/> written as <paramref name="stated"/> is: a count written with a leading zero (`05`, as
    /// lists of prizes write them) keeps it (`04`).
    /// </summary>
    public static string WrittenLike(string stated, string text) =>
        LeadingZero().IsMatch(stated) && text.Length < stated.Length && text.All(char.IsAsciiDigit) ? text.PadLeft(stated.Length, '0') : text;

    [GeneratedRegex(@"^0\d+$")]
    private static partial Regex LeadingZero();
}
