using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A table row whose text cell states a count and the price for each of its units, and whose money column the amount
/// they make, for RL5022: `| 2 | Thưởng 15 vận động viên (800.000 đồng/người) | 12.000.000 |` under `Kinh phí (đồng)`.
/// The text cell is read as <see cref="UnitPriceTotal"/> reads a sentence. Anything that could make the amount pay for
/// more gives nothing: a table with several columns of money (sources, plan and result), another figure in the row but
/// its numbering, or a text cell that names more than the one item: a comma, a figure or `và`, `kèm`, `gồm`… before the
/// count, `và`… anywhere, or words after the price.
/// </summary>
internal static class UnitPriceCell
{
    /// <summary>
    /// The count and price of <paramref name="Row"/>'s text cell, its amount cell (in <paramref name="Column"/>) and the
    /// money the column heading names.
    /// </summary>
    internal readonly record struct Reading(Paragraph Row, Figure Count, Figure Price, string Noun, TableCell Amount, decimal Scale, string Unit, int Column)
    {
        /// <summary>The amount's span in the document.</summary>
        public TextSpan AmountSpan => Row.ToAbsolute(Amount.Number!.Value);

        /// <summary>The amount the count and price make, in the column's money and as written, when the amount cell is not it; else null.</summary>
        public (decimal Value, string Text)? Correction() =>
            ColumnSum.TryRead(Amount, out var value, out var decimals) && UnitPriceMismatchAnalyzer.Mismatch(Count, Price, Scale, value, decimals) is { } written
                ? (Count.Value * Price.Base / Scale, written)
                : null;
    }

    public static IEnumerable<Reading> Read(PipeTable table)
    {
        var money = MoneyColumn(table);
        if (money < 0)
        {
            yield break;
        }
        var heading = table.Heading(money);
        var scale = AmountColumns.Scale(heading)!.Value;
        foreach (var row in table.Body)
        {
            var amount = row.Facts.Cells[money];
            if (!ColumnSum.TryRead(amount, out _, out _) || !NoOtherFigure(table, row.Facts, money))
            {
                continue;
            }
            var paragraph = row.Paragraph;
            var cells = row.Facts.Cells.Select(cell => cell.Tokens).Where(cell => cell.TokenCount > 0);
            var priced = cells.SelectMany(cell => UnitPriceTotal.PricedCounts(paragraph, cell)
                .Where(p => p.Price.Unit.Dimension == "đồng" && IsOneItem(paragraph, cell, p.Count, p.Price))).ToList();
            if (priced is [var (count, price, noun)])
            {
                yield return new Reading(paragraph, count, price, noun, amount, scale, AmountColumns.UnitOf(heading), money);
            }
        }
    }

    /// <summary>The one column whose heading names a sum of money in đồng, or -1 for none or several.</summary>
    private static int MoneyColumn(PipeTable table)
    {
        var found = -1;
        for (var column = 0; column < table.ColumnCount; column++)
        {
            if (AmountColumns.Scale(table.Heading(column)) is not null)
            {
                if (found >= 0)
                {
                    return -1;
                }
                found = column;
            }
        }
        return found;
    }

    /// <summary>No cell but the amount and the numbering (`STT`) holds a figure alone.</summary>
    private static bool NoOtherFigure(PipeTable table, TableRow row, int money)
    {
        for (var column = 0; column < row.Cells.Count; column++)
        {
            var cell = row.Cells[column];
            if (column != money && (cell.Figure is not null || cell.PercentNumber is not null) && !RowRateColumns.IsNumbering(table.Heading(column)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The cell names the one item the count and price pay: nothing listed before the count, nothing after the price.</summary>
    private static bool IsOneItem(Paragraph paragraph, Sentence cell, Figure count, Figure price)
    {
        var tokens = paragraph.Tokens;
        var end = price.Unit.LastToken;
        if (TokenNavigation.IsPunctuation(paragraph, TokenNavigation.Next(tokens, end), '/'))
        {
            end = TokenNavigation.Next(tokens, TokenNavigation.Next(tokens, end));
        }
        for (var k = cell.FirstToken; k < cell.EndToken; k++)
        {
            var token = tokens[k];
            if (token.Kind.IsTrivia() || k == count.Token || k == price.Token)
            {
                continue;
            }
            if (token.Kind == TokenKind.Number || UnitPriceTotal.AddsOtherThings(paragraph, k)
                || (k < count.Token && token.Kind != TokenKind.Word)
                || (k > end && token.Kind != TokenKind.Punctuation))
            {
                return false;
            }
        }
        return true;
    }
}
