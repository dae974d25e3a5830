using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Parts of a sum of money named by where the money comes from: `ngân sách tỉnh`, `vốn vay`, `vốn đối ứng`, `nguồn xã hội
/// hóa`, `nhân dân đóng góp`, `nguồn khác`… A total split by its sources is split whole, even after `trong đó`: the
/// sources must make it (`trong đó nữ 45 người`, `trong đó chi cho giáo dục …` name a subset). Only a list whose every item
/// is a source with its figure counts: an item without a figure (`và các nguồn khác`, `…`, `v.v.`) leaves it open, and a
/// state budget beside one of its levels (`ngân sách nhà nước`, `ngân sách tỉnh`) counts the same money twice.
/// </summary>
internal static class FundingSources
{
    /// <summary>What a label names: no source, or the level of the state budget it is, or another source.</summary>
    private enum Kind { None, StateBudget, Central, Local, LocalLevel, Other }

    // Words that may come before the source: `từ nguồn vốn vay`, `kinh phí do ngân sách tỉnh bảo đảm`, `các nguồn khác`.
    private static readonly string[] Leads = ["từ", "do", "bằng", "là", "các", "của"];

    // Nouns for money that a source may follow; after them a budget level alone names a source (`vốn tỉnh`, `nguồn khác`).
    private static readonly string[] MoneyNouns = ["nguồn", "vốn", "kinh phí", "quỹ"];

    // Sources other than the state budget, named by their first words.
    private static readonly string[] OtherSources =
        ["xã hội hóa", "xã hội hoá", "vay", "tín dụng", "đối ứng", "huy động", "vận động", "lồng ghép", "nhân dân", "dân đóng", "đóng góp",
         "doanh nghiệp", "tài trợ", "viện trợ", "tự có", "hợp pháp"];

    // What may only follow a noun for money: `vốn khác`, `nguồn khác`.
    private static readonly string[] OtherAfterNoun = ["khác"];

