using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// What RL5014 reads across paragraphs: a line announcing a count (`Đoàn giám sát gồm 05 thành viên:`) and the list
/// lines after it: bullets (`- Ông …`; `-`, `+`, `•`, `*`, `–`) of the first bullet's mark, bullets of another mark
/// being sub-items, or numbered lines (`1.`, `1)`, `a)`) going on one from another, lines of a lower level (`a)`
/// under `1.`, bullets) being sub-items. A plain paragraph ends the list: a numbered item may go on over paragraphs of
/// its own, so a list is counted only while its lines follow one another.
/// </summary>
internal sealed partial record BulletListCount(TextSpan? CountSpan, string? Count, string? Noun, char Bullet, NumberedItem? Numbered = null)
{
    public static BulletListCount? Collect(ParagraphFactsContext context)
    {
        var text = context.Paragraph.Text;
        if (MarkOf(text) is var mark && mark != '\0')
        {
            return new BulletListCount(null, null, null, mark);
        }
        return ReadAnnouncement(text) ?? (NumberedItem.Read(text) is { } numbered ? new BulletListCount(null, null, null, '\0', numbered) : null);
    }

    // The mark given to an unmarked line naming one person (`Đồng chí Lê Văn Bình - Chánh Văn phòng;`).
    internal const char PersonLine = '\u00B6';

    /// <summary>
    /// The bullet opening a line, <see cref="PersonLine"/> for a short line that is only a person's name and role, or
    /// `\0`: a member list may go without bullets, but a longer line is a paragraph about someone, not an item.
    /// </summary>
    internal static char MarkOf(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        if (start + 1 < text.Length && text[start] is '-' or '+' or '•' or '*' or '–' && text[start + 1] == ' ')
        {
            return text[start];
        }
        return text.Length <= 120 && PersonName().IsMatch(text) ? PersonLine : '\0';
    }

