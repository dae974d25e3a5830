using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Amounts added in words and their total in the same sentence, for RL5011: `thu phân cấp 12.500 triệu đồng cộng với thu
/// bổ sung 30.000 triệu đồng, tổng nguồn thu năm 2026 là 42.000 triệu đồng` (42.500). Each part is a figure named before
/// it, joined to the next by `cộng` or `cộng với`; the total is the first quantity of the clause that opens with `tổng`
/// right after the last part (after a comma, `thì`, or none), in a unit that adds up with theirs. The total of a stock the parts
/// only add to (`…, tổng số đảng viên hiện nay là 120`, `nâng tổng … lên`) is not their sum: a clause saying `hiện`,
/// `nay`, `lên`, `lũy kế` is not read. The parts must make the total (a <see cref="Breakdown"/> that is exhaustive).
/// </summary>
internal static class AddedAmounts
{
    // Words naming a part between `cộng với` and its figure (`thu bổ sung từ ngân sách cấp tỉnh`), and a total before its figure.
    private const int MaxNameWords = 14;

    // `cộng đồng`, `cộng sản`, `cộng hòa`, `cộng tác`: no addition.
    private static readonly string[] NotAddition = ["đồng", "sản", "hòa", "hoà", "tác", "sự", "hưởng"];

    // In the total's clause: a running stock, not the parts' sum.
    private static readonly string[] RunningTotal = ["hiện", "nay", "lên", "lũy", "luỹ", "nâng", "đưa", "mới"];

    /// <summary>The sentence's sums added with `cộng`, or null for none (a list, not an iterator: every sentence passes here).</summary>
    public static List<Breakdown>? Read(Paragraph paragraph, Sentence sentence, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        List<Breakdown>? found = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!TokenNavigation.IsWord(paragraph, i, "cộng") || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(tokens, i), NotAddition)
                || FigureEndingAt(paragraph, sentence, TokenNavigation.Previous(tokens, i)) is not { } first)
            {
                continue;
            }
            var parts = new List<Figure> { first };
            var plus = i;
            while (NextPart(paragraph, sentence, plus, first, options) is { } part)
            {
                parts.Add(part);
                plus = TokenNavigation.Next(tokens, part.Unit.LastToken);
                if (!TokenNavigation.IsWord(paragraph, plus, "cộng"))
                {
                    break;
                }
            }
            if (parts.Count >= 2 && Total(paragraph, sentence, parts[^1], options) is { } total)
            {
                (found ??= []).Add(new Breakdown(total, parts, parts.Count, Exhaustive: true));
            }
            i = Math.Max(i, parts[^1].Unit.LastToken);
        }
        return found;
    }

    /// <summary>The exact figure whose unit ends at <paramref name="last"/>: the part before a `cộng`.</summary>
    private static Figure? FigureEndingAt(Paragraph paragraph, Sentence sentence, int last)
    {
        for (var j = last; j >= sentence.FirstToken && last - j <= 6; j--)
        {
            if (paragraph.Tokens[j].Kind == TokenKind.Number)
            {
                return BreakdownReader.Plain(paragraph, j) is { } figure && figure.Unit.LastToken == last ? figure : null;
            }
        }
        return null;
    }

    /// <summary>After `cộng (với)` at <paramref name="plus"/>: a name of words (a year after `năm` among them), then an exact figure of the first part's unit.</summary>
    private static Figure? NextPart(Paragraph paragraph, Sentence sentence, int plus, Figure first, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var j = TokenNavigation.Next(tokens, plus);
        if (TokenNavigation.IsWord(paragraph, j, "với"))
        {
            j = TokenNavigation.Next(tokens, j);
        }
        for (var words = 0; j >= 0 && j < sentence.EndToken && words <= MaxNameWords; j = TokenNavigation.Next(tokens, j), words++)
        {
            if (tokens[j].Kind == TokenKind.Number && !BreakdownReader.IsAfterNotQuantity(paragraph, j))
            {
                return words > 0 && BreakdownReader.Plain(paragraph, j) is { } part && QuantityUnit.Agree(first.Unit, part.Unit, options) ? part : null;
            }
            if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number))
            {
                return null; // a comma, a bracket: the name has ended with no figure
            }
        }
        return null;
    }

    /// <summary>`, tổng nguồn thu năm 2026 là 42.000 triệu đồng` right after the last part (`, thì tổng …`): the clause's first quantity.</summary>
    private static Figure? Total(Paragraph paragraph, Sentence sentence, Figure last, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var j = TokenNavigation.Next(tokens, last.Unit.LastToken);
        if (TokenNavigation.IsPunctuation(paragraph, j, ','))
        {
            j = TokenNavigation.Next(tokens, j);
        }
        if (TokenNavigation.IsWord(paragraph, j, "thì"))
        {
            j = TokenNavigation.Next(tokens, j);
        }
        if (!TokenNavigation.IsWord(paragraph, j, "tổng"))
        {
            return null;
        }
        for (var words = 0; j >= 0 && j < sentence.EndToken && words <= MaxNameWords; j = TokenNavigation.Next(tokens, j), words++)
        {
            if (tokens[j].Kind == TokenKind.Number && !BreakdownReader.IsAfterNotQuantity(paragraph, j))
            {
                return BreakdownReader.Plain(paragraph, j) is { } total && QuantityUnit.Agree(total.Unit, last.Unit, options) ? total : null;
            }
            if (TokenNavigation.IsWordIn(paragraph, j, RunningTotal) || tokens[j].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number)
                && !TokenNavigation.IsPunctuation(paragraph, j, ':'))
            {
                return null;
            }
        }
        return null;
    }
}
