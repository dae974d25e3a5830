using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A stretch of time a schedule names: a day (`ngày 15/12/2025`), a month (`tháng 5/2025`) or a quarter (`quý I/2026`),
/// as the months it covers. Year is null only for a day written without it (`ngày 12/9`).
/// </summary>
internal readonly record struct Period(int? Year, int FirstMonth, int LastMonth, int? Day, TextSpan Span, int LastToken)
{
    /// <summary>
    /// True when the whole of <paramref name="end"/> lies before the start of <paramref name="start"/> (a month or a
    /// quarter is an interval, so `từ tháng 5/2025 đến ngày 20/5/2025` is in order). A side without its year takes the
    /// other's only when both fall in one month: `từ ngày 25/12 đến ngày 05/01/2025` may cross the new year.
    /// </summary>
    public static bool EndsBeforeStart(Period start, Period end)
    {
        if ((start.Year is null || end.Year is null)
            && (start.FirstMonth != start.LastMonth || end.FirstMonth != end.LastMonth || start.FirstMonth != end.FirstMonth))
        {
            return false;
        }
        var year = start.Year ?? end.Year ?? 2000;
        return Key(end.Year ?? year, end.LastMonth, end.Day ?? 31) < Key(start.Year ?? end.Year ?? year, start.FirstMonth, start.Day ?? 1);
    }

    private static int Key(int year, int month, int day) => (year * 13 + month) * 32 + day;
}

/// <summary>Reads a <see cref="Period"/> from the tokens: the date forms of <see cref="DateRecognizer"/> plus quarters and `tháng 5 năm 2025`.</summary>
internal static class PeriodReader
{
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    private static readonly string[] Lengths = ["buổi", "ngày"];

    /// <summary>Words that may lead a milestone's date: `vào`, `lúc 8h00`, `sáng thứ Hai,`.</summary>
    public static readonly string[] TimeLeads = ["vào", "trong", "lúc", "sáng", "chiều", "tối", "trưa", "thứ", "chủ", "nhật",
        "hai", "ba", "tư", "năm", "sáu", "bảy", "giờ", "phút"];

    /// <summary>
    /// The period whose first token (`ngày`, `tháng`, `quý` or the number) is <paramref name="index"/>, unless it dates a
    /// cited document (`Quyết định số 12/QĐ-UBND ngày 15/3/2025` is no milestone).
    /// </summary>
    public static Period? At(Paragraph paragraph, int index)
    {
        if (TokenNavigation.IsWord(paragraph, index, "quý"))
        {
            return Quarter(paragraph, index);
        }
        var number = index;
        if (TokenNavigation.IsWord(paragraph, index, "ngày") || TokenNavigation.IsWord(paragraph, index, "tháng"))
        {
            number = TokenNavigation.Next(paragraph.Tokens, index);
        }
        if (number < 0)
        {
            return null;
        }
        if (DateRecognizer.TryRead(paragraph, number, out var date))
        {
            return date.IsValid && !DateRecognizer.IsInCitation(paragraph, number)
                ? new Period(date.Year, date.Month, date.Month, date.Day, date.Span, date.LastToken) : null;
        }
        return TokenNavigation.IsWord(paragraph, index, "tháng") ? MonthInWords(paragraph, index, number) : null;
    }

