using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>
/// What the words around a term or congress numeral say (`Ban Chấp hành Đảng bộ xã khóa XVII, nhiệm kỳ 2020-2025`):
/// whose numeral it is, whether it is the coming congress or the previous term, and the years of its term. RL2007 takes
/// a valid numeral as evidence for a malformed one only when both name the same body: a draft counts the Party's,
/// the province's and a mass organisation's congresses side by side.
/// </summary>
/// <param name="Body">
/// Lookup keys of the body after the head (`Đại hội đại biểu Phụ nữ tỉnh` → `phụ nữ tỉnh`; `Ban Chấp hành khóa` →
/// `ban chấp hành`), or null when no head (`Đại hội`, `Ban Chấp hành`, `Ban Thường vụ`) names it.
/// </param>
/// <param name="HeadOnly">Only the head names it: the draft's own committee, whichever body that is.</param>
internal sealed record TermNumeralContext(string[]? Body, bool HeadOnly, bool Coming, bool Previous, (int From, int To)? Term)
{
    // Words a body's name holds in lower case besides the second syllable of a capitalized word (`Đảng bộ`, `Phụ nữ`).
    private static readonly string[] LevelWords = ["tỉnh", "huyện", "xã", "phường", "thị", "trấn", "quận", "thành", "phố", "toàn", "quốc", "khối", "cơ", "sở"];

    /// <summary>
    /// Reads the context of the numerals from the lead's first token (<paramref name="first"/>: `khóa`, `lần`, or `Đại`
    /// of `Đại hội XIV`) to the last numeral. <paramref name="inherited"/> is the context of the list the lead continues
    /// (`khóa XX, XIX và khóa XVIII`).
    /// </summary>
    public static TermNumeralContext Read(CitationTokens tokens, int first, int last, bool congress, TermNumeralContext? inherited)
    {
        var before = TokenNavigation.Previous(tokens.Tokens, first);
        if (inherited is not null && (tokens.IsWord(before, "và") || tokens.IsPunctuation(before, ','))
            && IsNumeralWord(tokens, TokenNavigation.Previous(tokens.Tokens, before)))
        {
            return inherited with { Term = TermAfter(tokens, last) ?? inherited.Term };
        }
        var (body, head, headOnly) = congress ? CongressBody(tokens, first, last) : BodyBefore(tokens, before);
        return new TermNumeralContext(body, headOnly, IsComing(tokens, head, last), IsPrevious(tokens, before, last), TermAfter(tokens, last));
    }

    /// <summary>Both name the same body: one name is the other's start (`đảng bộ xã` and `đảng bộ xã ia mơr`), two words at least.</summary>
    public bool SameBody(TermNumeralContext other)
    {
        if (Body is null || other.Body is null)
        {
            return false;
        }
        var (shorter, longer) = Body.Length <= other.Body.Length ? (Body, other.Body) : (other.Body, Body);
        return shorter.Length >= 2 && longer.AsSpan(0, shorter.Length).SequenceEqual(shorter);
    }

    /// <summary>
    /// The numeral <paramref name="target"/> should carry when this mention, of value <paramref name="value"/>, is right;
    /// null when it says nothing about it. A coming congress is no evidence for the one a draft reports on.
    /// </summary>
    public int? Implies(int value, TermNumeralContext target)
    {
        var related = SameBody(target) || (Previous && (Body is null || HeadOnly || target.Body is null || target.HeadOnly));
        if (Coming || !related)
        {
            return null;
        }
        if (Term is { } term && target.Term is { } other)
        {
            return term == other ? value : term.To == other.From ? value + 1 : term.From == other.To ? value - 1 : null;
        }
        return Previous ? value + 1 : value;
    }

    /// <summary>`Ban Chấp hành Đảng bộ tỉnh khóa`, `Đại hội đại biểu Đảng bộ xã Ia Mơr lần thứ`: the words back to the head.</summary>
    private static (string[]? Body, int Head, bool HeadOnly) BodyBefore(CitationTokens tokens, int index)
    {
        var words = new List<string>();
        for (var count = 0; index >= 0 && count < 12 && tokens[index].Kind is TokenKind.Word or TokenKind.Abbreviation; count++)
        {
            if (HeadEndingAt(tokens, index) is var (start, name) and (>= 0, _))
            {
                words.Reverse();
                if (words.Count >= 2 && words[0] == "đại" && words[1] == "biểu")
                {
                    words.RemoveRange(0, 2);
                }
                return words.Count > 0 ? (Canonical(words), start, false) : (name, start, true);
            }
            words.Add(tokens.KeyOf(index));
            index = TokenNavigation.Previous(tokens.Tokens, index);
        }
        return (null, -1, false);
    }

