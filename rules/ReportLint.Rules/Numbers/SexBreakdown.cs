using System.Text.RegularExpressions;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A count of people split by sex right after it: `Trong tổng số 28 đảng viên có 11 nam, 16 nữ`, `28 đảng viên (11 nam,
/// 17 nữ)`, `… trong đó 11 nam và 17 nữ`. Men and women make the whole, so the two must add up to it. Only connecting
/// words (`có`, `trong đó`, `gồm`, a comma, a parenthesis) may stand between the count and the split; after any other
/// word (`kết nạp mới 3 nam, 2 nữ`) the split may count something else.
/// </summary>
internal static partial class SexBreakdown
{
    /// <summary>The whole (its span, text and unit) and the two parts (spans and values) of each split in the text.</summary>
    /// <remarks>The cue (almost no sentence splits by sex) is tested before the iterator is created: every sentence passes here.</remarks>
    public static IEnumerable<(TextSpan Whole, string WholeText, string Unit, long Sum, TextSpan[] Parts)> Read(string text, TextSpan sentence) =>
        text.AsSpan(sentence.Start, sentence.Length).Contains(" nữ", StringComparison.Ordinal) ? ReadMatches(text, sentence) : [];

    private static IEnumerable<(TextSpan Whole, string WholeText, string Unit, long Sum, TextSpan[] Parts)> ReadMatches(string text, TextSpan sentence)
    {
        foreach (Match match in Split().Matches(text[..sentence.End], sentence.Start))
        {
            if (!VietnameseNumber.TryParseInteger(match.Groups["whole"].ValueSpan, out var whole)
                || !VietnameseNumber.TryParseInteger(match.Groups["men"].ValueSpan, out var men)
                || !VietnameseNumber.TryParseInteger(match.Groups["women"].ValueSpan, out var women) || men + women == whole)
            {
                continue;
            }
            var wholeGroup = match.Groups["whole"];
            yield return (new TextSpan(wholeGroup.Index, wholeGroup.Length), wholeGroup.Value, match.Groups["unit"].Value, men + women,
                [Span(match.Groups["men"]), Span(match.Groups["women"])]);
        }
    }

    private static TextSpan Span(Group group) => new(group.Index, group.Length);

    // The count (not a year or a date) and its unit (one to three lower-case words, not a connecting word), connecting words, then `A nam, B nữ` (or `và`; `nữ` first too).
    [GeneratedRegex(@"(?<![\d.,/])(?<!(?:năm|ngày|tháng|quý|khóa|khoá) )(?<whole>\d{1,3}(?:\.\d{3})*) (?!(?:có|là|gồm|trong)\b)(?<unit>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2}?)(?:,? (?:trong đó|trong số đó|gồm|có|là))*(?: ?[(:] ?|, | )(?:(?<men>\d{1,3}(?:\.\d{3})*) (?:người |đồng chí )?nam(?:,| và|;) (?<women>\d{1,3}(?:\.\d{3})*) (?:người |đồng chí )?nữ|(?<women>\d{1,3}(?:\.\d{3})*) (?:người |đồng chí )?nữ(?:,| và|;) (?<men>\d{1,3}(?:\.\d{3})*) (?:người |đồng chí )?nam)(?![\p{L}\p{M}])")]
    private static partial Regex Split();
}
