using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class UnitConversionMismatchTests
{
    [Fact]
    public void Reports_an_area_restated_in_square_metres()
    {
        const string text = "Thu hồi 0,96 ha (9.060 m²) đất nông nghiệp để mở rộng trường học.";
        var diagnostic = Single(text, "RL5017", "9.060");
        Assert.Equal("0,96 ha là 9.600 m², không phải 9.060 m²", Vi(diagnostic));
        Assert.Equal("0,96 ha is 9.600 m², not 9.060 m²", En(diagnostic));
        Assert.Equal(text.Replace("9.060", "9.600", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_money_restated_in_a_bare_scale_even_after_khoang()
    {
        const string text = "Tổng vốn giải ngân 38.650 triệu đồng (khoảng 3,86 tỷ), đạt kế hoạch.";
        var diagnostic = Single(text, "RL5017", "3,86");
        Assert.Equal("38.650 triệu đồng là 38,65 tỷ, không phải 3,86 tỷ", Vi(diagnostic));
        Assert.Equal(text.Replace("3,86", "38,65", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tuyến đường dài 12,5 km, tương đương 1.250 m, đã hoàn thành.", "1.250", "12,5 km là 12.500 m, không phải 1.250 m")]
    [InlineData("Sản lượng đạt 4.520 tạ (45,2 tấn).", "45,2", "4.520 tạ là 452,0 tấn, không phải 45,2 tấn")]
    [InlineData("Hỗ trợ 1,5 tỷ đồng (150 triệu đồng) cho các hộ.", "150", "1,5 tỷ đồng là 1.500 triệu đồng, không phải 150 triệu đồng")]
    [InlineData("Diện tích 2.350 m2 (2,53 ha).", "2,53", "2.350 m2 là 0,235 ha, không phải 2,53 ha")]
    [InlineData("Có 15.600 m² mặt đường bị sạt lở, hư hỏng (tương đương 15,6 ha).", "15,6", "15.600 m² là 1,56 ha, không phải 15,6 ha")] // words between, an explicit restatement
    [InlineData("Vốn đối ứng 9.200 triệu đồng (92 tỷ đồng).", "92", "9.200 triệu đồng là 9,2 tỷ đồng, không phải 92 tỷ đồng")] // the decimals the conversion needs
    public void Reports_other_measures(string text, string stated, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5017", stated)));

    [Theory]
    [InlineData("Thu hồi 0,96 ha (9.600 m²) đất nông nghiệp.")]
    [InlineData("Diện tích 1,46 ha (14.570 m²).")] // the hectares are the rounded figure
    [InlineData("Diện tích 14.570 m² (1,5 ha).")]
    [InlineData("Tổng vốn 38.650 triệu đồng (khoảng 38,7 tỷ).")]
    [InlineData("Tổng vốn 38.650 triệu đồng (gần 40 tỷ đồng).")] // approximately
    [InlineData("Tổng vốn 38.650 triệu đồng, tương đương 38,65 tỷ đồng.")]
    [InlineData("Tuyến đường dài 1.200 m (1,2 km).")]
    [InlineData("Diện tích 5 ha (trong đó 3 ha trồng lúa).")] // a part, not a restatement
    [InlineData("Kinh phí 3 tỷ đồng (ngân sách tỉnh 2 tỷ đồng).")]
    [InlineData("Diện tích 2 ha (3 thửa).")]
    [InlineData("Hỗ trợ 2 triệu USD (48 tỷ đồng).")] // an exchange rate is not a unit conversion
    [InlineData("Diện tích 12 ha (12 ha đất lúa).")]
    [InlineData("Có 15.600 m² mặt đường bị sạt lở (tương đương 1,56 ha).")]
    [InlineData("Chi 1.360 triệu đồng tiền mặt cho các xã (24 tỷ đồng của tỉnh).")] // no restatement cue after the words
    [InlineData("Đạt 5 tỷ đồng, tương đương 120% kế hoạch.")]
    [InlineData("Diện tích 0,96 ha (9.060 m² đất ở và đất vườn).")] // the parentheses say more than a restatement
    public void Is_silent_when_the_figures_agree_or_are_not_a_restatement(string text) => Assert.Empty(RuleTester.Lint(text, "RL5017"));
}
