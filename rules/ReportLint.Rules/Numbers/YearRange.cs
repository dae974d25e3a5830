using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A range of years as written: `2020-2025` (one number token), `2020 - 2025`, `2020–2025`.
/// <see cref="Separator"/> is the exact text between the two years. Years are 1000–2999 and at most
/// a century apart, so a hotline such as `1900-1234` is not a range.
/// </summary>
internal readonly record struct YearRange(TextSpan Span, int Start, int End, TextSpan SeparatorSpan, string Separator, int FirstToken, int LastToken)
{
    /// <summary>Every range of years in the paragraph, in order; null when there is none.</summary>
    public static List<YearRange>? ReadAll(Paragraph paragraph)
    {
        List<YearRange>? ranges = null;
        var tokens = paragraph.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && TryRead(paragraph, i, out var range))
            {
                (ranges ??= []).Add(range);
                i = range.LastToken;
            }
        }
        return ranges;
    }

    /// <summary>Spaces on one side of the dash only (`2020- 2025`).</summary>
    public bool IsLopsided => Separator.Length == 2;

    /// <summary>Counts the separators of the ranges spaced alike on both sides (a lopsided one is no model: RL4005).</summary>
    public static void VoteSeparators(List<YearRange> ranges, StyleVote vote)
    {
        foreach (var range in ranges)
        {
            if (!range.IsLopsided)
            {
                vote.Add(range.Separator);
            }
        }
    }

    /// <summary>Reads a year range starting at the number token <paramref name="index"/>.</summary>
    public static bool TryRead(Paragraph paragraph, int index, out YearRange range)
    {
        range = default;
        var tokens = paragraph.Tokens;
        var token = tokens[index];
        if (token.Kind != TokenKind.Number)
        {
            return false;
        }
        var text = paragraph.GetText(token);
        if (text.Length == 9 && text[4] == '-' && TryYear(text[..4], out var start) && TryYear(text[5..], out var end) && Math.Abs(end - start) <= 100)
        {
            range = new YearRange(token.Span, start, end, new TextSpan(token.Start + 4, 1), "-", index, index);
            return true;
        }
        if (!TryYear(text, out start))
        {
            return false;
        }
        var dash = index + 1;
        if (dash < tokens.Count && tokens[dash].Kind == TokenKind.Space && tokens[dash].Length == 1)
        {
            dash++;
        }
        if (!TokenNavigation.IsDash(paragraph, dash))
        {
            return false;
        }
        var second = dash + 1;
        if (second < tokens.Count && tokens[second].Kind == TokenKind.Space && tokens[second].Length == 1)
        {
            second++;
        }
        if (second >= tokens.Count || tokens[second].Kind != TokenKind.Number || !TryYear(paragraph.GetText(tokens[second]), out end)
            || Math.Abs(end - start) > 100)
        {
            return false;
        }
        var separatorSpan = TextSpan.FromBounds(token.End, tokens[second].Start);
        range = new YearRange(TextSpan.FromBounds(token.Start, tokens[second].End), start, end, separatorSpan,
            paragraph.Text.Substring(separatorSpan.Start, separatorSpan.Length), index, second);
        return true;
    }

    /// <summary>Four digits read as a year (1000–2999): `2024`.</summary>
    public static bool IsYear(ReadOnlySpan<char> text) => TryYear(text, out _);

    private static bool TryYear(ReadOnlySpan<char> text, out int year)
    {
        year = 0;
        if (text.Length != 4)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            year = year * 10 + (c - '0');
        }
        return year is >= 1000 and <= 2999;
    }
}
