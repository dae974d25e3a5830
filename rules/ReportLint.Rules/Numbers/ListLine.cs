namespace ReportLint.Rules.Numbers;

/// <summary>
/// The marker opening a paragraph as a line of a list: a bullet (`- `, `+ `, `• `; <see cref="BulletListCount.MarkOf"/>) or a
/// numbered marker (`a)`, `1.`; <see cref="NumberedItem"/>).
/// </summary>
internal sealed record ListLine(char Bullet, NumberedItem? Numbered)
{
    public static ListLine? Of(string text)
    {
        var mark = BulletListCount.MarkOf(text);
        if (mark is not ('\0' or BulletListCount.PersonLine))
        {
            return new ListLine(mark, null);
        }
        return NumberedItem.Read(text) is { } numbered ? new ListLine('\0', numbered) : null;
    }

    /// <summary>What this line is in a list whose first item is <paramref name="first"/> and last item <paramref name="last"/>.</summary>
    public ListPlace PlaceAfter(ListLine first, ListLine last)
    {
        if (first.Numbered is { } firstNumber)
        {
            return Numbered is not { } number ? ListPlace.SubItem // a bullet under a numbered item
                : number.Follows(last.Numbered!) ? ListPlace.Item
                : number.Style != firstNumber.Style ? ListPlace.SubItem : ListPlace.End;
        }
        return Numbered is not null ? ListPlace.End : Bullet == first.Bullet ? ListPlace.Item : ListPlace.SubItem;
    }
}

/// <summary>Where a line stands in a list: one of its items, a line of a lower level inside an item, or past its end.</summary>
internal enum ListPlace
{
    Item,
    SubItem,
    End,
}
