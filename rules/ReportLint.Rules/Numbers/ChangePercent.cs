using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The percentage a draft writes in parentheses after a change, `giảm 12 vụ (13,95%)`: the change over the earlier
/// figure it is compared with (12 of 86), for RL5015 (<see cref="ChangeMismatchAnalyzer"/>). Dividing by the current
/// figure instead (12 of 74) is the usual slip.
/// </summary>
internal static partial class ChangePercent
{
    /// <summary>`(13,95%)` or `(giảm 13,95%)` right after a change; its number is the group `share`.</summary>
    public const string Parenthesized = @" \((?:tăng |giảm )?(?<share>" + ChangeMismatchAnalyzer.Figure + @") ?%\)";

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
        + ChangeMismatchAnalyzer.UnitWords + "))?" + Parenthesized + ChangeMismatchAnalyzer.ComparedWith + "(?:" + ChangeMismatchAnalyzer.PeriodLabel
        + ")?(?<before>" + ChangeMismatchAnalyzer.Figure + @")(?![\d%/])(?: (?<beforeUnit>" + ChangeMismatchAnalyzer.UnitWords + @"))?\)")]
    public static partial Regex AgainstEarlier();

    // `xảy ra 74 vụ trộm cắp, giảm 11 vụ (14,86%)` with no earlier figure written: the figure, a few words of its
    // noun (no figure or punctuation among them), then its change and percentage; the earlier figure is 74 + 11.
    [GeneratedRegex(@"(?<![\d.,/])(?<now>" + ChangeMismatchAnalyzer.Figure + @")(?![\d/%]|[.,]\d) (?<nowUnit>[\p{Ll}\p{M}]+)(?>[^,;.()\d%]{0,60}), (?<direction>tăng|giảm) (?:thêm )?(?<change>"
        + ChangeMismatchAnalyzer.Figure + @")(?![\d%/]) (?<changeUnit>[\p{Ll}\p{M}]+)" + Parenthesized)]
    public static partial Regex AgainstCurrent();
}