    // The levels of the state budget below the centre.
    private static readonly string[] LocalLevels = ["tỉnh", "huyện", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn"];

    /// <summary>
    /// The list from <paramref name="start"/> to <paramref name="end"/> holds only the first <paramref name="listed"/> of
    /// <paramref name="parts"/>, one in each item (split by `,`, `;`, `và`), each named by a source. The list ends where
    /// <see cref="BreakdownReader"/> ends it: at the first `;` after items split by commas, or at an item that opens another
    /// statement (`; đã giải ngân …`).
    /// </summary>
    public static bool ListIsAllSources(Paragraph paragraph, int start, int end, IReadOnlyList<Figure> parts, int listed)
    {
        var tokens = paragraph.Tokens;
        var labels = new List<(Paragraph, IReadOnlyList<int>)>();
        var words = new List<int>();
        var part = -1; // the part in the current item
        var other = false; // the item holds something that is neither a word of its label nor its part's figure
        var found = 0;
        var separator = '\0';
        var depth = 0;
        var open = false; // the last mark read is a separator: the list may go on past the paragraph (a wrapped line)
        for (var j = start; j >= 0; j++)
        {
            var last = j >= end || j >= tokens.Count;
            if (last && open)
            {
                return false;
            }
            if (!last)
            {
                depth = BreakdownReader.Depth(paragraph, j, depth);
                if (depth > 0 || tokens[j].Kind.IsTrivia() || TokenNavigation.IsPunctuation(paragraph, j, ')'))
                {
                    continue;
                }
                open = IsSeparator(paragraph, j);
                if (!open)
                {
                    if (words.Count == 0 && part < 0 && found == listed && tokens[j].Kind == TokenKind.Word
                        && BreakdownReader.StartsPhrase(paragraph, j, BreakdownReader.ClauseOpeners))
                    {
                        break; // `…; đã giải ngân 40 tỷ đồng`: the list has ended
                    }
                    if (IndexOf(parts, listed, j) is var index and >= 0)
                    {
                        other |= part >= 0;
                        part = index;
                        j = parts[index].Unit.LastToken;
                    }
                    else if (tokens[j].Kind is TokenKind.Word or TokenKind.Abbreviation)
                    {
                        words.Add(j);
                    }
                    else if (!IsSentenceEnd(paragraph, j, end) && !TokenNavigation.IsPunctuation(paragraph, j, ':'))
                    {
                        other = true; // `…`, `v.v.`, another number, a dash
                    }
                    continue;
                }
            }
            if (part >= 0 && !other)
            {
                labels.Add((paragraph, words.ToArray()));
                found++;
            }
            else if (!last && part < 0 && !other && words.Count > 0 && TokenNavigation.IsWord(paragraph, j, "và"))
            {
                continue; // `vốn huy động từ dân cư và doanh nghiệp 40 tỷ đồng`: one item naming two givers
            }
            else if (part >= 0 || words.Count > 0 || other)
            {
                return false; // `và các nguồn khác`, `v.v.`: an item with no figure, or with more than its figure
            }
            if (last)
            {
                break;
            }
            words.Clear();
            part = -1;
            var mark = tokens[j].Kind == TokenKind.Punctuation ? paragraph.Text[tokens[j].Start] : ',';
            if (mark == ';' && separator == ',' && found == listed)
            {
                break;
            }
            if (found > 0 && separator == '\0' && tokens[j].Kind == TokenKind.Punctuation)
            {
                separator = mark;
            }
        }
        return found == listed && AllSources(labels);
    }

    /// <summary>Every label names a source, and no two count the same budget (`ngân sách nhà nước` with `ngân sách tỉnh`).</summary>
    public static bool AllSources(IEnumerable<(Paragraph Paragraph, IReadOnlyList<int> Words)> labels)
    {
        var kinds = new HashSet<Kind>();
        foreach (var (paragraph, words) in labels)
        {
            var kind = KindOf(paragraph, words);
            if (kind == Kind.None)
            {
                return false;
            }
            kinds.Add(kind);
        }
        var overlap = (kinds.Contains(Kind.StateBudget) && (kinds.Contains(Kind.Central) || kinds.Contains(Kind.Local) || kinds.Contains(Kind.LocalLevel)))
            || (kinds.Contains(Kind.Local) && kinds.Contains(Kind.LocalLevel));
        return kinds.Count > 0 && !overlap;
    }

    /// <summary>The source a label's words (token indexes, in order) name, from its first words.</summary>
    private static Kind KindOf(Paragraph paragraph, IReadOnlyList<int> words)
    {
        var i = 0;
        var noun = false;
        while (i < words.Count)
        {
            if (TokenNavigation.IsWordIn(paragraph, words[i], Leads))
            {
                i++;
            }
            else if (Matches(paragraph, words, i, MoneyNouns) is var length and > 0)
            {
                i += length;
                noun = true;
            }
            else
            {
                break;
            }
        }
        if (i >= words.Count)
        {
            return Kind.None;
        }
        if (Matches(paragraph, words, i, ["ngân sách"]) > 0)
        {
            i += 2;
            if (Matches(paragraph, words, i, ["cấp"]) > 0)
            {
                i++;
            }
            return Level(paragraph, words, i) is var level and not Kind.None ? level : Kind.StateBudget;
        }
        if (Abbreviated(paragraph, words[i]) is var budget and not Kind.None)
        {
            return budget;
        }
        if (Matches(paragraph, words, i, OtherSources) > 0)
        {
            return Kind.Other;
        }
        return !noun ? Kind.None
            : Matches(paragraph, words, i, OtherAfterNoun) > 0 ? Kind.Other
            : Level(paragraph, words, i);
    }

    /// <summary>`nhà nước`, `trung ương`, `địa phương`, `tỉnh`… at <paramref name="at"/>; not `xã hội hóa`.</summary>
    private static Kind Level(Paragraph paragraph, IReadOnlyList<int> words, int at) =>
        Matches(paragraph, words, at, ["nhà nước"]) > 0 ? Kind.StateBudget
        : Matches(paragraph, words, at, ["trung ương"]) > 0 ? Kind.Central
        : Matches(paragraph, words, at, ["địa phương"]) > 0 ? Kind.Local
        : Matches(paragraph, words, at, ["xã hội"]) > 0 ? Kind.None
        : Matches(paragraph, words, at, LocalLevels) > 0 ? Kind.LocalLevel
        : Kind.None;

    /// <summary>`NSNN`, `NSTW`, `NSĐP`, `NST`, `NSH`, `NSX`: the budget written short; `ODA`, `XHH`.</summary>
    private static Kind Abbreviated(Paragraph paragraph, int word)
    {
        var text = paragraph.GetString(paragraph.Tokens[word]).ToUpperInvariant();
        return text switch
        {
            "NSNN" => Kind.StateBudget,
            "NSTW" => Kind.Central,
            "NSĐP" => Kind.Local,
            "NST" or "NSH" or "NSX" => Kind.LocalLevel,
            "ODA" or "XHH" => Kind.Other,
            _ => Kind.None,
        };
    }

    /// <summary>How many words the first of <paramref name="phrases"/> found at <paramref name="at"/> has, or 0.</summary>
    private static int Matches(Paragraph paragraph, IReadOnlyList<int> words, int at, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var syllables = phrase.Split(' ');
            if (at + syllables.Length > words.Count)
            {
                continue;
            }
            var k = 0;
            while (k < syllables.Length && TokenNavigation.IsWord(paragraph, words[at + k], syllables[k]))
            {
                k++;
            }
            if (k == syllables.Length)
            {
                return k;
            }
        }
        return 0;
    }

    /// <summary>The full stop closing the sentence, the last token before <paramref name="end"/> but spaces.</summary>
    private static bool IsSentenceEnd(Paragraph paragraph, int index, int end) =>
        TokenNavigation.IsPunctuation(paragraph, index, '.') && TokenNavigation.Next(paragraph.Tokens, index) is var next && (next < 0 || next >= end);

    private static bool IsSeparator(Paragraph paragraph, int index) =>
        TokenNavigation.IsPunctuation(paragraph, index, ',') || TokenNavigation.IsPunctuation(paragraph, index, ';')
        || TokenNavigation.IsWord(paragraph, index, "và");

    private static int IndexOf(IReadOnlyList<Figure> parts, int listed, int token)
    {
        for (var k = 0; k < listed; k++)
        {
            if (parts[k].Token == token)
            {
                return k;
            }
        }
        return -1;
    }
}
