using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The area, yield and output columns of a crop table, for RL5020: `Diện tích (ha)`, `Năng suất (tạ/ha)` or `(tấn/ha)`,
/// `Sản lượng (tấn)` or `(tạ)`, each named once, with its unit in parentheses. The output is area × yield, converted
/// between the units: `86 ha × 25,4 tạ/ha` is 2.184,4 tạ, 218,44 tấn.
/// </summary>
internal sealed partial record CropColumns(int Area, int Yield, int Output, decimal Factor, string YieldUnit, string OutputUnit)
{
    public static CropColumns? Find(PipeTable table)
    {
        var (area, yield, output) = (-1, -1, -1);
        Match? areaUnit = null, yieldUnit = null, outputUnit = null;
        for (var column = 0; column < table.ColumnCount; column++)
        {
            var heading = table.Heading(column);
            if (!(Take(ref area, column, AreaHeading().Match(heading), ref areaUnit)
                && Take(ref yield, column, YieldHeading().Match(heading), ref yieldUnit)
                && Take(ref output, column, OutputHeading().Match(heading), ref outputUnit)))
            {
                return null;
            }
        }
        if (area < 0 || yield < 0 || output < 0)
        {
            return null;
        }
        var yieldText = yieldUnit!.Groups["unit"].Value;
        var outputText = outputUnit!.Groups["unit"].Value;
        return new CropColumns(area, yield, output, Tonnes(yieldText) / Tonnes(outputText), yieldText + "/ha", outputText);
    }

    /// <summary>The output of each row as area × yield, in the output's unit.</summary>
    public RowFormula Formula(PipeTable table) => new(table, Output, [Area, Yield], OutputOf);

    private FormulaRange? OutputOf(RowFigure[] inputs)
    {
        var (area, yield) = (inputs[0], inputs[1]);
        if (area.Low < 0 || yield.Low < 0)
        {
            return null;
        }
        return new FormulaRange(area.Value * yield.Value * Factor, area.Low * yield.Low * Factor, area.High * yield.High * Factor);
    }

    /// <summary>Keeps the column when its heading matches; false when a second column does (the table is then not read).</summary>
    private static bool Take(ref int found, int column, Match match, ref Match? unit)
    {
        if (!match.Success)
        {
            return true;
        }
        if (found >= 0)
        {
            return false;
        }
        (found, unit) = (column, match);
        return true;
    }

    private static decimal Tonnes(string unit) => unit.Equals("tấn", StringComparison.OrdinalIgnoreCase) ? 1m : 0.1m;

    [GeneratedRegex(@"^(?:diện\s+tích|dt)(?![\p{L}\p{M}])[^()]*\(\s*ha\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AreaHeading();

    [GeneratedRegex(@"^(?:năng\s+suất|ns)(?![\p{L}\p{M}])[^()]*\(\s*(?<unit>tạ|tấn)\s*/\s*ha\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YieldHeading();

    [GeneratedRegex(@"^(?:sản\s+lượng|sl)(?![\p{L}\p{M}])[^()]*\(\s*(?<unit>tạ|tấn)\s*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutputHeading();
}
