using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The sum of one table column over its data rows and the figure its total row states, for RL5016, when the column
/// adds up at all: every data cell a plain number in Vietnamese format (`1.234`, `12,5`; no `%`, no `-`, no empty
/// cell), not a column of years, and a header that names no rate, average, rank, score, code or price. Figures written with
/// decimals, or in thousands, millions or billions, were rounded one by one: the sum may then miss the total by up to
/// half a unit per figure. A count of places or units (`Số xã`, `Số trường`) may count one place in several rows (a
/// commune in two programmes), so a total below its sum is no contradiction there. A total within the range of the
/// figures (`6,5` under `6,2`, `6,8`) is their average or a typical value, not a sum gone wrong.
/// </summary>
internal sealed partial record ColumnSum(decimal Value, decimal Stated, int Decimals, decimal Tolerance, bool Grouped, bool MayOverlap, bool WithinRange)
{
    public static ColumnSum? Of(IReadOnlyList<ParagraphFacts<TableRow>> dataRows, int column, string header, TableCell total)
    {
        if (NotAdditive().IsMatch(header) || !TryRead(total, out var totalValue, out var totalDecimals))
        {
            return null;
        }
        var slips = CommaSlips(dataRows, column, total.Text);
        if (slips && IsCommaSlip(total.Text))
        {
            totalValue = ReadSlip(total.Text);
            totalDecimals = 0;
        }
        decimal sum = 0;
        var decimals = 0;
        var halfUnits = HalfUnit(totalDecimals);
        var ungrouped = !IsCommaSlip(total.Text) && IsUngrouped(total.Text, totalValue);
        var years = 0;
        var (min, max) = (decimal.MaxValue, decimal.MinValue);
        foreach (var row in dataRows)
        {
            var cell = row.Facts.Cells[column];
            if (!TryRead(cell, out var value, out var cellDecimals))
            {
                return null;
            }
            var slip = slips && IsCommaSlip(cell.Text);
            if (slip)
            {
                (value, cellDecimals) = (ReadSlip(cell.Text), 0);
            }
            sum += value;
            (min, max) = (Math.Min(min, value), Math.Max(max, value));
            decimals = Math.Max(decimals, cellDecimals);
            halfUnits += HalfUnit(cellDecimals);
            ungrouped |= !slip && IsUngrouped(cell.Text, value);
            years += IsYearCell(cell.Text) ? 1 : 0;
        }
        if (years == dataRows.Count)
        {
            return null;
        }
        var rounded = decimals > 0 || totalDecimals > 0 || ScaledUnit().IsMatch(header);
        return new ColumnSum(sum, totalValue, decimals, rounded ? halfUnits : 0, !ungrouped, PlacesOrUnits().IsMatch(header),
            totalValue >= min && totalValue <= max);
    }

    /// <summary>
    /// `702,000` among `1.404.000` and `702.000`: in a column whose other figures are whole and grouped with dots, a comma
    /// with three digits after it is a slip for a dot (RL5008 reports it), so the sum reads it as the whole number.
    /// </summary>
    private static bool CommaSlips(IReadOnlyList<ParagraphFacts<TableRow>> dataRows, int column, string? total)
    {
        var (slips, grouped) = (0, 0);
        var texts = dataRows.Select(row => row.Facts.Cells[column].Text);
        foreach (var text in total is null ? texts : texts.Append(total))
        {
            if (IsCommaSlip(text))
            {
                slips++;
            }
            else if (text.Contains(','))
            {
                return false;
            }
            else if (text.Contains('.'))
            {
                grouped++;
            }
        }
        return slips > 0 && grouped > slips;
    }

    private static bool IsCommaSlip(string text) => CommaSlip().IsMatch(text);

    private static decimal ReadSlip(string text) => VietnameseNumber.TryParseDecimal(text.Replace(',', '.'), out var value, out _) ? value : 0;

    [GeneratedRegex(@"^\d{1,3},\d{3}$")]
    private static partial Regex CommaSlip();

    /// <summary>
    /// The figures of a column over the data rows when it adds up at all (the same test as <see cref="Of"/>, with no
    /// total row to compare, a comma slip read alike), else null: RL5018 reads them as the parts of a whole.
    /// </summary>
    public static decimal[]? Figures(IReadOnlyList<ParagraphFacts<TableRow>> dataRows, int column, string header)
    {
        if (NotAdditive().IsMatch(header))
        {
            return null;
        }
        var figures = new decimal[dataRows.Count];
        var years = 0;
        var slips = CommaSlips(dataRows, column, null);
        for (var i = 0; i < dataRows.Count; i++)
        {
            var cell = dataRows[i].Facts.Cells[column];
            if (!TryRead(cell, out figures[i], out _))
            {
                return null;
            }
            if (slips && IsCommaSlip(cell.Text))
            {
                figures[i] = ReadSlip(cell.Text);
            }
            years += IsYearCell(cell.Text) ? 1 : 0;
        }
        return years == dataRows.Count ? null : figures;
    }

