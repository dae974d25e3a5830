using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A column of a pipe table that is the product of two others in each row, or a sum of such products, for RL5020 and
/// <see cref="RowCorrections"/>: a crop output (<see cref="CropColumns"/>: area × yield) or an amount
/// (<see cref="AmountColumns"/>: quantity × unit price, for each item the amount pays). It carries what the message
/// needs: the name of the figure, the unit of each factor (<paramref name="Units"/>, in the formula's order: two by two,
/// each pair a product) and of the product.
/// </summary>
internal sealed record TableProduct(RowFormula Formula, LocalizedText Name, IReadOnlyList<string> Units, string ProductUnit)
{
    public static IEnumerable<TableProduct> Find(PipeTable table)
    {
        if (CropColumns.Find(table) is { } crop)
        {
            yield return new TableProduct(crop.Formula(table), new("Sản lượng", "output"), ["ha", crop.YieldUnit], crop.OutputUnit);
        }
        if (AmountColumns.Find(table) is { } amount)
        {
            var heading = table.Heading(amount.Amount);
            yield return new TableProduct(amount.Formula(table), new(AmountColumns.NameOf(heading), "amount"),
                [.. amount.Pairs.SelectMany(pair => new[] { "", AmountColumns.UnitOf(table.Heading(pair.Price)) })], AmountColumns.UnitOf(heading));
        }
    }

    /// <summary>`86 ha × 25,4 tạ/ha`, `02 × 2.500.000 đồng`, `8 × 60 triệu đồng/lớp + 5 × 25 triệu đồng/đợt`: the factors as written, with their units.</summary>
    public string Factors(FormulaMismatch mismatch) => string.Join(" + ", Products(mismatch, withUnits: true));

    /// <summary>`02 × 2.500.000`, `8 × 60 + 5 × 25`: the factors as written, for a fix's title.</summary>
    public string Computation(FormulaMismatch mismatch) => string.Join(" + ", Products(mismatch, withUnits: false));

    public string WithUnit(string figure) => WithUnit(figure, ProductUnit);

    private IEnumerable<string> Products(FormulaMismatch mismatch, bool withUnits)
    {
        for (var i = 0; i + 1 < mismatch.Inputs.Length; i += 2)
        {
            var (first, second) = (mismatch.Inputs[i].Text, mismatch.Inputs[i + 1].Text);
            yield return withUnits ? $"{WithUnit(first, Units[i])} × {WithUnit(second, Units[i + 1])}" : $"{first} × {second}";
        }
    }

    private static string WithUnit(string figure, string unit) => unit.Length == 0 ? figure : $"{figure} {unit}";
}
