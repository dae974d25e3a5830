using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// The words before a definition's parentheses (or inside them, for `ĐBQH (đại biểu Quốc hội)`),
/// with the commas, dashes and `và` between them, and the matching of an abbreviation's letters to
/// their initials from the last letter backwards (after Schwartz and Hearst): a few small words may
/// be skipped inside (`Sở Giáo dục và Đào tạo`) and a few at the end (`Mặt trận Tổ quốc Việt Nam (MTTQ)`).
/// </summary>
internal sealed class FullFormWindow
{
    private const int MaxTrailing = 4;

    public enum ItemKind : byte
    {
        Word,
        And,
        Comma,
        Dash,
    }

    public readonly record struct Item(int Token, ItemKind Kind)
    {
        public bool IsWord => Kind is ItemKind.Word or ItemKind.And;

        public bool IsBoundary => Kind is ItemKind.Comma or ItemKind.And;
    }

    public readonly record struct Match(int Start, int CoreEnd, int End);

    private readonly ParagraphSyntax _paragraph;
    private readonly List<Item> _items;

    private FullFormWindow(ParagraphSyntax paragraph, List<Item> items)
    {
        _paragraph = paragraph;
        _items = items;
    }

    public int Count => _items.Count;

    /// <summary>The token index of an item.</summary>
    public int TokenOf(int item) => _items[item].Token;

    /// <summary>The text span of a match, from its first word to its last (trailing words included).</summary>
    public TextSpan Span(Match match) =>
        TextSpan.FromBounds(_paragraph.Tokens[_items[match.Start].Token].Start, _paragraph.Tokens[_items[match.End].Token].End);

    /// <summary>The words a match's letters stand for, without its trailing words.</summary>
    public TextSpan CoreSpan(Match match) =>
        TextSpan.FromBounds(_paragraph.Tokens[_items[match.Start].Token].Start, _paragraph.Tokens[_items[match.CoreEnd].Token].End);

    public static FullFormWindow Build(ParagraphSyntax paragraph, int last, int budget)
    {
        var items = new List<Item>();
        var words = 0;
        for (var i = last; i >= 0 && words < budget && last - i < 8 * budget; i--)
        {
            var token = paragraph.Tokens[i];
            if (token.Kind.IsTrivia())
            {
                continue;
            }
            if (DefinitionTokens.IsWordToken(paragraph, token))
            {
                items.Add(new Item(i, DefinitionTokens.IsAnd(paragraph, token) ? ItemKind.And : ItemKind.Word));
                words++;
            }
            else if (DefinitionTokens.IsChar(paragraph, token, ',') || DefinitionTokens.IsChar(paragraph, token, ';'))
            {
                items.Add(new Item(i, ItemKind.Comma));
            }
            else if (DefinitionTokens.IsChar(paragraph, token, '-') || DefinitionTokens.IsChar(paragraph, token, '–') || DefinitionTokens.IsChar(paragraph, token, '—'))
            {
                items.Add(new Item(i, ItemKind.Dash));
            }
            else
            {
                break;
            }
        }
        items.Reverse();
        // A full form never starts with a separator.
        while (items.Count > 0 && !items[0].IsWord)
        {
            items.RemoveAt(0);
        }
        return new FullFormWindow(paragraph, items);
    }

    public Match? TryMatch(int end, List<string> letters, bool multi)
    {
        // The separator that ends the previous full form of a multiple definition (`cán bộ, công chức`).
        var last = end - 1;
        while (last >= 0 && _items[last].IsBoundary)
        {
            last--;
        }
        var candidate = last;
        for (var trailing = 0; trailing <= MaxTrailing && candidate >= 0; trailing++)
        {
            if (!_items[candidate].IsWord)
            {
                break; // trailing words never cross a comma or dash
            }
            if (Matches(letters[^1], _items[candidate]) && MatchBackwards(candidate, letters, multi) is { } start)
            {
                return new Match(start, candidate, last);
            }
            candidate--;
        }
        return null;
    }

    private int? MatchBackwards(int position, List<string> letters, bool multi)
    {
        var skipped = 0;
        var maxSkipped = Math.Max(2, letters.Count / 2);
        for (var letter = letters.Count - 2; letter >= 0; letter--)
        {
            var q = position - 1;
            while (q >= 0 && !(_items[q].IsWord && Matches(letters[letter], _items[q])))
            {
                if (multi && _items[q].IsBoundary)
                {
                    return null;
                }
                if (_items[q].IsWord && ++skipped > maxSkipped)
                {
                    return null;
                }
                q--;
            }
            if (q < 0)
            {
                return null;
            }
            position = q;
        }
        return position;
    }

