using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// What RL5014 reads of a count followed, in the same paragraph, by its items behind markers: `chỉ ra 3 nội dung,
/// gồm: (1) …; (2) …; (3) …`, `Có 15 đồng chí trúng cử (xếp theo …): 1. Đồng chí …; 2. …`, `5 nhiệm vụ: thứ nhất, …;
/// thứ hai, …`. The items are the markers of the first marker's style, numbered on one from another from the first
/// (markers of another style are sub-items); a marker out of turn leaves the list unread (RL5025 reports it), and a
/// marker back at the first ends it (a new list). A count inside an item (a list nested in another), a count after
/// another count in its clause (`3 đồng chí, trong đó 2 nữ:`) are not read: which list the count details is unclear.
/// </summary>
internal sealed partial record InlineListCount(TextSpan CountSpan, string Count, string Noun, int Items, ListMarker? Last)
{
    public static List<InlineListCount>? Collect(ParagraphFactsContext context)
    {
        var text = context.Paragraph.FlatText;
        if (!ListMarkers.MayHoldList(text) && !text.AsSpan().TrimEnd().EndsWith(':'))
        {
            return null;
        }
        List<InlineListCount>? found = null;
        IReadOnlyList<ListMarker>? markers = null;
        foreach (Match announced in Announcement().Matches(text))
        {
            if (!IsCount(text, announced))
            {
                continue;
            }
            var count = announced.Groups["count"];
            var span = new TextSpan(count.Index, count.Length);
            if (announced.Index + announced.Length >= text.Length)
            {
                // `… (xếp theo số phiếu):` at the paragraph's end: the items are on the lines below (see Below).
                (found ??= []).Add(new InlineListCount(span, count.Value, announced.Groups["noun"].Value, 0, null));
                continue;
            }
            markers ??= ListMarkers.Of(context.Paragraph);
            var first = IndexAt(markers, announced.Index + announced.Length);
            if (first < 0 || !markers[first].Item.IsFirst || IsNested(markers, first, announced.Index)
                || ItemsFrom(markers, first) is not { } items || items.Count == StatedCountOf(count.Value))
            {
                continue;
            }
            (found ??= []).Add(new InlineListCount(span, count.Value, announced.Groups["noun"].Value, items.Count, items[^1]));
        }
        return found;
    }

    /// <summary>
    /// For a count ending its paragraph, the list on the lines below when they hold several items each (`1. Đồng chí A; 2.
    /// Đồng chí B;` / `3. Đồng chí C; …`), each line opening with the marker after the last one above; null when the
    /// lines are one item each (<see cref="BulletListCount"/> counts those), or the count is right.
    /// </summary>
    public InlineListCount? Below(ReportDocument document, int paragraph)
    {
        var paragraphs = document.Paragraphs;
        var markers = new List<ListMarker>();
        var several = false;
        var last = paragraph;
        for (var k = BulletListCount.NextNonBlank(document, paragraph); k < paragraphs.Count; k = BulletListCount.NextNonBlank(document, k))
        {
            var text = paragraphs[k].Text;
            var found = ListMarkers.Of(paragraphs[k]);
            if (found.Count == 0 || found[0].Start != text.Length - text.TrimStart().Length
                || !(markers.Count == 0 ? found[0].Item.IsFirst : found[0].Item.Follows(markers.FindLast(m => m.Item.Style == found[0].Item.Style)?.Item ?? found[0].Item)))
            {
                break;
            }
            several |= found.Count(m => m.Item.Style == found[0].Item.Style) > 1;
            markers.AddRange(found);
            last = k;
        }
        if (!several || ItemsFrom(markers, 0) is not { } items || items.Count == StatedCountOf(Count))
        {
            return null;
        }
        var list = this with { Items = items.Count, Last = items[^1] };
        return list.EndsInItsParagraph(document, last) ? list : null;
    }

    /// <summary>
    /// True when the paragraph does not end on `;` or `,` and no later paragraph near by goes on with the list (`… 3.
    /// Đồng chí C;` then a line `4. Đồng chí D;`): a draft written a line at a time may break a list over paragraphs.
    /// </summary>
    public bool EndsInItsParagraph(ReportDocument document, int paragraph)
    {
        var paragraphs = document.Paragraphs;
        if (paragraphs[paragraph].Text.TrimEnd() is var text && text.Length > 0 && text[^1] is ';' or ',' or ':')
        {
            return false;
        }
        for (var k = paragraph + 1; k < Math.Min(paragraphs.Count, paragraph + 20); k++)
        {
            if (ListMarkers.Of(paragraphs[k]).Any(m => m.Item.Follows(Last!.Item)))
            {
                return false;
            }
        }
        return true;
    }