    /// <summary>
    /// The period after the word at <paramref name="word"/>, past a lead of <paramref name="leads"/> words, commas and clock
    /// times (`vào 8h00, thứ Sáu, ngày 18/10/2025`).
    /// </summary>
    public static Period? AfterLead(Paragraph paragraph, int word, string[] leads)
    {
        var tokens = paragraph.Tokens;
        var index = TokenNavigation.Next(tokens, word);
        for (var steps = 0; index >= 0 && steps < 14; steps++, index = TokenNavigation.Next(tokens, index))
        {
            if (At(paragraph, index) is { } period)
            {
                return period;
            }
            if (!IsLead(paragraph, index, leads))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>A lead word, a comma, a clock time (`8h00`, the `8` and `00` of `8 giờ 00`) or a length (`01 buổi`, `03 ngày`).</summary>
    private static bool IsLead(Paragraph paragraph, int index, string[] leads)
    {
        var token = paragraph.Tokens[index];
        return TokenNavigation.IsWordIn(paragraph, index, leads) || TokenNavigation.IsPunctuation(paragraph, index, ',')
            || (token.Kind == TokenKind.Code && char.IsAsciiDigit(paragraph.GetText(token)[0]))
            || (token.Kind == TokenKind.Number && (TokenNavigation.IsWord(paragraph, TokenNavigation.Next(paragraph.Tokens, index), "giờ")
                || TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(paragraph.Tokens, index), "giờ")
                || (TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(paragraph.Tokens, index), leads)
                    && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(paragraph.Tokens, index), Lengths))));
    }

    /// <summary>Words that close a range: `từ ngày 12/12/2025 đến ngày …`.</summary>
    public static readonly string[] RangeWords = ["đến", "tới"];

    /// <summary>A day, not the first end of a range (`ngày 12/12/2025 đến …`, `12/12 - 14/12/2025`).</summary>
    public static Period? SingleDay(Paragraph paragraph, Period? period)
    {
        if (period is not { Day: not null } day)
        {
            return null;
        }
        var next = TokenNavigation.Next(paragraph.Tokens, day.LastToken);
        return TokenNavigation.IsWordIn(paragraph, next, RangeWords) || TokenNavigation.IsDash(paragraph, next) ? null : day;
    }

    /// <summary>The period right after the word at <paramref name="word"/>.</summary>
    public static Period? After(Paragraph paragraph, int word) => At(paragraph, TokenNavigation.Next(paragraph.Tokens, word));

    /// <summary>`quý I/2026`, `quý IV năm 2025`, `quý 1/2026`, `quý II-2025`; a quarter without its year is not placed.</summary>
    private static Period? Quarter(Paragraph paragraph, int quy)
    {
        var tokens = paragraph.Tokens;
        var numeral = TokenNavigation.Next(tokens, quy);
        if (numeral < 0)
        {
            return null;
        }
        var text = paragraph.GetText(tokens[numeral]);
        int quarter;
        int? year = null;
        var last = numeral;
        if (tokens[numeral].Kind == TokenKind.Number && text.Length == 6 && text[0] is >= '1' and <= '4' && text[1] is '/' or '-'
            && int.TryParse(text[2..], out var written))
        {
            (quarter, year) = (text[0] - '0', written);
        }
        else if ((quarter = QuarterNumber(paragraph, numeral)) > 0)
        {
            (year, last) = YearAfter(paragraph, numeral);
        }
        return year is >= 1000 and <= 9999 && quarter > 0
            ? new Period(year, quarter * 3 - 2, quarter * 3, null, TextSpan.FromBounds(tokens[quy].Start, tokens[last].End), last) : null;
    }

    private static int QuarterNumber(Paragraph paragraph, int index)
    {
        var token = paragraph.Tokens[index];
        var text = paragraph.GetText(token);
        if (token.Kind == TokenKind.RomanNumeral)
        {
            return Array.IndexOf(Quarters, text.ToString()) + 1;
        }
        return token.Kind == TokenKind.Number && text.Length == 1 && text[0] is >= '1' and <= '4' ? text[0] - '0' : 0;
    }

    /// <summary>The year written right after a quarter: `/2026`, `-2026` or `năm 2026`; its last token.</summary>
    private static (int? Year, int Last) YearAfter(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var next = index + 1;
        if ((TokenNavigation.IsPunctuation(paragraph, next, '/') || TokenNavigation.IsPunctuation(paragraph, next, '-'))
            && next + 1 < tokens.Count && YearNumber.At(paragraph, next + 1) is { } slashed)
        {
            return (slashed, next + 1);
        }
        var year = TokenNavigation.Next(tokens, TokenNavigation.Next(tokens, index));
        return YearNumber.AfterNam(paragraph, year) is { } spelled ? (spelled, year) : (null, index);
    }

    /// <summary>`tháng 5 năm 2025`.</summary>
    private static Period? MonthInWords(Paragraph paragraph, int thang, int number)
    {
        var tokens = paragraph.Tokens;
        var yearToken = TokenNavigation.Next(tokens, TokenNavigation.Next(tokens, number));
        if (tokens[number].Kind != TokenKind.Number || !int.TryParse(paragraph.GetText(tokens[number]), out var month) || month is < 1 or > 12
            || YearNumber.AfterNam(paragraph, yearToken) is not { } year)
        {
            return null;
        }
        return new Period(year, month, month, null, TextSpan.FromBounds(tokens[number].Start, tokens[yearToken].End), yearToken);
    }
}
