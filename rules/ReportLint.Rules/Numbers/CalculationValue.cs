using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The value of a <see cref="WrittenCalculation"/> in its result's unit, products first, when the units allow one.
/// A product holds at most one measure and may cancel one `/noun` with the count of that noun (`12 người × 702.000
/// đồng/người` is in đồng); the terms of a sum measure or count the same thing (a bare figure goes with any, and takes the
/// scale of the sum's money: `5 + 3 triệu đồng`); the result is in the expression's unit or bare. A percentage is a
/// factor in a product; a sum of percentages needs a result in percent. Nothing is returned for a negative difference or
/// a difference of two years (`2020 - 2025 = …` is a term).
/// </summary>
internal static class CalculationValue
{
    private readonly record struct Term(decimal Value, string? Dimension, IReadOnlyList<string> Nouns, bool HasPercent, bool OnlyPercent, bool Bare);

    public static decimal? Exact(WrittenCalculation calculation, AnalyzerOptions options)
    {
        var terms = new List<(int Sign, Term Term)>();
        var factors = new List<Operand> { calculation.Operands[0] };
        var sign = 1;
        for (var i = 0; i < calculation.Operators.Count; i++)
        {
            var op = calculation.Operators[i];
            if (op != WrittenCalculation.Times)
            {
                if (Product(factors, options) is not { } term)
                {
                    return null;
                }
                terms.Add((sign, term));
                factors = [];
                sign = op == WrittenCalculation.Plus ? 1 : -1;
            }
            factors.Add(calculation.Operands[i + 1]);
        }
        if (Product(factors, options) is not { } lastTerm)
        {
            return null;
        }
        terms.Add((sign, lastTerm));
        if (IsYearSpan(calculation))
        {
            return null;
        }
        var exact = Sum(terms, calculation.Result, calculation.Operands, options);
        return exact is < 0 ? null : exact;
    }

    /// <summary>A term's value in base units and its unit; null for two measures (`m × m`) or a `/noun` nothing cancels.</summary>
    private static Term? Product(List<Operand> factors, AnalyzerOptions options)
    {
        var value = 1m;
        string? dimension = null;
        Operand? rate = null;
        var nouns = new List<string>();
        foreach (var factor in factors)
        {
            value *= factor.Value * (factor.IsMeasure ? factor.Unit!.Value.Factor : 1) * (factor.Percent ? 0.01m : 1);
            if (factor.IsMeasure)
            {
                if (dimension is not null)
                {
                    return null;
                }
                dimension = factor.Unit!.Value.Dimension;
            }
            if (factor.Per is not null)
            {
                if (rate is not null)
                {
                    return null;
                }
                rate = factor;
            }
            else if (factor.IsNoun)
            {
                nouns.Add(factor.Unit!.Value.Text);
            }
        }
        if (rate is { } perRate)
        {
            // `12 người × 702.000 đồng/người`: the count is of the noun the rate is per, or a bare figure.
            if (nouns.Count > 1 || (nouns.Count == 1 && !SameThing(nouns[0], perRate.Per!, options)))
            {
                return null;
            }
            nouns = perRate.IsNoun ? [perRate.Unit!.Value.Text] : [];
        }
        var hasPercent = factors.Any(f => f.Percent);
        return new Term(value, dimension, dimension is null ? nouns : [], hasPercent, factors.All(f => f.Percent),
            dimension is null && nouns.Count == 0 && !hasPercent);
    }

    private static decimal? Sum(List<(int Sign, Term Term)> terms, Operand result, IReadOnlyList<Operand> operands, AnalyzerOptions options)
    {
        var dimensions = terms.Select(t => t.Term.Dimension).OfType<string>().Distinct().ToList();
        var nounTerms = terms.Where(t => t.Term.Nouns.Count > 0).ToList();
        if (dimensions.Count > 1 || (dimensions.Count == 1 && nounTerms.Count > 0))
        {
            return null;
        }
        if (terms.Count > 1 && nounTerms.Count > 1
            && nounTerms.Any(t => t.Term.Nouns.Count > 1 || !SameThing(t.Term.Nouns[0], nounTerms[0].Term.Nouns[0], options)))
        {
            return null;
        }
        if (result.Percent)
        {
            // `15% + 20% = 35%`, `3 × 5% = 15%`: every term is a share.
            return terms.All(t => t.Term.HasPercent && t.Term.Dimension is null && t.Term.Nouns.Count == 0)
                ? terms.Sum(t => t.Sign * t.Term.Value) * 100
                : null;
        }
        if (terms.Any(t => t.Term.OnlyPercent) && terms.Count > 1)
        {
            return null; // `100 - 35% = 65`: a share beside a figure
        }
        if (dimensions.Count == 1)
        {
            return Measured(terms, dimensions[0], result, operands);
        }
        if (result.IsMeasure)
        {
            return nounTerms.Count > 0 ? null : terms.Sum(t => t.Sign * t.Term.Value); // bare figures in the result's unit
        }
        if (result.IsNoun && nounTerms.Count > 0 && !nounTerms.SelectMany(t => t.Term.Nouns).Any(n => SameThing(n, result.Unit!.Value.Text, options)))
        {
            return null;
        }
        return terms.Sum(t => t.Sign * t.Term.Value);
    }

    /// <summary>
    /// A sum of money (or another measure) in the result's unit. A bare result is in the operands' unit when they share
    /// one scale (`7 triệu đồng + 8 triệu đồng = 15`); a bare term takes the result's scale.
    /// </summary>
    private static decimal? Measured(List<(int Sign, Term Term)> terms, string dimension, Operand result, IReadOnlyList<Operand> operands)
    {
        if (result.IsNoun || (result.IsMeasure && result.Unit!.Value.Dimension != dimension))
        {
            return null;
        }
        var scales = operands.Where(o => o.IsMeasure).Select(o => o.Unit!.Value.Factor).Distinct().ToList();
        if (!result.IsMeasure && scales.Count != 1)
        {
            return null;
        }
        var scale = result.IsMeasure ? result.Unit!.Value.Factor : scales[0];
        return terms.Sum(t => t.Sign * (t.Term.Bare ? t.Term.Value * scale : t.Term.Value)) / scale;
    }

    /// <summary>`2020 - 2025 = …`: two years, a term or a span of years rather than a subtraction to check.</summary>
    private static bool IsYearSpan(WrittenCalculation calculation) =>
        calculation.Operators.Contains(WrittenCalculation.Minus)
        && calculation.Operands.All(o => o.IsBare && o.Decimals == 0 && o.Value is >= 1900 and <= 2100);

    /// <summary>Two counted nouns count the same thing: the same head, or people beside `người`.</summary>
    private static bool SameThing(string a, string b, AnalyzerOptions options) =>
        UnitHeads.Agree(a, b, options) || QuantityUnit.CountSamePeople(a, b, options);
}
