using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>Which way a target is met: at or above it (`≥ 85%`), at or below it (`dưới 3%`, `giảm còn 2%`), or not said.</summary>
internal enum TargetWay
{
    Unknown,
    Higher,
    Lower,
}

/// <summary>What a draft says of a result against its target: `Vượt`, `Đạt`, `Không đạt`.</summary>
internal enum Assessment
{
    Exceeded,
    Met,
    NotMet,
}

/// <summary>
/// The reading of a term's targets for RL5036 (<see cref="TargetAssessmentMismatchAnalyzer"/>): a target as drafts write it
/// (`≥ 85%`, `trên 85%`, `từ 85% trở lên`, `dưới 3%`, `giảm còn 2%`, `80-85%`), a result (`84,6%`, `ước đạt 84,6%`), the
/// assessment (`Vượt`, `Đạt`, `Không đạt`, `Chưa đạt`, `Hoàn thành`) and whether they contradict each other. A target with
/// no sign of its way takes it from the row's label: a poverty or unemployment rate is met below it.
/// </summary>
internal static partial class TargetAssessment
{
    /// <summary>A target: one value (<see cref="Low"/> = <see cref="High"/>) or a range, its unit (`%`, `triệu đồng`) and way.</summary>
    public sealed record Target(decimal Low, decimal High, TargetWay Way, string Unit);

    /// <summary>A result: its value, unit, and a way its wording gives (`giảm còn 1,85%` is a level to stay under).</summary>
    public readonly record struct Result(decimal Value, string Unit, TargetWay Way);

    /// <summary>Label words of a figure met below its target, rates of harm and want (data section `lowerIsBetter`).</summary>
    public static string[] LowerIsBetter(AnalyzerOptions options) =>
        options.Data.GetOrCreate("numbers.lowerIsBetter", data =>
            data.Section("lowerIsBetter").Select(e => Normalize(Nfc.Normalize(e.GetString()!))).Where(w => w.Length > 0).ToArray());

    public static Target? ReadTarget(string text)
    {
        var match = TargetText().Match(Normalize(text));
        if (!match.Success || !VietnameseNumber.TryParseDecimal(match.Groups["low"].ValueSpan, out var low, out _))
        {
            return null;
        }
        var high = low;
        if (match.Groups["high"].Success && (!VietnameseNumber.TryParseDecimal(match.Groups["high"].ValueSpan, out high, out _) || high <= low))
        {
            return null;
        }
        var (pre, post) = (match.Groups["pre"].Value, match.Groups["post"].Value);
        var way = post == "trở lên" || pre is "≥" or ">=" or ">" or "≧" or "trên" or "tối thiểu" or "ít nhất" or "đạt trên" ? TargetWay.Higher
            : post == "trở xuống" || pre is "≤" or "<=" or "<" or "≦" or "dưới" or "tối đa" or "không quá" or "không vượt quá"
                || pre.StartsWith("giảm", StringComparison.Ordinal) || pre.StartsWith("còn", StringComparison.Ordinal) || pre.StartsWith("xuống", StringComparison.Ordinal)
                || pre.EndsWith("dưới", StringComparison.Ordinal) ? TargetWay.Lower : TargetWay.Unknown;
        var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : match.Groups["lowUnit"].Value;
        return new Target(low, high, way, UnitKey(unit));
    }

    public static Result? ReadResult(string text)
    {
        var match = ResultText().Match(Normalize(text));
        if (!match.Success || !VietnameseNumber.TryParseDecimal(match.Groups["value"].ValueSpan, out var value, out _))
        {
            return null;
        }
        var way = match.Groups["lead"].Value.Contains("còn", StringComparison.Ordinal) || match.Groups["lead"].Value.StartsWith("giảm", StringComparison.Ordinal)
            ? TargetWay.Lower : TargetWay.Unknown;
        return new Result(value, UnitKey(match.Groups["unit"].Value), way);
    }

