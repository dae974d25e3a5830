using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Which count column a percentage column of a pipe table may give the shares of, for RL5018. The heading must be a
/// bare share (`Tỷ lệ (%)`, `Tỷ lệ %`, `Tỷ lệ`, `Tỷ trọng (%)`, `Cơ cấu (%)`, `%`): its count column is the one right
/// before it. Or it names its count column (`Tỷ lệ đảng viên (%)` after `Số đảng viên`): then exactly one column must
/// bear that name. Any other heading (`Tỷ lệ đạt`, `Tăng/giảm (%)`, `So với kế hoạch (%)`, `Tỷ lệ hộ nghèo (%)` with
/// no column of that name) is a rate of its own row, not a share of the column.
/// </summary>
internal static partial class ShareColumn
{
    /// <summary>The count column of the percentage column <paramref name="column"/>, right of the label; -1 when none or several.</summary>
    public static int CountColumnOf(PipeTable table, int column, int labelColumn)
    {
        var heading = ShareHeading().Match(table.Heading(column));
        if (!heading.Success)
        {
            return -1;
        }
        if (!heading.Groups["named"].Success)
        {
            return column - 1 > labelColumn ? column - 1 : -1;
        }
        var name = Subject(heading.Groups["named"].Value);
        var found = -1;
        for (var other = labelColumn + 1; other < table.ColumnCount; other++)
        {
            if (other != column && Subject(table.Heading(other)) == name)
            {
                if (found >= 0)
                {
                    return -1;
                }
                found = other;
            }
        }
        return found;
    }

    /// <summary>What a heading counts, compared without case, unit or `Số`: `Số đảng viên (người)` → `đảng viên`.</summary>
    private static string Subject(string heading) =>
        CountPrefix().Replace(Unit().Replace(heading, ""), "").Trim().ToLowerInvariant();

    // `Tỷ lệ (%)`, `Tỷ trọng %`, `Cơ cấu`, `%`, `(%)`, or one of them naming what it shares: `Tỷ lệ đảng viên (%)`.
    [GeneratedRegex(@"^(?:(?:t[ỷỉ]\s+(?:lệ|trọng)|cơ\s+cấu)(?:\s+(?<named>[^()%]+?))?\s*(?:\(\s*%\s*\)|%)?|\(\s*%\s*\)|%)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareHeading();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^\s*(?:tổng\s+)?số(?:\s+lượng)?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountPrefix();
}
