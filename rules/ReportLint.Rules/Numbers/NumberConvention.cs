using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

internal enum Convention
{
    /// <summary>No separator, or a form that says nothing (a date, a heading number `1.2`).</summary>
    None,
    /// <summary>`93.346`, `1.234.567`, `19,22`, `1.234,5`.</summary>
    Vietnamese,
    /// <summary>`19.22`, `1,234,567`, `1,234.5`.</summary>
    English,
    /// <summary>One separator before exactly three digits: `12,450`, `1.234`. Never guessed.</summary>
    Ambiguous,
}

/// <summary>Which separator convention a number token follows.</summary>
internal static class NumberConvention
{
    // A number after these is a section, a version or a clock time: `mục 1.2`, `lúc 8.30`.
    private static readonly string[] Exempt = ["mục", "điểm", "khoản", "điều", "phần", "chương", "tiết", "lục", "lúc", "phiên", "bản", "version", "hình", "bảng", "biểu"];

    private static readonly string[] Multipliers = ["nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ"];

    public static Convention Classify(Paragraph paragraph, int index)
    {
        var token = paragraph.Tokens[index];
        var text = paragraph.GetText(token);
        if (text[^1] == '%')
        {
            text = text[..^1];
        }
        if (text.IndexOfAny('/', '-') >= 0)
        {
            return Convention.None; // dates, ratios, ranges
        }
        var dots = text.Count('.');
        var commas = text.Count(',');
        if (dots + commas == 0)
        {
            return Convention.None;
        }
        if (SplitNumber.IsPart(paragraph, index))
        {
            return Convention.None; // `1.28` ⏎ `4.500.000`: a wrap cut one number, no decimal (RL5035)
        }
        var previous = TokenNavigation.Previous(paragraph.Tokens, index);
        // Heading numbers (`1.2. Công tác…`) start the paragraph, item numbers a table row (`| 2.1 | Chi …`); `4.0` names an
        // industrial revolution.
        if (previous < 0 || OpensTableRow(paragraph, previous) || OpensAfterMarks(paragraph, previous)
            || TokenNavigation.IsWordIn(paragraph, previous, Exempt)
            || text.EndsWith(".0", StringComparison.Ordinal))
        {
            return Convention.None;
        }
        if (dots > 0 && commas > 0)
        {
            var lastDot = text.LastIndexOf('.');
            var lastComma = text.LastIndexOf(',');
            if (lastComma > lastDot && commas == 1 && Grouped(text[..lastComma], '.'))
            {
                return Convention.Vietnamese;
            }
            return lastDot > lastComma && dots == 1 && Grouped(text[..lastDot], ',') ? Convention.English : Convention.None;
        }
        var separator = dots > 0 ? '.' : ',';
        var count = dots + commas;
        if (count > 1)
        {
            return !Grouped(text, separator) ? Convention.None : separator == '.' ? Convention.Vietnamese : Convention.English;
        }
        var after = text.Length - text.IndexOf(separator) - 1;
        if (after == 3)
        {
            // `1,146 tỷ đồng` (1.146 triệu) is routine before a multiplier; `12,450 tỷ` is not: a decimal drops its last 0,
            // unless the paragraph writes its other amounts to three decimals too (`3,215 tỷ … trên 4,870 tỷ`).
            return separator == ',' && IsAmountToThreeDecimals(paragraph, index)
                && (text[^1] != '0' || HasAmountToThreeDecimalsBesides(paragraph, index))
                ? Convention.Vietnamese : Convention.Ambiguous;
        }
        // One separator before 1, 2 or 4+ digits is a decimal mark.
        return separator == ',' ? Convention.Vietnamese : Convention.English;
    }

    /// <summary>The row's opening pipe, with nothing before it: the number is the row's first cell.</summary>
    private static bool OpensTableRow(Paragraph paragraph, int pipe) =>
        paragraph.Tokens[pipe].Kind is TokenKind.Markup or TokenKind.Symbol or TokenKind.Punctuation
        && paragraph.GetText(paragraph.Tokens[pipe]) is ['|'] && TokenNavigation.Previous(paragraph.Tokens, pipe) < 0;

    // Markdown's emphasis marks, and its heading marks with the space after them (`#### `).
    private static readonly System.Buffers.SearchValues<char> EmphasisAndHeadingMarks = System.Buffers.SearchValues.Create("*_# ");

    /// <summary>`**4.1. Nghị quyết …**`, `#### 2.1. Phong trào …`: only emphasis or heading marks before the number, which still
    /// opens the paragraph.</summary>
    private static bool OpensAfterMarks(Paragraph paragraph, int token)
    {
        for (var i = token; i >= 0; i = TokenNavigation.Previous(paragraph.Tokens, i))
        {
            if (paragraph.Tokens[i].Kind is not (TokenKind.Markup or TokenKind.Symbol or TokenKind.Punctuation)
                || paragraph.GetText(paragraph.Tokens[i]).ContainsAnyExcept(EmphasisAndHeadingMarks))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>`1,146 tỷ`: one comma before three digits, then a multiplier.</summary>
    private static bool IsAmountToThreeDecimals(Paragraph paragraph, int index)
    {
        var text = paragraph.GetText(paragraph.Tokens[index]);
        var comma = text.IndexOf(',');
        return comma > 0 && comma == text.LastIndexOf(',') && text.Length - comma == 4 && text.IndexOf('.') < 0
            && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(paragraph.Tokens, index), Multipliers);
    }

    /// <summary>Another amount of the paragraph written to three decimals whose last digit is not 0: the writer's precision.</summary>
    private static bool HasAmountToThreeDecimalsBesides(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i != index && tokens[i].Kind == TokenKind.Number && IsAmountToThreeDecimals(paragraph, i) && paragraph.GetText(tokens[i])[^1] != '0')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>`19.22` → `19,22`; `1,234,567` → `1.234.567`: swaps the two marks.</summary>
    public static string ToVietnamese(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch { '.' => ',', ',' => '.', var c => c };
        }
        return new string(chars);
    }

    /// <summary>Digits in groups of three after a first group of one to three.</summary>
    private static bool Grouped(ReadOnlySpan<char> text, char separator)
    {
        var group = 0;
        var first = true;
        foreach (var c in text)
        {
            if (c == separator)
            {
                if (first ? group is 0 or > 3 : group != 3)
                {
                    return false;
                }
                first = false;
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
        return first || group == 3;
    }
}
