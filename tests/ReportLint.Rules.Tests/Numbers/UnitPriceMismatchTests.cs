using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class UnitPriceMismatchTests
{
    [Fact]
    public void Reports_a_total_that_is_not_the_count_times_the_price()
    {
        const string text = "Huyện đã hỗ trợ 64 hộ, mỗi hộ 3 triệu đồng, tổng số tiền 182 triệu đồng.";
        var diagnostic = Findings.Single(text, "RL5022", "182");
        Assert.Equal("64 hộ × 3 triệu đồng = 192 triệu đồng, khác tổng 182 triệu đồng", Findings.Vi(diagnostic));
        Assert.Equal("64 hộ × 3 triệu đồng = 192 triệu đồng, not the total 182 triệu đồng", Findings.En(diagnostic));
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Huyện đã hỗ trợ 64 hộ, mỗi hộ 3 triệu đồng, tổng số tiền 192 triệu đồng.", Findings.Fixed(text, diagnostic));
        Assert.Equal(["64", "3"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Cấp 35 hộ × 4 triệu đồng/hộ = 150 triệu đồng.", "150", "140", "35 hộ × 4 triệu đồng = 140 triệu đồng, khác tổng 150 triệu đồng")]
    [InlineData("Có 25 hộ có nhà bị tốc mái được hỗ trợ 6 triệu đồng/hộ để lợp lại mái, với tổng kinh phí 160 triệu đồng.", "160", "150", "25 hộ × 6 triệu đồng = 150 triệu đồng, khác tổng 160 triệu đồng")]
    [InlineData("Hội trao 60 suất quà, mỗi suất trị giá 800.000 đồng, tổng trị giá 54 triệu đồng.", "54", "48", "60 suất × 800.000 đồng = 48 triệu đồng, khác tổng 54 triệu đồng")]
    [InlineData("Hỗ trợ 250 hộ với mức 6 triệu đồng/hộ, tổng kinh phí 1,6 tỷ đồng.", "1,6", "1,5", "250 hộ × 6 triệu đồng = 1,5 tỷ đồng, khác tổng 1,6 tỷ đồng")]
    [InlineData("Đoàn trao 20 suất quà, mỗi suất trị giá 500.000 đồng (tổng cộng 12 triệu đồng).", "12", "10", "20 suất × 500.000 đồng = 10 triệu đồng, khác tổng 12 triệu đồng")]
    [InlineData("Hỗ trợ 15 hộ, mỗi hộ 2,5 triệu đồng, tổng số tiền 40 triệu đồng.", "40", "37,5", "15 hộ × 2,5 triệu đồng = 37,5 triệu đồng, khác tổng 40 triệu đồng")]
    public void Reports_the_shapes(string text, string total, string product, string message)
    {
        var diagnostic = Findings.Single(text, "RL5022", total);
        Assert.Equal(message, Findings.Vi(diagnostic));
        Assert.Equal(text.Replace(" " + total + " ", " " + product + " ", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    // Right products, written in the total's own unit or rounded at its decimals.
    [InlineData("Huyện đã hỗ trợ 64 hộ, mỗi hộ 3 triệu đồng, tổng số tiền 192 triệu đồng.")]
    [InlineData("Cấp 80 hộ × 5 triệu đồng/hộ = 0,4 tỷ đồng.")]
    [InlineData("Trao 1.250 suất quà, mỗi suất 300.000 đồng, tổng trị giá 375 triệu đồng.")]
    [InlineData("Hỗ trợ 3 hộ, mỗi hộ 1.333.000 đồng, tổng số tiền 4 triệu đồng.")]
    // The price is per another noun, or per two units.
    [InlineData("Thăm 80 hộ, mỗi người 500.000 đồng, tổng số tiền 50 triệu đồng.")]
    [InlineData("Hỗ trợ 12 hộ, mỗi hộ 2 triệu đồng/tháng, tổng số tiền 48 triệu đồng.")]
    [InlineData("Hỗ trợ 12 hộ với mức 2 triệu đồng/hộ/tháng, tổng số tiền 48 triệu đồng.")]
    // The total may hold more than the product.
    [InlineData("Hỗ trợ 30 hộ, mỗi hộ 5 triệu đồng và 20 kg gạo, tổng trị giá 170 triệu đồng.")]
    [InlineData("Hỗ trợ 30 hộ, mỗi hộ 5 triệu đồng, kèm theo quà của nhà tài trợ, tổng trị giá 170 triệu đồng.")]
    [InlineData("Năm nay hỗ trợ 12 hộ, mỗi hộ 40 triệu đồng; tổng kinh phí của chương trình 1 tỷ đồng.")]
    // Estimates, averages, ranges, changes and unclear counts.
    [InlineData("Hỗ trợ khoảng 30 hộ, mỗi hộ 5 triệu đồng, tổng số tiền 160 triệu đồng.")]
    [InlineData("Hỗ trợ 30 hộ, bình quân mỗi hộ 5 triệu đồng, tổng số tiền 160 triệu đồng.")]
    [InlineData("Hỗ trợ 30 hộ với mức từ 3 - 5 triệu đồng/hộ, tổng số tiền 130 triệu đồng.")]
    [InlineData("Số hộ được hỗ trợ tăng 20 hộ, mỗi hộ 5 triệu đồng, tổng số tiền 120 triệu đồng.")]
    [InlineData("Toàn xã có 100 hộ, trong đó 30 hộ nghèo được 5 triệu đồng/hộ, tổng kinh phí 400 triệu đồng.")]
    [InlineData("Hỗ trợ 30 hộ trong 3 đợt, mỗi hộ 5 triệu đồng, tổng số tiền 450 triệu đồng.")]
    // No total after the price, or one that is not money.
    [InlineData("Hỗ trợ 30 hộ, mỗi hộ 5 triệu đồng, nâng tổng số hộ được hỗ trợ lên 120 hộ.")]
    [InlineData("Hỗ trợ 30 hộ, mỗi hộ 5 triệu đồng.")]
    public void Stays_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL5022"));

    // A table whose text cells state a count and its price, and whose one money column the amount.
    private const string Costs = """
        Dự trù kinh phí hội thao:

        | STT | Nội dung | Kinh phí (đồng) |
        |---|---|---:|
        | 1 | Thuê 4 xe khách (2.500.000 đồng/xe) | 10.000.000 |
        | 2 | Bồi dưỡng 25 trọng tài, mỗi trọng tài 300.000 đồng | 7.500.000 |
        | 3 | In giấy chứng nhận | 1.200.000 |
        | | Tổng cộng | 18.700.000 |
        """;

    [Fact]
    public void Reads_a_table_row_whose_text_cell_gives_the_count_and_price_and_whose_money_column_the_amount()
    {
        Assert.Empty(RuleTester.LintMarkdown(Costs, "RL5022"));
        var text = Costs.Replace("| 10.000.000 |", "| 9.000.000 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5022"));
        Findings.AssertSpan(text, diagnostic, "9.000.000");
        Assert.Equal("4 xe × 2.500.000 đồng = 10.000.000 đồng, khác tổng 9.000.000 đồng", Findings.Vi(diagnostic));
        Assert.Equal("4 xe × 2.500.000 đồng = 10.000.000 đồng, not the total 9.000.000 đồng", Findings.En(diagnostic));
        Assert.Equal(Costs, Findings.Fixed(text, diagnostic));
        Assert.Equal(["4", "2.500.000"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void Reads_a_price_for_each_unit_in_a_typed_row_in_the_money_unit_of_the_heading()
    {
        const string text = """
            STT | Nội dung | Kinh phí (triệu đồng)
            1 | Hỗ trợ 20 hộ, mỗi hộ 3.000.000 đồng | 50
            2 | Mua vật tư | 12
            """;
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5022"));
        Findings.AssertSpan(text, diagnostic, "50");
        Assert.Equal("20 hộ × 3.000.000 đồng = 60 triệu đồng, khác tổng 50 triệu đồng", Findings.Vi(diagnostic));
    }

    [Theory]
    // The cell names more than the item priced: the amount pays for it all.
    [InlineData("| 1 | Thuê âm thanh, thuê 4 xe khách (2.500.000 đồng/xe) | 9.000.000 |")]
    [InlineData("| 1 | Thuê 4 xe khách (2.500.000 đồng/xe) và lái xe | 9.000.000 |")]
    [InlineData("| 1 | Thuê 4 xe khách (2.500.000 đồng/xe) trong 2 ngày | 9.000.000 |")]
    [InlineData("| 1 | Thuê 4 xe khách (2.500.000 đồng/xe), tiền xăng | 9.000.000 |")]
    // Approximate or per two units.
    [InlineData("| 1 | Thuê 4 xe khách (khoảng 2.500.000 đồng/xe) | 9.000.000 |")]
    [InlineData("| 1 | Thuê 4 xe khách (2.500.000 đồng/xe/ngày) | 9.000.000 |")]
    public void Stays_silent_on_a_row_whose_amount_may_pay_for_more(string row)
    {
        var text = $"""
            | STT | Nội dung | Kinh phí (đồng) |
            |---|---|---:|
            {row}
            | 2 | In giấy chứng nhận | 1.200.000 |
            """;
        Assert.Empty(RuleTester.LintMarkdown(text, "RL5022"));
    }

    [Fact]
    public void Stays_silent_when_the_row_holds_another_sum_of_money()
    {
        // Two money columns: the plan and the spending, or two sources, may each hold part of the product.
        const string text = """
            | STT | Nội dung | Dự toán (đồng) | Thực hiện (đồng) |
            |---|---|---:|---:|
            | 1 | Thuê 4 xe khách (2.500.000 đồng/xe) | 10.000.000 | 9.000.000 |
            | 2 | In giấy chứng nhận | 1.200.000 | 1.200.000 |
            """;
        Assert.Empty(RuleTester.LintMarkdown(text, "RL5022"));
        const string counted = """
            | STT | Nội dung | Số lượt | Kinh phí (đồng) |
            |---|---|---:|---:|
            | 1 | Thuê 4 xe khách (2.500.000 đồng/xe) | 2 | 20.000.000 |
            """;
        Assert.Empty(RuleTester.LintMarkdown(counted, "RL5022"));
    }
}
