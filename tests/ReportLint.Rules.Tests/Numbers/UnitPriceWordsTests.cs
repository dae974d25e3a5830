using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5022 on a price after `đơn giá` and an amount after `thành tiền`.</summary>
public class UnitPriceWordsTests
{
    [Fact]
    public void Reports_an_amount_after_thanh_tien_that_is_not_the_count_at_its_unit_price()
    {
        const string text = "Trường mua 40 bộ bàn ghế học sinh, đơn giá 1,2 triệu đồng, thành tiền 50 triệu đồng.";
        var diagnostic = Findings.Single(text, "RL5022", "50");
        Assert.Equal("40 bộ × 1,2 triệu đồng = 48 triệu đồng, khác tổng 50 triệu đồng", Findings.Vi(diagnostic));
        Assert.Equal("40 bộ × 1,2 triệu đồng = 48 triệu đồng, not the total 50 triệu đồng", Findings.En(diagnostic));
        Assert.Equal(text.Replace("tiền 50", "tiền 48", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(["40", "1,2"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Phòng mua 12 máy tính, đơn giá: 15 triệu đồng, tổng 190 triệu đồng.", "190", "12 máy × 15 triệu đồng = 180 triệu đồng, khác tổng 190 triệu đồng")]
    [InlineData("Hỗ trợ 30 hộ, mỗi hộ 2 triệu đồng, thành tiền 70 triệu đồng.", "70", "30 hộ × 2 triệu đồng = 60 triệu đồng, khác tổng 70 triệu đồng")]
    [InlineData("Mua 25 bình chữa cháy, đơn giá là 800.000 đồng, thành tiền 22 triệu đồng.", "22", "25 bình × 800.000 đồng = 20 triệu đồng, khác tổng 22 triệu đồng")]
    public void Reports_the_variants(string text, string total, string message) =>
        Assert.Equal(message, Findings.Vi(Findings.Single(text, "RL5022", total)));

    [Theory]
    [InlineData("Trường mua 40 bộ bàn ghế học sinh, đơn giá 1,2 triệu đồng, thành tiền 48 triệu đồng.")]
    [InlineData("Phòng mua 12 máy tính, đơn giá: 15 triệu đồng, tổng 180 triệu đồng.")]
    [InlineData("Hỗ trợ 30 hộ, mỗi hộ 2 triệu đồng, thành tiền 60 triệu đồng.")]
    // Two counts before the price: which one it is for is unclear.
    [InlineData("Trường mua 40 bộ bàn ghế và 20 tủ sách, đơn giá 1,2 triệu đồng, thành tiền 50 triệu đồng.")]
    // A price that is no price for each unit, or an amount that may hold more.
    [InlineData("Trường mua 40 bộ bàn ghế, giá 1,2 triệu đồng, thành tiền 50 triệu đồng.")]
    [InlineData("Trường mua 40 bộ bàn ghế, đơn giá 1,2 triệu đồng, kèm vận chuyển, thành tiền 50 triệu đồng.")]
    [InlineData("Trường mua 40 bộ bàn ghế, đơn giá khoảng 1,2 triệu đồng, thành tiền 50 triệu đồng.")]
    public void Stays_silent_on_right_or_unclear_amounts(string text) => Assert.Empty(RuleTester.Lint(text, "RL5022"));

    [Fact]
    public void A_unit_price_is_no_amount_of_a_closing_list() =>
        Assert.Empty(RuleTester.Lint("Xã chi sửa đường 980 triệu đồng, đơn giá 1,2 triệu đồng, tổng 2.330 triệu đồng.", "RL5011"));
}
