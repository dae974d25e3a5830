using System.Text.RegularExpressions;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// An amount stated as a share of its target with the target in parentheses: `thu 21.480,0 triệu đồng, đạt 89,52% dự
/// toán (25.000 triệu đồng)` is 85,92%. The parenthesis right after `dự toán`, `kế hoạch` or `chỉ tiêu` gives the whole,
/// or the result and the target as a ratio: `đạt 120% chỉ tiêu (46/40 đảng viên)` is 115%.
/// </summary>
internal static partial class TargetShare
{
    /// <summary>
    /// Each such share that does not match, and each ratio against a target whose percent is not the ratio's
    /// (<see cref="RatiosAgainstTarget"/>): the percent's span and text, the part, the whole and the right percent.
    /// </summary>
    /// <remarks>The cues are tested before the iterators are created: every sentence passes here.</remarks>
    public static IEnumerable<(TextSpan Percent, string Stated, string Part, string Whole, string Expected)> Read(string text, TextSpan sentence)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length);
        return !words.Contains('%') ? []
            : words.Contains("% ", StringComparison.Ordinal) ? PartMismatches(text, sentence).Concat(RatioMismatches(text, sentence))
            : RatioMismatches(text, sentence);
    }

    private static IEnumerable<(TextSpan Percent, string Stated, string Part, string Whole, string Expected)> PartMismatches(string text, TextSpan sentence)
    {
        foreach (Match match in Share().Matches(text[..sentence.End], sentence.Start))
        {
            var percent = match.Groups["percent"];
            if (!VietnameseNumber.TryParseDecimal(match.Groups["part"].ValueSpan, out var part, out _)
                || !VietnameseNumber.TryParseDecimal(match.Groups["whole"].ValueSpan, out var whole, out _)
                || !VietnameseNumber.TryParseDecimal(percent.ValueSpan, out var stated, out var decimals) || whole <= 0)
            {
                continue;
            }
            var exact = 100m * part / whole;
            if (VietnameseNumber.Written(exact, stated, decimals))
            {
                continue;
            }
            yield return (new TextSpan(percent.Index, percent.Length), percent.Value, match.Groups["part"].Value, match.Groups["whole"].Value,
                VietnameseNumber.Format(exact, decimals));
        }
    }

    /// <summary>
    /// The ratios `X/Y` that state a result against its target right after the target (`đạt 115% chỉ tiêu Nghị quyết Đại
    /// hội (46/40 đảng viên)`, `vượt kế hoạch (46/40)`): the part may exceed the whole. Each with its percent when one is
    /// stated: the ratio's span (the token `X/Y`), part, whole, and the percent's span and text.
    /// </summary>
    /// <remarks>The cues are tested before the iterator is created: RL5002 asks at every sentence.</remarks>
    public static IEnumerable<(int RatioStart, string Part, string Whole, Group Percent)> RatiosAgainstTarget(string text, TextSpan sentence)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length);
        return !words.Contains('/')
            || !words.Contains("chỉ tiêu", StringComparison.Ordinal) && !words.Contains("kế hoạch", StringComparison.Ordinal)
            && !words.Contains("dự toán", StringComparison.Ordinal)
            ? []
            : RatiosAfterTarget(text, sentence);
    }

    private static IEnumerable<(int RatioStart, string Part, string Whole, Group Percent)> RatiosAfterTarget(string text, TextSpan sentence)
    {
        foreach (Match match in RatioAfterTarget().Matches(text[..sentence.End], sentence.Start))
        {
            yield return (match.Groups["part"].Index, match.Groups["part"].Value, match.Groups["whole"].Value, match.Groups["percent"]);
        }
    }

    /// <summary>The ratios against a target whose stated percent is not the ratio's (the shape of <see cref="Read"/>).</summary>
    private static IEnumerable<(TextSpan Percent, string Stated, string Part, string Whole, string Expected)> RatioMismatches(string text, TextSpan sentence)
    {
        foreach (var (_, partText, wholeText, percent) in RatiosAgainstTarget(text, sentence))
        {
            if (percent.Success && VietnameseNumber.TryParseDecimal(partText, out var part, out _)
                && VietnameseNumber.TryParseDecimal(wholeText, out var whole, out _) && whole > 0
                && VietnameseNumber.TryParseDecimal(percent.ValueSpan, out var stated, out var decimals)
                && !VietnameseNumber.Written(100m * part / whole, stated, decimals))
            {
                yield return (new TextSpan(percent.Index, percent.Length), percent.Value, partText, wholeText,
                    VietnameseNumber.Format(100m * part / whole, decimals));
            }
        }
    }

    // `đạt 115% chỉ tiêu Nghị quyết Đại hội (46/40 đảng viên)`, `hoàn thành vượt kế hoạch (46/40)`: the ratio opens the
    // parenthesis that closes the target's name (`chỉ tiêu giao quân năm 2025`), in the same clause: no comma between.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:[Đđ]ạt|[Bb]ằng|[Vv]ượt|[Hh]oàn thành)(?: vượt)? (?:(?<percent>\d{1,3}(?:,\d+)?) ?% )?(?:so với )?(?:dự toán|kế hoạch|chỉ tiêu)(?: [^\s().,;:!?%/]+){0,8} \((?<part>\d{1,3}(?:\.\d{3})*(?:,\d+)?)/(?<whole>\d{1,3}(?:\.\d{3})*(?:,\d+)?)(?![\d/])")]
    private static partial Regex RatioAfterTarget();

    // `21.480,0 triệu đồng, đạt 89,52% dự toán (25.000 triệu đồng)`: the same unit words after the part and the whole.
    [GeneratedRegex(@"(?<![\d.,/])(?<part>\d{1,3}(?:\.\d{3})*(?:,\d+)?) (?<unit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+)?), (?:đạt|bằng) (?<percent>\d{1,3}(?:,\d+)?) ?% (?:so với )?(?:dự toán|kế hoạch|chỉ tiêu)(?: [\p{Ll}\p{M}]+){0,4}? \((?<whole>\d{1,3}(?:\.\d{3})*(?:,\d+)?) \k<unit>\)")]
    private static partial Regex Share();
}
