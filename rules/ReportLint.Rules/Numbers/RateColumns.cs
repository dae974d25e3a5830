using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A rate column of a pipe table giving each row's performance over its target or an earlier period, for RL5019:
/// `% so với dự toán`, `So với kế hoạch (%)`, `% KH`, `TH/KH (%)`, `So với cùng kỳ (%)`, `So cùng kỳ (%)` (an index:
/// this period over the same period of the year before), `Tỷ lệ thực hiện (%)`, `Đạt (%)`. The target column is the
/// one column named as the heading names it (`Dự toán năm 2024` for `% so với dự toán`; `KH` as `kế hoạch`, `năm trước`
/// as `cùng kỳ`), or, when the heading names none (`Tỷ lệ thực hiện (%)`, `So sánh (%)`), the one column named as a
/// target at all, or among several the one right before the rate (`Cùng kỳ năm 2025 | So sánh (%)`). The performance
/// column is the one other column named `Thực hiện`, `TH`, `Ước thực hiện`, `Kết quả`… and as no target (`Thực hiện
/// cùng kỳ` is a target). Columns headed with `%` are neither. No such column, or several, and the rate is not read. A
/// bare `Tỷ lệ (%)` names no comparison but is read the same way; a heading that says something else (`Tỷ lệ đạt chuẩn
/// (%)`) is left to <see cref="RowRateColumns"/>.
/// </summary>
internal sealed partial record RateColumns(int Rate, int Performance, int Target)
{
    [Flags]
    private enum TargetKind
    {
        None = 0,
        Plan = 1,
        Budget = 2,
        EarlierPeriod = 4,
    }

    /// <summary>
    /// The rate of each column named as one, then of each column comparing two named ones (<see cref="ComparisonColumns"/>),
    /// then of each column the search reads (<see cref="RowRateColumns"/>).
    /// </summary>
    public static IEnumerable<RowFormula> Formulas(PipeTable table) =>
        Find(table).Select(c => new RowFormula(table, c.Rate, [c.Performance, c.Target], Percent))
            .Concat(ComparisonColumns.Find(table).Select(c => c.Formula(table)))
            .Concat(RowRateColumns.Find(table));

    public static IEnumerable<RateColumns> Find(PipeTable table)
    {
        for (var column = 0; column < table.ColumnCount; column++)
        {
            if (RateKind(table.Heading(column)) is not { } kind)
            {
                continue;
            }
            bool IsTarget(int other) => KindOf(table.Heading(other)) is var k && k != TargetKind.None
                && (kind == TargetKind.None ? k is TargetKind.Plan or TargetKind.Budget or TargetKind.EarlierPeriod : k == kind);
            var target = Single(table, column, IsTarget);
            // `Cùng kỳ năm 2025 | So sánh (%)`: a rate that does not say what it compares with, right after one of several
            // targets, compares with that one.
            if (target < 0 && kind == TargetKind.None && column > 0 && !table.Heading(column - 1).Contains('%') && IsTarget(column - 1))
            {
                target = column - 1;
            }
            var performance = Single(table, column, other => KindOf(table.Heading(other)) == TargetKind.None && PerformanceName().IsMatch(table.Heading(other)));
            if (target >= 0 && performance >= 0)
            {
                yield return new RateColumns(column, performance, target);
            }
        }
    }

    /// <summary>What the rate heading compares with (None when it does not say), or null for any other heading.</summary>
    private static TargetKind? RateKind(string heading)
    {
        var match = RateHeading().Match(heading);
        if (!match.Success || !(match.Groups["lead"].Success || match.Groups["pct"].Success || match.Groups["tail"].Success))
        {
            return null;
        }
        var verb = match.Groups["verb"].Success;
        var kind = match.Groups["kind"];
        if (!kind.Success)
        {
            // `Tỷ lệ (%)` alone, or a verb alone (`Đạt (%)`); `Tỷ lệ đạt chuẩn (%)` says more.
            var bare = match.Groups["lead"].Value.Length > 1 && !verb;
            return (verb || bare) && match.Groups["rest"].Length == 0 ? TargetKind.None : null;
        }
        // `% KH` with no verb, but not `Kế hoạch (%)`: that is a planned percentage, not a rate of the plan.
        return verb || match.Groups["lead"].Value == "%" || match.Groups["pct"].Success ? KindOf(kind.Value) : null;
    }

    /// <summary>Part over whole in percent; the range takes the extremes of both roundings. None over a zero whole.</summary>
    public static FormulaRange? Percent(RowFigure[] inputs)
    {
        const decimal hundred = 100m;
        var (part, whole) = (inputs[0], inputs[1]);
        if (whole.Low <= 0 || part.Low < 0)
        {
            return null;
        }
        return new FormulaRange(hundred * part.Value / whole.Value, hundred * part.Low / whole.High, hundred * part.High / whole.Low);
    }

    /// <summary>The one column other than the rate and the percentage ones that fits, or -1.</summary>
    private static int Single(PipeTable table, int rate, Func<int, bool> fits)
    {
        var found = -1;
        for (var column = 0; column < table.ColumnCount; column++)
        {
            if (column == rate || table.Heading(column).Contains('%') || !fits(column))
            {
                continue;
            }
            if (found >= 0)
            {
                return -1;
            }
            found = column;
        }
        return found;
    }

    private static TargetKind KindOf(string heading)
    {
        var kind = TargetKind.None;
        foreach (Match match in TargetName().Matches(heading))
        {
            kind |= match.Groups["plan"].Success ? TargetKind.Plan : match.Groups["budget"].Success ? TargetKind.Budget : TargetKind.EarlierPeriod;
        }
        return kind;
    }

    [GeneratedRegex(@"^(?<lead>%|t[ỷỉ]\s+lệ)?\s*(?<pct>\(\s*%\s*\)|%)?\s*(?<verb>so\s+với|so\s+sánh(?:\s+với)?|so(?=\s+(?:dự\s+toán|kế\s+hoạch|kh|cùng\s+kỳ|năm\s+trước)(?![\p{L}\p{M}]))|(?:thực\s+hiện|đạt)(?:\s+so\s+với)?|th\s*/)?\s*(?:(?<kind>dự\s+toán|kế\s+hoạch|kh|cùng\s+kỳ(?:\s+năm\s+trước)?|năm\s+trước)(?![\p{L}\p{M}]))?(?<rest>[^%()]*?)\s*(?<tail>\(\s*%\s*\)|%)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateHeading();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?<plan>kế\s+hoạch|kh)|(?<budget>dự\s+toán)|(?<earlier>cùng\s+kỳ|năm\s+trước))(?![\p{L}\p{M}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetName();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:thực\s+hiện|th|ước(?:\s+thực\s+hiện|\s+th|\s+đạt|\s+tính)?|kết\s+quả)(?![\p{L}\p{M}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerformanceName();
}
