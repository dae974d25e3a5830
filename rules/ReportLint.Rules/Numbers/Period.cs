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
    /// quarter is an interval, so `từ tháng 5/2025 đến ngày 20/5/2025` is in order). A start without its year takes the
    /// end's only when both fall in one month: `từ ngày 25/12 đến ngày 05/01/2025` may cross the new year.
    /// </summary>
    public static bool EndsBeforeStart(Period start, Period end)
    {
        if (end.Year is not { } year || (start.Year is null && (end.FirstMonth != end.LastMonth || start.FirstMonth != end.FirstMonth)))
        {
            return false;
        }
        return Key(year, end.LastMonth, end.Day ?? 31) < Key(start.Year ?? year, start.FirstMonth, start.Day ?? 1);
    }

    private static int Key(int year, int month, int day) => (year * 13 + month) * 32 + day;
}

/// <summary>Reads a <see cref="Period"/> from the tokens: the date forms of <see cref="DateRecognizer"/> plus quarters and `tháng 5 năm 2025`.</summary>
internal static class PeriodReader
{
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

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
            && next + 1 < tokens.Count && FourDigits(paragraph, next + 1) is { } slashed)
        {
            return (slashed, next + 1);
        }
        var nam = TokenNavigation.Next(tokens, index);
        var year = TokenNavigation.Next(tokens, nam);
        return TokenNavigation.IsWord(paragraph, nam, "năm") && FourDigits(paragraph, year) is { } spelled ? (spelled, year) : (null, index);
    }

    /// <summary>`tháng 5 năm 2025`.</summary>
    private static Period? MonthInWords(Paragraph paragraph, int thang, int number)
    {
        var tokens = paragraph.Tokens;
        var nam = TokenNavigation.Next(tokens, number);
        var yearToken = TokenNavigation.Next(tokens, nam);
        if (tokens[number].Kind != TokenKind.Number || !int.TryParse(paragraph.GetText(tokens[number]), out var month) || month is < 1 or > 12
            || !TokenNavigation.IsWord(paragraph, nam, "năm") || FourDigits(paragraph, yearToken) is not { } year)
        {
            return null;
        }
        return new Period(year, month, month, null, TextSpan.FromBounds(tokens[number].Start, tokens[yearToken].End), yearToken);
    }

    private static int? FourDigits(Paragraph paragraph, int index)
    {
        if (index < 0 || paragraph.Tokens[index].Kind != TokenKind.Number)
        {
            return null;
        }
        var text = paragraph.GetText(paragraph.Tokens[index]);
        return text.Length == 4 && int.TryParse(text, out var value) && value >= 1000 ? value : null;
    }
}
