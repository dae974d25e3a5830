using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>The part of the day written after a time (`7h30 sáng`, `5 giờ chiều`), which says which half of the clock it is.</summary>
internal enum DayPart
{
    None,
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

/// <summary>
/// A time of day: `14h00`, `14h`, `14g30`, `14:00`, `14 giờ`, `14 giờ 30 (phút)`, with the part of the day after it.
/// <see cref="LastToken"/> and <see cref="Span"/> end with the part of the day when there is one.
/// </summary>
internal readonly record struct ClockTime(int Hour, int Minute, DayPart Part, TextSpan Span, int LastToken)
{
    /// <summary>
    /// The earliest and latest minute of the day the time may mean. With a part of the day it means one; without, a
    /// 1–11 o'clock may be either half (`từ 10h đến 2h` is 10 to 14) unless <paramref name="twentyFourHour"/> says the
    /// writer counts the day to 24 (`14h00 - 11h00`).
    /// </summary>
    public (int Earliest, int Latest) Minutes(bool twentyFourHour)
    {
        var hour = Part switch
        {
            DayPart.Afternoon or DayPart.Evening when Hour is >= 1 and <= 11 => Hour + 12,
            DayPart.Noon when Hour is >= 1 and <= 4 => Hour + 12,
            _ => Hour,
        };
        var minutes = hour * 60 + Minute;
        return Part == DayPart.None && !twentyFourHour && Hour is >= 1 and <= 11 ? (minutes, minutes + 12 * 60) : (minutes, minutes);
    }

    /// <summary>Written on the afternoon side of a 24-hour clock (`14h00`, `0h30`) with no part of the day.</summary>
    public bool IsTwentyFourHour => Part == DayPart.None && (Hour >= 13 || Hour == 0);
}

/// <summary>Reads a <see cref="ClockTime"/> from the tokens.</summary>
internal static class ClockTimeReader
{
    private static readonly string[] Parts = ["sáng", "trưa", "chiều", "tối", "đêm"];

    /// <summary>The time whose first token is <paramref name="index"/>.</summary>
    public static ClockTime? At(Paragraph paragraph, int index)
    {
        if (index < 0 || index >= paragraph.Tokens.Count)
        {
            return null;
        }
        var tokens = paragraph.Tokens;
        var token = tokens[index];
        int hour, minute = 0, last = index;
        if (token.Kind == TokenKind.Code && Glued(paragraph.GetText(token)) is { } glued)
        {
            (hour, minute) = glued;
        }
        else if (token.Kind == TokenKind.Number && Digits(paragraph.GetText(token), 1, 2) is { } whole)
        {
            hour = whole;
            if (Colon(paragraph, index) is { } afterColon)
            {
                (minute, last) = (afterColon, index + 2);
            }
            else if (TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, index), "giờ"))
            {
                last = TokenNavigation.Next(tokens, index);
                var minutes = TokenNavigation.Next(tokens, last);
                if (minutes >= 0 && tokens[minutes].Kind == TokenKind.Number && Digits(paragraph.GetText(tokens[minutes]), 1, 2) is { } written)
                {
                    (minute, last) = (written, minutes);
                    var phut = TokenNavigation.Next(tokens, minutes);
                    last = TokenNavigation.IsWord(paragraph, phut, "phút") ? phut : last;
                }
            }
            else
            {
                return null;
            }
        }
        else
        {
            return null;
        }
        if (hour > 24 || minute > 59)
        {
            return null;
        }
        var part = DayPart.None;
        var next = TokenNavigation.Next(tokens, last);
        if (TokenNavigation.IsWordIn(paragraph, next, Parts))
        {
            part = (DayPart)(Array.FindIndex(Parts, p => paragraph.GetText(tokens[next]).Equals(p, StringComparison.OrdinalIgnoreCase)) + 1);
            last = next;
        }
        return new ClockTime(hour, minute, part, TextSpan.FromBounds(token.Start, tokens[last].End), last);
    }

    /// <summary>`14h00`, `14h`, `14g30`, `14H00`: hours, the letter, then nothing or two digits of minutes.</summary>
    private static (int Hour, int Minute)? Glued(ReadOnlySpan<char> text)
    {
        var letter = text.IndexOfAny("hHg");
        if (letter is not (1 or 2) || Digits(text[..letter], 1, 2) is not { } hour)
        {
            return null;
        }
        var rest = text[(letter + 1)..];
        return rest.Length == 0 ? (hour, 0) : Digits(rest, 2, 2) is { } minute ? (hour, minute) : null;
    }

    /// <summary>`14:00`: the minutes after a colon written tight against both numbers.</summary>
    private static int? Colon(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        return index + 2 < tokens.Count && TokenNavigation.IsPunctuation(paragraph, index + 1, ':') && tokens[index + 2].Kind == TokenKind.Number
            ? Digits(paragraph.GetText(tokens[index + 2]), 2, 2) : null;
    }

    private static int? Digits(ReadOnlySpan<char> text, int min, int max) =>
        text.Length >= min && text.Length <= max && !text.ContainsAnyExceptInRange('0', '9') ? int.Parse(text) : null;
}
