using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A change column of a pipe table and the two columns it compares, for RL5021: `Tăng (+), giảm (-)`, `Tăng, giảm`,
/// `Tăng/giảm`, `Chênh lệch`, `+/-` give the later figure minus the earlier one; `Tăng/giảm (%)`, `Tỷ lệ tăng, giảm
/// (%)`, `So sánh (%)` the change in percent of the earlier one. The two columns are found from their headings, left of the change: the only
/// two naming a year (`Năm 2024`, `2025`; a plan or budget is left out), the earlier one first; or else the one
/// column naming an earlier period (`Kỳ trước`, `Cùng kỳ`, `Năm trước`) and the one naming the present (`Kỳ này`,
/// `Thực hiện`, `Ước thực hiện`, `Năm nay`) and no earlier period. Any other shape, and the column is not read.
/// </summary>
internal sealed partial record ChangeColumns(int Change, int Earlier, int Later, bool Percent, bool SignsAnnounced)
{
    public static IEnumerable<ChangeColumns> Find(PipeTable table)
    {
        for (var column = 1; column < table.ColumnCount; column++)
        {
            var heading = ChangeHeading().Match(Heading(table, column));
            if (!heading.Success)
            {
                continue;
            }
            var percent = heading.Groups["pct"].Success;
            // `So sánh` and `Tỷ lệ tăng, giảm` are percent columns only; in units they would be a ratio or a difference, unsaid.
            if ((heading.Groups["compare"].Success || heading.Groups["rate"].Success) && !percent)
            {
                continue;
            }
            var candidates = Enumerable.Range(1, column - 1).Where(c => !Heading(table, c).Contains('%') && !Plan().IsMatch(Heading(table, c))).ToList();
            if ((ByYears(table, candidates) ?? ByPeriods(table, candidates)) is { } pair)
            {
                yield return new ChangeColumns(column, pair.Earlier, pair.Later, percent, heading.Groups["signs"].Success);
            }
        }
    }

    private static (int Earlier, int Later)? ByYears(PipeTable table, List<int> candidates)
    {
        var years = new List<(int Column, int Year)>();
        foreach (var column in candidates)
        {
            var matches = Year().Matches(Heading(table, column));
            if (matches.Count == 1)
            {
                years.Add((column, int.Parse(matches[0].Value, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        if (years.Count != 2 || years[0].Year == years[1].Year)
        {
            return null;
        }
        return years[0].Year < years[1].Year ? (years[0].Column, years[1].Column) : (years[1].Column, years[0].Column);
    }

    private static (int Earlier, int Later)? ByPeriods(PipeTable table, List<int> candidates)
    {
        var earlier = candidates.FindAll(c => EarlierPeriod().IsMatch(Heading(table, c)));
        var later = candidates.FindAll(c => !EarlierPeriod().IsMatch(Heading(table, c)) && PresentPeriod().IsMatch(Heading(table, c)));
        return earlier.Count == 1 && later.Count == 1 ? (earlier[0], later[0]) : null;
    }

    private static string Heading(PipeTable table, int column) => table.Header.Cells[column].Text;

    // `Tăng (+), giảm (-)`, `Tăng/giảm`, `Tăng, giảm`, `Chênh lệch`, `+/-`, then a unit or `(%)`; or `So sánh (%)`.
    [GeneratedRegex(@"^(?<rate>t[ỷỉ]\s+lệ\s+)?(?:(?<signs>tăng\s*\(\s*\+\s*\)\s*[,/;]?\s*giảm\s*\(\s*[-−–]\s*\)|\+\s*/\s*[-−–]|\(\s*\+\s*\)\s*/\s*\(\s*[-−–]\s*\))|tăng\s*[,/;]?\s*giảm|chênh\s+lệch|(?<compare>so\s+sánh))\s*(?:(?<pct>\(\s*%\s*\)|%)|\([^()%]*\))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeHeading();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:kế\s+hoạch|kh|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plan();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:kỳ\s+trước|cùng\s+kỳ|năm\s+trước)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierPeriod();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:kỳ\s+này|thực\s+hiện|th|ước(?:\s+thực\s+hiện|\s+th|\s+tính)?|năm\s+nay)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PresentPeriod();
}
