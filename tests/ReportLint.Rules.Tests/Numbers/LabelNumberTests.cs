using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5001, RL5002: a number after a label word (`nhóm 2`, `đợt 3`, `giai đoạn 2`, `khu vực 1`) names, it does not count.</summary>
public class LabelNumberTests
{
    [Theory]
    [InlineData("Đã hỗ trợ 120 hộ đợt 3, trong đó 45 hộ nghèo, chiếm 37,5%.")]
    [InlineData("Đã khảo sát 120 hộ đợt 3, trong đó 45 hộ có nhà tạm, chiếm 37,5%.")]
    [InlineData("Xã có 120 hộ khu vực 1, trong đó 45 hộ nghèo, chiếm 37,5%.")]
    [InlineData("Có 40 hộ tham gia đợt 2, trong đó 15 hộ nghèo, chiếm 37,5%.")]
    [InlineData("Có 40 hộ thuộc khu vực 2, trong đó 15 hộ nghèo, chiếm 37,5%.")]
    [InlineData("Có 40 hộ thuộc nhóm 2, trong đó 15 hộ nghèo, chiếm 37,5%.")]
    [InlineData("Có 40 hộ tham gia giai đoạn 2, trong đó 15 hộ nghèo, chiếm 37,5%.")]
    [InlineData("Có 40 hộ thuộc lĩnh vực 3, trong đó 15 hộ nghèo, chiếm 37,5%.")]
    [InlineData("Đã kiểm tra 15/40 chi bộ, trong đó nhóm 3 có 12 chi bộ, chiếm 30%.")]
    [InlineData("Đã kiểm tra 15/40 chi bộ, trong đó đợt 2 có 12 chi bộ, chiếm 30%.")]
    [InlineData("Có 1.152/1.180 học sinh nhóm 2 đạt yêu cầu, chiếm 97,63%.")]
    [InlineData("Có 18/20 xã khu vực 1 hoàn thành, đạt 90%.")]
    [InlineData("Có 40 hộ, trong đó: nhóm 1 có 15 hộ (37,5%), nhóm 2 có 25 hộ (62,5%).")]
    [InlineData("Có 40 hộ, trong đó: giai đoạn 1 là 15 hộ (37,5%), giai đoạn 2 là 25 hộ (62,5%).")]
    public void Is_silent_on_right_shares_and_parts_past_a_label(string text)
    {
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
        Assert.Empty(RuleTester.Lint(text, "RL5002"));
    }

    [Theory]
    [InlineData("Đã khảo sát 120 hộ đợt 3, trong đó 45 hộ có nhà tạm, chiếm 40%.", "40", "45/120 = 38%")]
    [InlineData("Có 40 hộ thuộc khu vực 2, trong đó 15 hộ nghèo, chiếm 40%.", "40", "15/40 = 38%")]
    [InlineData("Có 1.152/1.180 học sinh nhóm 2 đạt yêu cầu, chiếm 98,31%.", "98,31", "1.152/1.180 = 97,63%")]
    public void Still_reads_the_share_against_the_count_before_the_label(string text, string percent, string reading) =>
        Assert.Equal($"Tỷ lệ {percent}% không khớp với {reading}", Vi(Single(text, "RL5001", percent + "%")));
}
