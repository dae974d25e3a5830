using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The quantity, unit price and amount columns of a pipe table, for RL5020: `Số lượng`, `SL`, `Số giải`, `Số người`…
/// times `Đơn giá`, `Mức thưởng`, `Mức hỗ trợ`, `Định mức` is `Thành tiền`, `Số tiền`, `Kinh phí`, each named once.
/// Money units in the headings (`đồng`, `nghìn đồng`, `triệu đồng`, `tỷ đồng`) are converted: a price in đồng times
/// 12 is an amount in triệu đồng divided by a million. <see cref="RowFormula"/> asks most rows to agree, so an amount
/// that also pays something else (a `Kinh phí` with its own lump sums) is never read.
/// </summary>
internal sealed partial record AmountColumns(int Quantity, int Price, int Amount, decimal Factor)
{
    public static AmountColumns? Find(PipeTable table)
    {
        var quantity = Single(table, QuantityHeading());
        var price = Single(table, PriceHeading());
        var amount = Single(table, AmountHeading());
        if (quantity < 0 || price < 0 || amount < 0 || amount < Math.Max(quantity, price))
        {
            return null;
        }
        var (priceScale, amountScale) = (Scale(table.Heading(price)), Scale(table.Heading(amount)));
        var factor = priceScale is { } p && amountScale is { } a ? p / a : 1m;
        return new AmountColumns(quantity, price, amount, factor);
    }

    /// <summary>The amount of each row as quantity × price, in the amount's unit.</summary>
    public RowFormula Formula(PipeTable table) => new(table, Amount, [Quantity, Price], AmountOf);

    /// <summary>The unit a heading gives in parentheses (`đồng/người`), for the message; empty when none.</summary>
    public static string UnitOf(string heading) => Unit().Match(heading) is { Success: true } unit ? unit.Groups["unit"].Value.Trim() : "";

    /// <summary>The heading without its unit: `Thành tiền (đồng)` → `Thành tiền`.</summary>
    public static string NameOf(string heading) => Unit().Replace(heading, "").Trim();

    private FormulaRange? AmountOf(RowFigure[] inputs)
    {
        var (quantity, price) = (inputs[0], inputs[1]);
        if (quantity.Low < 0 || price.Low < 0)
        {
            return null;
        }
        return new FormulaRange(quantity.Value * price.Value * Factor, quantity.Low * price.Low * Factor, quantity.High * price.High * Factor);
    }

    /// <summary>The one column whose heading matches, or -1 for none or several.</summary>
    private static int Single(PipeTable table, Regex heading)
    {
        var found = -1;
        for (var column = 0; column < table.ColumnCount; column++)
        {
            if (heading.IsMatch(table.Heading(column)))
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
