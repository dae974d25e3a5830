using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class WrittenArithmeticMismatchTests
{
    [Fact]
    public void Reports_a_product_with_units_and_its_right_value()
    {
        const string text = "Mức chi: 9 cá nhân x 850.000 đồng = 7.560.000 đồng.";
        var diagnostic = Findings.Single(text, "RL5026", "7.560.000");
        Assert.Equal("9 cá nhân x 850.000 đồng = 7.650.000 đồng, không phải 7.560.000 đồng", Findings.Vi(diagnostic));
        Assert.Equal("9 cá nhân x 850.000 đồng = 7.650.000 đồng, not 7.560.000 đồng", Findings.En(diagnostic));
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Mức chi: 9 cá nhân x 850.000 đồng = 7.650.000 đồng.", Findings.Fixed(text, diagnostic));
    }

    [Theory]
    // Products with `×`, `*` and a rate per person whose count is bare; a list line.
    [InlineData("Khen thưởng 16 tập thể × 1.150.000 đồng = 18.600.000 đồng.", "18.600.000", "18.400.000",
        "16 tập thể × 1.150.000 đồng = 18.400.000 đồng, không phải 18.600.000 đồng")]
    [InlineData("- Cá nhân: 23 người * 450.000 đồng = 10.530.000 đồng;", "10.530.000", "10.350.000",
        "23 người * 450.000 đồng = 10.350.000 đồng, không phải 10.530.000 đồng")]
    [InlineData("Tiền ăn: 14 x 65.000 đồng/người = 920.000 đồng.", "920.000", "910.000",
        "14 x 65.000 đồng/người = 910.000 đồng, không phải 920.000 đồng")]
    // Sums and differences, with and without units, in base units or scaled.
    [InlineData("Tổng kinh phí: 12.500.000 đồng + 8.300.000 đồng + 4.150.000 đồng = 25.950.000 đồng.", "25.950.000", "24.950.000",
        "12.500.000 đồng + 8.300.000 đồng + 4.150.000 đồng = 24.950.000 đồng, không phải 25.950.000 đồng")]
    [InlineData("Số hội viên còn lại: 1.245 - 87 = 1.168 hội viên.", "1.168", "1.158", "1.245 - 87 = 1.158 hội viên, không phải 1.168 hội viên")]
    [InlineData("Diện tích trồng mới 2,35 ha + 1,8 ha = 4,05 ha.", "4,05", "4,15", "2,35 ha + 1,8 ha = 4,15 ha, không phải 4,05 ha")]
    [InlineData("Tổng vốn: 1,2 tỷ đồng + 850 triệu đồng = 2,15 tỷ đồng.", "2,15", "2,05", "1,2 tỷ đồng + 850 triệu đồng = 2,05 tỷ đồng, không phải 2,15 tỷ đồng")]
    [InlineData("- 8 + 4 = 13 tổ.", "13", "12", "8 + 4 = 12 tổ, không phải 13 tổ")]
    [InlineData("Tỷ lệ: 3 x 12,5% = 36,5%.", "36,5%", "37,5%", "3 x 12,5% = 37,5%, không phải 36,5%")]
    [InlineData("Tổng số: 1250 + 375 = 1635 người.", "1635", "1625", "1250 + 375 = 1625 người, không phải 1635 người")]
    public void Reports_the_shapes(string text, string stated, string right, string message)
    {
        var diagnostic = Findings.Single(text, "RL5026", stated);
        Assert.Equal(message, Findings.Vi(diagnostic));
        Assert.Equal(text.Replace(stated, right, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Checks_each_step_of_a_chain()
    {
        const string text = "Kinh phí: 6 x 1.500.000 đồng = 9.000.000 đồng + 2.400.000 đồng = 11.600.000 đồng.";
        var diagnostic = Findings.Single(text, "RL5026", "11.600.000");
        Assert.Equal("9.000.000 đồng + 2.400.000 đồng = 11.400.000 đồng, không phải 11.600.000 đồng", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Leaves_a_count_times_its_unit_price_to_RL5022()
    {
        const string text = "Hỗ trợ 48 người x 350.000 đồng/người = 16.600.000 đồng.";
        Assert.Empty(RuleTester.Lint(text, "RL5026"));
        Assert.Single(RuleTester.Lint(text, "RL5022"));
    }

    [Theory]
    // Right calculations, rounded or cut at the result's decimals, in another scale, in a result without unit.
    [InlineData("Khen thưởng 7 tập thể × 1.100.000 đồng = 7.700.000 đồng.")]
    [InlineData("Tổng: 3.250.000 đồng + 1.750.000 đồng = 5 triệu đồng.")]
    [InlineData("Mỗi đợt 3 x 1,333 triệu đồng = 4 triệu đồng.")]
    [InlineData("Chi 5 triệu đồng + 3 triệu đồng = 8.")]
    [InlineData("Diện tích 2,35 ha + 1,8 ha = 4,2 ha.")]
    [InlineData("- Tập thể: 4 tập thể x 2.000.000 đồng = 8.000.000 đồng;")]
    [InlineData("Còn lại 1.245 - 87 = 1.158 hội viên.")]
    // Dates, ranges, years, phone numbers, symbols, chainages, scores, names, signs: not calculations.
    [InlineData("Từ ngày 12/5 - 20/5 = 9 ngày làm việc.")]
    [InlineData("Giai đoạn 2020 - 2025 = 5 năm.")]
    [InlineData("Mỗi tổ có từ 15 - 20 người tham gia.")]
    [InlineData("Liên hệ số điện thoại 0213.3851.246 hoặc 0913 - 456 - 789.")]
    [InlineData("Thực hiện Kế hoạch số 12-KH/HU ngày 12/5/2025.")]
    [InlineData("Đoạn tuyến từ Km 3 + 200 = 3.200 m tính từ đầu tuyến.")]
    [InlineData("Đội xã thắng 3 - 1 trong trận chung kết.")]
    [InlineData("Ông Nguyễn Văn X, sinh năm 1985, trú tại thôn 3.")]
    [InlineData("Nhiệt độ thấp nhất -3 + 5 = 2 độ.")]
    [InlineData("Chỉ số tăng +1,5 điểm so với năm trước.")]
    [InlineData("Đồng chí Trần Văn Nam - Chủ tịch Hội Nông dân xã dự và phát biểu.")]
    [InlineData("Cột (4) = (2) + (3); cột 5 = cột 2 - cột 3.")]
    // Units that do not go together: counts of two things, two measures, a rate per another noun.
    [InlineData("Tổng cộng 12 cá nhân + 5 tập thể = 18.")]
    [InlineData("Khu đất 30 m x 20 m = 500 m2.")]
    [InlineData("Chi 12 người x 500.000 đồng/hộ = 7.000.000 đồng.")]
    [InlineData("Chi 12 hộ x 500.000 đồng/hộ/tháng = 7.000.000 đồng.")]
    [InlineData("Đạt 100 - 35% = 60 điểm.")]
    // No `=`, or no operator before it.
    [InlineData("Khen thưởng 12 cá nhân x 702.000 đồng.")]
    [InlineData("Tỷ giá 1 USD = 25.400 đồng.")]
    public void Stays_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL5026"));

    [Fact]
    public void Reports_a_result_followed_by_its_calculation_in_parentheses()
    {
        const string text = "Tồn quỹ đến ngày 31/12 là 612.400.000 đồng (530.200.000 đồng + 1.905.000.000 đồng − 1.840.800.000 đồng), gửi tại Kho bạc.";
        var diagnostic = Findings.Single(text, "RL5026", "612.400.000");
        Assert.Equal("530.200.000 đồng + 1.905.000.000 đồng − 1.840.800.000 đồng = 594.400.000 đồng, không phải 612.400.000 đồng",
            Findings.Vi(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("612.400.000", "594.400.000", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tồn quỹ đến ngày 31/12 là 594.400.000 đồng (530.200.000 đồng + 1.905.000.000 đồng − 1.840.800.000 đồng).")] // right
    [InlineData("Toàn xã còn 41 hộ nghèo (56 hộ - 15 hộ thoát nghèo).")] // right, with a noun
    [InlineData("Điểm trung bình đạt 85 điểm (80 - 90 điểm).")] // a range, not a difference
    [InlineData("Kế hoạch thực hiện trong 5 năm (2021 - 2025).")] // years
    [InlineData("Toàn xã có 20 tổ (gồm 12 + 6 tổ mới).")] // words before the calculation in the parenthesis
    [InlineData("Toàn xã có 20 tổ, (12 + 6).")] // the parenthesis does not follow the figure
    public void Is_silent_on_parenthesized_calculations_that_agree_or_are_not_calculations(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5026"));
}
