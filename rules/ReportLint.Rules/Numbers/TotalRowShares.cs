using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A row of percentages under the total row (`| | Tỷ lệ (%) | 100 | 12,54 | 77,61 | 9,52 |` under `| | Tổng cộng | 335 |
/// 42 | 260 | 31 |`): each cell the share of its column's total in the whole, the column whose cell reads 100. It is no
/// data row (the table's sums are read without it, <see cref="Split"/>), and RL5018 checks its cells as shares: read only
/// when most of them, and at least two, agree, so a row of each column's own rate (`Tỷ lệ so với kế hoạch`) is left alone.
/// A column total found wrong is taken as corrected, as RL5018 does down a column.
/// </summary>
internal static partial class TotalRowShares
{
    private const decimal Whole = 100m;

    /// <summary>The body without its last row when that row is a percentage row right under a total row.</summary>
    public static (IReadOnlyList<ParagraphFacts<TableRow>> Body, ParagraphFacts<TableRow>? ShareRow) Split(IReadOnlyList<ParagraphFacts<TableRow>> body)
    {
        if (body.Count < 4 || !IsShareRow(body[^1].Facts) || !TotalRow.IsNamedTotal(body[^2].Facts))
        {
            return (body, null);
        }
        return (body.Take(body.Count - 1).ToList(), body[^1]);
    }

    /// <summary>The cells of the table's percentage row that are not their column's share of the whole, with the whole; none when the row is not read as shares.</summary>
    public static Reading? Read(PipeTable table)
    {
        if (table.ShareRow is not { } shareRow || table.Total is not { IsLast: true } total)
        {
            return null;
        }
        var columns = Enumerable.Range(total.LabelColumn + 1, table.ColumnCount - total.LabelColumn - 1).ToList();
        var wholeColumn = columns.Find(c => ColumnSum.TryRead(shareRow.Facts.Cells[c], out var value, out _) && value == Whole);
        if (wholeColumn == 0 || Figure(table, total, wholeColumn) is not { Value: > 0 } whole)
        {
            return null;
        }
        // Each share with its column total as written: a share of a total RL5016 corrects follows, as written, from that one error.
        var stated = new List<(TableShareMismatchAnalyzer.StatedShare Share, decimal Written)>();
        foreach (var column in columns.Where(c => c != wholeColumn))
        {
            var cell = shareRow.Facts.Cells[column];
            if (ColumnSum.TryRead(cell, out var value, out var decimals) && Figure(table, total, column) is { } part
                && ColumnSum.TryRead(total.Cell(column), out var written, out _))
            {
                stated.Add((new(shareRow, cell, value, decimals, part.Value, part.Text, $"“{table.Heading(column)}”"), written));
            }
        }
        var wrong = stated.Where(s => !IsShare(s.Share, s.Share.Part, whole.Value) && !IsShare(s.Share, s.Written, whole.Value))
            .Select(s => s.Share).ToList();
        var agreeing = stated.Count - wrong.Count;
        if (agreeing < 2 || agreeing <= wrong.Count)
        {
            return null;
        }
        var decimalsWritten = stated.GroupBy(s => s.Share.Decimals).MaxBy(g => (g.Count(), g.Key))!.Key;
        return new Reading(wrong, whole, decimalsWritten);
    }

    /// <summary>The percentage row read as shares: its wrong cells, the whole and the decimals most cells write.</summary>
    internal sealed record Reading(List<TableShareMismatchAnalyzer.StatedShare> Wrong, (decimal Value, string Text) Whole, int Decimals);

    private static bool IsShare(TableShareMismatchAnalyzer.StatedShare share, decimal part, decimal whole) =>
        VietnameseNumber.Written(Whole * part / whole, share.Value, share.Decimals);

    /// <summary>The total row's figure in <paramref name="column"/>, as RL5016 corrects it when it finds it wrong.</summary>
    private static (decimal Value, string Text)? Figure(PipeTable table, TotalRow total, int column)
    {
        if (table.Corrections.Figure(total.Row, column) is { } corrected)
        {
            return corrected;
        }
        var cell = total.Cell(column);
        return ColumnSum.TryRead(cell, out var value, out _) ? (value, cell.Text) : null;
    }

    private static bool IsShareRow(TableRow row)
    {
        var label = row.Cells[0].IsEmpty && row.Cells.Count > 2 ? row.Cells[1] : row.Cells[0];
        return ShareLabel().IsMatch(label.Text);
    }

    // `Tỷ lệ (%)`, `Tỷ lệ %`, `Tỷ lệ`, `Tỷ trọng (%)`, `Cơ cấu (%)`: the row of shares, named by nothing else.
    [GeneratedRegex(@"^(?:t[ỷỉ]\s+lệ|tỷ\s+trọng|cơ\s+cấu)\s*(?:\(\s*%\s*\)|%)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareLabel();
}
