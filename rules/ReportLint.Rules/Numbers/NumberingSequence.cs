using System.Globalization;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A marker placed in the document: its absolute start, its text as written (`(8)`, `2.`, `IV.`, `b)`), where its
/// number or letter lies in it, and its place in its style (<see cref="NumberedItem"/>; a Roman numeral's label is its value).
/// </summary>
internal sealed record PlacedMarker(int Start, string Text, int LabelOffset, int LabelLength, NumberedItem Item)
{
    public bool IsRoman => Item.Style == RomanStyle;

    public const string RomanStyle = "I";

    /// <summary>This marker's text with <paramref name="label"/> (a number, a letter, a Roman numeral's value) put in.</summary>
    public string WithLabel(string label)
    {
        var written = IsRoman ? RomanNumerals.ToRoman(int.Parse(label, CultureInfo.InvariantCulture)) : label;
        return Text[..LabelOffset] + written + Text[(LabelOffset + LabelLength)..];
    }
}

/// <summary>
/// The markers of one level of one list or of headings, in order, and the one slip among them: a marker that repeats
/// the one before (`2.`, `2.`) or skips one (`(8)`, `(10)`; `d)` then `đ)` or `e)` is no skip).
/// </summary>
internal sealed class NumberingSequence(PlacedMarker first)
{
    public List<PlacedMarker> Markers { get; } = [first];

    public int Slips { get; private set; }

    /// <summary>The marker out of turn, and the label it should have.</summary>
    public (PlacedMarker Previous, PlacedMarker Marker, string Expected)? Slip { get; private set; }

    public PlacedMarker Last => Markers[^1];

    public string Style => first.Item.Style;

    /// <summary>A slip plainly: the sequence starts at the first number and all its other markers go on one from another.</summary>
    public bool HasOneSlip => Slips == 1 && Markers.Count >= 3 && Markers[0].Item.IsFirst;

    /// <summary>The slip is the last marker: renumbering it alone mends the sequence.</summary>
    public bool SlipIsLast => Slip is { } slip && ReferenceEquals(slip.Marker, Last);

    public bool GoesOnWith(NumberedItem item) => item.Follows(Last.Item);

    public void Add(PlacedMarker marker) => Markers.Add(marker);

    public void AddSlip(PlacedMarker marker, string expected)
    {
        Slip ??= (Last, marker, expected);
        Slips++;
        Markers.Add(marker);
    }

    /// <summary>The label <paramref name="item"/> should have after the last marker, when it repeats it or skips just one; else null.</summary>
    public string? ExpectedBefore(NumberedItem item)
    {
        var last = Last.Item;
        if (item.Style != last.Style)
        {
            return null;
        }
        if (item.Label == last.Label)
        {
            return last.NextLabel(vietnamese: true);
        }
        foreach (var vietnamese in (bool[])[true, false])
        {
            if (last.NextLabel(vietnamese) is { } next && (last with { Label = next }).NextLabel(vietnamese) == item.Label)
            {
                return next;
            }
        }
        return null;
    }
}

/// <summary>
/// Sorts markers into the levels they number, as a reader does: Roman numerals number the top level; a marker goes on the innermost open sequence it
/// follows (closing the sequences opened inside it: `1.` after `a)`, `II.` after `3.`); a first marker (`1.`, `a)`)
/// opens a level of its own inside the current one; a marker that only repeats or skips one of the innermost open
/// sequence of its style is that sequence's slip; any other marker opens a sequence starting above the first, which is never
/// reported (a list going on from an earlier page, or from items told in prose).
/// </summary>
internal sealed class NumberingOutline
{
    private readonly List<NumberingSequence> _open = [];
    private readonly List<NumberingSequence> _slipped = [];

    public void Add(PlacedMarker marker)
    {
        var item = marker.Item;
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].GoesOnWith(item))
            {
                CloseAbove(i);
                _open[i].Add(marker);
                return;
            }
        }
        if (marker.IsRoman && !_open.Exists(s => s.Style == item.Style))
        {
            CloseAbove(-1); // the parts of a document number its top level: what was open before the first part is closed
        }
        if (!item.IsFirst && SlipTarget(item) is var (index, expected))
        {
            CloseAbove(index);
            _open[index].AddSlip(marker, expected);
            return;
        }
        _open.Add(new NumberingSequence(marker));
    }

    /// <summary>The sequences with one plain slip, once every marker is in.</summary>
    public IEnumerable<NumberingSequence> Finish()
    {
        CloseAbove(-1);
        return _slipped;
    }

    /// <summary>
    /// The innermost open sequence of <paramref name="item"/>'s style, when the item would go on with it but for one slip:
    /// an outer one may be a list left open long before (`1.`–`5.` above `I.`), whose `7.` would be no slip.
    /// </summary>
    private (int Index, string Expected)? SlipTarget(NumberedItem item)
    {
        var i = _open.FindLastIndex(s => s.Style == item.Style);
        return i >= 0 && _open[i].ExpectedBefore(item) is { } expected ? (i, expected) : null;
    }

    private void CloseAbove(int index)
    {
        for (var i = _open.Count - 1; i > index; i--)
        {
            if (_open[i].HasOneSlip)
            {
                _slipped.Add(_open[i]);
            }
            _open.RemoveAt(i);
        }
    }
}
