using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// `… là 1.28` ⏎ `4.500.000 đồng`: a number a hard wrap cut inside a digit group. The line ends in a number whose last
/// group is short (one or two digits after a thousands mark) and the next opens with the digits that complete it, then
/// more groups of three: together they are one well-grouped number (`1.284.500.000`). Shared by RL5035, which reports
/// it, and the separator rules (RL5003, RL5008), which must not read `1.28` as a decimal. A cut right after the mark
/// (`1.284.` ⏎ `500.000 đồng`) is read by <see cref="AfterMark"/>.
/// </summary>
internal static class SplitNumber
{
    /// <summary>The number the two parts around the line break at <paramref name="lineBreak"/> make, or null.</summary>
    public static string? At(Paragraph paragraph, int lineBreak, out int before, out int after)
    {
        var tokens = paragraph.Tokens;
        if (!LineBreakJoin.Around(tokens, lineBreak, out before, out after)
            || tokens[before].Kind != TokenKind.Number || tokens[after].Kind != TokenKind.Number)
        {
            return null;
        }
        var left = paragraph.GetText(tokens[before]);
        var right = paragraph.GetText(tokens[after]);
        if (left.IndexOfAnyExcept("0123456789.,") >= 0 || right.IndexOfAny('/', '-') >= 0)
        {
            return null; // a percentage, a date or a ratio ends the line whole
        }
        var separator = left[left.Length - 1 - Math.Min(left.Length - 1, TrailingDigits(left))];
        if (separator is not ('.' or ',') || !Grouped(left, separator, out var groups, out var last) || last is < 1 or > 2)
        {
            return null;
        }
        // The next line's first group completes the cut one to three digits; then groups of three with the same mark.
        var first = LeadingDigits(right);
        if (first != 3 - last)
        {
            return null;
        }
        var rest = right[first..];
        var more = 0;
        while (rest.Length >= 4 && rest[0] == separator && LeadingDigits(rest[1..]) == 3)
        {
            rest = rest[4..];
            more++;
        }
        // What is left is the decimals with the other mark (`,5`), a percent sign or nothing.
        var other = separator == '.' ? ',' : '.';
        var tail = rest.Length == 0 || rest is ['%'] || (rest[0] == other && rest.Length > 1 && LeadingDigits(rest[1..]) == rest.Length - 1 - (rest[^1] == '%' ? 1 : 0));
        // A cut group followed by more groups, or a number that had two marks before the cut, is no decimal.
        return tail && (more > 0 || groups >= 2) ? string.Concat(left, right) : null;
    }

    // What an amount's last group may be followed by: a currency or a scale word (`1.284.` ⏎ `500 đồng`).
    private static readonly string[] AmountWords = ["đồng", "đ", "triệu", "tỷ", "nghìn", "ngàn", "USD", "VNĐ", "VND"];

    /// <summary>
    /// `… là 1.284.` ⏎ `500.000 đồng`: a wrap cut right after a thousands mark, which stays at the end of the line and reads as
    /// a full stop. The line ends in a well-grouped number (groups of three after its first) and a `.` glued to it, and the
    /// next opens with three digits, in the same hard-wrapped paragraph. A full stop before a sentence that opens with a
    /// figure looks the same, so more is asked: the next line's number goes on with groups of its own (`500.000`), or is
    /// followed by a currency or scale word (`500 đồng`, `500 triệu`); never by a capital. <paramref name="number"/> is the
    /// number ending the line, <paramref name="mark"/> the `.` after it.
    /// </summary>
    public static string? AfterMark(Paragraph paragraph, int lineBreak, out int number, out int mark, out int after)
    {
        var tokens = paragraph.Tokens;
        number = -1;
        if (!LineBreakJoin.Around(tokens, lineBreak, out mark, out after) || !TokenNavigation.IsPunctuation(paragraph, mark, '.')
            || tokens[after].Kind != TokenKind.Number || mark == 0 || tokens[mark - 1].Kind != TokenKind.Number)
        {
            return null;
        }
        number = mark - 1;
        var left = paragraph.GetText(tokens[number]);
        var right = paragraph.GetText(tokens[after]);
        if (!Grouped(left, '.', out _, out var last) || last != 3 || LeadingDigits(right) != 3)
        {
            return null; // `1.284` ends in a full group; `2,5.` or `12.` is no grouped number
        }
        var rest = right[3..];
        var more = 0;
        while (rest.Length >= 4 && rest[0] == '.' && LeadingDigits(rest[1..]) == 3)
        {
            rest = rest[4..];
            more++;
        }
        // The decimals (`,5`) or nothing may be left; a percentage or a date is not an amount cut in two.
        if (rest.Length > 0 && !(rest[0] == ',' && rest.Length > 1 && LeadingDigits(rest[1..]) == rest.Length - 1))
        {
            return null;
        }
        var next = TokenNavigation.Next(tokens, after);
        if (next >= 0 && tokens[next].Kind == TokenKind.Word && char.IsUpper(paragraph.Text[tokens[next].Start]) && !TokenNavigation.IsWordIn(paragraph, next, AmountWords))
        {
            return null; // `… 1.284.` ⏎ `500 Hộ …`: a new sentence
        }
        return more > 0 || TokenNavigation.IsWordIn(paragraph, next, AmountWords) ? string.Concat(left, ".", right) : null;
    }

    /// <summary>True when the number token at <paramref name="index"/> is one part of a number the wrap cut.</summary>
    public static bool IsPart(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var after = LineBreakJoin.BreakBeside(tokens, index, 1);
        if (after >= 0 && At(paragraph, after, out _, out _) is not null)
        {
            return true;
        }
        var before = LineBreakJoin.BreakBeside(tokens, index, -1);
        return before >= 0 && At(paragraph, before, out _, out _) is not null;
    }

    /// <summary>`1.284.5`: a first group of one to three digits, then groups of three, the last cut short (its length in <paramref name="last"/>).</summary>
    private static bool Grouped(ReadOnlySpan<char> text, char separator, out int marks, out int last)
    {
        marks = 0;
        last = 0;
        var group = 0;
        foreach (var c in text)
        {
            if (c == separator)
            {
                if (marks == 0 ? group is 0 or > 3 : group != 3)
                {
                    return false;
                }
                marks++;
                group = 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                group++;
            }
            else
            {
                return false;
            }
        }
        last = group;
        return marks > 0;
    }

    private static int LeadingDigits(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyExceptInRange('0', '9');
        return i < 0 ? text.Length : i;
    }

    private static int TrailingDigits(ReadOnlySpan<char> text)
    {
        var i = text.LastIndexOfAnyExceptInRange('0', '9');
        return i < 0 ? text.Length : text.Length - 1 - i;
    }
}
