using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// RL5001: a share whose ratio comes later in a parenthesis, after the words naming its whole (`chiếm 65% tổng số xã toàn
/// huyện (25/40 xã)`) or after a short lead inside it (`chiếm 65% (có 25/40 xã đạt)`).
/// </summary>
public class PercentageRatioAfterTests
{
    [Theory]
    [InlineData("Số xã đạt chuẩn nông thôn mới chiếm 65% (25/40 xã).", "65", "25/40 = 63%")] // right after the share, as before
    [InlineData("Số xã đạt chuẩn nông thôn mới chiếm 65% (có 25/40 xã đạt).", "65", "25/40 = 63%")]
    [InlineData("Toàn huyện có 25 xã đạt chuẩn nông thôn mới, chiếm 65% tổng số xã toàn huyện (25/40 xã).", "65", "25/40 = 63%")]
    [InlineData("Số chi bộ xếp loại xuất sắc bằng 15% số chi bộ hoàn thành tốt (5/40), thấp hơn tỷ lệ 20% của năm trước.", "15", "5/40 = 13%")]
    [InlineData("Số đảng viên nữ chiếm 32,5% trên tổng số đảng viên của Đảng bộ (gồm 120/400 đồng chí).", "32,5", "120/400 = 30,0%")]
    public void Reports_a_share_that_does_not_match_its_ratio_given_later(string text, string percent, string reading)
    {
        var diagnostic = Single(text, "RL5001", percent + "%");
        Assert.Equal($"Tỷ lệ {percent}% không khớp với {reading}", Vi(diagnostic));
        Assert.Equal($"The percentage {percent}% does not match {reading}", En(diagnostic));
        var expected = reading[(reading.IndexOf("= ", StringComparison.Ordinal) + 2)..];
        Assert.Equal(text.Replace(percent + "%", expected, StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Số xã đạt chuẩn nông thôn mới chiếm 62,5% (có 25/40 xã đạt).")]
    [InlineData("Toàn huyện có 25 xã đạt chuẩn nông thôn mới, chiếm 62,5% tổng số xã toàn huyện (25/40 xã).")]
    [InlineData("Số chi bộ xếp loại xuất sắc bằng 12,5% số chi bộ hoàn thành tốt (5/40), thấp hơn tỷ lệ 15% của năm trước.")]
    [InlineData("Số đảng viên nữ chiếm 30% trên tổng số đảng viên của Đảng bộ (gồm 120/400 đồng chí).")]
    // Not the share's figures: another year, a part of them, a threshold, a change.
    [InlineData("Số xã đạt chuẩn chiếm 65% tổng số xã (năm 2025: 20/40 xã).")]
    [InlineData("Số xã đạt chuẩn chiếm 65% tổng số xã (trong đó 12/40 xã miền núi).")]
    [InlineData("Tỷ lệ tiêm chủng đạt 90% trở lên (36/40 xã).")]
    [InlineData("Số hộ tham gia tăng 20% số hộ so với năm trước (30/150 hộ).")]
    [InlineData("Số xã đạt chuẩn chiếm 65% tổng số xã, tăng 3 xã (25/40 xã).")] // a comma: another statement
    [InlineData("Số xã đạt chuẩn chiếm 65% tổng số xã thuộc Chương trình 135 (25/40 xã).")] // a figure between
    [InlineData("Số đảng viên vi phạm chiếm 10% tổng số đảng viên (5/40 chi bộ có đảng viên vi phạm).")] // it counts something else
    public void Is_silent_when_right_or_when_the_ratio_is_not_the_share_s(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