    /// <summary>`Đại hội XIV của Đảng`: the body follows the numeral after `của`.</summary>
    private static (string[]? Body, int Head, bool HeadOnly) CongressBody(CitationTokens tokens, int first, int last)
    {
        var index = tokens.Next(last);
        if (!tokens.IsWord(index, "của"))
        {
            return (null, first, false);
        }
        var words = new List<string>();
        var previousCapital = false;
        for (index = tokens.Next(index); index >= 0 && words.Count < 8 && tokens[index].Kind is TokenKind.Word or TokenKind.Abbreviation;
             index = tokens.Next(index))
        {
            var text = tokens.Paragraph.GetText(tokens[index]);
            var key = tokens.KeyOf(index);
            var capital = char.IsUpper(text[0]);
            if (!capital && !previousCapital && !LevelWords.Contains(key))
            {
                break; // `của Đảng bộ được quán triệt`: the name ends where the sentence goes on
            }
            words.Add(key);
            previousCapital = capital;
        }
        return (words.Count > 0 ? Canonical(words) : null, first, false);
    }

    /// <summary>
    /// `Huyện đoàn` is the name of `Đoàn huyện`, the district's Youth Union, whose congress (`Đại hội Đoàn huyện lần
    /// thứ XIV`) elects the committee of the same number (`Ban Chấp hành Huyện đoàn khóa XIV`): one key for both, the
    /// level after `đoàn`.
    /// </summary>
    private static string[] Canonical(List<string> words)
    {
        if (words.Count >= 2 && words[1] == "đoàn" && UnionLevels.Contains(words[0]))
        {
            (words[0], words[1]) = (words[1], words[0]);
        }
        return [.. words];
    }

    private static readonly string[] UnionLevels = ["tỉnh", "thành", "huyện", "quận", "thị"];

    /// <summary>The head whose last word is at <paramref name="index"/>: its first token and its name, else (-1, []).</summary>
    private static (int Start, string[] Name) HeadEndingAt(CitationTokens tokens, int index)
    {
        var previous = TokenNavigation.Previous(tokens.Tokens, index);
        if (tokens.IsWord(index, "hội") && tokens.IsWord(previous, "đại"))
        {
            return (previous, ["đại", "hội"]);
        }
        var ban = TokenNavigation.Previous(tokens.Tokens, previous);
        if (tokens.IsWord(index, "hành") && tokens.IsWord(previous, "chấp") && tokens.IsWord(ban, "ban"))
        {
            return (ban, ["ban", "chấp", "hành"]);
        }
        if (tokens.IsWord(index, "vụ") && tokens.IsWord(previous, "thường") && tokens.IsWord(ban, "ban"))
        {
            return (ban, ["ban", "thường", "vụ"]);
        }
        return (-1, []);
    }

    /// <summary>`chuẩn bị Đại hội XIV`, `tiến tới`, `hướng tới` before the head; `Đại hội … XX sắp tới` after the numeral.</summary>
    private static bool IsComing(CitationTokens tokens, int head, int last)
    {
        if (head >= 0)
        {
            var word = TokenNavigation.Previous(tokens.Tokens, head);
            var before = TokenNavigation.Previous(tokens.Tokens, word);
            if ((tokens.IsWord(word, "bị") && tokens.IsWord(before, "chuẩn"))
                || (tokens.IsWord(word, "tới") && (tokens.IsWord(before, "tiến") || tokens.IsWord(before, "hướng"))))
            {
                return true;
            }
        }
        var next = tokens.Next(last);
        return tokens.IsWord(next, "sắp") && tokens.IsWord(tokens.Next(next), "tới");
    }

    /// <summary>`khóa XVII (nhiệm kỳ trước)`, `khóa trước (khóa XVII)`: `trước` after `khóa` or `kỳ` near the numeral.</summary>
    private static bool IsPrevious(CitationTokens tokens, int before, int last)
    {
        var index = before;
        for (var count = 0; index >= 0 && count < 4; count++, index = TokenNavigation.Previous(tokens.Tokens, index))
        {
            if (IsPreviousTerm(tokens, index))
            {
                return true;
            }
        }
        index = tokens.Next(last);
        for (var count = 0; index >= 0 && count < 5; count++, index = tokens.Next(index))
        {
            if (IsPreviousTerm(tokens, index))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPreviousTerm(CitationTokens tokens, int index)
    {
        var previous = TokenNavigation.Previous(tokens.Tokens, index);
        return tokens.IsWord(index, "trước") && (tokens.IsWord(previous, "khóa") || tokens.IsWord(previous, "kỳ"));
    }

    private static (int From, int To)? TermAfter(CitationTokens tokens, int last) =>
        NumeralTerm.After(tokens, last) is { } range ? (range.Start, range.End) : null;

    private static bool IsNumeralWord(CitationTokens tokens, int index) =>
        index >= 0 && tokens[index].Kind is TokenKind.RomanNumeral or TokenKind.Abbreviation or TokenKind.Word
        && RomanNumerals.IsRomanShaped(tokens.Paragraph.GetText(tokens[index]));
}
