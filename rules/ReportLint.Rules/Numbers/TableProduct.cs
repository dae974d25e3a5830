using ReportLint.Core.Diagnostics;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A column of a pipe table that is the product of two others in each row, for RL5020 and <see cref="RowCorrections"/>:
/// a crop output (<see cref="CropColumns"/>: area × yield) or an amount (<see cref="AmountColumns"/>: quantity × unit
/// price). It carries what the message needs: the name of the figure and the unit of each factor and of the product.
/// </summary>
internal sealed record TableProduct(RowFormula Formula, LocalizedText Name, string FirstUnit, string SecondUnit, string ProductUnit)
{
    public static IEnumerable<TableProduct> Find(PipeTable table)
    {
        if (CropColumns.Find(table) is { } crop)
        {
            yield return new TableProduct(crop.Formula(table), new("Sản lượng", "output"), "ha", crop.YieldUnit, crop.OutputUnit);
        }
        if (AmountColumns.Find(table) is { } amount)
        {
            var heading = table.Heading(amount.Amount);
            yield return new TableProduct(amount.Formula(table), new(AmountColumns.NameOf(heading), "amount"), "",
                AmountColumns.UnitOf(table.Heading(amount.Price)), AmountColumns.UnitOf(heading));
        }
    }

    /// <summary>`86 ha × 25,4 tạ/ha`, `02 × 2.500.000 đồng`: the factors as written, with their units.</summary>
    public string Factors(FormulaMismatch mismatch) => $"{WithUnit(mismatch.Inputs[0].Text, FirstUnit)} × {WithUnit(mismatch.Inputs[1].Text, SecondUnit)}";

    public string WithUnit(string figure) => WithUnit(figure, ProductUnit);

    private static string WithUnit(string figure, string unit) => unit.Length == 0 ? figure : $"{figure} {unit}";
}
