using System.Text.RegularExpressions;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A marker opening an item of a list written inside a paragraph: `(1)`, `1)`, `1.`, `a)` or `thứ nhất`. Its
/// <see cref="Item"/> carries the style (`(1)`, `1)`, `1.`, `a)`, `thứ`) and the place, so that
/// <see cref="NumberedItem.Follows"/> tells whether one marker goes on from another.
/// </summary>
internal sealed record ListMarker(int Start, int Length, NumberedItem Item)
{
    public int End => Start + Length;
}

/// <summary>Reads the <see cref="ListMarker"/>s of a paragraph.</summary>
internal static partial class ListMarkers
{
    private static readonly string[] Ordinals = ["", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    /// <summary>
    /// The markers of every style standing where an item may begin: at the paragraph's start or a line break, or
    /// after `:`, `;` or `.` (`(1)` also after `,`). `năm 2. ` or `điểm 3)` inside a sentence are no markers.
    /// </summary>
    public static IReadOnlyList<ListMarker> Of(Paragraph paragraph) =>
        paragraph.Syntax.GetOrAdd(Slot, paragraph.Text, static (_, text) => InText(text));

    // Several rules read a paragraph's markers (RL5014 from the announcement and from the lines below, RL5025): once each.
    private static readonly SyntaxSlot<List<ListMarker>> Slot = new();

    private static List<ListMarker> InText(string text)
    {
        var markers = new List<ListMarker>();
        foreach (Match match in Marker().Matches(text))
        {
            var item = ItemOf(match);
            if (OpensItem(text, match.Index, item.Style == "(1)"))
            {
                markers.Add(new ListMarker(match.Index, match.Length, item));
            }
        }
        return markers;
    }

    /// <summary>A quick test before <see cref="InText"/>: the paragraph may hold a first marker.</summary>
    public static bool MayHoldList(string text) =>
        StandsAlone(text, "1)") || StandsAlone(text, "1. ") || StandsAlone(text, "a)") || text.Contains("hứ nhất", StringComparison.Ordinal);

    /// <summary>The marker occurs not as the end of a longer number or word (`2021. `, `(11)`, `(xem Phụ lục a)`).</summary>
    private static bool StandsAlone(string text, string marker)
    {
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static NumberedItem ItemOf(Match match)
    {
        if (match.Groups["paren"].Success)
        {
            return new NumberedItem("(1)", match.Groups["paren"].Value);
        }
        if (match.Groups["number"].Success)
        {
            return new NumberedItem("1" + match.Groups["close"].Value, match.Groups["number"].Value);
        }
        if (match.Groups["letter"].Success)
        {
            return new NumberedItem("a)", match.Groups["letter"].Value);
        }
        var ordinal = Array.IndexOf(Ordinals, match.Groups["ordinal"].Value);
        return new NumberedItem("thứ", ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool OpensItem(string text, int index, bool afterComma)
    {
        var at = index - 1;
        while (at >= 0 && text[at] is ' ' or '\t')
        {
            at--;
        }
        return at < 0 || text[at] is '\n' or '\r' or ':' or ';' or '.' || (afterComma && text[at] == ',');
    }

    // `(1) `, `1) ` (not the end of `(1)`), `1. ` before a letter (not `1.200`), `a) `, `thứ nhất,` / `thứ hai:` / `thứ ba là`.
    [GeneratedRegex(@"\((?<paren>\d{1,2})\)(?= )|(?<![(\p{L}\p{M}\d.,])(?<number>\d{1,2})(?<close>\))(?= )|(?<![\p{L}\p{M}\d.,])(?<number>\d{1,2})(?<close>\.)(?= \p{L})|(?<![(\p{L}\p{M}])(?<letter>[a-zđ])\)(?= )|(?<![\p{L}\p{M}])[Tt]hứ (?<ordinal>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?=,|:| là )")]
    private static partial Regex Marker();
}
