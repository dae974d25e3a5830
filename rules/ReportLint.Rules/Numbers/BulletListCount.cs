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
        var noun = announced.Groups["noun"].Value;
        if (!StatedCount.TryRead(count.ValueSpan, out _) || StatedCount.FollowsNamingWord(text, count.Index) || CountsOf(text, noun) > 1
            || TimeUnits.Contains(noun.Split(' ')[0]))
        {
            return null; // `kỷ luật 4 đồng chí, trong đó … cảnh cáo 3 đồng chí, cụ thể:`: which count the list details is unclear
        }
        return new BulletListCount(new TextSpan(count.Index, count.Length), count.Value, noun, '\0');
    }

    // `nhiệm vụ trọng tâm 6 tháng cuối năm:` counts months, not the items listed.
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase) { "tháng", "năm", "quý", "ngày", "tuần", "giờ", "lần", "kỳ" };

    /// <summary>How many times a number stands before the noun in the paragraph.</summary>
    private static int CountsOf(string text, string noun)
    {
        var found = 0;
        for (var at = text.IndexOf(" " + noun, StringComparison.Ordinal); at > 0; at = text.IndexOf(" " + noun, at + 1, StringComparison.Ordinal))
        {
            found += char.IsAsciiDigit(text[at - 1]) ? 1 : 0;
        }
        return found;
    }

    /// <summary>
    /// Each announcement whose bullets (of the first bullet's mark) are not as many as it says. Fewer bullets are
    /// reported only when the list plainly ends: see <see cref="EndsThere"/>.
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
            var extra = false;
            for (; j < facts.Count && NextNonBlank(document, facts[j - 1].Paragraph.Index) == facts[j].Paragraph.Index && facts[j].Facts.Count is null; j++)
            {
                mark = mark == '\0' ? facts[j].Facts.Bullet : mark;
                items += facts[j].Facts.Bullet == mark ? 1 : 0;
                extra |= Extra().IsMatch(facts[j].Paragraph.Text);
            }
            StatedCount.TryRead(facts[i].Facts.Count, out var stated);
            var after = NextNonBlank(document, facts[j - 1].Paragraph.Index);
            // `- ngoài ra, …` adds to the list beyond its count: more bullets than stated are then no slip.
            if (items >= 2 && ((items > stated && !extra) || (items < stated && EndsThere(document, after, mark))))
            {
                yield return (facts[i], items);
            }
        }
    }

    /// <summary>The index of the first paragraph after <paramref name="index"/> with text (blank lines part Markdown lists).</summary>
    private static int NextNonBlank(ReportDocument document, int index)
    {
        var next = index + 1;
        while (next < document.Paragraphs.Count && string.IsNullOrWhiteSpace(document.Paragraphs[next].Text))
        {
            next++;
        }
        return next;
    }

    /// <summary>
    /// The list ends before paragraph <paramref name="after"/> when that is the end, a heading, or a paragraph that
    /// names nobody (`Các ông C, D là thành viên.` may finish the list) or states figures of its own (`Ngoài ra, có 03
    /// đơn vị …`), with no bullet of the list's mark soon after it (a bullet's text may run over a plain paragraph).
    /// </summary>
    private static bool EndsThere(ReportDocument document, int after, char mark)
    {
        var paragraphs = document.Paragraphs;
        if (after >= paragraphs.Count || Heading().IsMatch(paragraphs[after].Text))
        {
            return true;
        }
        var next = paragraphs[after].Text;
        if (NamedPerson().IsMatch(next) && !next.Any(char.IsAsciiDigit))
        {
            return false;
        }
        for (var k = after + 1; k < Math.Min(paragraphs.Count, after + 4); k++)
        {
            var text = paragraphs[k].Text.TrimStart();
            if (text.Length > 1 && text[0] == mark && text[1] == ' ')
            {
                return false;
            }
        }
        return true;
    }

    // Two capitalised words after the paragraph's first word: a name that may finish the list.
    [GeneratedRegex(@"(?<=\S+ .*)\b\p{Lu}[\p{Ll}\p{M}]* \p{Lu}")]
    private static partial Regex NamedPerson();

    // A bullet opening with a word that adds to what the count announced.
    [GeneratedRegex(@"^\s*[-+•*–]\s+(?i:ngoài ra|bên cạnh đó|ngoài những|ngoài các|đồng thời|mặt khác)\b")]
    private static partial Regex Extra();

    // `2.`, `II.`, `b)`, `2.1.`: the next part of the document, not a line of the list.
    [GeneratedRegex(@"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)] ")]
    private static partial Regex Heading();

    // `gồm 05 thành viên:`, `có 3 nhiệm vụ trọng tâm sau:`, `05 đồng chí, cụ thể như sau:` at the end of the line: the
    // count and up to seven words (`năm` is left out: `nhiệm vụ năm tới như sau:` names a year).
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d.,/])(?<count>\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười) (?<noun>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,6}?)(?:,? (?:cụ thể|bao gồm|gồm))?(?: như sau| sau đây| dưới đây| sau| đây)? ?:\s*$")]
    private static partial Regex Announcement();
}