    /// <summary>
    /// `Hội Liên hiệp Phụ nữ (HPN)`: a match that begins on a lower-case syllable right after a capital inside a name
    /// (`Liên`, itself after another word) and runs on into the name (`Phụ`) cuts the name in two: the letters are meant
    /// for the whole name, whose initials (`HLHPN`) and text this gives. A match that begins on a capital
    /// (`Ủy ban Mặt trận Tổ quốc Việt Nam (MTTQ)`), after a lower-case word (`các cơ quan, đơn vị (CQĐV)`) or after the
    /// sentence's first word, whose capital may be the sentence's (`Cổng thông tin điện tử (TTĐT)`), is left alone.
    /// </summary>
    public (string Initials, string Name)? NameCut(Match match)
    {
        if (match.Start < 2 || IsCapitalized(match.Start) || !IsPlainWord(match.Start - 1) || !IsCapitalized(match.Start - 1)
            || !IsPlainWord(match.Start - 2))
        {
            return null;
        }
        var runsIntoName = false;
        for (var i = match.Start + 1; i <= match.CoreEnd; i++)
        {
            if (!_items[i].IsWord)
            {
                return null; // a list, not one name
            }
            runsIntoName |= IsCapitalized(i);
        }
        if (!runsIntoName)
        {
            return null;
        }
        var head = match.Start - 1;
        while (head > 0 && IsPlainWord(head - 1) && IsCapitalized(head - 1))
        {
            head--;
        }
        var initials = new StringBuilder();
        for (var i = head; i <= match.CoreEnd; i++)
        {
            if (_items[i].Kind == ItemKind.Word)
            {
                var initial = AbbreviationText.InitialOf(_paragraph.GetText(_paragraph.Tokens[_items[i].Token]));
                initials.Append(initial == 'Ư' ? 'W' : initial); // `Trung ương` → `TW`
            }
        }
        var span = TextSpan.FromBounds(_paragraph.Tokens[_items[head].Token].Start, _paragraph.Tokens[_items[match.CoreEnd].Token].End);
        return (initials.ToString(), QuotedText.OnOneLine(_paragraph.Text.Substring(span.Start, span.Length)));
    }

    private bool IsPlainWord(int item) => _items[item].Kind == ItemKind.Word;

    private bool IsCapitalized(int item) => char.IsUpper(_paragraph.Text[_paragraph.Tokens[_items[item].Token].Start]);

    private bool Matches(string letter, Item item) =>
        AbbreviationText.MatchesInitial(letter, _paragraph.GetText(_paragraph.Tokens[item.Token]));

