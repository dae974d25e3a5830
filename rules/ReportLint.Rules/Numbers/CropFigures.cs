using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

internal enum CropFigureKind
{
    /// <summary>An area: `5.920 ha`, `1,2 nghìn ha`.</summary>
    Area,

    /// <summary>A mass per area: `58,6 tạ/ha`, `5,9 tấn/ha`, `850 kg/ha`.</summary>
    Yield,

    /// <summary>A mass named as an output in its clause: `sản lượng (ước) đạt 34.691 tấn`.</summary>
    Output,

    /// <summary>Any other mass (`khai thác 21.480 tấn`): never a factor, but a sign that the figures are not one crop's.</summary>
    OtherMass,
}

/// <summary>
/// A figure of a crop's arithmetic (area × yield = output), in base units: hectares, kilograms per hectare, kilograms.
/// <paramref name="Half"/> is half the unit of the figure's last written digit (its rounding), in the same base unit;
/// <paramref name="Crop"/> the crop or product its clause names (`lúa`, `ngô`, `lương thực`), if any.
/// </summary>
internal sealed record CropFigure(CropFigureKind Kind, int Token, decimal Value, decimal Half, decimal ToBase, int MassToken,
    int UnitEnd, int Sentence, bool Approximate, string? Crop);

/// <summary>
/// Reads the areas, yields and masses of a paragraph for RL5031 (<see cref="YieldOutputMismatchAnalyzer"/>). A change
/// (`tăng 0,9 tạ/ha`) and a figure in parentheses (`so với năm 2025 (61,2 tạ/ha)`) are other periods' figures: left out.
/// </summary>
internal static class CropFigures
{
    // Words that make a figure approximate: the arithmetic cannot be checked.
    private static readonly string[] Approximations = ["khoảng", "gần", "hơn", "trên", "dưới", "xấp", "xỉ", "chừng", "ngót"];

    // The crops and products a clause may name; two figures naming different ones are not one crop's.
    private static readonly string[][] Crops =
        [["cà", "phê"], ["cao", "su"], ["hồ", "tiêu"], ["thanh", "long"], ["lương", "thực"], ["thủy", "sản"], ["thuỷ", "sản"],
         ["ăn", "quả"], ["lúa"], ["ngô"], ["bắp"], ["sắn"], ["khoai"], ["lạc"], ["đậu"], ["vừng"], ["mía"], ["chè"], ["rau"],
         ["nhãn"], ["vải"], ["xoài"], ["bưởi"], ["chuối"], ["dứa"], ["tôm"], ["thịt"], ["trứng"], ["sữa"], ["gỗ"], ["muối"]];

    // How many tokens a clause is searched backwards for `sản lượng` and a crop name.
    private const int MaxClauseTokens = 24;

    // An integer's trailing zeros say it may be rounded (`35.000 tấn`), up to thousands.
    private const int MaxRoundedZeros = 3;

    public static List<CropFigure>? Read(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        List<CropFigure>? figures = null;
        var depth = 0;
        var sentence = 0;
        var sentences = paragraph.Sentences;
        for (var i = 0; i < tokens.Count; i++)
        {
            depth = BreakdownReader.Depth(paragraph, i, depth);
            while (sentence + 1 < sentences.Count && i >= sentences[sentence].EndToken)
            {
                sentence++;
            }
            if (tokens[i].Kind != TokenKind.Number || depth > 0 || BreakdownReader.IsChange(paragraph, i)
                || Read(paragraph, i, sentence) is not { } figure)
            {
                continue;
            }
            (figures ??= []).Add(figure);
        }
        return figures;
    }

