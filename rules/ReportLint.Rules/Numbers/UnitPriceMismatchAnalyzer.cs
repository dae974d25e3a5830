using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5022: a count times the price for each of its units is not the total stated with them: `hỗ trợ 80 hộ, mỗi hộ 5 triệu
/// đồng, tổng số tiền 450 triệu đồng` (400 triệu đồng). <see cref="UnitPriceTotal"/> says what is read. The total may be
/// the product rounded or cut at its own decimals. The fix writes the product in the total's unit; it is unsafe, since
/// the count or the price may be the wrong figure instead.
/// </summary>
public sealed class UnitPriceMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5022", "unit-price-total-mismatch",
        new("Số lượng nhân định mức không khớp với tổng số tiền", "Quantity times unit price does not match the total"),
        new("{0} × {1} = {2}, khác tổng {3}", "{0} × {1} = {2}, not the total {3}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText Quantity = new("Số lượng", "Quantity");
    private static readonly LocalizedText UnitPrice = new("Định mức cho mỗi đơn vị", "Price for each unit");

    private const int MaxDecimals = 6;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        foreach (var (count, price, total, noun) in UnitPriceTotal.Read(context.Paragraph, context.Sentence))
        {
            var product = count.Value * price.Base / total.Unit.Factor;
            if (VietnameseNumber.Written(product, total.Value, total.Decimals))
            {
                continue;
            }
            var decimals = total.Decimals;
            while (decimals < MaxDecimals && Math.Round(product, decimals) != product)
            {
                decimals++;
            }
            var written = VietnameseNumber.FormatGrouped(product, decimals);
            context.Report(Rule, total.Span, [CodeFix.Replace(total.Span, written, FixSafety.Unsafe)],
                [new RelatedLocation(count.Span, Quantity), new RelatedLocation(price.Span, UnitPrice)],
                $"{count.Text} {noun}", $"{price.Text} {price.Unit.Text}", $"{written} {total.Unit.Text}", $"{total.Text} {total.Unit.Text}");
        }
    }
}
