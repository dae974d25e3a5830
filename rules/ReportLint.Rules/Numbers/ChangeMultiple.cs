using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A multiple after a figure's move, for RL5015 (<see cref="ChangeMismatchAnalyzer"/>): `từ 41,4 triệu đồng (2020) lên
/// 78,6 triệu đồng (2025), tăng gấp 1,9 lần` (78,6 / 41,4). The same phrase RL5015 reads for a change, ending in `gấp D lần`
/// instead, or after the change (`…, tăng 37,2 triệu đồng, gấp 1,9 lần`). A hedged multiple (`gần gấp 2 lần`, `hơn 1,8
/// lần`) is not read, nor `tăng 1,9 lần`, which drafts use both for ×1,9 and for +190%.
/// </summary>
internal static partial class ChangeMultiple
{
    private const string Figure = ChangeMismatchAnalyzer.Figure;
    private const string Unit = ChangeMismatchAnalyzer.UnitWords;
    private const string Year = ChangeMismatchAnalyzer.Year;

    /// <summary>The phrases, groups `before`, `now` (and their units) and `times`.</summary>
    public static MatchCollection Read(string text) => Phrase().Matches(text);

    /// <summary>`78,6 / 41,4`: the multiple the figures make; null when it says nothing (an earlier figure of zero, a fall).</summary>
    public static decimal? Of(decimal before, decimal now) => before > 0 && now > before ? now / before : null;

    // The move (`[tăng ]từ A [unit] [year] lên|đến|tới B [unit] [year]`), maybe the change it makes (`, tăng 37,2 triệu
    // đồng`: any words, no figure but its own), then `, [tăng ]gấp D lần` or `(gấp D lần)`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:tăng )?từ (?:mức )?(?<before>" + Figure + @")(?![\d%/])(?: (?<beforeUnit>" + Unit + "))?" + Year
        + @" (?:lên (?:đến |tới |mức )?|đến |tới )(?<now>" + Figure + @")(?![\d%/])(?: (?<nowUnit>" + Unit + "))?" + Year
        + @"(?:, tăng (?:thêm )?(?:" + Figure + @")(?: ?%| " + Unit + @")?)?(?:, | \()(?:tăng |là )?gấp (?<times>" + Figure + @") lần(?![\p{L}\p{M}])")]
    private static partial Regex Phrase();
}