    private static CropFigure? Read(Paragraph paragraph, int index, int sentence)
    {
        var tokens = paragraph.Tokens;
        if (!VietnameseNumber.TryParseDecimal(paragraph.GetText(tokens[index]), out var value, out var decimals) || value <= 0
            || QuantityUnit.Read(paragraph, index) is not { Dimension: "area" or "mass" } unit)
        {
            return null;
        }
        var half = Rounding(paragraph.GetText(tokens[index]), decimals);
        var approximate = TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, index), Approximations);
        var crop = CropOf(paragraph, index, unit.LastToken);
        if (unit.Dimension == "area")
        {
            var hectares = unit.Factor / 10_000m;
            return new CropFigure(CropFigureKind.Area, index, value * hectares, half * hectares, hectares, -1, unit.LastToken, sentence, approximate, crop);
        }
        var massToken = unit.LastToken;
        var slash = TokenNavigation.Next(tokens, unit.LastToken);
        if (TokenNavigation.IsPunctuation(paragraph, slash, '/'))
        {
            var per = TokenNavigation.Next(tokens, slash);
            if (!TokenNavigation.IsWord(paragraph, per, "ha") || TokenNavigation.IsPunctuation(paragraph, TokenNavigation.Next(tokens, per), '/'))
            {
                return null; // `tấn/ha/năm`, `kg/người`: not a yield this rule multiplies
            }
            return new CropFigure(CropFigureKind.Yield, index, value * unit.Factor, half * unit.Factor, unit.Factor, massToken, per, sentence, approximate, crop);
        }
        var kind = NamesOutput(paragraph, index) ? CropFigureKind.Output : CropFigureKind.OtherMass;
        return new CropFigure(kind, index, value * unit.Factor, half * unit.Factor, unit.Factor, massToken, unit.LastToken, sentence, approximate, crop);
    }

    /// <summary>Half the unit of the last digit written; an integer ending in zeros may be rounded to them.</summary>
    private static decimal Rounding(ReadOnlySpan<char> text, int decimals)
    {
        var half = ColumnSum.HalfUnit(decimals);
        if (decimals == 0)
        {
            var zeros = 0;
            for (var k = text.Length - 1; k > 0 && zeros < MaxRoundedZeros && text[k] is '0' or '.'; k--)
            {
                if (text[k] == '0')
                {
                    half *= 10;
                    zeros++;
                }
            }
        }
        return half;
    }

    /// <summary>`sản lượng` opens the figure's clause: `sản lượng cà phê niên vụ 2023-2024 ước đạt 21.360 tấn`.</summary>
    private static bool NamesOutput(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var count = 0;
        for (var i = TokenNavigation.Previous(tokens, index); i >= 0 && count < MaxClauseTokens && !EndsClause(paragraph, i);
             i = TokenNavigation.Previous(tokens, i), count++)
        {
            if (TokenNavigation.IsWord(paragraph, i, "lượng") && TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(tokens, i), "sản"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The crop named in the figure's clause, before it or in the few words after its unit (`5.920 ha lúa`).</summary>
    private static string? CropOf(Paragraph paragraph, int index, int unitEnd)
    {
        var tokens = paragraph.Tokens;
        var count = 0;
        for (var i = TokenNavigation.Previous(tokens, index); i >= 0 && count < MaxClauseTokens && !EndsClause(paragraph, i);
             i = TokenNavigation.Previous(tokens, i), count++)
        {
            if (CropAt(paragraph, i) is { } crop)
            {
                return crop;
            }
        }
        count = 0;
        for (var i = TokenNavigation.Next(tokens, unitEnd); i >= 0 && count < 3 && tokens[i].Kind == TokenKind.Word;
             i = TokenNavigation.Next(tokens, i), count++)
        {
            if (CropAt(paragraph, i) is { } crop)
            {
                return crop;
            }
        }
        return null;
    }

    private static string? CropAt(Paragraph paragraph, int index)
    {
        foreach (var crop in Crops)
        {
            if (TokenNavigation.MatchWords(paragraph, index, crop) >= 0)
            {
                return string.Join(' ', crop).Replace("thuỷ", "thủy", StringComparison.Ordinal);
            }
        }
        return null;
    }

    private static bool EndsClause(Paragraph paragraph, int index) =>
        paragraph.Tokens[index].Kind == TokenKind.Punctuation && paragraph.Text[paragraph.Tokens[index].Start] is ',' or ';' or ':' or '.' or '(' or ')' or '!' or '?';
}
