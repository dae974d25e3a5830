using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5015: a change that is not the difference between the figure it follows and the earlier figure given in
/// parentheses: `đạt 33.918 hội viên, tăng 1.124 hội viên so với cùng kỳ năm 2025 (32.894 hội viên)` is 1.024;
/// `đạt 1.250 tỷ đồng, tăng 12,5% so với năm 2025 (1.100 tỷ đồng)` is 13,6%. Only this phrase is read: a figure,
/// `, tăng|giảm C` (a count or a percent) `so với …` and the earlier figure opening the parenthesis; or
/// `từ A lên|xuống B, tăng|giảm C` (`từ 420 triệu đồng lên 504 triệu đồng, tăng 25%` is 20%). A figure that is
/// itself a rate (`đạt 85,2%, tăng 2,1% so với …`) is left alone: its change may be in points (RL5010).
/// </summary>
public sealed partial class ChangeMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5015", "change-mismatch",
        new("Mức tăng, giảm không khớp với số liệu so sánh", "Change does not match the figures compared"),
        new("Từ {0} đến {1} là {2} {3}, không phải {4}", "From {0} to {1} is {2} {3}, not {4}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText Increase = new("tăng", "an increase of");
    private static readonly LocalizedText Decrease = new("giảm", "a decrease of");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.Text;
        // The cues: most paragraphs compare nothing.
        if (text.Contains("so với", StringComparison.Ordinal))
        {
            foreach (Match match in ComparedChange().Matches(text))
            {
                Check(context, match);
            }
        }
        if (text.Contains("từ ", StringComparison.Ordinal))
        {
            foreach (Match match in FromToChange().Matches(text))
            {
                Check(context, match);
            }
        }
    }

    private static void Check(ParagraphAnalysisContext context, Match match)
    {
        if (!UnitsAgree(match) || !Read(match, "now", out var now, out _) || !Read(match, "before", out var before, out _)
            || !Read(match, "change", out var stated, out var decimals) || before == 0)
        {
            return;
        }
        var percent = match.Groups["percent"].Success;
        var increase = match.Groups["direction"].Value == "tăng";
        var actual = percent ? 100m * (now - before) / before : now - before;
        var magnitude = Math.Abs(actual);
        var rightWay = (actual >= 0) == increase;
        if (rightWay && (Math.Round(magnitude, decimals, MidpointRounding.AwayFromZero) == stated
            || Math.Round(magnitude, decimals, MidpointRounding.ToZero) == stated))
        {
            return;
        }
        var amount = VietnameseNumber.FormatGrouped(magnitude, decimals);
        var sign = percent ? "%" : "";
        var change = match.Groups["change"];
        var span = new TextSpan(change.Index, change.Length);
        // The direction and the amount both change when the figures went the other way.
        var fix = rightWay ? CodeFix.Replace(span, amount, FixSafety.Unsafe)
            : CodeFix.Replace(TextSpan.FromBounds(match.Groups["direction"].Index, span.End), $"{(actual >= 0 ? "tăng" : "giảm")} {amount}", FixSafety.Unsafe);
        var statedWay = increase ? Increase : Decrease;
        context.Report(Rule, span, fix, match.Groups["before"].Value, match.Groups["now"].Value, actual >= 0 ? Increase : Decrease,
            amount + sign, new LocalizedText($"{statedWay.Vi} {change.Value}{sign}", $"{statedWay.En} {change.Value}{sign}"));
    }

    private static bool Read(Match match, string group, out decimal value, out int decimals) =>
        VietnameseNumber.TryParseDecimal(match.Groups[group].ValueSpan, out value, out decimals);

    /// <summary>The earlier figure's unit, when written, is the change's or the figure's (`người` and `hội viên` may both count members).</summary>
    private static bool UnitsAgree(Match match)
    {
        var before = match.Groups["beforeUnit"];
        if (!before.Success || match.Groups["percent"].Success)
        {
            return !before.Success || Same(before.Value, match.Groups["nowUnit"].Value);
        }
        return Same(before.Value, match.Groups["changeUnit"].Value) || Same(before.Value, match.Groups["nowUnit"].Value);
    }

    private static bool Same(string a, string b) =>
        a.Length > 0 && b.Length > 0 && a.Split(' ')[0].Equals(b.Split(' ')[0], StringComparison.OrdinalIgnoreCase);

    // `từ 420 triệu đồng lên 504 triệu đồng, tăng 25%`, `giảm từ 16 vụ (năm 2025) xuống còn 12 vụ, giảm 4 vụ`: the
    // earlier figure first. A rate (`từ 14,86% xuống 12,10%`) is RL5010's: `%` may not follow either figure.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])từ (?<before>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d%/])(?: (?<beforeUnit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}))?(?: \(?năm \d{4}\)?)? (?:lên|xuống) (?:còn |đến |tới |mức )?(?<now>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d%/])(?: (?<nowUnit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}))?(?: \(?năm \d{4}\)?)?, (?<direction>tăng|giảm) (?:thêm |được )?(?<change>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?: ?(?<percent>%)| (?<changeUnit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}))?(?![\d\p{L}])")]
    private static partial Regex FromToChange();

    // `33.918 hội viên, tăng 1.124 hội viên so với cùng kỳ năm 2025 (32.894 hội viên)`; `1.250 tỷ đồng, tăng 12,5% so
    // với năm 2025 (1.100 tỷ đồng)`. Units are up to three lower-case words; the period compared with has no figure
    // but a year and no punctuation, so the parenthesis holds the earlier figure.
    [GeneratedRegex(@"(?<![\d.,/])(?<now>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d%/])(?: (?<nowUnit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}))?, (?<direction>tăng|giảm) (?:thêm )?(?<change>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?: ?(?<percent>%)| (?<changeUnit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}))? so với (?:[\p{L}\p{M}]+ |\d{4} ){1,6}?\((?<before>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?: (?<beforeUnit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}))?\)")]
    private static partial Regex ComparedChange();
}
