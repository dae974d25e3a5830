using System.Text.RegularExpressions;

namespace ReportLint.Rules.Numbers;

/// <summary>A figure RL5037 compares: its value, whether it is a rate, the words after it, and where it is in its clause.</summary>
internal readonly record struct AverageFigure(decimal Value, bool Rate, string? Unit, string Number, int Start, int Length)
{
    /// <summary>`(?<value>A)[%][ unit words]`: not a date or a ratio (`9/15`), not a year, article or day number.</summary>
    public const string Pattern = @"(?<!năm |Điều |điều |khoản |ngày |tháng |lần thứ )(?<value>" + ChangeMismatchAnalyzer.Figure
        + @")(?![\d/]|[.,]\d)(?<valueRate> ?%)?(?: (?<valueUnit>" + ChangeMismatchAnalyzer.UnitWords + "))?";

    /// <summary>The figure and its `%` as written: what a message quotes.</summary>
    public string Text => Rate ? Number + "%" : Number;

    public static bool TryRead(Match match, out AverageFigure figure, string name = "value")
    {
        var value = match.Groups[name];
        var rate = match.Groups[name + "Rate"];
        var unit = match.Groups[name + "Unit"];
        figure = default;
        if (!value.Success || !VietnameseNumber.TryParseDecimal(value.ValueSpan, out var number, out _))
        {
            return false;
        }
        var end = rate.Success ? rate.Index + rate.Length : value.Index + value.Length;
        figure = new AverageFigure(number, rate.Success, unit.Success ? unit.Value : null, value.Value, value.Index, end - value.Index);
        return true;
    }

    /// <summary>Both measure one thing: both rates, or counts of one unit (`tạ/ha` beside `tạ/ha ở xã…`).</summary>
    public bool SameMeasure(AverageFigure other)
    {
        if (Rate || other.Rate)
        {
            return Rate && other.Rate;
        }
        if (Unit is null || other.Unit is null)
        {
            // A scale word on one side only changes the measure (`950 triệu` beside `1,2`).
            return !Scaled(Unit ?? other.Unit);
        }
        // The words after a figure may run into the sentence (`70 tạ/ha ở xã`): one unit must begin the other.
        return (Unit + " ").StartsWith(other.Unit + " ", StringComparison.Ordinal) || (other.Unit + " ").StartsWith(Unit + " ", StringComparison.Ordinal);
    }

    private static bool Scaled(string? unit) => unit?.Split(' ')[0] is "nghìn" or "ngàn" or "triệu" or "tỷ" or "tỉ" or "vạn";
}
