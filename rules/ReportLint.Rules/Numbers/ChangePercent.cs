using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The percentage a draft writes after a change, in parentheses (`giảm 12 vụ (13,95%)`) or after `tương đương` (`giảm 12 vụ,
/// tương đương 13,95%`): the change over the earlier figure it is compared with (12 of 86), for RL5015
/// (<see cref="ChangeMismatchAnalyzer"/>). Dividing by the current figure instead (12 of 74) is the usual slip.
/// </summary>
internal static partial class ChangePercent
{
    /// <summary>
    /// `, tương đương`, `, tương ứng` (maybe `với`, `mức giảm`) before a change's percentage: the same percentage as one in
    /// parentheses, written out (`giảm 16 vụ, tương đương 13,33%`).
    /// </summary>
    public const string EquivalentLead = @", tương (?:đương|ứng) (?:với )?(?:(?:mức )?(?:tăng|giảm) )?";

    /// <summary>
    /// The `%` closing an equivalent percentage, no word after it but `so với`: `tương đương 17,5% tổng thu` is a share of a
    /// whole, `tương đương 90% kế hoạch` a share of a target.
    /// </summary>
    public const string EquivalentEnd = @" ?%(?! (?!so với)[\p{L}\p{M}\d]|[\p{L}\p{M}\d])";

    /// <summary>
    /// `(13,95%)` or `(giảm 13,95%)` right after a change, or `, tương đương 13,95%` (<see cref="EquivalentLead"/>); its number
    /// is the group `share`.
    /// </summary>
    public const string Stated = @"(?: \((?:tăng |giảm )?(?<share>" + ChangeMismatchAnalyzer.Figure + @") ?%\)|" + EquivalentLead + "(?<share>"
        + ChangeMismatchAnalyzer.Figure + ")" + EquivalentEnd + ")";

    /// <summary>The change over the earlier figure, in percent.</summary>
    public static decimal Of(decimal change, decimal earlier) => 100m * change / earlier;

    /// <summary>
    /// A stated percentage far from the relative change (under a third of it or over three times) is likely
    /// something else: the change of a rate in points (`giảm 45 hộ (0,52%)` where the poverty rate fell 0,52 points).
    /// </summary>
    public static bool Comparable(decimal exact, decimal stated) => stated * 3 >= exact && stated <= exact * 3;

    /// <summary>
    /// A year alone in the parentheses (`so với cùng kỳ (2025)`) names the period, not the earlier figure.
    /// </summary>
    public static bool IsYear(string figure, bool hasUnit) =>
        !hasUnit && figure.Length == 4 && int.TryParse(figure, out var year) && year is >= 1900 and <= 2100;

    // `giảm 12 vụ (13,95%) so với năm 2025 (86 vụ)`: the change, its percentage, the period compared with (words and
    // years only, as in RL5015's own phrase) and the earlier figure opening its parentheses, maybe after a period label.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<direction>tăng|giảm) (?:thêm )?(?<change>" + ChangeMismatchAnalyzer.Figure + @")(?![\d%/])(?: (?<changeUnit>"
        + ChangeMismatchAnalyzer.UnitWords + "))?" + Stated + ChangeMismatchAnalyzer.ComparedWith + "(?:" + ChangeMismatchAnalyzer.PeriodLabel
        + ")?(?<before>" + ChangeMismatchAnalyzer.Figure + @")(?![\d%/])(?: (?<beforeUnit>" + ChangeMismatchAnalyzer.UnitWords + @"))?\)")]
    public static partial Regex AgainstEarlier();

    // `xảy ra 74 vụ trộm cắp, giảm 11 vụ (14,86%)` with no earlier figure written: the figure, a few words of its
    // noun (no figure or punctuation among them), then its change and percentage; the earlier figure is 74 + 11. An
    // equivalent percentage may follow the period compared with (`tăng 640 tấn so với cùng kỳ, tương ứng tăng 8%`: words and
    // years only); a parenthesis there would hold the earlier figure, or the earlier rate (`so với cùng kỳ (71%)`).
    [GeneratedRegex(@"(?<![\d.,/])(?<now>" + ChangeMismatchAnalyzer.Figure + @")(?![\d/%]|[.,]\d) (?<nowUnit>[\p{Ll}\p{M}]+)(?>[^,;.()\d%]{0,60}), "
        + @"(?<direction>tăng|giảm) (?:thêm )?(?<change>" + ChangeMismatchAnalyzer.Figure + @")(?![\d%/]) (?<changeUnit>[\p{Ll}\p{M}]+)(?:/[\p{Ll}\p{M}]+)?"
        + "(?:" + Stated + "|" + PeriodCompared + EquivalentLead + "(?<share>" + ChangeMismatchAnalyzer.Figure + ")" + EquivalentEnd + ")")]
    public static partial Regex AgainstCurrent();

    // ` [đồng] so với cùng kỳ năm 2025` after a change's first unit word: the rest of its unit, then the period compared
    // with, words and years only.
    private const string PeriodCompared = @"(?: [\p{Ll}\p{M}]+){0,2} so với (?:[\p{L}\p{M}]+|\d{4})(?: (?:[\p{L}\p{M}]+|\d{4})){0,5}";
}
