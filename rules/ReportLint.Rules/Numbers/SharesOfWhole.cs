using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Shares of one whole announced as such: `Cơ cấu kinh tế: nông nghiệp chiếm 30,2%; công nghiệp chiếm 40,1%; dịch vụ chiếm
/// 29,7%`, `Tỷ trọng các khu vực lần lượt là 30,2%, 40,1% và 29,7%`. A cue (`cơ cấu`, `tỷ trọng`) opens the list with `:`,
/// `gồm` or `lần lượt`, and every percentage after it is a part (`chiếm X%`, or the run after `lần lượt`); the parts make
/// the whole, 100%, within the rounding of their decimals (each ± half a unit of its last digit).
/// What is not one closed split is left alone: a `trong đó` (a subset), an open list (`…`, `v.v.`), another figure in the list
/// (`tăng 2%`), a second cue (a share of another whole). Parts that fall short of 100% may leave a category out
/// (`thuế sản phẩm`), so only a sum over 100% is reported — or under it when a part names the rest (`khác`, `còn lại`).
/// </summary>
internal static class SharesOfWhole
{
    private static readonly string[][] Cues = [["cơ", "cấu"], ["tỷ", "trọng"], ["tỉ", "trọng"]];
    private static readonly string[][] Openers = [["gồm"], ["bao", "gồm"], ["lần", "lượt"]];
    // `trong đó` names a subset; `vân vân` (and `v.v`, one token) leaves the list open.
    private static readonly string[][] Subsets = [["trong", "đó"], ["trong", "số", "đó"], ["vân", "vân"]];
    private static readonly string[][] OtherWholes = [.. Cues, ["tỷ", "lệ"], ["tỉ", "lệ"]];
    private static readonly string[][] Rest = [["khác"], ["còn", "lại"]];

