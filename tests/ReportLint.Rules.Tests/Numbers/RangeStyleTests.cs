using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class RangeStyleTests
{
    [Fact]
    public void Reports_the_minority_style_with_a_safe_fix()
    {
        const string text = "Nhiệm kỳ 2015 - 2020 đã kết thúc.\nGiai đoạn 2012-2018 có nhiều kết quả.\nNhiệm kỳ 2020 - 2025 bắt đầu.\n";
        var diagnostic = Findings.Single(text, "RL5007", "2012-2018");
        Assert.Equal("Khoảng năm “2012-2018” viết khác kiểu “2012 - 2018” dùng trong văn bản", Findings.Vi(diagnostic));
        Assert.Equal("The range “2012-2018” differs from the style “2012 - 2018” used in the document", Findings.En(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("2012-2018", "2012 - 2018", StringComparison.Ordinal), RuleTester.FixAll(text, false, "RL5007"));
    }

    [Fact]
    public void On_a_tie_the_first_style_wins()
    {
        const string text = "Nhiệm kỳ 2020-2025 và giai đoạn 2021 - 2030.";
        Findings.Single(text, "RL5007", "2021 - 2030");
    }

    [Theory]
    [InlineData("Nhiệm kỳ 2015 - 2020 và nhiệm kỳ 2020 - 2025.")]
    [InlineData("Nhiệm kỳ 2015-2020 và nhiệm kỳ 2020-2025, tháng 8-2020.")]
    [InlineData("Nhiệm kỳ 2020-2025.")]
    [InlineData("Nhiệm kỳ 2015 - 2020 và nhiệm kỳ 2020- 2025.")] // one-sided spacing is RL4005's finding
    public void Is_silent_on_one_style(string text) => Assert.Empty(RuleTester.Lint(text, "RL5007"));
}
