using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5001 on a total stated first in its sentence, then split into amounts or counts after `trong đó` or `gồm`.</summary>
public class PercentageTotalSplitTests
{
    [Fact]
    public void Reports_a_share_of_a_total_split_by_amounts_with_long_labels()
    {
        // 2.100/3.500 = 60%; 1.400/3.500 = 40%.
        const string text = "Tổng vốn đầu tư của dự án giai đoạn 2026 là 3.500 triệu đồng, trong đó vốn ngân sách tỉnh phân bổ 2.100 triệu đồng "
            + "(chiếm 60%), vốn đối ứng của xã huy động 1.400 triệu đồng (chiếm 45%).";
        var diagnostic = Findings.Single(text, "RL5001", "45%");
        Assert.Equal("Tỷ lệ 45% không khớp với 1.400/3.500 = 40%", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("45%", "40%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_share_of_a_count_listed_after_gom()
    {
        // 18/48 = 37,5%; 30/48 = 62,5%.
        const string text = "Tổng số đảng viên của đảng bộ: 48 đồng chí, gồm 18 đồng chí nữ (chiếm 37,5%), 30 đồng chí nam (chiếm 60,5%).";
        var diagnostic = Findings.Single(text, "RL5001", "60,5%");
        Assert.Equal("Tỷ lệ 60,5% không khớp với 30/48 = 62,5%", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Tổng vốn đầu tư của dự án là 3.500 triệu đồng, trong đó vốn ngân sách tỉnh phân bổ 2.100 triệu đồng (chiếm 60%), vốn đối ứng của xã huy động 1.400 triệu đồng (chiếm 40%).")]
    [InlineData("Tổng số đảng viên của đảng bộ: 48 đồng chí, gồm 18 đồng chí nữ (chiếm 37,5%), 30 đồng chí nam (chiếm 62,5%).")]
    [InlineData("Tổng số đảng viên của đảng bộ: 48 đồng chí, bao gồm 18 đồng chí nữ (chiếm 37,5%).")]
    [InlineData("Tổng kinh phí là 3.500 triệu đồng, trong đó đã giải ngân trong quý I là 2.100 triệu đồng, đạt 60%.")]
    [InlineData("Đoàn công tác gồm 12 đồng chí, đạt 100% kế hoạch.")] // gồm with no figure before
    [InlineData("Năm 2026 thu ngân sách 5.000 triệu đồng, trong đó thu tiền sử dụng đất tăng 1.200 triệu đồng, chiếm 10% so với cùng kỳ.")] // a change
    public void Is_silent_on_correct_shares_and_on_figures_that_are_no_share_of_the_total(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
