using System.Text.RegularExpressions;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// An amount stated as a share of its target with the target in parentheses: `thu 21.480,0 triệu đồng, đạt 89,52% dự
/// toán (25.000 triệu đồng)` is 85,92%. The parenthesis right after `dự toán`, `kế hoạch` or `chỉ tiêu` gives the whole.
/// </summary>
internal static partial class TargetShare
{
    /// <summary>Each such share that does not match: the percent's span and text, the part, the whole and the right percent.</summary>
    /// <remarks>The cue is tested before the iterator is created: every sentence passes here.</remarks>
    public static IEnumerable<(TextSpan Percent, string Stated, string Part, string Whole, string Expected)> Read(string text, TextSpan sentence) =>
        text.AsSpan(sentence.Start, sentence.Length).Contains("% ", StringComparison.Ordinal) ? ReadMatches(text, sentence) : [];

    private static IEnumerable<(TextSpan Percent, string Stated, string Part, string Whole, string Expected)> ReadMatches(string text, TextSpan sentence)
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

    // `21.480,0 triệu đồng, đạt 89,52% dự toán (25.000 triệu đồng)`: the same unit words after the part and the whole.
    [GeneratedRegex(@"(?<![\d.,/])(?<part>\d{1,3}(?:\.\d{3})*(?:,\d+)?) (?<unit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+)?), (?:đạt|bằng) (?<percent>\d{1,3}(?:,\d+)?) ?% (?:so với )?(?:dự toán|kế hoạch|chỉ tiêu)(?: [\p{Ll}\p{M}]+){0,4}? \((?<whole>\d{1,3}(?:\.\d{3})*(?:,\d+)?) \k<unit>\)")]
    private static partial Regex Share();
}
