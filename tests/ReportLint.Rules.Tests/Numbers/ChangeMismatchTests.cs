using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class ChangeMismatchTests
{
    [Fact]
    public void Reports_a_count_change_that_is_not_the_difference()
    {
        const string text = "Toàn huyện có 33.918 người, tăng 1.124 hội viên so với cùng kỳ năm 2025 (32.894 hội viên).";
        var diagnostic = Single(text, "RL5015", "1.124");
        Assert.Equal("Từ 32.894 đến 33.918 là tăng 1.024, không phải tăng 1.124", Vi(diagnostic));
        Assert.Equal("From 32.894 to 33.918 is an increase of 1.024, not an increase of 1.124", En(diagnostic));
        Assert.Equal(text.Replace("1.124", "1.024", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_relative_change_in_percent()
    {
        const string text = "Thu ngân sách đạt 1.250 tỷ đồng, tăng 12,5% so với năm 2025 (1.100 tỷ đồng).";
        var diagnostic = Single(text, "RL5015", "12,5");
        Assert.Equal("Từ 1.100 đến 1.250 là tăng 13,6%, không phải tăng 12,5%", Vi(diagnostic));
        Assert.Equal(text.Replace("12,5%", "13,6%", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Turns_the_direction_when_the_figures_went_the_other_way()
    {
        const string text = "Có 45 xã đạt chuẩn, tăng 3 xã so với năm 2025 (48 xã).";
        var diagnostic = Single(text, "RL5015", "3");
        Assert.Equal("Từ 48 đến 45 là giảm 3, không phải tăng 3", Vi(diagnostic));
        Assert.Equal("Có 45 xã đạt chuẩn, giảm 3 xã so với năm 2025 (48 xã).", Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Toàn huyện có 33.918 người, tăng 1.024 hội viên so với cùng kỳ năm 2025 (32.894 hội viên).")]
    [InlineData("Thu ngân sách đạt 1.250 tỷ đồng, tăng 13,6% so với năm 2025 (1.100 tỷ đồng).")]
    [InlineData("Thu ngân sách đạt 1.250 tỷ đồng, tăng 13% so với năm 2025 (1.100 tỷ đồng).")] // truncated
    [InlineData("Tỷ lệ đạt 85,2%, tăng 2,1% so với năm 2025 (83,1%).")] // a rate: points, not percent
    [InlineData("Kết nạp 120 đảng viên, tăng 15 đảng viên so với năm trước (105 dự án).")] // another unit in parentheses
    [InlineData("Đạt 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ (năm 2025 đạt 1.100 tỷ đồng).")] // the parenthesis opens with words
    [InlineData("Có 45 xã đạt chuẩn, giảm 3 xã so với năm 2025 (48 xã).")]
    public void Is_silent_when_the_change_matches_or_is_not_read(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));
}
