using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Titles that a count of people is broken into: `284 cán bộ chi hội, gồm 142 chi hội trưởng và 142 chi hội phó`,
/// `15 thành viên, gồm 1 trưởng ban, 2 phó trưởng ban và 12 ủy viên`. The unit read after the number (`chi hội`)
/// would name a body; the title it starts (`chi hội trưởng`) names people.
/// </summary>
internal static class PersonTitles
{
    // Wholes that titles are parts of: people counted as such, not by a trait (`đảng viên`, `hội viên` may hold no title).
    private static readonly string[] Wholes = ["cán bộ", "người", "đồng chí", "thành viên"];

    // `chi hội trưởng`, `tổ phó`: a unit followed by the title word; the unit alone (`142 chi hội`) counts bodies.
    private static readonly string[][] UnitTitles =
    [
        ["chi", "hội", "trưởng"], ["chi", "hội", "phó"], ["tổ", "trưởng"], ["tổ", "phó"], ["đội", "trưởng"], ["đội", "phó"],
        ["hiệu", "trưởng"], ["hiệu", "phó"],
    ];

    // Titles that open with their own word: `trưởng thôn`, `phó trưởng ban`, `bí thư`, `phó chủ tịch`, `ủy viên`.
    private static readonly string[][] Titles =
    [
        ["trưởng"], ["phó", "trưởng"], ["bí", "thư"], ["phó", "bí", "thư"], ["chủ", "tịch"], ["phó", "chủ", "tịch"],
        ["ủy", "viên"], ["uỷ", "viên"], ["giám", "đốc"], ["phó", "giám", "đốc"], ["chủ", "nhiệm"], ["phó", "chủ", "nhiệm"],
        ["phó", "ban"],
    ];

    /// <summary>The number at <paramref name="index"/> counts holders of a title, and <paramref name="whole"/> counts people.</summary>
    public static bool CountedAmong(QuantityUnit whole, Paragraph paragraph, int index, AnalyzerOptions options)
    {
        if (whole.IsMeasure || !IsPeople(whole.Text, options))
        {
            return false;
        }
        var first = TokenNavigation.Next(paragraph.Tokens, index);
        return first >= 0 && (TokenNavigation.MatchAny(paragraph, first, UnitTitles) >= 0 || TokenNavigation.MatchAny(paragraph, first, Titles) >= 0);
    }

    private static bool IsPeople(string unit, AnalyzerOptions options)
    {
        foreach (var people in Wholes)
        {
            if (UnitHeads.SameHead(unit, people, options))
            {
                return true;
            }
        }
        return false;
    }
}
