using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5001 on a share written as the result of its ratio: `36/40 = 90%`, `36/40 x 100% = 90%`.</summary>
public class PercentageWrittenRatioTests
{
    [Theory]
    [InlineData("Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ năm 2026: 27/30 = 80%.", "80%", "Tỷ lệ 80% không khớp với 27/30 = 90%")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đầy đủ (27/30 x 100% = 80%).", "80%", "Tỷ lệ 80% không khớp với 27/30 = 90%")]
    [InlineData("Tỷ lệ giải quyết đúng hạn: 121/125 × 100 = 97,2%.", "97,2%", "Tỷ lệ 97,2% không khớp với 121/125 = 96,8%")]
    public void Reports_a_written_ratio_whose_result_is_wrong(string text, string span, string message)
    {
        var diagnostic = Findings.Single(text, "RL5001", span);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reports_a_part_over_its_whole_once()
    {
        const string text = "Tỷ lệ hồ sơ được giải quyết: 33/30 = 90%.";
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
        Findings.Single(text, "RL5002", "33");
    }

    [Theory]
    [InlineData("Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ năm 2026: 27/30 = 90%.")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đầy đủ (27/30 x 100% = 90%).")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đầy đủ (30/30 x 100% = 100%).")]
    [InlineData("Tỷ lệ giải quyết đúng hạn: 121/125 × 100 = 96,8%.")]
    [InlineData("Lãi suất tăng 2 + 3 = 5%.")] // no ratio before the sign
    public void Is_silent_on_a_right_result(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