    private static BulletListCount? ReadAnnouncement(string text)
    {
        if (!text.AsSpan().TrimEnd().EndsWith(':') || Announcement().Match(text) is not { Success: true } announced)
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
    internal static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase) { "tháng", "năm", "quý", "ngày", "tuần", "giờ", "lần", "kỳ" };

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
    /// Each announcement whose list lines are not as many as it says. Fewer lines are reported only when the list
    /// plainly ends: see <see cref="EndsThere"/> and <see cref="NumberedListEnds"/>.
    /// </summary>
    public static IEnumerable<(ParagraphFacts<BulletListCount> Announcement, int Items)> Lists(DocumentFacts<BulletListCount> facts, ReportDocument document)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Facts.Count is null || i + 1 == facts.Count || !Adjoins(facts, i + 1, document))
            {
                continue;
            }
            var (items, mismatched) = facts[i + 1].Facts.Numbered is { } first
                ? NumberedList(facts, i, first, document)
                : BulletList(facts, i, document);
            if (mismatched)
            {
                yield return (facts[i], items);
            }
        }
    }

    /// <summary>True when the paragraph of <paramref name="j"/> is the next one with text after that of the fact before it.</summary>
    internal static bool Adjoins<TFacts>(DocumentFacts<TFacts> facts, int j, ReportDocument document) where TFacts : class =>
        NextNonBlank(document, facts[j - 1].Paragraph.Index) == facts[j].Paragraph.Index;

    /// <summary>The bullets (of the first bullet's mark) under announcement <paramref name="i"/>, and whether they are not as many as it says.</summary>
    private static (int Items, bool Mismatched) BulletList(DocumentFacts<BulletListCount> facts, int i, ReportDocument document)
    {
        var mark = facts[i + 1].Facts.Bullet;
        var items = 0;
        var j = i + 1;
        var extra = false;
        var groups = 0;
        // An unmarked name line under bullets is not a sub-item but a paragraph that may finish the list (EndsThere).
        for (; j < facts.Count && Adjoins(facts, j, document) && facts[j].Facts is { Count: null, Numbered: null } line
            && (line.Bullet != PersonLine || mark == PersonLine); j++)
        {
            var counted = facts[j].Facts.Bullet == mark;
            items += counted ? 1 : 0;
            groups += counted && GroupLine().IsMatch(facts[j].Paragraph.Text) ? 1 : 0;
            extra |= Extra().IsMatch(facts[j].Paragraph.Text);
        }
        if (groups == items)
        {
            return (items, false); // `- 01 giải Nhất …`, `- Ban Thường vụ: 07 đồng chí`: each line a group with its own count
        }
        StatedCount.TryRead(facts[i].Facts.Count, out var stated);
        var after = NextNonBlank(document, facts[j - 1].Paragraph.Index);
        // `- ngoài ra, …` adds to the list beyond its count: more bullets than stated are then no slip.
        return (items, items >= 2 && ((items > stated && !extra) || (items < stated && EndsThere(document, after, mark))));
    }

    /// <summary>
    /// The numbered lines under announcement <paramref name="i"/> from `1.` (or `a)`) on, each following the one
    /// before; a line of the same style out of turn, or a number under letters, ends the list.
    /// </summary>
    private static (int Items, bool Mismatched) NumberedList(DocumentFacts<BulletListCount> facts, int i, NumberedItem first, ReportDocument document)
    {
        if (!first.IsFirst)
        {
            return (0, false);
        }
        if (HoldsSeveral(facts[i + 1].Paragraph, first))
        {
            return (0, false); // `1. Ông A; 2. Bà B;` on one line: InlineListCount reads those
        }
        var last = first;
        var items = 1;
        var extra = Extra().IsMatch(facts[i + 1].Paragraph.Text);
        var j = i + 2;
        for (; j < facts.Count && Adjoins(facts, j, document) && facts[j].Facts.Count is null; j++)
        {
            if (facts[j].Facts.Numbered is not { } line || (line.Style != last.Style && line.IsLettered && !last.IsLettered))
            {
                continue; // a bullet or lettered line under a numbered one: a sub-item
            }
            if (HoldsSeveral(facts[j].Paragraph, line))
            {
                return (0, false);
            }
            if (!line.Follows(last))
            {
                break;
            }
            (last, items) = (line, items + 1);
            extra |= Extra().IsMatch(facts[j].Paragraph.Text);
        }
        StatedCount.TryRead(facts[i].Facts.Count, out var stated);
        var after = NextNonBlank(document, facts[j - 1].Paragraph.Index);
        var more = items > stated && !extra && !MayRunIntoParent(document, facts[i].Paragraph.Index, last);
        return (items, items >= 2 && (more || (items < stated && NumberedListEnds(document, after, last))));
    }

    /// <summary>A numbered line holding more items of its style after the first: `1. Ông A; 2. Bà B;`.</summary>
    private static bool HoldsSeveral(Paragraph paragraph, NumberedItem line) => ListMarkers.Of(paragraph).Count(m => m.Item.Style == line.Style) > 1;

    /// <summary>
    /// True when the list sits under a line numbered in its own style (`2. Nhiệm vụ` … `1.`, `2.`, `3.`) whose next
    /// number the list reached: that line of the list may be the next part of the document (`3. Tổ chức thực hiện`).
    /// </summary>
    private static bool MayRunIntoParent(ReportDocument document, int announcement, NumberedItem last)
    {
        for (var k = announcement; k >= 0; k--)
        {
            if (NumberedItem.Read(document.Paragraphs[k].Text) is { } above && above.Style == last.Style)
            {
                return last.Ordinal > above.Ordinal;
            }
        }
        return false;
    }

    /// <summary>
    /// A numbered list with fewer lines than stated ends before paragraph <paramref name="after"/> unless the next
    /// number turns up further on (an item's text may run over paragraphs) or that paragraph names someone.
    /// </summary>
    internal static bool NumberedListEnds(ReportDocument document, int after, NumberedItem last)
    {
        var paragraphs = document.Paragraphs;
        for (var k = after; k < paragraphs.Count; k++)
        {
            if (NumberedItem.Read(paragraphs[k].Text) is { } line && line.Follows(last))
            {
                return false;
            }
        }
        return after >= paragraphs.Count || !MayFinishList(paragraphs[after].Text);
    }

    /// <summary>The index of the first paragraph after <paramref name="index"/> with text (blank lines part Markdown lists).</summary>
    internal static int NextNonBlank(ReportDocument document, int index)
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
    internal static bool EndsThere(ReportDocument document, int after, char mark)
    {
        var paragraphs = document.Paragraphs;
        if (after >= paragraphs.Count || Heading().IsMatch(paragraphs[after].Text))
        {
            return true;
        }
        if (MayFinishList(paragraphs[after].Text))
        {
            return false;
        }
        for (var k = after + 1; k < Math.Min(paragraphs.Count, after + 4); k++)
        {
            if (MarkOf(paragraphs[k].Text) == mark)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>`Các ông C, D là thành viên.`: a paragraph naming someone, without figures of its own, may finish the list.</summary>
    private static bool MayFinishList(string text) => NamedPerson().IsMatch(text) && !text.Any(char.IsAsciiDigit);

    // `Đồng chí Lê Văn Bình - Chánh Văn phòng;`, `Bà Hà Thị Mai, thư ký.`: a form of address, a name of two to five
    // syllables, then a role after `,` or a dash, or the line's end.
    [GeneratedRegex(@"^\s*(?:Đồng chí|Ông|Bà) \p{Lu}[\p{L}\p{M}'’]*(?: \p{Lu}[\p{L}\p{M}'’]*){1,4}(?:(?:,| -| –) [^:]*)?[.;]?\s*$")]
    private static partial Regex PersonName();

    // Two capitalised words after the paragraph's first word: a name that may finish the list.
    [GeneratedRegex(@"(?<=\S+ .*)\b\p{Lu}[\p{Ll}\p{M}]* \p{Lu}")]
    private static partial Regex NamedPerson();

    // A list line that gives a count of its own, first or after a short label and a colon: a group, not one item.
    [GeneratedRegex(@"^\s*[-+•*–]\s+(?:[^:\d\n]{1,40}:\s*)?\d{1,3}(?![\d.,/])")]
    private static partial Regex GroupLine();

    // A list line opening with a word that adds to what the count announced.
    [GeneratedRegex(@"^\s*(?:[-+•*–]|(?:\d{1,2}|[a-zđ])[.)])\s+(?i:ngoài ra|bên cạnh đó|ngoài những|ngoài các|đồng thời|mặt khác)\b")]
    private static partial Regex Extra();

    // `2.`, `II.`, `b)`, `2.1.`: the next part of the document, not a line of the list.
    [GeneratedRegex(@"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)] ")]
    private static partial Regex Heading();

    // `gồm 05 thành viên:`, `có 3 nhiệm vụ trọng tâm sau:`, `05 đồng chí, cụ thể như sau:` at the end of the line: the
    // count and up to seven words (`năm` is left out: `nhiệm vụ năm tới như sau:` names a year); or a count in brackets
    // right before the colon, `2. Hội viên tiêu biểu (07 cá nhân):`, which announces the lines as well.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d.,/])(?:\((?<count>\d{1,2}) (?<noun>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,2})\)|(?<count>\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười) (?<noun>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,6}?)(?:,? (?:cụ thể|bao gồm|gồm))?(?: như sau| sau đây| dưới đây| sau| đây)?) ?:\s*$")]
    private static partial Regex Announcement();
}
