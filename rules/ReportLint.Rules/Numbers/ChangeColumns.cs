using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A change column of a pipe table and the two columns it compares, for RL5021: `Tăng (+), giảm (-)`, `Tăng, giảm`,
/// `Tăng/giảm`, `Chênh lệch`, `+/-` give the later figure minus the earlier one, and so does a change in points
/// (`Tăng (điểm %)`, `Chênh lệch (điểm phần trăm)`) between rates written with a percent sign (`73,50%`); `Tăng/giảm (%)`, `Tỷ lệ tăng, giảm
/// (%)`, `So sánh (%)` the change in percent of the earlier one. The two columns are found from their headings, left of the change: the only
/// two naming a year (`Năm 2024`, `2025`, a school year `Năm học 2023 - 2024` by its first year; a plan or budget is
/// left out), the earlier one first; or the only two naming a term or a round (`Khóa XII`, `Lần thứ VIII`, `Đợt 2`),
/// the lower one first; or the one column naming an earlier period (`Kỳ trước`, `Cùng kỳ`, `Năm trước`) and the one
/// naming the present (`Kỳ này`, `Thực hiện`, `Ước thực hiện`, `Năm nay`) and no earlier period. Headings that say
/// none of this leave the two figure columns right before the change, read left to right: <see cref="RowFormula"/>
/// then reads them so only when most rows agree.
/// </summary>
internal sealed partial record ChangeColumns(int Change, int Earlier, int Later, bool Percent, bool SignsAnnounced)
{
    public static IEnumerable<ChangeColumns> Find(PipeTable table)
    {
        for (var column = 1; column < table.ColumnCount; column++)
        {
            var heading = ChangeHeading().Match(table.Heading(column));
            if (!heading.Success)
            {
                continue;
            }
            var percent = heading.Groups["pct"].Success;
            var points = heading.Groups["points"].Success;
            // `So sánh` and `Tỷ lệ tăng, giảm` are percent columns only; in units they would be a ratio or a difference,
            // unsaid. `Tăng` alone is read only in points (`Tăng (điểm %)`): a gain in units may be a part added.
            if ((heading.Groups["compare"].Success || heading.Groups["rate"].Success) && !percent && !points || heading.Groups["gain"].Success && !points)
            {
                continue;
            }
            var candidates = Enumerable.Range(1, column - 1).Where(c => !table.Heading(c).Contains('%') && !Plan().IsMatch(table.Heading(c))).ToList();
            if ((ByOrder(table, candidates, YearOf) ?? ByOrder(table, candidates, TermOf) ?? ByPeriods(table, candidates) ?? Adjacent(table, column, percent)) is { } pair)
            {
                yield return new ChangeColumns(column, pair.Earlier, pair.Later, percent, heading.Groups["signs"].Success);
            }
        }
    }

    /// <summary>The only two columns whose headings give an order (a year, a term), the lower one first.</summary>
    private static (int Earlier, int Later)? ByOrder(PipeTable table, List<int> candidates, Func<string, int?> order)
    {
        var ordered = new List<(int Column, int Order)>();
        foreach (var column in candidates)
        {
            if (order(table.Heading(column)) is { } value)
            {
                ordered.Add((column, value));
            }
        }
        if (ordered.Count != 2 || ordered[0].Order == ordered[1].Order)
        {
            return null;
        }
        return ordered[0].Order < ordered[1].Order ? (ordered[0].Column, ordered[1].Column) : (ordered[1].Column, ordered[0].Column);
    }

