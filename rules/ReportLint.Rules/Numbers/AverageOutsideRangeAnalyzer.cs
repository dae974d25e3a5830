using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5037: an average outside the spread the same clause gives: `năng suất lúa bình quân 64 tạ/ha, cao nhất 61 tạ/ha`,
/// `thu nhập bình quân 48 triệu đồng, thấp nhất 52 triệu đồng`, `dao động từ 5 đến 8 ha, bình quân 9 ha`. An average can
/// be neither above the highest value nor below the lowest, so one of the figures is wrong; which one the text cannot
/// tell, so there is no fix. Only one measure is compared (<see cref="AverageFigure.SameMeasure"/>), within one clause (a `;` or a
/// sentence end closes it). `ít nhất`, `tối đa`, `tối thiểu` are bounds of a target, not observed extremes, and
/// `trung bình` in a list of ratings (`khá`, `trung bình`, `yếu`) is a grade: neither is read.
/// </summary>
public sealed partial class AverageOutsideRangeAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5037", "average-outside-range",
        new("Số bình quân nằm ngoài khoảng giá trị nêu cùng câu", "Average outside the spread stated beside it"),
        new("Bình quân {0} {1} {2}: một trong hai số bị sai", "The average {0} is {1} {2}: one of the figures is wrong"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.None);

    private static readonly LocalizedText AboveHighest = new("lớn hơn mức cao nhất", "above the highest,");
    private static readonly LocalizedText BelowLowest = new("nhỏ hơn mức thấp nhất", "below the lowest,");
    private static readonly LocalizedText OutsideSpread = new("nằm ngoài khoảng", "outside the spread");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.FlatText;
        if (!text.Contains("bình", StringComparison.OrdinalIgnoreCase) || !(text.Contains("nhất", StringComparison.Ordinal) || text.Contains("dao động", StringComparison.Ordinal)))
        {
            return; // the cue: most paragraphs state no average beside a spread
        }
        foreach (Match clause in Clause().Matches(text))
        {
            if (Ratings().IsMatch(clause.Value))
            {
                continue;
            }
            foreach (Match average in Average().Matches(clause.Value))
            {
                Check(context, clause, average);
            }
        }
    }

    private static void Check(ParagraphAnalysisContext context, Match clause, Match average)
    {
        if (!AverageFigure.TryRead(average, out var mean))
        {
            return;
        }
        foreach (Match extreme in Extreme().Matches(clause.Value))
        {
            if (!AverageFigure.TryRead(extreme, out var bound) || !mean.SameMeasure(bound))
            {
                continue;
            }
            var highest = extreme.Groups["kind"].Value is "cao nhất" or "nhiều nhất" or "lớn nhất";
            if (highest ? mean.Value > bound.Value : mean.Value < bound.Value)
            {
                Report(context, clause, mean, highest ? AboveHighest : BelowLowest, bound.Text);
                return;
            }
        }
        foreach (Match spread in Spread().Matches(clause.Value))
        {
            if (AverageFigure.TryRead(spread, out var low, "low") && AverageFigure.TryRead(spread, out var high, "high") && low.Value < high.Value
                && mean.SameMeasure(high) && low.SameMeasure(high) && (mean.Value < low.Value || mean.Value > high.Value))
            {
                Report(context, clause, mean, OutsideSpread, $"{low.Text}–{high.Text}");
                return;
            }
        }
    }

    private static void Report(ParagraphAnalysisContext context, Match clause, AverageFigure mean, LocalizedText relation, string bound) =>
        context.Report(Rule, new TextSpan(clause.Index + mean.Start, mean.Length), null, mean.Text, relation, bound);

    // A clause: up to a `;` or the end of a sentence (a full stop, `?` or `!` before a space; `1.250` keeps its dot).
    [GeneratedRegex(@"(?:[^;.!?]|\.(?=\S))+")]
    private static partial Regex Clause();

    // `loại khá 12, trung bình 3`: `trung bình` is a grade among grades.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:khá|giỏi|yếu|kém|xuất sắc|tốt)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex Ratings();

    // `bình quân [đầu người|mỗi năm|chung|đạt|là|ở mức|khoảng|kết nạp…] A [đơn vị]`: few words between, or the figure is another's.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:[Bb]ình quân|[Tt]rung bình)(?: (?:chung|đầu người|mỗi (?:năm|tháng|người|hộ)|hằng năm|hàng năm|đạt|là|có|ở mức|mức|khoảng|ước đạt|ước|tăng|giảm|kết nạp|của toàn (?:huyện|tỉnh|xã)))* "
        + AverageFigure.Pattern)]
    private static partial Regex Average();

    // `cao nhất [là xã Tân Lập đạt|năm 2024 với] B [đơn vị]`: up to six words (a place, a year) between.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<kind>cao nhất|thấp nhất|nhiều nhất|lớn nhất|nhỏ nhất)(?: (?:năm \d{4}|[\p{L}\p{M}]+)){0,6}? \(?"
        + AverageFigure.Pattern)]
    private static partial Regex Extreme();

    // `dao động [từ] A [đơn vị] (đến|-) B [đơn vị]`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])dao động (?:trong khoảng )?(?:từ )?(?<low>" + ChangeMismatchAnalyzer.Figure + @")(?![\d/]|[.,]\d)(?<lowRate> ?%)?(?: (?<lowUnit>"
        + ChangeMismatchAnalyzer.UnitWords + @"))?? ?(?:đến|tới|-|–) ?(?<high>" + ChangeMismatchAnalyzer.Figure + @")(?![\d/]|[.,]\d)(?<highRate> ?%)?(?: (?<highUnit>"
        + ChangeMismatchAnalyzer.UnitWords + "))?")]
    private static partial Regex Spread();
}