    /// <summary>The total row's figure is this sum (within the rounding allowed).</summary>
    public bool Matches => Math.Abs(Value - Stated) <= Tolerance;

    /// <summary>The total row's figure is this sum once the column's figures are moved by <paramref name="shift"/>.</summary>
    public bool MatchesAfter(decimal shift) => shift != 0 && Math.Abs(Value + shift - Stated) <= Tolerance;

    /// <summary>The total cannot be this column's sum: it misses it, and not by counting a shared place once.</summary>
    public bool Contradicts => !Matches && !WithinRange && !(MayOverlap && Stated < Value);

    /// <summary>The sum written as the column writes its figures (`17.242`, `4.286,5`, or `1234` when ungrouped).</summary>
    public string Format() => Format(Value);

    /// <summary><paramref name="value"/> written as the column writes its figures: a cell's correction.</summary>
    public string Format(decimal value) => Grouped ? VietnameseNumber.FormatGrouped(value, Decimals) : VietnameseNumber.Format(value, Decimals);

    /// <summary>The cell's figure when it holds one number in Vietnamese format and nothing else.</summary>
    public static bool TryRead(TableCell cell, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        return cell.Number is not null && VietnameseNumber.TryParseDecimal(cell.Text, out value, out decimals);
    }

    /// <summary>The cell's figure, plain or written with a percent sign after it (`92,40%`): a rate read as a figure.</summary>
    public static bool TryReadRate(TableCell cell, out decimal value, out int decimals)
    {
        if (cell.PercentNumber is null)
        {
            return TryRead(cell, out value, out decimals);
        }
        return VietnameseNumber.TryParseDecimal(cell.Text.AsSpan(0, cell.Text.Length - 1).TrimEnd(), out value, out decimals);
    }

    /// <summary>The cell's figure, with the sign written before it (`-142,4`, `+3,5`, `−2,23`) or none.</summary>
    public static bool TryReadSigned(TableCell cell, out decimal value, out int decimals)
    {
        if (cell.Sign is not { } sign)
        {
            return TryRead(cell, out value, out decimals);
        }
        var read = VietnameseNumber.TryParseDecimal(cell.Text.AsSpan(1), out value, out decimals);
        value = sign == '+' ? value : -value;
        return read;
    }

    /// <summary>Most body rows of the column hold a figure: a label column holds none, a column of notes few.</summary>
    /// <param name="rates">Figures written with a percent sign (`92,40%`) count too.</param>
    public static bool MostlyFigures(PipeTable table, int column, bool rates = false) =>
        2 * table.Body.Count(row => rates ? TryReadRate(row.Facts.Cells[column], out _, out _) : TryRead(row.Facts.Cells[column], out _, out _)) > table.Body.Count;

    /// <summary>The header names no rate, average, rank, code or price: its figures may add up.</summary>
    public static bool IsAdditive(string header) => !NotAdditive().IsMatch(header);

    public static decimal HalfUnit(int decimals) => new(5, 0, 0, false, (byte)(decimals + 1)); // 0,5 of the last digit written

    /// <summary>The header gives its figures in thousands, millions or billions: whole figures were rounded too.</summary>
    public static bool InScaledUnit(string header) => ScaledUnit().IsMatch(header);

    public static bool IsUngrouped(string text, decimal value) => value >= 1000 && !text.Contains('.');

    /// <summary>A cell holding a year alone (`2025`): a column of years is no figure to add or divide.</summary>
    public static bool IsYearCell(string text) => Year().IsMatch(text);

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex Year();

    // Headers of figures that do not add up: rates and shares, averages, ranks and numbering, codes, prices, indices.
    // Points add up (a scored checklist's `Tổng cộng` is the sum of its items' points).
    [GeneratedRegex(@"%|(?<![\p{L}\p{M}])(?:t[ỷỉ] (?:lệ|trọng)|cơ cấu|bình quân|trung bình|đơn giá|định mức|mức|(?:xếp |thứ )?hạng|thứ tự|stt|tt|mã|số hiệu|ký hiệu|chỉ số|hệ số|tốc độ|tăng trưởng|so với|so sánh|mật độ|năng suất|đtb|tb)(?![\p{L}\p{M}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAdditive();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:xã|phường|thị trấn|huyện|quận|tỉnh|thôn|bản|ấp|tổ dân phố|khu phố|địa phương|đơn vị|cơ quan|cơ sở|trường|doanh nghiệp|hợp tác xã|tổ chức)(?![\p{L}\p{M}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlacesOrUnits();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScaledUnit();
}
