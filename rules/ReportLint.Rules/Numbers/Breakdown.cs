using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>A number as written with its unit: `86,5 tỷ đồng`; <paramref name="Token"/> is the number's token.</summary>
internal readonly record struct Figure(int Token, TextSpan Span, string Text, decimal Value, int Decimals, QuantityUnit Unit)
{
    /// <summary>The value in the dimension's base unit (đồng, m², kg…), so that `800 triệu` and `1,2 tỷ` add up.</summary>
    public decimal Base => Value * Unit.Factor;

    /// <summary>The smallest step the written decimals can show, in base units: `86,5 tỷ` is known to 0,1 tỷ.</summary>
    public decimal Step
    {
        get
        {
            var step = Unit.Factor;
            for (var d = 0; d < Decimals; d++)
            {
                step /= 10;
            }
            return step;
        }
    }
}

/// <summary>
/// A whole and the parts listed after it: the first <paramref name="Listed"/> of <paramref name="Parts"/> make the list,
/// the rest were read on past a `;` (<see cref="BreakdownReader"/>). <paramref name="Exhaustive"/>: `gồm` lists all the
/// parts, so they must add up to the whole; otherwise (`trong đó`) they are a subset and may only not exceed it, unless they
/// are the whole's funding sources (<paramref name="BySource"/>, <see cref="FundingSources"/>): then they must make it too.
/// <paramref name="Closed"/>: the list is shut (by its parentheses, or by `và` before its last count of the whole's noun), so
/// every part in it is one and all must make the whole.
/// </summary>
internal sealed record Breakdown(Figure Whole, IReadOnlyList<Figure> Parts, int Listed, bool Exhaustive, bool BySource = false, bool Closed = false)
{
    public decimal Sum => SumOf(Listed);

    /// <summary>
    /// True when the parts contradict the whole at the precision written. A `gồm` list is right when any run of its first
    /// parts (two or more) makes the whole: a figure after the list that is no part of it (`; đã giải ngân 40 tỷ đồng`)
    /// must not turn a right list into a finding. A closed list has no such figure: `(khiển trách 3, cảnh cáo 1, khai
    /// trừ 1)` is 5, not 4 from its first two, and `…, 2 chi bộ công an và 1 chi bộ y tế` adds its last chi bộ too.
    /// </summary>
    public bool IsWrong()
    {
        if (!Exhaustive)
        {
            return BySource ? !Agrees(Listed) : Sum - Whole.Base >= Tolerance(Listed);
        }
        for (var count = Closed ? Parts.Count : 2; count <= Parts.Count; count++)
        {
            if (Agrees(count))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first <paramref name="count"/> parts make the whole at the precision written.</summary>
    private bool Agrees(int count)
    {
        var difference = SumOf(count) - Whole.Base;
        if (!BySource)
        {
            return Math.Abs(difference) < Tolerance(count);
        }
        // Sums of money by source are allocations, and prose drops a decimal's trailing zeros: `10 tỷ đồng` beside
        // `12,5 tỷ đồng` is 10,0. A figure with decimals may be rounded to its last one (a part by half a step); the whole
        // may also be cut to it (`86,5` for 86,56), never raised by more than rounding.
        var slack = 0m;
        for (var i = 0; i < count; i++)
        {
            if (Parts[i].Decimals > 0 && Parts[i].Step > Whole.Step)
            {
                slack += Parts[i].Step / 2;
            }
        }
        var below = Whole.Decimals > 0 ? Whole.Step / 2 : 0;
        var above = Whole.Decimals > 0 ? Whole.Step : 0;
        return difference >= -below - slack && (difference <= slack || difference < above + slack);
    }

    /// <summary>The sum in the whole's unit, with the whole's decimals or as many more as it needs (at most 6).</summary>
    public string SumText()
    {
        var value = Sum / Whole.Unit.Factor;
        var decimals = Whole.Decimals;
        while (decimals < 6 && Math.Round(value, decimals) != value)
        {
            decimals++;
        }
        return VietnameseNumber.FormatGrouped(value, decimals);
    }

    private decimal SumOf(int count)
    {
        var sum = 0m;
        for (var i = 0; i < count; i++)
        {
            sum += Parts[i].Base;
        }
        return sum;
    }

    /// <summary>
    /// How far the sum may be from the whole and still agree: under one step of the whole (it may be rounded or cut from
    /// the exact sum) plus half a step of every part written less precisely than the whole (each may be rounded).
    /// Figures written to the same precision must agree exactly.
    /// </summary>
    private decimal Tolerance(int count)
    {
        var tolerance = Whole.Step;
        for (var i = 0; i < count; i++)
        {
            if (Parts[i].Step > Whole.Step)
            {
                tolerance += Parts[i].Step / 2;
            }
        }
        return tolerance;
    }
}
