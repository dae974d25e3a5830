using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Which count column a percentage column of a pipe table may give the shares of, for RL5018. The heading must be a
/// share (`Tỷ lệ (%)`, `Tỷ lệ %`, `Tỷ lệ`, `Tỷ trọng (%)`, `Cơ cấu (%)`, `%`, `Tỷ lệ so với tổng số (%)`). A bare one
/// is first read against the column right before it, then searched for among the other figure columns left of it
/// (`Tỷ trọng (%)` of the `Dư nợ` after `Số hộ vay`). One that names its count column (`Tỷ lệ đảng viên (%)` after
/// `Số đảng viên`, `Tỷ lệ so với tổng số đại biểu bầu (%)` after `Số đại biểu được phân bổ`) is read against the one
/// column bearing that name, or else the one whose name begins as it does (`đại biểu`), never against another. Any
/// other heading (`Tỷ lệ đạt`, `Tăng/giảm (%)`, `So với kế hoạch (%)`, `Tỷ lệ hộ nghèo (%)` with no column of that
/// name) is a rate of its own row, not a share of the column.
/// </summary>
internal static partial class ShareColumn
{
    /// <summary>
    /// The count columns to try for the percentage column <paramref name="column"/>, in order: the first group whose
    /// columns read as shares decides, and only when exactly one of them does.
    /// </summary>
    public static IEnumerable<Candidates> CountColumnsOf(PipeTable table, int column, int labelColumn)
    {
        var heading = ShareHeading().Match(table.Heading(column));
        if (!heading.Success)
        {
            yield break;
        }
        var name = heading.Groups["named"].Success ? Subject(OverTotal().Replace(heading.Groups["named"].Value, "")) : "";
        var others = Enumerable.Range(labelColumn + 1, Math.Max(0, table.ColumnCount - labelColumn - 1)).Where(other => other != column).ToList();
        if (name.Length > 0)
        {
            var named = others.FindAll(other => Subject(table.Heading(other)) == name);
            var group = named.Count > 0 ? named : others.FindAll(other => SameHead(Subject(table.Heading(other)), name));
            // Two columns of the name (`Số hộ (2025)`, `Số hộ (2026)`): the heading does not say which.
            if (group.Count == 1)
            {
                yield return new Candidates(group, Searched: false);
            }
            yield break;
        }
        if (column - 1 > labelColumn)
        {
            yield return new Candidates([column - 1], Searched: false);
        }
        yield return new Candidates(others.FindAll(other => other < column - 1), Searched: true);
    }

    /// <summary>
    /// Whether the heading names shares of the table's whole, for RL5034: `Tỷ trọng (%)`, `Cơ cấu (%)`, `Tỷ lệ so với
    /// tổng số (%)`, `Tỷ trọng sản lượng (%)` beside `Sản lượng (tấn)` say so outright (<see cref="ShareOfTotal.Named"/>);
    /// a bare `Tỷ lệ (%)`, `%`, or a `Tỷ trọng` naming no column (`Tỷ trọng công nghiệp (%)`), may as well be each row's
    /// own rate (<see cref="ShareOfTotal.Bare"/>: read only over a total of 100); a `Tỷ lệ` naming its subject and no
    /// column (`Tỷ lệ hộ nghèo (%)`: each row its own whole) is none.
    /// </summary>
    public static ShareOfTotal KindOf(PipeTable table, int column, int labelColumn)
    {
        var heading = table.Heading(column);
        var match = ShareHeading().Match(heading);
        if (!match.Success)
        {
            return ShareOfTotal.None;
        }
        var ofWhole = OfWhole().IsMatch(heading);
        if (match.Groups["named"].Success)
        {
            if (OverTotal().IsMatch(match.Groups["named"].Value) || (ofWhole && CountColumnsOf(table, column, labelColumn).Any()))
            {
                return ShareOfTotal.Named;
            }
            return ofWhole ? ShareOfTotal.Bare : ShareOfTotal.None;
        }
        return ofWhole ? ShareOfTotal.Named : ShareOfTotal.Bare;
    }

    /// <summary>Columns that may be the count of a share column; <paramref name="Searched"/> when the heading names none of them.</summary>
    internal sealed record Candidates(List<int> Columns, bool Searched);

    /// <summary>What a heading counts, compared without case, unit or `Số`: `Số đảng viên (người)` → `đảng viên`.</summary>
    private static string Subject(string heading) =>
        Spaces().Replace(CountPrefix().Replace(Unit().Replace(heading, ""), ""), " ").Trim().ToLowerInvariant();

    /// <summary>
    /// Two names of one kind of count: one the start of the other (`đảng viên`, `đảng viên nữ`), or their first two words
    /// alike (`đại biểu bầu`, `đại biểu được phân bổ`); a single word in common (`hộ vay`, `hộ nghèo`) is not enough.
    /// </summary>
    private static bool SameHead(string subject, string name)
    {
        if (subject.Length == 0)
        {
            return false;
        }
        var (a, b) = (subject.Split(' '), name.Split(' '));
        var common = a.Zip(b).TakeWhile(pair => pair.First == pair.Second).Count();
        return common >= 2 || common == Math.Min(a.Length, b.Length);
    }

    // `Tỷ lệ (%)`, `Tỷ trọng %`, `Cơ cấu`, `%`, `(%)`, or one of them naming what it shares: `Tỷ lệ đảng viên (%)`.
    [GeneratedRegex(@"^(?:(?:t[ỷỉ]\s+(?:lệ|trọng)|cơ\s+cấu)(?:\s+(?<named>[^()%]+?))?\s*(?:\(\s*%\s*\)|%)?|\(\s*%\s*\)|%)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareHeading();

    // `so với tổng số …`, `trên tổng số …`: the share of the whole the rest names (`so với cùng kỳ` is no share).
    [GeneratedRegex(@"^\s*(?:so\s+với|trên)\s+(?=tổng\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverTotal();

    // `Tỷ trọng`, `Cơ cấu`: a part of a whole by their very name, where `Tỷ lệ` may be any rate.
    [GeneratedRegex(@"^(?:t[ỷỉ]\s+trọng|cơ\s+cấu)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfWhole();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^\s*(?:tổng\s+)?số(?:\s+lượng)?(?:\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>What a percentage heading says of its column (<see cref="ShareColumn.KindOf"/>).</summary>
internal enum ShareOfTotal
{
    None,
    Bare,
    Named,
}
