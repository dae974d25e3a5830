using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The amount a list item states in parentheses after its count: `5 hộ xây mới (200 triệu đồng)`, `3 hộ sửa chữa (mỗi hộ
/// 15 triệu đồng, cộng 45 triệu đồng)`. Under a measure (a sum of money, an area…) the count outside is no part of it; the
/// amount in parentheses is. A clause of the parentheses that opens with a restating cue (`mỗi hộ 40 triệu đồng`, `chiếm
/// 30%`, `tăng 5 tỷ đồng`) or a rate (`40 triệu đồng/hộ`) is no amount: when it is all the parentheses say, the item's amount
/// is left to the reader's arithmetic and the list cannot be summed. Only a figure alone in its clause, or after a word
/// that names it the item's total (`cộng`, `thành tiền`), is the amount; two of them, or a figure with more words, make
/// the item unreadable too.
/// </summary>
internal static class BracketedAmount
{
    /// <summary>What the parentheses of an item say about its amount.</summary>
    public enum Kind { None, Amount, Unreadable }

    // Words that name the figure after them the item's total: `(cộng 200 triệu đồng)`, `(thành tiền 45 triệu đồng)`.
    // Longer phrases first: MatchAny takes the first that matches.
    private static readonly string[][] TotalLeads =
        [["tổng", "cộng"], ["tổng", "số", "tiền"], ["tổng", "kinh", "phí"], ["tổng", "số"], ["tổng"], ["cộng"], ["thành", "tiền"],
         ["số", "tiền"], ["kinh", "phí"], ["trị", "giá"]];

    /// <summary>
    /// Reads the parentheses from <paramref name="first"/> to <paramref name="end"/> (an item of a list under
    /// <paramref name="whole"/>): the figure of the whole's dimension they give as the item's amount, none, or a sign that
    /// the item's amount is there but cannot be read plainly.
    /// </summary>
    public static (Kind Kind, Figure Amount) Read(Paragraph paragraph, int first, int end, Figure whole, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var depth = 0;
        var clause = -1; // the first token of the current clause inside the parentheses
        Figure? amount = null;
        var unreadable = false;
        for (var j = first; j >= 0 && j < end; j = TokenNavigation.Next(tokens, j))
        {
            var before = depth;
            depth = BreakdownReader.Depth(paragraph, j, depth);
            if (depth == 0 || (depth > before))
            {
                clause = TokenNavigation.Next(tokens, j);
                continue;
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsPunctuation(paragraph, j, ';'))
            {
                clause = TokenNavigation.Next(tokens, j);
                continue;
            }
            if (tokens[j].Kind != TokenKind.Number || BreakdownReader.IsPercent(paragraph, j) || BreakdownReader.IsAfterNotQuantity(paragraph, j)
                || QuantityUnit.Read(paragraph, j) is not { } unit || !QuantityUnit.Agree(whole.Unit, unit, options))
            {
                continue; // `(chiếm 40%)`, `(năm 2024)`, `(tăng 5 hộ)`: no figure of the whole's dimension
            }
            if (Restates(paragraph, clause, j))
            {
                unreadable |= amount is null; // `(mỗi hộ 40 triệu đồng)` alone: the item's amount is not written
                continue;
            }
            if (BreakdownReader.Read(paragraph, j) is not { } figure || amount is not null || !LeadsToTotal(paragraph, clause, j)
                || !EndsClause(paragraph, figure.Unit.LastToken))
            {
                return (Kind.Unreadable, default);
            }
            amount = figure;
            unreadable = false;
        }
        return amount is { } found ? (Kind.Amount, found) : unreadable ? (Kind.Unreadable, default) : (Kind.None, default);
    }

    /// <summary>The clause opens with a cue that makes its figure a rate, a share, a change or an estimate: `mỗi hộ`, `chiếm`, `khoảng`.</summary>
    private static bool Restates(Paragraph paragraph, int clause, int number) =>
        clause != number && clause >= 0
        && ((BreakdownReader.StartsPhrase(paragraph, clause, BreakdownReader.NotPartCues) && TokenNavigation.MatchAny(paragraph, clause, TotalLeads) < 0)
            || TokenNavigation.IsWordIn(paragraph, clause, BreakdownReader.Approximations));

    /// <summary>The figure opens its clause, or only a word naming the item's total comes before it.</summary>
    private static bool LeadsToTotal(Paragraph paragraph, int clause, int number) =>
        clause == number || (TokenNavigation.MatchAny(paragraph, clause, TotalLeads) is var last and >= 0
                             && TokenNavigation.Next(paragraph.Tokens, last) == number);

    /// <summary>Nothing follows the figure's unit in its clause: `(200 triệu đồng)`, `(…, cộng 200 triệu đồng)`.</summary>
    private static bool EndsClause(Paragraph paragraph, int unitEnd)
    {
        var next = TokenNavigation.Next(paragraph.Tokens, unitEnd);
        return TokenNavigation.IsPunctuation(paragraph, next, ')') || TokenNavigation.IsPunctuation(paragraph, next, ',')
            || TokenNavigation.IsPunctuation(paragraph, next, ';');
    }
}
