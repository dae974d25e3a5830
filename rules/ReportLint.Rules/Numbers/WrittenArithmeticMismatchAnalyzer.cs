using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5026: a calculation written out in full whose result is wrong: `12 cá nhân x 702.000 đồng = 8.242.000 đồng`
/// (8.424.000 đồng), `7.020.000 đồng + 8.424.000 đồng = 15.264.000 đồng`. <see cref="WrittenCalculation"/> says what
/// is read and <see cref="CalculationValue"/> which units go together. The result may be the exact value rounded or cut at
/// its own decimals. A count times a price per unit of it that RL5022 already reads is left to RL5022. The fix writes the
/// right value with the result's decimals and the draft's separators; it is unsafe, since an operand may be the slip.
/// </summary>
public sealed class WrittenArithmeticMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5026", "written-arithmetic-mismatch",
        new("Kết quả phép tính viết trong văn bản không đúng", "A calculation written in the text has the wrong result"),
        new("{0} = {1}, không phải {2}", "{0} = {1}, not {2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        HashSet<int>? unitPriceTotals = null;
        foreach (var calculation in WrittenCalculation.Read(paragraph, context.Sentence))
        {
            var result = calculation.Result;
            if (CalculationValue.Exact(calculation, context.Options) is not { } exact || VietnameseNumber.Written(exact, result.Value, result.Decimals))
            {
                continue;
            }
            unitPriceTotals ??= [.. UnitPriceTotal.Read(paragraph, context.Sentence)?.Select(r => r.Total.Token) ?? []];
            if (unitPriceTotals.Contains(result.Token))
            {
                continue; // RL5022 reports it
            }
            var written = Written(paragraph, calculation, exact) + (result.Percent ? "%" : "");
            var unit = UnitText(paragraph, result);
            context.Report(Rule, result.Span, [CodeFix.Replace(result.Span, written, FixSafety.Unsafe)], null,
                calculation.Expression(paragraph), written + unit, paragraph.GetString(paragraph.Tokens[result.Token]) + unit);
        }
    }

    /// <summary>
    /// The exact value with the result's decimals, thousands grouped with `.` unless the calculation writes a long
    /// figure without them (`1250 + 300 = 1550`).
    /// </summary>
    private static string Written(Paragraph paragraph, WrittenCalculation calculation, decimal exact)
    {
        var ungrouped = calculation.Operands.Append(calculation.Result).Any(o =>
            paragraph.GetText(paragraph.Tokens[o.Token]) is var text && !text.Contains('.') && o.Value >= 1000);
        return ungrouped ? VietnameseNumber.Format(exact, calculation.Result.Decimals) : VietnameseNumber.FormatGrouped(exact, calculation.Result.Decimals);
    }

    /// <summary>` đồng`, ` triệu đồng`, ` cá nhân` as written after the result, or nothing.</summary>
    private static string UnitText(Paragraph paragraph, Operand result) =>
        result.Unit is { } unit
            ? " " + paragraph.Text[paragraph.Tokens[TokenNavigation.Next(paragraph.Tokens, result.Token)].Start..paragraph.Tokens[unit.LastToken].End]
            : "";
}