    /// <summary>
    /// The change of each row from its two figures: signed when the heading announces signs (`Tăng (+), giảm (-)`) or the
    /// column writes a minus somewhere; a column that writes none gives sizes, and only the size is compared.
    /// </summary>
    public RowFormula Formula(PipeTable table)
    {
        var signed = SignsAnnounced || table.Body.Any(row => row.Facts.Cells[Change].Sign is { } sign && sign != '+');
        return new RowFormula(table, Change, [Earlier, Later], inputs => Size(Percent ? Growth(inputs) : Difference(inputs), signed), Signed: true)
        {
            // Rates compared in points (`73,50%` to `85,00%`: +11,50); a change of a rate in percent is ambiguous, unread.
            RateInputs = !Percent,
        };
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
        return new FormulaRange(Hundred * (later.Value / earlier.Value - 1), Hundred * (later.Low / earlier.High - 1),
            Hundred * (later.High / earlier.Low - 1));
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

    private const decimal Hundred = 100m;

    /// <summary>The one year a heading names (`Năm 2025`), or the first of a school year or a term (`2023 - 2024`).</summary>
    private static int? YearOf(string heading)
    {
        var matches = Year().Matches(heading);
        return matches.Count == 1 || (matches.Count == 2 && SpanOfYears().IsMatch(heading)) ? int.Parse(matches[0].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The number of the one term or round a heading names (`Khóa XIII` 13, `Lần thứ 2` 2), or null.</summary>
    private static int? TermOf(string heading)
    {
        var matches = Term().Matches(heading);
        if (matches.Count != 1)
        {
            return null;
        }
        var number = matches[0].Groups["number"].Value;
        return char.IsAsciiDigit(number[0]) ? int.Parse(number, CultureInfo.InvariantCulture) : Roman(number.ToUpperInvariant());
    }

    private static int? Roman(string numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = RomanDigit(numeral[i]);
            total += i + 1 < numeral.Length && RomanDigit(numeral[i + 1]) > value ? -value : value;
        }
        return total > 0 ? total : null;
    }

    private static int RomanDigit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 100,
    };

    /// <summary>
    /// The two figure columns right before the change, when no heading says which is which. Under a change in units
    /// they may be rates written with a percent sign (`73,50%`), compared in points.
    /// </summary>
    private static (int Earlier, int Later)? Adjacent(PipeTable table, int change, bool percent)
    {
        var (earlier, later) = (change - 2, change - 1);
        return earlier >= 1 && IsFigureColumn(table, earlier, !percent) && IsFigureColumn(table, later, !percent) ? (earlier, later) : null;
    }

    private static bool IsFigureColumn(PipeTable table, int column, bool rates) =>
        !table.Heading(column).Contains('%') && ColumnSum.MostlyFigures(table, column, rates);

    private static (int Earlier, int Later)? ByPeriods(PipeTable table, List<int> candidates)
    {
        var earlier = candidates.FindAll(c => EarlierPeriod().IsMatch(table.Heading(c)));
        var later = candidates.FindAll(c => !EarlierPeriod().IsMatch(table.Heading(c)) && PresentPeriod().IsMatch(table.Heading(c)));
        return earlier.Count == 1 && later.Count == 1 ? (earlier[0], later[0]) : null;
    }

    // `Tăng (+), giảm (-)`, `Tăng/giảm`, `Tăng, giảm`, `Chênh lệch`, `+/-`, then a unit or `(%)`; or `So sánh (%)`.
    [GeneratedRegex(@"^(?<rate>t[ỷỉ]\s+lệ\s+)?(?:(?<signs>tăng\s*\(\s*\+\s*\)\s*[,/;]?\s*giảm\s*\(\s*[-−–]\s*\)|\+\s*/\s*[-−–]|\(\s*\+\s*\)\s*/\s*\(\s*[-−–]\s*\))|tăng\s*[,/;]?\s*giảm|chênh\s+lệch|(?<compare>so\s+sánh)|(?<gain>tăng))\s*(?:(?<pct>\(\s*%\s*\)|%)|(?<points>\(\s*điểm\s*(?:%|phần\s+trăm)\s*\))|\([^()%]*\))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeHeading();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)\d\d(?!\d)")]
    private static partial Regex SpanOfYears();

    // `Khóa XII`, `Lần thứ VIII`, `Đại hội lần thứ 7`, `Nhiệm kỳ II`, `Đợt 2`, `Học kỳ I`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:lần(?:\s+thứ)?|khóa|khoá|nhiệm\s+kỳ|kỳ|đợt)\s+(?<number>(?-i:[IVXLC]+)|\d{1,2})(?![\p{L}\p{M}\d])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Term();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:kế\s+hoạch|kh|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plan();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:kỳ\s+trước|cùng\s+kỳ|năm\s+trước)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierPeriod();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:kỳ\s+này|thực\s+hiện|th|ước(?:\s+thực\s+hiện|\s+th|\s+tính)?|năm\s+nay)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PresentPeriod();
}
