using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5033: `từ A lên B` with B below A, `từ A xuống B` with B above it.</summary>
public class ChangeDirectionMismatchTests
{
    [Fact]
    public void Reports_a_rise_to_a_lower_rate()
    {
        const string text = "Tỷ lệ người dân hài lòng với dịch vụ công từ 88,4% lên 87,9%.";
        var diagnostic = Single(text, "RL5033", "lên");
        Assert.Equal("Từ 88,4% đến 87,9% là giảm, không phải “lên”", Vi(diagnostic));
        Assert.Equal("From 88,4% to 87,9% is a fall, not “lên”", En(diagnostic));
        Assert.Equal(text.Replace(" lên ", " xuống ", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Mends_the_verb_before_too()
    {
        const string text = "Số hộ nghèo giảm từ 312 hộ năm 2024 xuống 340 hộ năm 2025.";
        var diagnostic = Single(text, "RL5033", "xuống");
        Assert.Equal("Từ 312 đến 340 là tăng, không phải “xuống”", Vi(diagnostic));
        Assert.Equal("Số hộ nghèo tăng từ 312 hộ năm 2024 lên 340 hộ năm 2025.", Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_the_verb_alone_when_only_it_is_wrong()
    {
        const string text = "Diện tích cây ăn quả tăng từ 1.260 ha xuống còn 1.105 ha.";
        var diagnostic = Single(text, "RL5033", "tăng");
        Assert.Equal("Từ 1.260 đến 1.105 là giảm, không phải “tăng”", Vi(diagnostic));
        Assert.Equal("Diện tích cây ăn quả giảm từ 1.260 ha xuống còn 1.105 ha.", Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tỷ lệ người dân hài lòng từ 87,9% lên 88,4%.")]
    [InlineData("Số hộ nghèo giảm từ 340 hộ năm 2024 xuống còn 312 hộ năm 2025.")]
    [InlineData("Thu nhập tăng từ 58,2 triệu đồng năm 2025 lên 71 triệu đồng năm 2030.")]
    [InlineData("Doanh thu tăng từ 950 triệu đồng lên 1,2 tỷ đồng.")] // scale words differ
    [InlineData("Doanh thu tăng từ 950 lên 1,2 tỷ đồng.")] // a scale word on one side only
    [InlineData("Diện tích từ 120 ha lên 95 tấn.")] // two measures
    [InlineData("Chỉ số PCI của tỉnh xếp hạng từ 45 lên 32.")] // a rank rises as its number falls
    [InlineData("Tỉnh vươn lên vị trí mới, từ 21 lên 14 trong cả nước.")]
    [InlineData("Số xã đạt chuẩn từ 9/15 xã lên 7/15 xã.")] // ratios: not read
    [InlineData("Tỷ lệ hộ nghèo giảm từ 6,8% xuống dưới 3%.")]
    [InlineData("Tỷ lệ bao phủ từ 85% lên trên 90%.")]
    [InlineData("Tỷ lệ bao phủ từ 92% lên dưới 90%.")] // a bound against the way: unclear
    [InlineData("Số đảng viên từ 45 lên 45 người.")] // unchanged
    [InlineData("Tỷ lệ từ 40% lên 35 người.")] // a rate and a count
    public void Is_silent_when_the_direction_agrees_or_the_figures_are_not_one_measure(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5033"));
}