    /// <summary>The assessment the text opens with, and how many words it takes; null when it opens with none (`Cơ bản đạt`).</summary>
    public static (Assessment Kind, int Words)? ReadAssessment(string text)
    {
        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            ["không" or "chưa", "hoàn", "thành", ..] => (Assessment.NotMet, 3),
            ["không" or "chưa", "đạt", ..] => (Assessment.NotMet, 2),
            ["hoàn", "thành", ..] => (Assessment.Met, 2),
            ["đạt", ..] => (Assessment.Met, 1),
            ["vượt", ..] => (Assessment.Exceeded, 1),
            _ => null,
        };
    }

    /// <summary>The way a target is met: its own sign, else its result's wording, else its label's, else at or above it.</summary>
    public static TargetWay WayOf(Target target, Result result, string label, string[] lowerIsBetter)
    {
        if (target.Way != TargetWay.Unknown)
        {
            return target.Way;
        }
        if (result.Way != TargetWay.Unknown)
        {
            return result.Way;
        }
        var lower = Normalize(label);
        if (lower.Contains("giảm còn", StringComparison.Ordinal) || lower.Contains("giảm xuống", StringComparison.Ordinal))
        {
            return TargetWay.Lower;
        }
        // `Tỷ lệ hộ nghèo giảm bình quân`: a fall to reach, met above it, though a poverty rate is met below.
        if (lower.Contains("giảm", StringComparison.Ordinal))
        {
            return TargetWay.Unknown;
        }
        return Array.Exists(lowerIsBetter, w => lower.Contains(w, StringComparison.Ordinal)) ? TargetWay.Lower : TargetWay.Higher;
    }

    /// <summary>What the result is against the target: past its far end is exceeded, from its near end on met.</summary>
    public static Assessment Actual(Target target, decimal result, TargetWay way) => way == TargetWay.Lower
        ? result < target.Low ? Assessment.Exceeded : result <= target.High ? Assessment.Met : Assessment.NotMet
        : result > target.High ? Assessment.Exceeded : result >= target.Low ? Assessment.Met : Assessment.NotMet;

    /// <summary>`Đạt` for a result past its target is a draft's habit, not a contradiction; every other difference is.</summary>
    public static bool Contradicts(Assessment stated, Assessment actual) =>
        stated != actual && !(stated == Assessment.Met && actual == Assessment.Exceeded);

    /// <summary>The units agree: the same, or one left to the column's heading (`Chỉ tiêu (%)`).</summary>
    /// <summary>A unit to compare: `% / năm` is `%/năm`; the words stay apart, so `đv mới` begins with `đv`.</summary>
    private static string UnitKey(string unit) => unit.Trim().Replace(" /", "/", StringComparison.Ordinal).Replace("/ ", "/", StringComparison.Ordinal);

    /// <summary>One unit, or none written; a unit may run on in prose (`43 đv mới` beside the target `45 đv`).</summary>
    public static bool SameUnit(string a, string b) =>
        a.Length == 0 || b.Length == 0 || a == b || a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal);

    public static string Word(Assessment kind, bool capital) => (kind, capital) switch
    {
        (Assessment.Exceeded, true) => "Vượt",
        (Assessment.Exceeded, false) => "vượt",
        (Assessment.Met, true) => "Đạt",
        (Assessment.Met, false) => "đạt",
        (_, true) => "Không đạt",
        _ => "không đạt",
    };

    private static string Normalize(string text) => Spaces().Replace(text.Trim().ToLowerInvariant(), " ");

    private const string Figure = ChangeMismatchAnalyzer.Figure;

    // A unit: `%`, `%/năm`, or up to four lower-case words, maybe with `/` (`triệu đồng/người/năm`).
    private const string Unit = @"%(?:/[\p{Ll}\p{M}]+)?|[\p{Ll}\p{M}]+(?:[ /][\p{Ll}\p{M}]+){0,3}";

    [GeneratedRegex(@"^(?:(?<pre>≥|>=|>|≧|≤|<=|<|≦|trên|tối thiểu|ít nhất|đạt trên|đạt từ|đạt|từ|dưới|tối đa|không quá|không vượt quá"
        + @"|(?:giảm )?(?:xuống )?(?:còn )?(?:dưới )?) ?)?(?<low>" + Figure + @")(?: ?(?<lowUnit>%))?(?: ?(?:-|–|—|đến|tới) ?(?<high>" + Figure + @"))?"
        + @"(?: ?(?<unit>" + Unit + @"))??(?: (?<post>trở lên|trở xuống))?$")]
    private static partial Regex TargetText();

    [GeneratedRegex(@"^(?:(?<lead>ước đạt|ước thực hiện|ước|đạt|giảm xuống còn|giảm xuống|giảm còn|xuống còn|còn) )?(?<value>" + Figure + @")(?: ?(?<unit>" + Unit + "))?$")]
    private static partial Regex ResultText();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
