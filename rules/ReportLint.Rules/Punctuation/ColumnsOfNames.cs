using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Punctuation;

/// <summary>
/// A line of a signature block or of a header laid out in columns with spaces: short names (`Lò Văn Pắn    Giàng A Chứ`)
/// or capitals (`CÁC THÀNH VIÊN      TRƯỞNG BAN`, `ĐẢNG BỘ HUYỆN …     ĐẢNG CỘNG SẢN VIỆT NAM`) and nothing else, every
/// gap of three spaces or more. Prose never reads so: it has lower-case words, and a slip doubles a space, it does not
/// type three. Such a line lays out columns even alone (the names under the titles of a signature block).
/// </summary>
internal static class ColumnsOfNames
{
    private const int NarrowestGap = 3;
    private const int ShortestName = 2;
    private const int LongestName = 5;
    private const int LongestCapitals = 10;

    /// <summary>Whether the line at <paramref name="index"/> of the paragraph's lines is such a line.</summary>
    public static bool Is(Paragraph paragraph, IReadOnlyList<SpacedLine> lines, int index)
    {
        var line = lines[index];
        if (line.Gaps.Count == 0 || line.Gaps.Any(gap => gap.Length < NarrowestGap))
        {
            return false;
        }
        var end = index + 1 < lines.Count ? lines[index + 1].Start : paragraph.Text.Length;
        var cell = new Cell();
        var gap = 0;
        foreach (var token in paragraph.Tokens)
        {
            if (token.Start < line.Start || (token.Kind.IsTrivia() && token.Kind != TokenKind.LineBreak))
            {
                continue;
            }
            if (token.Start >= end || token.Kind == TokenKind.LineBreak)
            {
                break;
            }
            if (gap < line.Gaps.Count && token.Start >= line.Gaps[gap].End)
            {
                if (!cell.IsNameOrCapitals)
                {
                    return false;
                }
                (cell, gap) = (new Cell(), gap + 1);
            }
            if (!cell.Add(paragraph, token))
            {
                return false;
            }
        }
        return cell.IsNameOrCapitals;
    }

    /// <summary>The words of one column: all capitalised (a name), or all capitals with the dots of `TM.`, `KT.`.</summary>
    private sealed class Cell
    {
        private int _words;
        private bool _allUpper = true;
        private bool _dotted;

        public bool IsNameOrCapitals => _allUpper ? _words is > 0 and <= LongestCapitals : !_dotted && _words is >= ShortestName and <= LongestName;

        public bool Add(Paragraph paragraph, Token token)
        {
            if (token.Kind == TokenKind.Punctuation && paragraph.GetText(token) is ".")
            {
                _dotted = true;
                return _words > 0;
            }
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral) || !token.Has(TokenFlags.Capitalized))
            {
                return false;
            }
            _words++;
            _allUpper &= token.Has(TokenFlags.AllUpper) || token.Kind == TokenKind.RomanNumeral;
            return true;
        }
    }
}
