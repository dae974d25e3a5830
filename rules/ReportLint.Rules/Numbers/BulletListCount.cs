using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// What RL5014 reads across paragraphs: a line announcing a count (`Đoàn giám sát gồm 05 thành viên:`) and the bullet
/// lines after it (`- Ông …`). Only bullets (`-`, `+`, `•`, `*`, `–`) are counted: each is one line, while a numbered
/// item (`1.`, `a)`) may go on over paragraphs of its own. Bullets of another mark (sub-items) are skipped.
/// </summary>
internal sealed partial record BulletListCount(TextSpan? CountSpan, string? Count, string? Noun, char Bullet)
{
    public static BulletListCount? Collect(ParagraphFactsContext context)
    {
        var text = context.Paragraph.Text;
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        if (start + 1 < text.Length && text[start] is '-' or '+' or '•' or '*' or '–' && text[start + 1] == ' ')
        {
            return new BulletListCount(null, null, null, text[start]);
        }
        if (!text.TrimEnd().EndsWith(':') || Announcement().Match(text) is not { Success: true } announced)
        {
            return null;
        }
        var count = announced.Groups["count"];
        if (!StatedCount.TryRead(count.ValueSpan, out _) || StatedCount.FollowsNamingWord(text, count.Index))
        {
            return null;
        }
        return new BulletListCount(new TextSpan(count.Index, count.Length), count.Value, announced.Groups["noun"].Value, '\0');
    }

    /// <summary>
    /// Each announcement whose bullets (of the first bullet's mark) are not as many as it says. Fewer bullets are
    /// reported only when a heading or the end of the document follows them: a plain paragraph after the last bullet
    /// may go on with the list (`Các ông C, D là thành viên.`).
    /// </summary>
    public static IEnumerable<(ParagraphFacts<BulletListCount> Announcement, int Items)> Lists(DocumentFacts<BulletListCount> facts, ReportDocument document)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Facts.Count is null)
            {
                continue;
            }
            var mark = '\0';
            var items = 0;
            var j = i + 1;
            for (; j < facts.Count && facts[j].Paragraph.Index == facts[j - 1].Paragraph.Index + 1 && facts[j].Facts.Count is null; j++)
            {
                mark = mark == '\0' ? facts[j].Facts.Bullet : mark;
                items += facts[j].Facts.Bullet == mark ? 1 : 0;
            }
            StatedCount.TryRead(facts[i].Facts.Count, out var stated);
            var after = facts[j - 1].Paragraph.Index + 1;
            if (items >= 2 && (items > stated || (items < stated && (after >= document.Paragraphs.Count || Heading().IsMatch(document.Paragraphs[after].Text)))))
            {
                yield return (facts[i], items);
            }
        }
    }

    // `2.`, `II.`, `b)`, `2.1.`: the next part of the document, not a line of the list.
    [GeneratedRegex(@"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)] ")]
    private static partial Regex Heading();

    // `gồm 05 thành viên:`, `có 3 nhiệm vụ trọng tâm sau:` at the end of the line: the count and up to five words
    // (`năm` is left out: `nhiệm vụ năm tới như sau:` names a year).
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d.,/])(?<count>\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười) (?<noun>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,4}?)(?: như)?(?: sau)?(?: đây)? ?:\s*$")]
    private static partial Regex Announcement();
}
