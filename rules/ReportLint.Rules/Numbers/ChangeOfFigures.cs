using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A change followed by the two figures it lies between, for RL5015 (<see cref="ChangeMismatchAnalyzer"/>): `tai nạn giao
/// thông giảm 3 vụ (42 vụ so với 45 vụ)`, `số người chết tăng 2 người (15 so với 13)`, `tăng 12,5% (1.250 tỷ đồng so với
/// 1.100 tỷ đồng)`. The figure before `so với` is the current one; a few words may name the earlier period (`so với cùng
/// kỳ năm 2025 là 436 hộ`). Each change of a list cut by `;` is read on its own. The groups are named as in RL5015's own
/// phrase, so a match is checked the same way.
/// </summary>
internal static partial class ChangeOfFigures
{
    /// <summary>The phrases whose figures are read in their order: now, then before.</summary>
    public static IEnumerable<Match> Read(string text)
    {
        foreach (Match match in Phrase().Matches(text))
        {
            // `(45 vụ năm 2025 so với 42 vụ năm 2026)`: the earlier year first, so the order is not now against before;
            // `(2026 so với 2025)` compares two years, not two figures.
            var (nowYear, beforeYear) = (match.Groups["nowYear"], match.Groups["beforeYear"]);
            if ((nowYear.Success && beforeYear.Success && string.CompareOrdinal(nowYear.Value, beforeYear.Value) < 0)
                || ChangePercent.IsYear(match.Groups["now"].Value, match.Groups["nowUnit"].Success)
                || ChangePercent.IsYear(match.Groups["before"].Value, match.Groups["beforeUnit"].Success))
            {
                continue;
            }
            // `giảm 4 người (42 vụ so với 45 vụ)`: a change that counts something else than its figures; `tăng 2 bậc (15 so
            // với 17)`: a rank, which rises as its number falls.
            var changeUnit = match.Groups["changeUnit"];
            if ((changeUnit.Success && !(SameHead(changeUnit.Value, match.Groups["nowUnit"]) && SameHead(changeUnit.Value, match.Groups["beforeUnit"])))
                || RankWords.Near(text, match.Index, match.Index + match.Length))
            {
                continue;
            }
            yield return match;
        }
    }

    /// <summary>The figure's unit, when written, begins with the change's first word.</summary>
    private static bool SameHead(string change, Group unit) =>
        !unit.Success || unit.Value.Split(' ')[0].Equals(change.Split(' ')[0], StringComparison.OrdinalIgnoreCase);

    private const string Figure = ChangeMismatchAnalyzer.Figure;
    private const string Unit = ChangeMismatchAnalyzer.UnitWords;

    // The change (a count, a percent or points, maybe with its own percentage), then `(now [unit] [năm Y] so với [period]
    // before [unit] [năm Y])`; the period is words and years only, maybe closed by `là` or `:`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<direction>tăng|giảm) (?:thêm )?(?<change>" + Figure + @")(?![\d/])(?: ?(?<percent>%)| (?<points>điểm phần trăm|điểm %)| (?<changeUnit>"
        + Unit + "))?(?:" + ChangePercent.Stated + @")? \((?<now>" + Figure + @")(?![\d/])(?:(?<nowRate> ?%)| (?<nowUnit>" + Unit + @"))?(?: năm (?<nowYear>\d{4}))?"
        + @" so với (?:(?:[\p{L}\p{M}]+|\d{4}):? ){0,5}?(?<before>" + Figure + @")(?![\d/])(?:(?<beforeRate> ?%)| (?<beforeUnit>" + Unit + @"))?(?: năm (?<beforeYear>\d{4}))?\)")]
    private static partial Regex Phrase();
}
