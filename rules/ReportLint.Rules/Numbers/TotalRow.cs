using System.Globalization;
using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The total row of a pipe table (`Tổng cộng`, `Tổng số`, `Cộng`, `Toàn tỉnh`, `Cả năm` under quarters…, or a total named
/// by what it sums, `Tổng chi ngân sách xã`, once a column adds up to it; last or first under the header) and
/// the data rows it should add up, for RL5016 and RL5018. A table is read only when its data rows look like parts of one level:
/// none is another total or a sub-total (`Trong đó`, `Cộng khối …`), a sub-item (`- `, `+ `, `1.1`, `a)`), a group heading (`I`, `A`) or empty of
/// a label; the number column before the label (`STT`) is plain or empty throughout; and every data row has the same
/// bold and italic, since a bold or italic row among plain ones is usually a group heading or a breakdown.
/// </summary>
internal sealed partial record TotalRow(ParagraphFacts<TableRow> Row, int LabelColumn, IReadOnlyList<ParagraphFacts<TableRow>> DataRows, bool IsLast)
{
    public TableCell Cell(int column) => Row.Facts.Cells[column];

    public static TotalRow? Find(PipeTable table)
    {
        var body = table.Body;
        if (body.Count < 3)
        {
            return null;
        }
        var lastData = body.Take(body.Count - 1).ToArray();
        var lastLabel = LabelColumnOf(table, body[^1], lastData);
        var isLast = lastLabel >= 0;
        var row = isLast ? body[^1] : body[0];
        var data = isLast ? lastData : body.Skip(1).ToArray();
        var labelColumn = isLast ? lastLabel : LabelColumnOf(table, row, data);
        if (labelColumn < 0)
        {
            return null;
        }
        var partsLabel = PartsLabelColumn(row.Facts, data, labelColumn);
        return partsLabel >= 0 ? new TotalRow(row, partsLabel, data, isLast) : null;
    }

    /// <summary>
    /// The column naming the data rows: the total label's own, or one its label spans (a merged cell, empty in the
    /// total row) when the columns in between group the rows (`Cấp huyện` merged down over the rows it groups), or -1.
    /// </summary>
    private static int PartsLabelColumn(TableRow total, IReadOnlyList<ParagraphFacts<TableRow>> data, int labelColumn)
    {
        if (ArePartsOfOneLevel(data, labelColumn))
        {
            return labelColumn;
        }
        for (var column = labelColumn + 1; column < total.Cells.Count && total.Cells[column].IsEmpty; column++)
        {
            if (data.All(row => row.Facts.Cells[column].Figure is null) && ArePartsOfOneLevel(data, column, labelColumn))
            {
                return column;
            }
        }
        return -1;
    }

    /// <summary>
    /// The group rows of a table numbered on two levels (`I`, `II` over `1`, `2`, `3`), each read as the total of the
    /// items numbered under it, for RL5016: `| I | **Tổng thu** | **9.450** |` over `| 1 | Thu phân cấp | 2.850 |`…
    /// The label is the second cell; at least two items, numbered from 1 without a gap, parts of one level, and followed
    /// by the next group, a total row or the end of the table (a row left unnumbered may be a breakdown of an item).
    /// </summary>
    public static IEnumerable<TotalRow> Groups(PipeTable table)
    {
        const int labelColumn = 1;
        var body = table.Body;
        if (table.ColumnCount < 3)
        {
            yield break;
        }
        for (var i = 0; i < body.Count; i++)
        {
            if (!GroupNumber().IsMatch(body[i].Facts.Cells[0].Text) || body[i].Facts.Cells[labelColumn].IsEmpty)
            {
                continue;
            }
            var items = new List<ParagraphFacts<TableRow>>();
            for (var j = i + 1; j < body.Count && body[j].Facts.Cells[0].Text.TrimEnd('.') == (items.Count + 1).ToString(CultureInfo.InvariantCulture); j++)
            {
                items.Add(body[j]);
            }
            var next = i + 1 + items.Count;
            var closed = next == body.Count || GroupNumber().IsMatch(body[next].Facts.Cells[0].Text) || LabelColumnOf(body[next].Facts) >= 0
                || NamedTotalLabel().IsMatch(body[next].Facts.Cells[LabelCell(body[next].Facts)].Text);
            if (items.Count >= 2 && closed && ArePartsOfOneLevel(items, labelColumn))
            {
                yield return new TotalRow(body[i], labelColumn, items, false);
            }
        }
    }

    /// <summary>
    /// The label column of a table with no total row whose body rows are parts of one level, or -1: RL5018 then takes
    /// the column sum as the whole. The label is the first column, or the second after a plain `STT` column; any row
    /// named as a total or sub-total (`Tổng`, `Cộng`, `Toàn huyện`) fails the parts test, so a total out of place is
    /// never summed with its parts.
    /// </summary>
    public static int PartsLabelColumn(PipeTable table)
    {
        var body = table.Body;
        if (body.Count < 3)
        {
            return -1;
        }
        var labelColumn = table.ColumnCount > 2 && IsPlainNumbering(body, 0) ? 1 : 0;
        return ArePartsOfOneLevel(body, labelColumn) ? labelColumn : -1;
    }

    /// <summary>Whether the row is named a total (`Tổng cộng`, `Toàn xã`) in its first cell, or its second after an empty `STT` cell.</summary>
    public static bool IsNamedTotal(TableRow row) => LabelColumnOf(row) >= 0;

    /// <summary>Where the row names a total: its first cell, or the second after an empty `STT` cell; -1 when it does not.</summary>
    private static int LabelColumnOf(TableRow row)
    {
        var column = LabelCell(row);
        return TotalLabel().IsMatch(row.Cells[column].Text) ? column : -1;
    }

    /// <summary>
    /// Where the row names the total of <paramref name="data"/>: a bare total label (`Tổng cộng`), or a named total (`Tổng
    /// chi ngân sách xã`, `Tổng thu (I + II)`) that a column proves, its data rows adding up to the row's figure. A row
    /// so named may be one more item (`Tổng vốn đầu tư toàn xã hội` closing a list of indicators): only a sum tells.
    /// </summary>
    private static int LabelColumnOf(PipeTable table, ParagraphFacts<TableRow> row, IReadOnlyList<ParagraphFacts<TableRow>> data)
    {
        if (LabelColumnOf(row.Facts) is var column and >= 0)
        {
            return column;
        }
        column = LabelCell(row.Facts);
        return NamedTotalLabel().IsMatch(row.Facts.Cells[column].Text) && AddsUp(table, row.Facts, data, column) ? column : -1;
    }

    private static int LabelCell(TableRow row) => row.Cells[0].IsEmpty && row.Cells.Count > 2 ? 1 : 0;

    /// <summary>A figure column right of the label whose data rows add up to the row's figure (not within their range: an average).</summary>
    private static bool AddsUp(PipeTable table, TableRow row, IReadOnlyList<ParagraphFacts<TableRow>> data, int labelColumn)
    {
        for (var column = labelColumn + 1; column < table.ColumnCount; column++)
        {
            if (ColumnSum.Of(data, column, table.Heading(column), row.Cells[column]) is { Matches: true, WithinRange: false, Stated: > 0 })
            {
                return true;
            }
        }
        return false;
    }

    /// <param name="groupsFrom">The columns from this one up to the label may group the rows instead of numbering them.</param>
    private static bool ArePartsOfOneLevel(IReadOnlyList<ParagraphFacts<TableRow>> data, int labelColumn, int groupsFrom = int.MaxValue)
    {
        var emphasis = Emphasis(data[0].Facts);
        foreach (var row in data)
        {
            var label = row.Facts.Cells[labelColumn];
            if (label.IsEmpty || NotAPart().IsMatch(label.Text) || Emphasis(row.Facts) != emphasis)
            {
                return false;
            }
        }
        for (var column = 0; column < labelColumn; column++)
        {
            if (!IsPlainNumbering(data, column) && !(column >= groupsFrom && IsGrouping(data, column)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A column naming groups of rows, each name in the first row of its group and the rest left empty (a cell merged
    /// down): `Cấp huyện` over three rows, `Cấp xã` over two. No name may be a total, a sub-total or a figure.
    /// </summary>
    private static bool IsGrouping(IReadOnlyList<ParagraphFacts<TableRow>> data, int column) =>
        !data[0].Facts.Cells[column].IsEmpty
        && data.All(row => row.Facts.Cells[column] is var cell && (cell.IsEmpty || (cell.Figure is null && !NotAPart().IsMatch(cell.Text))));

    /// <summary>An `STT` column numbering every row `1`, `2`… or none: `I`, `1.1`, `a` or gaps mark groups and sub-items.</summary>
    private static bool IsPlainNumbering(IReadOnlyList<ParagraphFacts<TableRow>> data, int column) =>
        data.All(row => row.Facts.Cells[column].IsEmpty) || data.All(row => OrdinalNumber().IsMatch(row.Facts.Cells[column].Text));

    private static CellEmphasis Emphasis(TableRow row)
    {
        var emphasis = CellEmphasis.None;
        foreach (var cell in row.Cells)
        {
            emphasis |= cell.Emphasis;
        }
        return emphasis;
    }

    [GeneratedRegex(@"^(?:tổng cộng|tổng số|tổng|cộng|(?:tổng |cộng )?cả năm|toàn (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|ngành|khối|đơn vị|trường|hội|đảng bộ|quốc))\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TotalLabel();

    // `Tổng` and what it totals: `Tổng chi ngân sách xã`, `Tổng thu (I + II)`, `Tổng số vốn`, `Tổng kinh phí`, `Tổng
    // diện tích gieo trồng`; not `Tổng công ty …`, `Tổng cục …`, `Tổng Liên đoàn …` (bodies) nor `Tổng kết …`.
    [GeneratedRegex(@"^tổng\s+(?:thu|chi|số|vốn|kinh phí|nguồn|mức|dự toán|giá trị|diện tích|sản lượng|dân số|lượt|quỹ|chi phí|doanh thu|tiền)(?![\p{L}\p{M}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedTotalLabel();

    // A total or sub-total (`Tổng …`, `Cộng …`, `Toàn …`), the head of a breakdown, a sub-item, a group numbered `I`
    // or `A`: the rows are not parts of one level. Broad on purpose (`Tổng công ty …` too): a table left unread costs
    // less than a false alarm.
    [GeneratedRegex(@"^(?:[-+•–—*>]|tổng|cộng|cả\s+năm\b|toàn\s|trong\s+(?:đó|số)|chia\s+(?:ra|theo)|phân\s+theo|bao\s+gồm|gồm|riêng|tính\s+riêng|cụ\s+thể|ngoài\s+ra|\d+\.\d+|[a-zđ][).](?:\s|$)|(?-i:[IVXLC]+\.?$|[A-ZĐ]\.?$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAPart();

    [GeneratedRegex(@"^\d{1,3}\.?$")]
    private static partial Regex OrdinalNumber();

    [GeneratedRegex(@"^(?:[IVXLC]+|[A-ZĐ])\.?$")]
    private static partial Regex GroupNumber();
}
