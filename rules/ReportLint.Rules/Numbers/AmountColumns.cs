using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The quantity, unit price and amount columns of a pipe table, for RL5020: `Số lượng`, `SL`, `Số giải`, `Số người`…
/// times `Đơn giá`, `Mức thưởng`, `Mức hỗ trợ`, `Định mức` is `Thành tiền`, `Số tiền`, `Kinh phí`, the amount named once.
/// An amount may pay for several items, each a quantity beside its price: `| Số lớp | Mức chi (triệu đồng/lớp) | Số đợt |
/// Mức chi (triệu đồng/đợt) | Thành tiền |` is 8 × 60 + 5 × 25; every quantity must then stand right beside its price,
/// all on one side (two quantities for one price, `Số người`, `Số ngày`, are not read).
/// Money units in the headings (`đồng`, `nghìn đồng`, `triệu đồng`, `tỷ đồng`) are converted: a price in đồng times
/// 12 is an amount in triệu đồng divided by a million. <see cref="RowFormula"/> asks most rows to agree, so an amount
/// that also pays something else (a `Kinh phí` with its own lump sums) is never read.
/// </summary>
/// <param name="Pairs">Each item's quantity and price columns, and the factor from the price's money to the amount's.</param>
internal sealed partial record AmountColumns(IReadOnlyList<(int Quantity, int Price, decimal Factor)> Pairs, int Amount)
{
    public static AmountColumns? Find(PipeTable table)
    {
        var amount = Single(table, AmountHeading());
        if (amount < 0 || Paired(table, amount) is not { } pairs)
        {
            return null;
        }
        var amountScale = Scale(table.Heading(amount));
        return new AmountColumns(pairs.ConvertAll(pair =>
            (pair.Quantity, pair.Price, Scale(table.Heading(pair.Price)) is { } p && amountScale is { } a ? p / a : 1m)), amount);
    }

    /// <summary>
    /// The quantity and price columns before the amount, paired: one of each in any order, or several that stand two by
    /// two, each quantity right beside its price, all the quantities on the same side. Null when there is none, or one
    /// is left without its pair.
    /// </summary>
    private static List<(int Quantity, int Price)>? Paired(PipeTable table, int amount)
    {
        var quantities = All(table, QuantityHeading());
        var prices = All(table, PriceHeading());
        if (quantities.Count == 0 || quantities.Count != prices.Count || quantities.Concat(prices).Any(column => column > amount))
        {
            return null;
        }
        if (quantities.Count == 1)
        {
            return [(quantities[0], prices[0])];
        }
        var offset = prices[0] - quantities[0];
        var pairs = quantities.Zip(prices).ToList();
        return Math.Abs(offset) == 1 && pairs.TrueForAll(pair => pair.Second - pair.First == offset) ? pairs : null;
    }

    /// <summary>The amount of each row as the sum of its quantities × prices, in the amount's unit.</summary>
    public RowFormula Formula(PipeTable table) => new(table, Amount, [.. Pairs.SelectMany(pair => new[] { pair.Quantity, pair.Price })], AmountOf);

    /// <summary>The unit a heading gives in parentheses (`đồng/người`), for the message; empty when none.</summary>
    public static string UnitOf(string heading) => Unit().Match(heading) is { Success: true } unit ? unit.Groups["unit"].Value.Trim() : "";

    /// <summary>The heading without its unit: `Thành tiền (đồng)` → `Thành tiền`.</summary>
    public static string NameOf(string heading) => Unit().Replace(heading, "").Trim();

    private FormulaRange? AmountOf(RowFigure[] inputs)
    {
        var (exact, low, high) = (0m, 0m, 0m);
        for (var i = 0; i < Pairs.Count; i++)
        {
            var (quantity, price, factor) = (inputs[2 * i], inputs[2 * i + 1], Pairs[i].Factor);
            if (quantity.Low < 0 || price.Low < 0)
            {
                return null;
            }
            (exact, low, high) = (exact + quantity.Value * price.Value * factor, low + quantity.Low * price.Low * factor, high + quantity.High * price.High * factor);
        }
        return new FormulaRange(exact, low, high);
    }

    /// <summary>The one column whose heading matches, or -1 for none or several.</summary>
    private static int Single(PipeTable table, Regex heading) => All(table, heading) is [var column] ? column : -1;

    /// <summary>The columns whose heading matches, left to right.</summary>
    private static List<int> All(PipeTable table, Regex heading) =>
        Enumerable.Range(0, table.ColumnCount).Where(column => heading.IsMatch(table.Heading(column))).ToList();

    /// <summary>How many đồng one unit of the heading's money is worth (`Kinh phí (triệu đồng)`: a million), or null when it names none.</summary>
    public static decimal? Scale(string heading)
    {
        var money = Money().Match(UnitOf(heading));
        if (!money.Success)
        {
            return null;
        }
        return money.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "" => 1m,
            "nghìn" or "ngàn" => 1_000m,
            "triệu" => 1_000_000m,
            _ => 1_000_000_000m,
        };
    }

    // `Số lượng`, `SL`, `Số giải`, `Số người tham gia`; not `Số tiền`, `Số TT`, `Số hiệu`.
    [GeneratedRegex(@"^(?:số\s+lượng|sl|số\s+(?!tiền|tt|thứ|hiệu)[\p{L}\p{M}]+)(?![\p{L}\p{M}])[^%]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuantityHeading();

    [GeneratedRegex(@"^(?:đơn\s+giá|mức\s+(?:thưởng|hỗ\s+trợ|chi|khen\s+thưởng|phụ\s+cấp|bồi\s+dưỡng)|định\s+mức)(?![\p{L}\p{M}])[^%]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceHeading();

    [GeneratedRegex(@"^(?:thành\s+tiền|(?:tổng\s+)?số\s+tiền|(?:tổng\s+)?kinh\s+phí)(?![\p{L}\p{M}])[^%]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountHeading();

    [GeneratedRegex(@"\s*\((?<unit>[^()]*)\)\s*$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^(?:(?<scale>nghìn|ngàn|triệu|tỷ|tỉ)\s+)?đồng(?![\p{L}\p{M}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();
}
