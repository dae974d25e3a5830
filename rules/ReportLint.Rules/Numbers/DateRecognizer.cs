using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>A date read from the tokens; Day or Year is null when the text leaves it out.</summary>
internal readonly record struct DateValue(int? Day, int Month, int? Year, TextSpan Span, int LastToken)
{
    public bool IsComplete => Day is not null && Year is not null;

    public bool IsValid => Month is >= 1 and <= 12 && (Day is not { } day || (day >= 1 && day <= DaysInMonth));

    /// <summary>Days of the month; 29 for February when the year is not given.</summary>
    public int DaysInMonth => Year is { } year ? DateTime.DaysInMonth(year, Month) : Month == 2 ? 29 : DateTime.DaysInMonth(2001, Month);
}

/// <summary>
/// The date forms of Vietnamese reports: `10/10/2012`, `10-10-2012`, `ngày 10 tháng 10 năm 2012`,
/// `ngày 10.10.2012`, a short `chiều 14/6` (slash only) after a time-of-day word, `tháng 8-2020` and `tháng 5/2020`.
/// A two-part `d/m` without such a word is not taken for a date (it may be a ratio).
/// </summary>
internal static class DateRecognizer
{
    private static readonly string[] DayCues = ["ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "khuya"];

    // Last syllables of document types (`Nghị quyết 18 ngày …`, `Quy định 08 ngày …`, `Chỉ thị 05 ngày …`).
    private static readonly string[] DocumentTypeEnds =
        ["quyết", "định", "thị", "luận", "dẫn", "tri", "cáo", "hoạch", "trình", "báo", "chế", "án", "luật", "lệnh", "tư"];

    /// <summary>
    /// Reads a date starting at the number token <paramref name="index"/>; a weekday next to it (<paramref name="besideWeekday"/>)
    /// is as good a cue as `ngày` for a short `d/m` (`thứ Hai (15/7)`).
    /// </summary>
    public static bool TryRead(Paragraph paragraph, int index, out DateValue date, bool besideWeekday = false)
    {
        date = default;
        var tokens = paragraph.Tokens;
        var token = tokens[index];
        if (token.Kind != TokenKind.Number)
        {
            return false;
        }
        var text = paragraph.GetText(token);
        var previous = TokenNavigation.Previous(tokens, index);
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = Split(text, parts, lengths, out var separator);
        if (count == 3 && lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4 && parts[2] >= 1000
            && (separator != '.' || TokenNavigation.IsWord(paragraph, previous, "ngày")))
        {
            date = new DateValue(parts[0], parts[1], parts[2], token.Span, index);
            return true;
        }
        if (count == 2 && separator != '.')
        {
            if (TokenNavigation.IsWord(paragraph, previous, "tháng") && lengths[0] <= 2 && lengths[1] == 4 && parts[1] >= 1000)
            {
                date = new DateValue(null, parts[0], parts[1], token.Span, index);
                return true;
            }
            // `chiều 14/6`; `ngày 30-31 tháng 10` is a range of days, so a short date takes `/` only.
            if (separator == '/' && (besideWeekday || TokenNavigation.IsWordIn(paragraph, previous, DayCues)) && lengths[0] <= 2 && lengths[1] <= 2)
            {
                date = new DateValue(parts[0], parts[1], null, token.Span, index);
                return true;
            }
            return false;
        }
        return count == 1 && lengths[0] <= 2 && TryReadWords(paragraph, index, parts[0], previous, out date);
    }

    /// <summary>`ngày 10 tháng 10 [năm 2012]`, or `10 tháng 10 năm 2012` with its year.</summary>
    private static bool TryReadWords(Paragraph paragraph, int index, int day, int previous, out DateValue date)
    {
        date = default;
        var tokens = paragraph.Tokens;
        var thang = TokenNavigation.Next(tokens, index);
        var month = TokenNavigation.Next(tokens, thang);
        if (!TokenNavigation.IsWord(paragraph, thang, "tháng") || !IsPlain(paragraph, month, 2, out var monthValue))
        {
            return false;
        }
        var nam = TokenNavigation.Next(tokens, month);
        var year = TokenNavigation.Next(tokens, nam);
        int? yearValue = null;
        var last = month;
        if (TokenNavigation.IsWord(paragraph, nam, "năm") && IsPlain(paragraph, year, 4, out var y) && y >= 1000)
        {
            yearValue = y;
            last = year;
        }
        if (yearValue is null && !TokenNavigation.IsWord(paragraph, previous, "ngày"))
        {
            return false;
        }
        date = new DateValue(day, monthValue, yearValue, TextSpan.FromBounds(tokens[index].Start, tokens[last].End), last);
        return true;
    }

    /// <summary>
    /// True when the date belongs to a document citation (`02-NQ/ĐUK ngày …`, `số 98 ngày …`,
    /// `Quy định 98 ngày …`, `08- ngày …`): the citation rules check those.
    /// </summary>
    public static bool IsInCitation(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var ngay = TokenNavigation.Previous(tokens, index);
        if (!TokenNavigation.IsWord(paragraph, ngay, "ngày"))
        {
            return false;
        }
        var before = TokenNavigation.Previous(tokens, ngay);
        if (before < 0)
        {
            return false;
        }
        if (tokens[before].Kind == TokenKind.DocumentSymbol)
        {
            return true;
        }
        if (TokenNavigation.IsDash(paragraph, before))
        {
            before = TokenNavigation.Previous(tokens, before);
            return before >= 0 && tokens[before].Kind == TokenKind.Number;
        }
        if (before < 0 || tokens[before].Kind != TokenKind.Number)
        {
            return false;
        }
        var word = TokenNavigation.Previous(tokens, before);
        return TokenNavigation.IsWord(paragraph, word, "số") || TokenNavigation.IsWordIn(paragraph, word, DocumentTypeEnds);
    }

    private static bool IsPlain(Paragraph paragraph, int index, int maxLength, out int value)
    {
        value = 0;
        if (index < 0 || paragraph.Tokens[index].Kind != TokenKind.Number)
        {
            return false;
        }
        var text = paragraph.GetText(paragraph.Tokens[index]);
        if (text.Length > maxLength)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Splits `25/10/2018` into its numbers; 0 when the separators differ or there are more than three parts.</summary>
    private static int Split(ReadOnlySpan<char> text, Span<int> parts, Span<int> lengths, out char separator)
    {
        separator = '\0';
        var count = 0;
        var value = 0;
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++length > 4)
                {
                    return 0;
                }
                value = value * 10 + (c - '0');
                continue;
            }
            if (c is not ('/' or '-' or '.') || (separator != '\0' && c != separator) || count == 2 || length == 0)
            {
                return 0;
            }
            separator = c;
            parts[count] = value;
            lengths[count] = length;
            count++;
            value = length = 0;
        }
        if (length == 0)
        {
            return 0;
        }
        parts[count] = value;
        lengths[count] = length;
        return count + 1;
    }
}
