using System.Text.RegularExpressions;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Counts listed one after another and their total in parentheses right after them: `7 HCV, 4 HCB, 5 HCĐ (tổng 16
/// huy chương)`, `12 nam và 15 nữ (tổng số 27 người)`. The parenthesis says the counts before it make the total.
/// </summary>
internal static partial class ParenthesizedTotal
{
    /// <summary>The total (its span and text), the parts' sum and spans, for each such list whose parts do not add up.</summary>
    /// <remarks>The cue is tested before the iterator is created: every sentence passes here.</remarks>
    public static IEnumerable<(TextSpan Total, string TotalText, long Sum, TextSpan[] Parts)> Read(string text, TextSpan sentence) =>
        text.AsSpan(sentence.Start, sentence.Length).Contains("(tổng", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(sentence.Start, sentence.Length).Contains("(cộng", StringComparison.OrdinalIgnoreCase)
            ? ReadMatches(text, sentence)
            : [];

    private static IEnumerable<(TextSpan Total, string TotalText, long Sum, TextSpan[] Parts)> ReadMatches(string text, TextSpan sentence)
    {
        foreach (Match match in Listed().Matches(text[..sentence.End], sentence.Start))
        {
            if (!VietnameseNumber.TryParseInteger(match.Groups["total"].ValueSpan, out var total))
            {
                continue;
            }
            long sum = 0;
            var parts = new List<TextSpan>();
            foreach (Capture part in match.Groups["part"].Captures)
            {
                if (!VietnameseNumber.TryParseInteger(part.ValueSpan, out var value))
                {
                    sum = -1;
                    break;
                }
                sum += value;
                parts.Add(new TextSpan(part.Index, part.Length));
            }
            if (sum >= 0 && sum != total)
            {
                var group = match.Groups["total"];
                yield return (new TextSpan(group.Index, group.Length), group.Value, sum, parts.ToArray());
            }
        }
    }

    // Two to ten `N word(s)` joined by `, ` or ` và `, then `(tổng N`, `(tổng cộng N`, `(tổng số N`, `(cộng N`.
    [GeneratedRegex(@"(?<![\d.,/])(?:(?<part>\d{1,3}(?:\.\d{3})*) (?:[\p{L}\p{M}]+ ?){1,4}?(?:, | và )){1,9}(?<part>\d{1,3}(?:\.\d{3})*) (?:[\p{L}\p{M}]+ ?){1,4}?\((?i:tổng cộng|tổng số|tổng|cộng)(?: là)?:? (?<total>\d{1,3}(?:\.\d{3})*)(?![\d,])")]
    private static partial Regex Listed();
}
