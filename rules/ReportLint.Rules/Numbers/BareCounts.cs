using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A list whose items name a kind and give its count with no unit after it: `215 tin, bài; trong đó: tin 134, bài 62,
/// phóng sự ảnh 23`. The kind before the number stands for the unit, so each number counts the whole's noun. Read only
/// under a count (a bare number beside an amount of money is an amount written short), and only when the number closes its
/// item (`thôn 3 có 40 hộ` names a place). A list in which every item is so written is read; one that mixes such items with
/// counts that have their unit (`mầm non 312, tiểu học 498, trung học cơ sở 452 người`) is not: its figures may count
/// different things.
/// </summary>
internal static class BareCounts
{
    // A label that is only one of these, or one of the words naming an item in parentheses (<see cref="BracketedCounts.NamingWords"/>),
    // names a place, a group or a rank with its number (`thôn 3`, `tổ dân phố 12`, `Chi bộ 2`), not a kind counted;
    // `nông thôn 140`, `khối cơ quan 205` are kinds.
    private static readonly string[] NumberedNames =
        ["buôn", "ngõ", "ngách", "hẻm", "kiệt", "dãy", "bậc", "vòng", "bảng", "khóa", "khoá", "lần", "cột", "trang", "trường",
         "tổ dân phố", "khu dân cư", "khu phố", "tiểu khu", "khu vực", "quốc lộ", "tỉnh lộ", "huyện lộ", "đường tỉnh",
         "tổ dân cư", "cụm dân cư", "chi bộ", "chi hội", "chi đoàn", "tổ đảng", "đơn vị", "giai đoạn", "đề án", "dự án"];

    /// <summary>
    /// The number at <paramref name="index"/> has no unit, closes its list item (a `,`, `;`, `và`, a parenthesis or the end
    /// of the list at <paramref name="end"/> follows) and follows a label, from <paramref name="itemFirst"/>, that names a
    /// kind, not a numbered place.
    /// </summary>
    public static bool IsBare(Paragraph paragraph, int index, int itemFirst, int end)
    {
        var tokens = paragraph.Tokens;
        var text = paragraph.GetText(tokens[index]);
        if (text.Contains('/') || text.Contains(',') || text.Contains('%') || (text.Length > 1 && text[0] == '0'))
        {
            return false; // a ratio, a decimal, a share or a code (`05`) is no count of a kind
        }
        var previous = TokenNavigation.Previous(tokens, index);
        if (previous < 0 || tokens[previous].Kind != TokenKind.Word || NamesAPlace(paragraph, itemFirst, index))
        {
            return false;
        }
        if (char.IsUpper(paragraph.Text[tokens[previous].Start]) && !OpensItem(paragraph, previous))
        {
            return false; // `thôn Đông 3`, `Chi đoàn Thanh Niên 2`: a name ending in its number
        }
        var next = TokenNavigation.Next(tokens, index);
        return next < 0 || next >= end
            || TokenNavigation.IsPunctuation(paragraph, next, ',') || TokenNavigation.IsPunctuation(paragraph, next, ';')
            || TokenNavigation.IsPunctuation(paragraph, next, '(') || TokenNavigation.IsWord(paragraph, next, "và")
            || PairedCounts.IsSentenceEnd(paragraph, next, end);
    }

    // Words of a noun joined to the whole's by a comma: `215 tin, bài`, `46 xã, thị trấn`.
    private const int MaxJoinedWords = 2;

    /// <summary>
    /// `215 tin, bài; trong đó: …`: a count whose noun names two kinds joined by a comma right before the cue at
    /// <paramref name="anchor"/>. The whole with both nouns as its unit (`tin, bài`); null when anything else follows its
    /// unit. Only a list of bare counts is read under such a whole (<see cref="IsJoined"/>): no unit written after a
    /// part could be compared with two nouns.
    /// </summary>
    public static Figure? JoinedNoun(Paragraph paragraph, Figure whole, int anchor)
    {
        var tokens = paragraph.Tokens;
        var comma = TokenNavigation.Next(tokens, whole.Unit.LastToken);
        if (whole.Unit.IsMeasure || !TokenNavigation.IsPunctuation(paragraph, comma, ','))
        {
            return null;
        }
        var words = new List<string>();
        var last = -1;
        for (var j = TokenNavigation.Next(tokens, comma); j >= 0 && j < anchor; j = TokenNavigation.Next(tokens, j))
        {
            if (tokens[j].Kind != TokenKind.Word || words.Count == MaxJoinedWords
                || (words.Count == 0 && (BreakdownReader.StartsPhrase(paragraph, j, BreakdownReader.NotPartCues)
                                         || BreakdownReader.StartsPhrase(paragraph, j, BreakdownReader.RemarkOpeners))))
            {
                return null;
            }
            words.Add(paragraph.GetString(tokens[j]).ToLowerInvariant());
            last = j;
        }
        if (last < 0 || TokenNavigation.Next(tokens, last) != anchor)
        {
            return null;
        }
        return whole with { Unit = whole.Unit with { Text = whole.Unit.Text + ", " + string.Join(' ', words), LastToken = last } };
    }

    /// <summary>The unit names two nouns joined by a comma (<see cref="JoinedNoun"/>).</summary>
    public static bool IsJoined(QuantityUnit unit) => unit.Text.Contains(',', StringComparison.Ordinal);

    /// <summary>The item's words before its number are one of <see cref="NumberedNames"/>.</summary>
    private static bool NamesAPlace(Paragraph paragraph, int first, int number)
    {
        var label = new System.Text.StringBuilder();
        for (var j = first; j >= 0 && j < number; j = TokenNavigation.Next(paragraph.Tokens, j))
        {
            if (paragraph.Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }
            label.Append(label.Length > 0 ? " " : "").Append(paragraph.GetString(paragraph.Tokens[j]).ToLowerInvariant());
        }
        var name = label.ToString();
        return ((ReadOnlySpan<string>)NumberedNames).Contains(name) || ((ReadOnlySpan<string>)BracketedCounts.NamingWords).Contains(name);
    }

    /// <summary>Every part was read with no unit: its unit's last token is its number.</summary>
    public static bool AllBare(List<Figure> parts) => parts.TrueForAll(p => p.Unit.LastToken == p.Token);

    private static bool OpensItem(Paragraph paragraph, int word)
    {
        var before = TokenNavigation.Previous(paragraph.Tokens, word);
        return before < 0 || TokenNavigation.IsPunctuation(paragraph, before, ',') || TokenNavigation.IsPunctuation(paragraph, before, ';')
            || TokenNavigation.IsPunctuation(paragraph, before, ':');
    }

    /// <summary>
    /// The items name different kinds: the word before each number differs (`tin 134, bài 62`). `thôn Đông 3, thôn Tây 5`
    /// may be names; two items of one word (`năm 134, năm 62`) are no split.
    /// </summary>
    public static bool NameDifferentKinds(Paragraph paragraph, List<Figure> parts)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            var previous = TokenNavigation.Previous(paragraph.Tokens, part.Token);
            if (!seen.Add(paragraph.GetString(paragraph.Tokens[previous])))
            {
                return false;
            }
        }
        return true;
    }
}
