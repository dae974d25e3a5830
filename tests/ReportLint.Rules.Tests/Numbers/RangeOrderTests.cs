using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class RangeOrderTests
{
    [Fact]
    public void Reports_a_term_that_ends_before_it_starts()
    {
        const string text = "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2020 thành công.";
        var diagnostic = Findings.Single(text, "RL5006", "2025-2020");
        Assert.Equal("Khoảng năm “2025-2020” kết thúc (2020) trước khi bắt đầu (2025)", Findings.Vi(diagnostic));
        Assert.Equal("The range “2025-2020” ends (2020) before it starts (2025)", Findings.En(diagnostic));
        Assert.Equal(text.Replace("2025-2020", "2020-2025", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_spaced_range_and_keeps_its_spacing_in_the_fix()
    {
        const string text = "Kết quả giai đoạn 2018 – 2012 được đánh giá cao.";
        var diagnostic = Findings.Single(text, "RL5006", "2018 – 2012");
        Assert.Equal(text.Replace("2018 – 2012", "2012 – 2018", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Nhiệm kỳ 2020-2025 có nhiều đổi mới.")]
    [InlineData("Nhiệm kỳ 2020 - 2025 có nhiều đổi mới.")]
    [InlineData("Từ tháng 8-2020 đến nay.")]
    [InlineData("Ngày 10-10-2012 là ngày ban hành.")]
    [InlineData("Gọi đường dây nóng 1900-1234 để phản ánh.")]
    [InlineData("Chủ tịch Hồ Chí Minh (1890 - 1969).")]
    public void Is_silent_on_ordered_ranges(string text) => Assert.Empty(RuleTester.Lint(text, "RL5006"));
}
