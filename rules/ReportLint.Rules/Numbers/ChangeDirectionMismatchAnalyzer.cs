using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5033: `từ A lên B` with B below A, or `từ A xuống B` with B above it (`tỷ lệ … từ 94,2% lên 93,5%`); a verb before
/// (`tăng từ`, `giảm từ`) must agree too. Only one measure is compared: both rates, or both figures with the same unit
/// (a scale word, `triệu`, `tỷ`, must be written on both or neither). Ranks (`hạng`, `bậc`, `vị trí`) go up as their
/// numbers go down, and a bound (`lên dưới`, `xuống trên`) reads both ways: those are left alone.
/// </summary>
public sealed partial class ChangeDirectionMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5033", "change-direction-mismatch",
        new("Chiều tăng, giảm ngược với số liệu", "Direction word contradicts the figures"),
        new("Từ {0} đến {1} là {2}, không phải “{3}”", "From {0} to {1} is {2}, not “{3}”"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText Rise = new("tăng", "a rise");
    private static readonly LocalizedText Fall = new("giảm", "a fall");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.FlatText;
        if (!text.Contains("từ ", StringComparison.Ordinal) || !(text.Contains(" lên ", StringComparison.Ordinal) || text.Contains(" xuống ", StringComparison.Ordinal)))
        {
            return; // the cue: most paragraphs move no figure
        }
        foreach (Match match in FromTo().Matches(text))
        {
            Check(context, match, text);
        }
    }

    private static void Check(ParagraphAnalysisContext context, Match match, string text)
    {
        var way = match.Groups["way"];
        var verb = match.Groups["verb"];
        if (!SameMeasure(match) || RankWords.Near(text, match.Index, match.Index)
            || !VietnameseNumber.TryParseDecimal(match.Groups["from"].ValueSpan, out var from, out _)
            || !VietnameseNumber.TryParseDecimal(match.Groups["to"].ValueSpan, out var to, out _) || from == to)
        {
            return;
        }
        var rises = to > from;
        var edits = new List<TextEdit>();
        if (verb.Success && (verb.Value == "tăng") != rises)
        {
            edits.Add(new TextEdit(new TextSpan(verb.Index, verb.Length), rises ? "tăng" : "giảm"));
        }
        if ((way.Value == "lên") != rises)
        {
            edits.Add(new TextEdit(new TextSpan(way.Index, way.Length), rises ? "lên" : "xuống"));
        }
        if (edits.Count == 0)
        {
            return;
        }
        // The word to mend is `lên`/`xuống` when it is wrong, else the verb; the fix mends both (the figures may be the slip).
        var wrong = edits[^1].Span;
        var fix = new CodeFix(new($"Sửa thành “{(rises ? "lên" : "xuống")}”", $"Change to “{(rises ? "lên" : "xuống")}”"), edits, FixSafety.Unsafe);
        context.Report(Rule, wrong, fix, Figure(match, "from"), Figure(match, "to"), rises ? Rise : Fall, text.Substring(wrong.Start, wrong.Length));
    }

    private static string Figure(Match match, string name) => match.Groups[name].Value + (match.Groups[name + "Rate"].Success ? "%" : "");

    /// <summary>Both rates, or both counts of one unit: a scale word (`triệu`, `tỷ`) written on one side only changes the measure.</summary>
    private static bool SameMeasure(Match match)
    {
        if (match.Groups["fromRate"].Success != match.Groups["toRate"].Success)
        {
            return false;
        }
        var fromUnit = match.Groups["fromUnit"];
        var toUnit = match.Groups["toUnit"];
        if (!fromUnit.Success || !toUnit.Success)
        {
            return !(fromUnit.Success ? Scaled(fromUnit.Value) : toUnit.Success && Scaled(toUnit.Value));
        }
        // The unit after B may run into the words that follow it (`lên 95 triệu đồng trong năm`): A's unit must begin it.
        return (toUnit.Value + " ").StartsWith(fromUnit.Value + " ", StringComparison.Ordinal);
    }

    private static bool Scaled(string unit) => unit.Split(' ')[0] is "nghìn" or "ngàn" or "triệu" or "tỷ" or "tỉ" or "vạn";

    // `[tăng|giảm] từ A [đơn vị] [năm Y] lên|xuống [còn|đến|tới|mức] B [đơn vị]`, with `lên trên B` and `xuống dưới B`
    // as bounds that keep the direction. A figure in a ratio or a date (`9/15`) is not read.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?<verb>tăng|giảm) )?từ (?<from>" + ChangeMismatchAnalyzer.Figure + @")(?![\d/]|[.,]\d)(?<fromRate> ?%)?(?: (?<fromUnit>"
        + ChangeMismatchAnalyzer.UnitWords + "))?" + ChangeMismatchAnalyzer.Year + @" (?<way>lên(?= (?:trên |đến |tới |mức )?\d)|xuống(?= (?:dưới |còn |đến |tới |mức )?\d)) (?:trên |dưới |còn |đến |tới |mức )?(?<to>"
        + ChangeMismatchAnalyzer.Figure + @")(?![\d/]|[.,]\d)(?<toRate> ?%)?(?: (?<toUnit>" + ChangeMismatchAnalyzer.UnitWords + "))?")]
    private static partial Regex FromTo();
}
