using System.Text.RegularExpressions;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Counts listed one after another and their total right after them, in parentheses (`7 HCV, 4 HCB, 5 HCĐ (tổng 16
/// huy chương)`, `12 nam và 15 nữ (tổng số 27 người)`) or after a comma (`khen thưởng 18 tập thể và 41 cá nhân có thành
/// tích xuất sắc, tổng cộng 60 lượt`): the total says the counts before it make it.
/// </summary>
/// <remarks>
/// After a comma the total may count something else (`tổng cộng 1.200 lượt người dự`, `tổng cộng 15 ngày`) or cover
/// counts stated earlier (`năm 2024 khen 5 tập thể; năm 2025 khen 6 tập thể và 9 cá nhân, tổng cộng 20 lượt`), so it is
/// read only when its noun is the parts' own or a bare `lượt`/`đơn vị`, and no count of the parts' nouns comes before the list.
/// </remarks>
internal static partial class ClosingTotal
{
    // A total after a comma of these nouns, with nothing after them, counts whatever the parts count.
    private static readonly string[] CountAnything = ["lượt", "đơn vị"];

    /// <summary>The total (its span and text), the parts' sum and spans, for each such list whose parts do not add up.</summary>
    /// <remarks>The cue is tested before the iterator is created: every sentence passes here.</remarks>
    public static IEnumerable<(TextSpan Total, string TotalText, long Sum, TextSpan[] Parts)> Read(string text, TextSpan sentence) =>
        HasCue(text.AsSpan(sentence.Start, sentence.Length)) ? ReadMatches(text, sentence) : [];

    private static bool HasCue(ReadOnlySpan<char> sentence) =>
        sentence.Contains("(tổng", StringComparison.OrdinalIgnoreCase) || sentence.Contains("(cộng", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains(", tổng", StringComparison.OrdinalIgnoreCase) || sentence.Contains(", cả thảy", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(TextSpan Total, string TotalText, long Sum, TextSpan[] Parts)> ReadMatches(string text, TextSpan sentence)
    {
        foreach (Match match in Listed().Matches(text[..sentence.End], sentence.Start))
        {
            if (!VietnameseNumber.TryParseInteger(match.Groups["total"].ValueSpan, out var total)
                || (match.Groups["comma"].Success && !CommaTotalCountsTheParts(text, sentence, match)))
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

    /// <summary>
    /// `, tổng cộng 60 lượt`: the total's noun is a bare `lượt`/`đơn vị` or the first word of every part's noun, and the
    /// sentence names none of those nouns with a count before the list.
    /// </summary>
    private static bool CommaTotalCountsTheParts(string text, TextSpan sentence, Match match)
    {
        var nouns = match.Groups["part"].Captures.Select(c => FirstWordAfter(text, c.Index + c.Length)).ToList();
        var total = match.Groups["total"];
        var totalNoun = FirstWordAfter(text, total.Index + total.Length);
        var end = total.Index + total.Length + 1 + totalNoun.Length;
        if (totalNoun == "đơn" && FirstWordAfter(text, end) == "vị")
        {
            (totalNoun, end) = ("đơn vị", end + 3);
        }
        // `, tổng cộng 60 lượt;`, not `60 lượt người`
        var bare = totalNoun.Length > 0 && (end >= sentence.End || text[end] is '.' or ';' or ',' or ')' or ':');
        if (!(bare && CountAnything.Contains(totalNoun)) && nouns.Any(n => n != totalNoun))
        {
            return false;
        }
        var before = text.AsSpan(sentence.Start, match.Index - sentence.Start).ToString();
        return !nouns.Distinct().Any(noun => Regex.IsMatch(before, $@"\d {Regex.Escape(noun)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
    }

    private static string FirstWordAfter(string text, int index)
    {
        if (index >= text.Length || text[index] != ' ')
        {
            return "";
        }
        var start = index + 1; // past the space after the number
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            end++;
        }
        return text[start..end].ToLowerInvariant();
    }

    // Two to ten `N word(s)` joined by `, ` or ` và ` (the last may say more of them in up to 20 words, with no number or
    // punctuation; each word is atomic, so that a long qualifier cannot be split into letters on a failed match), then
    // `(tổng N`, `(tổng cộng N`, `(tổng số N`, `(cộng N`, or `, tổng cộng N`, `, tổng số N`, `, tổng N`, `, cả thảy N`
    // with the total's noun.
    [GeneratedRegex(@"(?<![\d.,/])(?:(?<part>\d{1,3}(?:\.\d{3})*) (?:[\p{L}\p{M}]+ ?){1,4}?(?:, | và )){1,9}(?<part>\d{1,3}(?:\.\d{3})*) (?:(?>[\p{L}\p{M}]+) ?){1,21}?(?:\((?i:tổng cộng|tổng số|tổng|cộng)|(?<comma>, (?i:tổng cộng|tổng số|tổng|cả thảy)))(?: là)?:? (?<total>\d{1,3}(?:\.\d{3})*)(?![\d,])")]
    private static partial Regex Listed();
}
