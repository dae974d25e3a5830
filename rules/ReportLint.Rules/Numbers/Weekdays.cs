using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>A weekday as written: `thứ Hai`, `thứ 2`, `Chủ nhật`.</summary>
internal readonly record struct WeekdayMention(DayOfWeek Day, TextSpan Span, int FirstToken, int LastToken, WeekdayStyle Style);

internal enum WeekdayStyle
{
    Capitalized,
    Lower,
    Digit,
}

internal static class Weekdays
{
    private static readonly string[] Names = ["", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"];

    // Before a weekday only these words may stand; `lần thứ hai`, `kỳ họp thứ năm` are ordinals.
    private static readonly string[] Cues = ["sáng", "chiều", "tối", "trưa", "đêm", "vào", "hôm", "rạng", "sớm", "khuya", "ngày", "từ", "đến", "trước", "sau", "là"];

    // Nouns that count with `thứ` (`lần thứ Hai`, `kỳ họp thứ Năm`): after them even a dated, capitalised `thứ` is an ordinal.
    private static readonly string[] OrdinalNouns = ["lần", "kỳ", "kì", "họp", "khóa", "khoá", "phiên", "đợt", "vòng", "lượt", "hội", "nghị", "đại", "thứ", "và"];

    // `kỳ họp thứ Năm` counts sessions; `Hội nghị họp thứ Năm, ngày …` is the verb `họp` before a weekday.
    private static readonly string[] MeetingNouns = ["kỳ", "kì", "phiên", "cuộc", "buổi"];

    /// <summary>The word at <paramref name="previous"/> counts with `thứ`: an ordinal noun, `họp` only after a meeting noun.</summary>
    private static bool CountsWithThu(Paragraph paragraph, int previous) =>
        TokenNavigation.IsWordIn(paragraph, previous, OrdinalNouns)
        && (!TokenNavigation.IsWord(paragraph, previous, "họp")
            || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(paragraph.Tokens, previous), MeetingNouns));

    /// <summary>
    /// Reads a weekday whose first word is at <paramref name="index"/>; a <paramref name="listed"/> one follows another
    /// weekday and `và` (`thứ Năm và thứ Sáu`), so the word before it says nothing.
    /// </summary>
    public static bool TryRead(Paragraph paragraph, int index, out WeekdayMention mention, bool listed = false)
    {
        mention = default;
        var tokens = paragraph.Tokens;
        var first = paragraph.GetText(tokens[index]);
        if (!first.Equals("thứ", StringComparison.OrdinalIgnoreCase) && !first.Equals("chủ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var previous = TokenNavigation.Previous(tokens, index);
        var next = TokenNavigation.Next(tokens, index);
        if (next < 0 || next != index + 2)
        {
            return false;
        }
        var second = paragraph.GetText(tokens[next]);
        // `Chủ nhật` is a weekday wherever it stands (`thứ Bảy … và Chủ nhật, ngày …`); only `thứ` may be an ordinal. A
        // capitalised `thứ Năm` dated right after (`bế mạc thứ Năm, ngày 14/8/2020`) is a weekday after any word but a
        // counting noun: ordinals are written in lower case or Roman numerals.
        if (!listed && first.Equals("thứ", StringComparison.OrdinalIgnoreCase)
            && previous >= 0 && tokens[previous].Kind.IsWordLike() && !TokenNavigation.IsWordIn(paragraph, previous, Cues)
            && !IsClockTime(paragraph.GetText(tokens[previous]))
            && !(char.IsUpper(second[0]) && !CountsWithThu(paragraph, previous) && DatedAfter(paragraph, next)))
        {
            return false;
        }
        var style = char.IsUpper(second[0]) ? WeekdayStyle.Capitalized : WeekdayStyle.Lower;
        if (first.Equals("chủ", StringComparison.OrdinalIgnoreCase) && second.Equals("nhật", StringComparison.OrdinalIgnoreCase))
        {
            mention = new WeekdayMention(DayOfWeek.Sunday, TextSpan.FromBounds(tokens[index].Start, tokens[next].End), index, next,
                char.IsUpper(first[0]) ? WeekdayStyle.Capitalized : WeekdayStyle.Lower);
            return true;
        }
        if (!first.Equals("thứ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var day = -1;
        if (tokens[next].Kind == TokenKind.Number && second.Length == 1 && second[0] is >= '2' and <= '7')
        {
            day = second[0] - '1';
            style = WeekdayStyle.Digit;
        }
        else if (tokens[next].Kind == TokenKind.Word)
        {
            for (var d = 1; d < Names.Length; d++)
            {
                if (second.Equals(Names[d], StringComparison.OrdinalIgnoreCase))
                {
                    day = d;
                }
            }
        }
        if (day < 0)
        {
            return false;
        }
        mention = new WeekdayMention((DayOfWeek)day, TextSpan.FromBounds(tokens[index].Start, tokens[next].End), index, next, style);
        return true;
    }

    /// <summary>`…, ngày 14/8/2020`, `ngày 14/8/2020`: a full date right after the weekday's last word.</summary>
    private static bool DatedAfter(Paragraph paragraph, int last)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, last);
        if (TokenNavigation.IsPunctuation(paragraph, next, ','))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (!TokenNavigation.IsWord(paragraph, next, "ngày"))
        {
            return false;
        }
        next = TokenNavigation.Next(tokens, next);
        return next >= 0 && DateRecognizer.TryRead(paragraph, next, out var date, besideWeekday: true) && date is { Day: not null, Year: not null };
    }

    /// <summary>`7h`, `10h30`: a time of day may stand right before a weekday (`vào 10h30 thứ Sáu`).</summary>
    private static bool IsClockTime(ReadOnlySpan<char> text)
    {
        var h = text.IndexOf('h');
        return h is 1 or 2 && text.Length - h - 1 is 0 or 2
            && !text[..h].ContainsAnyExceptInRange('0', '9') && !text[(h + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>`thứ Ba`, `thứ 3`, `Chủ nhật` in the style of the weekday it replaces.</summary>
    public static string Write(DayOfWeek day, WeekdayMention original, string originalText)
    {
        var upperFirst = char.IsUpper(originalText[0]);
        if (day == DayOfWeek.Sunday)
        {
            return upperFirst || original.Style == WeekdayStyle.Capitalized ? "Chủ nhật" : "chủ nhật";
        }
        var thu = upperFirst && original.Day != DayOfWeek.Sunday ? "Thứ" : "thứ";
        return original.Style switch
        {
            WeekdayStyle.Digit => $"{thu} {(int)day + 1}",
            WeekdayStyle.Lower => $"{thu} {Names[(int)day].ToLowerInvariant()}",
            _ => $"{thu} {Names[(int)day]}",
        };
    }

    public static string Name(DayOfWeek day) => day == DayOfWeek.Sunday ? "Chủ nhật" : "thứ " + Names[(int)day];
}