    private static int StatedCountOf(string written)
    {
        StatedCount.TryRead(written, out var count);
        return count;
    }

    /// <summary>The number counts the noun: not a name (`tổ 3`), a time (`6 tháng`), nor a second count in its clause.</summary>
    private static bool IsCount(string text, Match announced)
    {
        var count = announced.Groups["count"];
        if (!StatedCount.TryRead(count.ValueSpan, out _) || StatedCount.FollowsNamingWord(text, count.Index)
            || BulletListCount.TimeUnits.Contains(announced.Groups["noun"].Value.Split(' ')[0])
            || !(announced.Groups["lead"].Success || announced.Groups["note"].Success))
        {
            return false; // a lead (`:`, `gồm`, `là`, `như sau`) or a note in brackets must announce the items
        }
        var clause = count.Index;
        while (clause > 0 && text[clause - 1] is not ('.' or ';' or ':' or '!' or '?'))
        {
            clause--;
        }
        return !OtherCount().IsMatch(text[clause..count.Index]) && !OtherPart().IsMatch(announced.Groups["qualifier"].Value);
    }

    private static int IndexAt(IReadOnlyList<ListMarker> markers, int start)
    {
        for (var i = 0; i < markers.Count; i++)
        {
            if (markers[i].Start == start)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The count stands inside an item of a list of another style that goes on after it.</summary>
    private static bool IsNested(IReadOnlyList<ListMarker> markers, int first, int count)
    {
        for (var i = 0; i < markers.Count && markers[i].Start < count; i++)
        {
            var style = markers[i].Item.Style;
            for (var j = first; j < markers.Count; j++)
            {
                if (markers[j].Item.Style == style && j != first)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The markers of the first one's style, each following the one before, up to the end or a new first one.</summary>
    private static List<ListMarker>? ItemsFrom(IReadOnlyList<ListMarker> markers, int first)
    {
        var items = new List<ListMarker> { markers[first] };
        var style = markers[first].Item.Style;
        for (var j = first + 1; j < markers.Count; j++)
        {
            var item = markers[j].Item;
            if (item.Style != style)
            {
                continue; // a sub-item of another style
            }
            if (item.IsFirst)
            {
                break;
            }
            if (!item.Follows(items[^1].Item))
            {
                return null;
            }
            items.Add(markers[j]);
        }
        return items.Count >= 2 ? items : null;
    }

    // A count, lower-case words (the noun), maybe words after a comma or a capital that qualify it (`Ban Chấp hành khóa XX, nhiệm kỳ 2025 – 2030`; no
    // other figure but years), a note in brackets, then `:`, `gồm`, `là`, `như sau` right before the first marker, or the paragraph's end.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d.,/])(?<count>\d{1,2}|[Hh]ai|[Bb]a|[Bb]ốn|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) (?<noun>[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){0,6}?)(?<qualifier>(?:(?:, | (?=\p{Lu}))(?:[\p{L}\p{M}]+|(?:19|20)\d\d(?: ?[–-] ?(?:19|20)\d\d)?)(?:,? (?:[\p{L}\p{M}]+|(?:19|20)\d\d(?: ?[–-] ?(?:19|20)\d\d)?)){0,15}?)?)(?<note> \([^()]{1,120}\))?(?<lead>,? (?:cụ thể là|cụ thể|bao gồm|gồm có|gồm|là|như sau|sau đây)(?: như sau)? ?:?| ?:)?(?: +(?=\(1\) |1\) |1\. |a\) |[Tt]hứ nhất)|(?<=:)\s*$)")]
    private static partial Regex Announcement();

    // Words in a qualifier that bring in another count or a part of the whole: `, trong đó hai nữ`.
    [GeneratedRegex(@"\b(?:trong đó|trong số|riêng|hai|ba|bốn|sáu|bảy|tám|chín|mười)\b")]
    private static partial Regex OtherPart();

    // Another count before the stated one in its clause (`3 đồng chí, trong đó 2 nữ:`), or `trong đó`, `trong số`.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d.,/])\d{1,3}(?:[.,]\d+)? (?!tháng|năm|ngày|quý)[\p{Ll}\p{M}]|\btrong (?:đó|số)\b")]
    private static partial Regex OtherCount();
}
