using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A ratio written upside down, for RL5002's fix: `đạt 15/13 xã` when the paragraph, up to the end of the ratio's sentence,
/// states the larger figure as the whole (`Huyện có 15 xã`, `tổng số 15`) and never the smaller one. Only then is
/// `13/15` offered (unsafe: the part may be the wrong figure, `15/15`).
/// </summary>
internal static class SwappedRatio
{
    public static CodeFix? Fix(Paragraph paragraph, Sentence sentence, int ratio, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var text = paragraph.GetText(tokens[ratio]);
        var slash = text.IndexOf('/');
        if (slash <= 0 || !VietnameseNumber.TryParseInteger(text[..slash], out var larger) || !VietnameseNumber.TryParseInteger(text[(slash + 1)..], out var smaller)
            || larger <= smaller)
        {
            return null;
        }
        var unit = TokenNavigation.UnitAfter(paragraph, ratio);
        var largerStated = false;
        for (var i = 0; i < sentence.EndToken; i++)
        {
            if (i == ratio || tokens[i].Kind != TokenKind.Number || !VietnameseNumber.TryParseInteger(paragraph.GetText(tokens[i]), out var value)
                || (value != larger && value != smaller) || !StatesWhole(paragraph, i, unit, options))
            {
                continue;
            }
            if (value == smaller)
            {
                return null; // both figures stated: which is the whole is not clear
            }
            largerStated = true;
        }
        if (!largerStated)
        {
            return null;
        }
        var swapped = $"{text[(slash + 1)..]}/{text[..slash]}";
        return CodeFix.Replace(tokens[ratio].Span, swapped, FixSafety.Unsafe, new($"Đảo thành {swapped}", $"Swap to {swapped}"));
    }

    /// <summary>`tổng số 15`, or `15 xã` counted in the ratio's noun.</summary>
    private static bool StatesWhole(Paragraph paragraph, int index, string? unit, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        if (TokenNavigation.IsWord(paragraph, previous, "số") && TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(tokens, previous), "tổng"))
        {
            return true;
        }
        return unit is not null && UnitHeads.SameHead(unit, TokenNavigation.UnitAfter(paragraph, index), options);
    }
}
