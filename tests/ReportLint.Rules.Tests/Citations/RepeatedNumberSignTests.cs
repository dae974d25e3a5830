using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class RepeatedNumberSignTests
{
    [Fact]
    public void Repeated_so_is_removed_safely()
    {
        const string text = "Việc triển khai Chỉ thị số số 05-CT/TW của Bộ Chính trị có chuyển biến.";
        var diagnostic = CitationTest.Single(text, "RL2005", "số", after: "Chỉ thị số");
        Assert.Equal("Lặp chữ “số” trong “Chỉ thị số số 05-CT/TW”", CitationTest.Vi(diagnostic));
        Assert.Equal("“số” is written twice in “Chỉ thị số số 05-CT/TW”", CitationTest.En(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Việc triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị có chuyển biến.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Repeated_so_before_a_bare_number()
    {
        const string text = "Theo Kế hoạch số số 45 của Huyện ủy.";
        CitationTest.Single(text, "RL2005", "số", after: "Kế hoạch số");
    }

    [Theory]
    [InlineData("Việc triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị có chuyển biến.")]
    [InlineData("Báo cáo đã tổng hợp số liệu của các chi bộ.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2005"));
}