    public string Core(Match match)
    {
        var builder = new StringBuilder();
        for (var i = match.Start; i <= match.CoreEnd; i++)
        {
            if (_items[i].IsWord)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(_paragraph.GetString(_paragraph.Tokens[_items[i].Token]).ToLowerInvariant());
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The last few words before the parentheses (for a mismatch message): as many as the abbreviation has letters, or
    /// one fewer or more when that phrase opens on the abbreviation's first letter (`công trình thanh niên (CNT)`, not
    /// `trình thanh niên`; `về chính quyền số (CQĐT)`, not `về chính quyền số`).
    /// </summary>
    public string Preceding(int end, IReadOnlyList<string> letters, bool multi)
    {
        var last = end - 1;
        while (last >= 0 && !_items[last].IsWord)
        {
            last--;
        }
        if (last < 0)
        {
            return "";
        }
        // starts[k - 1]: the item opening the last k words (`và` gives no letter: `khoa học và công nghệ` for four letters).
        var starts = new List<int> { last };
        for (var first = last; first > 0 && starts.Count <= letters.Count; first--)
        {
            if (multi && _items[first - 1].IsBoundary)
            {
                break;
            }
            if (_items[first - 1].Kind == ItemKind.Word)
            {
                starts.Add(first - 1);
            }
        }
        var count = Math.Min(letters.Count, starts.Count);
        if (letters.Count > 0 && !OpensWith(starts[count - 1], letters[0]))
        {
            foreach (var other in (int[])[count - 1, count + 1])
            {
                if (other >= 1 && other <= starts.Count && OpensWith(starts[other - 1], letters[0]))
                {
                    count = other;
                    break;
                }
            }
        }
        var span = TextSpan.FromBounds(_paragraph.Tokens[_items[starts[count - 1]].Token].Start, _paragraph.Tokens[_items[last].Token].End);
        return QuotedText.OnOneLine(_paragraph.Text.Substring(span.Start, span.Length));
    }

    private bool OpensWith(int item, string letter) =>
        AbbreviationText.InitialOf(_paragraph.GetText(_paragraph.Tokens[_items[item].Token])) == (letter[0] == 'W' ? 'Ư' : letter[0]);

    /// <summary>Whether the writer plausibly built the abbreviation from these words: half its letters occur, in order, among their initials.</summary>
    public bool LikelyIntended(int end, List<string> letters, bool multi)
    {
        if (letters.Any(l => l[0] is 'F' or 'J' or 'Z'))
        {
            return false; // a foreign acronym (FDI, JICA) glossed in Vietnamese
        }
        var initials = new List<char>();
        for (var i = end - 1; i >= 0 && initials.Count < letters.Count + 2; i--)
        {
            if (multi && _items[i].IsBoundary && initials.Count > 0)
            {
                break;
            }
            if (_items[i].IsWord)
            {
                initials.Add(AbbreviationText.InitialOf(_paragraph.GetText(_paragraph.Tokens[_items[i].Token])));
            }
        }
        // In order: `Olympic Tiếng Anh trên Internet (IOE)` has an I and an O, but not as IOE.
        initials.Reverse();
        var found = 0;
        var from = 0;
        foreach (var letter in letters)
        {
            var c = letter[0] == 'W' ? 'Ư' : letter[0];
            var index = initials.IndexOf(c, from);
            if (index >= 0)
            {
                from = index + 1;
                found++;
            }
        }
        return found * 2 >= letters.Count && found >= 2;
    }

    /// <summary>
    /// A spelling that fits: `TCD` after `tổ chức đảng` → `TCĐ` (D and Đ swapped), else the initials of as many
    /// words before the parentheses as the abbreviation has letters, when they are the same letters in another
    /// order (`nông thôn mới (NMT)` → `NTM`) or differ in one letter (`(CTMTQC)` → `CTMTQG`): a slip, not another name.
    /// </summary>
    public string? Suggest(int end, string abbreviation, bool multi) => SwapD(end, abbreviation, multi) ?? Initials(end, abbreviation, multi);

    private string? Initials(int end, string abbreviation, bool multi)
    {
        if (!abbreviation.All(c => c is (>= 'A' and <= 'Z') or 'Đ' or 'Ư'))
        {
            return null; // dots, hyphens, `&` and lower-case tails: the writer chose a form the initials cannot give
        }
        var initials = new char[abbreviation.Length];
        var count = 0;
        for (var i = end - 1; i >= 0 && count < initials.Length; i--)
        {
            if (_items[i].Kind == ItemKind.Word)
            {
                var initial = AbbreviationText.InitialOf(_paragraph.GetText(_paragraph.Tokens[_items[i].Token]));
                initials[initials.Length - 1 - count++] = initial == 'Ư' ? 'W' : initial; // `Trung ương` → `TW`
            }
            else if (_items[i].Kind != ItemKind.And && (multi || count > 0))
            {
                break; // `và` is skipped (`khoa học và công nghệ` → `KHCN`); a comma or dash ends the full form
            }
        }
        var candidate = new string(initials);
        if (count < initials.Length || candidate == abbreviation || !(SameLetters(candidate, abbreviation) || OneLetterApart(candidate, abbreviation)))
        {
            return null;
        }
        return TryMatch(end, AbbreviationText.Letters(candidate), multi) is not null ? candidate : null;
    }

    private static bool SameLetters(string a, string b) => a.Order().SequenceEqual(b.Order());

    // Two letters, one of them wrong, are too little to tell a slip from another name.
    private static bool OneLetterApart(string a, string b) => a.Length >= 3 && a.Zip(b).Count(p => p.First != p.Second) == 1;

    private string? SwapD(int end, string abbreviation, bool multi)
    {
        for (var i = 0; i < abbreviation.Length; i++)
        {
            if (abbreviation[i] is not ('D' or 'Đ'))
            {
                continue;
            }
            var swapped = abbreviation[..i] + (abbreviation[i] == 'D' ? 'Đ' : 'D') + abbreviation[(i + 1)..];
            if (TryMatch(end, AbbreviationText.Letters(swapped), multi) is not null)
            {
                return swapped;
            }
        }
        return null;
    }

    public int PreviousBoundary(int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (_items[i].IsBoundary)
            {
                return i;
            }
        }
        return 0;
    }
}
