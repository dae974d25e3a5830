using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5022: a count times the price for each of its units is not the total stated with them: `hỗ trợ 80 hộ, mỗi hộ 5 triệu
/// đồng, tổng số tiền 450 triệu đồng` (400 triệu đồng). <see cref="UnitPriceTotal"/> says what is read. The total may be
/// the product rounded or cut at its own decimals. The fix writes the product in the total's unit; it is unsafe, since
/// the count or the price may be the wrong figure instead. A table row is read the same way, its text cell giving the
/// count and the price and its money column the amount (<see cref="UnitPriceCell"/>).
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

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterSentenceAction(Analyze);
        context.RegisterDocumentAction(TableRow.Collect, AnalyzeTables);
    }

    private static void Analyze(SentenceAnalysisContext context)
    {
        if (UnitPriceTotal.Read(context.Paragraph, context.Sentence) is not { } readings)
        {
            return;
        }
        foreach (var (count, price, total, noun) in readings)
        {
            if (Mismatch(count, price, total.Unit.Factor, total.Value, total.Decimals) is { } written)
            {
                context.Report(Rule, total.Span, [CodeFix.Replace(total.Span, written, FixSafety.Unsafe)],
                    [new RelatedLocation(count.Span, Quantity), new RelatedLocation(price.Span, UnitPrice)],
                    Arguments(count, price, noun, written, total.Text, total.Unit.Text));
            }
        }
    }

    private static void AnalyzeTables(DocumentAnalysisContext context, DocumentFacts<TableRow> facts)
    {
        foreach (var table in PipeTable.Find(facts))
        {
            foreach (var row in UnitPriceCell.Read(table))
            {
                if (row.Correction() is not { Text: var written })
                {
                    continue;
                }
                var span = row.AmountSpan;
                context.Report(Rule, span, [CodeFix.Replace(span, written, FixSafety.Unsafe)],
                    [new RelatedLocation(row.Row.ToAbsolute(row.Count.Span), Quantity), new RelatedLocation(row.Row.ToAbsolute(row.Price.Span), UnitPrice)],
                    Arguments(row.Count, row.Price, row.Noun, written, row.Amount.Text, row.Unit));
            }
        }
    }

    /// <summary>The product written at the total's decimals (more when it has more), or null when the total is it.</summary>
    internal static string? Mismatch(Figure count, Figure price, decimal totalFactor, decimal total, int totalDecimals)
    {
        var product = count.Value * price.Base / totalFactor;
        if (VietnameseNumber.Written(product, total, totalDecimals))
        {
            return null;
        }
        var decimals = totalDecimals;
        while (decimals < MaxDecimals && Math.Round(product, decimals) != product)
        {
            decimals++;
        }
        return VietnameseNumber.FormatGrouped(product, decimals);
    }

    private static object[] Arguments(Figure count, Figure price, string noun, string written, string total, string unit) =>
        [$"{count.Text} {noun}", $"{price.Text} {price.Unit.Text}", $"{written} {unit}", $"{total} {unit}"];
}