    /// <summary>
    /// The cue, the sum of the parts (formatted with their decimals) and the parts' spans of each split that does not make
    /// 100%; null for none (a list, not an iterator: every sentence passes here).
    /// </summary>
    public static List<(TextSpan Cue, string Sum, TextSpan[] Parts)>? Read(Paragraph paragraph, Sentence sentence)
    {
        if (!paragraph.Text.Contains('%'))
        {
            return null; // every part is a percentage: most paragraphs have none
        }
        List<(TextSpan Cue, string Sum, TextSpan[] Parts)>? found = null;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (TokenNavigation.MatchAny(paragraph, i, Cues) is not (var cueEnd and >= 0) || cueEnd >= end)
            {
                continue;
            }
            var split = ReadSplit(paragraph, cueEnd, end);
            if (split is { } parts && Mismatch(paragraph, parts) is { } sum)
            {
                (found ??= []).Add((TextSpan.FromBounds(paragraph.Tokens[i].Start, paragraph.Tokens[cueEnd].End), sum, Spans(paragraph, parts)));
            }
            i = cueEnd;
        }
        return found;
    }

    // Not a lambda in Read: one capturing `paragraph` would allocate its closure at every call, percentages or not.
    private static TextSpan[] Spans(Paragraph paragraph, List<int> parts)
    {
        var spans = new TextSpan[parts.Count];
        for (var p = 0; p < spans.Length; p++)
        {
            spans[p] = paragraph.Tokens[parts[p]].Span;
        }
        return spans;
    }

    /// <summary>The tokens of the parts after the cue, or null when no closed split of one whole follows it.</summary>
    private static List<int>? ReadSplit(Paragraph paragraph, int cueEnd, int end)
    {
        var tokens = paragraph.Tokens;
        var opened = false;
        var inRun = false; // after `lần lượt`: percentages one after another
        var commas = false; // the first two parts are split by a comma
        List<int>? parts = null;
        for (var j = TokenNavigation.Next(tokens, cueEnd); j >= 0 && j < end; j = TokenNavigation.Next(tokens, j))
        {
            var token = tokens[j];
            var depth = BreakdownReader.Depth(paragraph, j, 0);
            if (depth > 0)
            {
                j = CloseOf(paragraph, j, end); // `(cùng kỳ 40,1%)`: a comparison beside a part, not a part
                continue;
            }
            if (token.Kind == TokenKind.Punctuation && paragraph.GetText(token) is "." or "…" or "...")
            {
                break;
            }
            if (parts is { Count: > 0 } && TokenNavigation.IsPunctuation(paragraph, j, ';') && commas)
            {
                break; // parts split by commas end at a semicolon: what follows is another statement
            }
            if (TokenNavigation.MatchAny(paragraph, j, Subsets) >= 0 || paragraph.GetText(token) is "v.v")
            {
                return null;
            }
            if (parts is not null && TokenNavigation.MatchAny(paragraph, j, OtherWholes) >= 0)
            {
                return null; // the share of another whole
            }
            if (!opened)
            {
                if (TokenNavigation.IsPunctuation(paragraph, j, ':') || TokenNavigation.MatchAny(paragraph, j, Openers) is >= 0)
                {
                    opened = true;
                    inRun = TokenNavigation.IsWord(paragraph, j, "lần");
                    j = Math.Max(j, TokenNavigation.MatchAny(paragraph, j, Openers));
                }
                else if (token.Kind == TokenKind.Number)
                {
                    return null; // `Tỷ trọng công nghiệp chiếm 38,5%`: one share, no list
                }
                continue;
            }
            if (token.Kind != TokenKind.Number)
            {
                continue;
            }
            var previous = TokenNavigation.Previous(tokens, j);
            var inList = TokenNavigation.IsWord(paragraph, previous, "chiếm")
                || (inRun && (parts is null ? TokenNavigation.IsWordIn(paragraph, previous, ["là", "lượt"]) : IsRunSeparator(paragraph, previous)));
            if (!IsPercentage(paragraph, j) || !inList)
            {
                return null; // another figure in the list: not a plain split
            }
            (parts ??= []).Add(j);
            commas |= parts.Count == 1 && TokenNavigation.IsPunctuation(paragraph, TokenNavigation.Next(tokens, j), ',');
        }
        return parts is { Count: >= 2 } ? parts : null;
    }

    private static int CloseOf(Paragraph paragraph, int open, int end)
    {
        var depth = 0;
        for (var j = open; j < end; j++)
        {
            depth = BreakdownReader.Depth(paragraph, j, depth);
            if (depth == 0)
            {
                return j;
            }
        }
        return end;
    }

    private static bool IsRunSeparator(Paragraph paragraph, int index) =>
        TokenNavigation.IsPunctuation(paragraph, index, ',') || TokenNavigation.IsPunctuation(paragraph, index, ';')
        || TokenNavigation.IsDash(paragraph, index) || TokenNavigation.IsWord(paragraph, index, "và");

    private static bool IsPercentage(Paragraph paragraph, int index) =>
        paragraph.GetText(paragraph.Tokens[index]).EndsWith('%')
        || (TokenNavigation.Next(paragraph.Tokens, index) is var next and >= 0 && paragraph.GetText(paragraph.Tokens[next]) is "%");

    /// <summary>The sum (with the most decimals of a part) when it cannot be 100% rounded, and a shortfall can only be a slip.</summary>
    private static string? Mismatch(Paragraph paragraph, List<int> parts)
    {
        decimal sum = 0, slack = 0;
        var decimals = 0;
        for (var p = 0; p < parts.Count; p++)
        {
            if (p >= 2 && Math.Abs(sum - 100) <= slack)
            {
                return null; // the first parts make the whole: the later shares are of something else
            }
            if (!VietnameseNumber.TryParseDecimal(paragraph.GetText(paragraph.Tokens[parts[p]]).TrimEnd('%'), out var value, out var places))
            {
                return null;
            }
            sum += value;
            slack += ColumnSum.HalfUnit(places);
            decimals = Math.Max(decimals, places);
        }
        var over = sum - 100 > slack;
        var under = 100 - sum > slack && NamesTheRest(paragraph, parts);
        return over || under ? VietnameseNumber.FormatGrouped(sum, decimals) + "%" : null;
    }

    /// <summary>`các ngành khác chiếm 5%`, `còn lại`: a part takes what the others leave, so the list covers the whole.</summary>
    private static bool NamesTheRest(Paragraph paragraph, List<int> parts)
    {
        for (var j = parts[0]; j < parts[^1]; j++)
        {
            if (TokenNavigation.MatchAny(paragraph, j, Rest) >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
