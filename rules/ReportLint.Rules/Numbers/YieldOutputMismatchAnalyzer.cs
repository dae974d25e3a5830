using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5031: an area, a yield and an output stated together whose product does not hold: `gieo cấy 5.920 ha lúa, năng
/// suất 58,6 tấn/ha, sản lượng 34.691 tấn` (5.920 ha × 58,6 tấn/ha is 346.912 tấn). The three figures
/// (<see cref="CropFigures"/>) must follow one another with no other area, yield or mass between, in one sentence or in
/// two when the area comes first; several seasons or crops whose pairing is unclear (an area or a yield left over before
/// them, two crop names) keep the rule silent. The product may differ from the output by the rounding of the three
/// figures plus <see cref="Tolerance"/>. Exactly ten times off, the yield's unit is the likely slip (`tạ/ha` for
/// `tấn/ha`), offered as an unsafe fix.
/// </summary>
public sealed class YieldOutputMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5031", "yield-output-mismatch",
        new("Diện tích nhân năng suất không khớp với sản lượng", "Area times yield does not match the output"),
        new("{0} × {1} = {2}, không phải {3}{4}", "{0} × {1} = {2}, not {3}{4}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    // Beyond the rounding of the figures: an output summed field by field, a yield averaged over the harvested area, an
    // estimate (`ước đạt`) rounded on its own. A misread digit or unit moves the product much further.
    private const decimal Tolerance = 0.015m;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private readonly record struct Triple(CropFigure Area, CropFigure Yield, CropFigure Output, int First, int Last);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.Text;
        if (!text.Contains("/ha", StringComparison.Ordinal) && !text.Contains("/ ha", StringComparison.Ordinal)
            || CropFigures.Read(context.Paragraph) is not { Count: >= 3 } figures)
        {
            return;
        }
        var paired = new bool[figures.Count];
        var triples = new List<Triple>();
        for (var i = 0; i + 2 < figures.Count;)
        {
            if (TripleAt(figures, i) is { } triple)
            {
                triples.Add(triple);
                paired[i] = paired[i + 1] = paired[i + 2] = true;
                i += 3;
            }
            else
            {
                i++;
            }
        }
        foreach (var triple in triples)
        {
            if (Clear(figures, paired, triple, context.Paragraph))
            {
                Check(context, triple);
            }
        }
    }

    /// <summary>Three figures from <paramref name="i"/>, one of each kind, in one sentence or two with the area first.</summary>
    private static Triple? TripleAt(List<CropFigure> figures, int i)
    {
        CropFigure? area = null, yield = null, output = null;
        for (var k = i; k < i + 3; k++)
        {
            switch (figures[k].Kind)
            {
                case CropFigureKind.Area when area is null: area = figures[k]; break;
                case CropFigureKind.Yield when yield is null: yield = figures[k]; break;
                case CropFigureKind.Output when output is null: output = figures[k]; break;
                default: return null;
            }
        }
        var (first, last) = (figures[i], figures[i + 2]);
        if (last.Sentence - first.Sentence > 1 || (last.Sentence != first.Sentence && first.Kind != CropFigureKind.Area))
        {
            return null;
        }
        return new Triple(area!, yield!, output!, i, i + 2);
    }

    /// <summary>
    /// The triple surely belongs together: no approximate figure, one crop at most, no figure left over before it in its
    /// sentences nor a yield left over in an earlier one (another season's), and a figure left over after it only in a
    /// later clause (`; cây ngô đạt 4.215 ha`) and only when the output does not open the triple (it might sum them).
    /// </summary>
    private static bool Clear(List<CropFigure> figures, bool[] paired, Triple triple, Paragraph paragraph)
    {
        var (area, yield, output) = (triple.Area, triple.Yield, triple.Output);
        if (area.Approximate || yield.Approximate || output.Approximate
            || Differ(area.Crop, yield.Crop) || Differ(area.Crop, output.Crop) || Differ(yield.Crop, output.Crop))
        {
            return false;
        }
        var (firstSentence, lastSentence) = (figures[triple.First].Sentence, figures[triple.Last].Sentence);
        for (var k = 0; k < figures.Count; k++)
        {
            if (paired[k])
            {
                continue;
            }
            var figure = figures[k];
            if (k < triple.First && (figure.Sentence >= firstSentence || figure.Kind == CropFigureKind.Yield))
            {
                return false;
            }
            if (k > triple.Last && figure.Sentence <= lastSentence
                && (figures[triple.First].Kind == CropFigureKind.Output || !SemicolonBetween(paragraph, figures[triple.Last].Token, figure.Token)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Differ(string? a, string? b) => a is not null && b is not null && a != b;

    private static bool SemicolonBetween(Paragraph paragraph, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (TokenNavigation.IsPunctuation(paragraph, i, ';'))
            {
                return true;
            }
        }
        return false;
    }

    private static void Check(ParagraphAnalysisContext context, Triple triple)
    {
        var (area, yield, output) = (triple.Area, triple.Yield, triple.Output);
        if (Matches(area, yield, output, 1m))
        {
            return;
        }
        var paragraph = context.Paragraph;
        var product = area.Value * yield.Value / output.ToBase;
        var productText = $"{VietnameseNumber.FormatGrouped(product, DecimalsOf(paragraph, output))} {UnitText(paragraph, output)}";
        var areaText = Written(paragraph, area);
        var yieldText = Written(paragraph, yield);
        var outputText = Written(paragraph, output);
        var mass = paragraph.GetString(paragraph.Tokens[yield.MassToken]).ToLowerInvariant();
        var other = mass switch { "tạ" => "tấn", "tấn" => "tạ", _ => null };
        // Ten times too much with `tấn/ha` is `tạ/ha` (a tenth of it), a tenth too little with `tạ/ha` is `tấn/ha`.
        var scale = other == "tạ" ? 10m : 0.1m;
        if (other is not null && Matches(area, yield, output, scale))
        {
            var yieldNumber = paragraph.GetString(paragraph.Tokens[yield.Token]);
            var massSpan = paragraph.Tokens[yield.MassToken].Span;
            var fix = CodeFix.Replace(massSpan, other, FixSafety.Unsafe,
                new($"Đổi đơn vị năng suất thành {other}/ha", $"Change the yield's unit to {other}/ha"));
            context.Report(Rule, Span(paragraph, yield), fix, areaText, yieldText, productText, outputText,
                new LocalizedText($": năng suất có lẽ là {yieldNumber} {other}/ha", $": the yield is likely {yieldNumber} {other}/ha"));
            return;
        }
        context.Report(Rule, Span(paragraph, output), areaText, yieldText, productText, outputText, new LocalizedText("", ""));
    }

    /// <summary>
    /// The product, divided by <paramref name="scale"/>, agrees with the output within the rounding of all three figures
    /// and <see cref="Tolerance"/>.
    /// </summary>
    private static bool Matches(CropFigure area, CropFigure yield, CropFigure output, decimal scale)
    {
        var low = (area.Value - area.Half) * (yield.Value - yield.Half) / scale * (1 - Tolerance);
        var high = (area.Value + area.Half) * (yield.Value + yield.Half) / scale * (1 + Tolerance);
        return high >= output.Value - output.Half && low <= output.Value + output.Half;
    }

    private static TextSpan Span(Paragraph paragraph, CropFigure figure) =>
        TextSpan.FromBounds(paragraph.Tokens[figure.Token].Start, paragraph.Tokens[figure.UnitEnd].End);

    private static string Written(Paragraph paragraph, CropFigure figure) =>
        paragraph.Text[paragraph.Tokens[figure.Token].Start..paragraph.Tokens[figure.UnitEnd].End];

    /// <summary>The unit after the figure as written: `tấn`, `nghìn tấn`.</summary>
    private static string UnitText(Paragraph paragraph, CropFigure figure)
    {
        var unit = TokenNavigation.Next(paragraph.Tokens, figure.Token);
        return paragraph.Text[paragraph.Tokens[unit].Start..paragraph.Tokens[figure.UnitEnd].End];
    }

    /// <summary>The product is written with the output's decimals.</summary>
    private static int DecimalsOf(Paragraph paragraph, CropFigure figure) =>
        VietnameseNumber.TryParseDecimal(paragraph.GetText(paragraph.Tokens[figure.Token]), out _, out var decimals) ? decimals : 0;
}
