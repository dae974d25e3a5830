using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>Odd and degenerate inputs must never make a Numbers or Names rule fail (RL9001).</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("Có 0/0 chi bộ (đạt 0%).")]
    [InlineData("Có 5/0 chi bộ, trong đó 3 chi bộ chiếm 60%.")]
    [InlineData("Có 99999999999999999999/1 chi bộ (đạt 100%).")]
    [InlineData("Ngày 0/0/0000, ngày 00/13/9999, ngày 31/02/1000.")]
    [InlineData("Thứ Hai, ngày 29/2/2019; thứ 8, ngày 1/1/2020; Chủ nhật, ngày 0/1/2020.")]
    [InlineData("Tháng 0/2020, tháng 99-2020, sáng 0/0.")]
    [InlineData("Nhiệm kỳ 2020-, 2020 - , - 2025, 2999-2899, 1000 - 1001.")]
    [InlineData("1.2.3.4.5% 1,2,3 ,5 5, %, (%), 0,0000001%, 1.234,5, 1,234.5")]
    [InlineData("quý, Quý, quý 0, Ban, Ban thường, thứ, Chủ, tổ chức, Bí thư")]
    [InlineData("“Ban thường vụ Tỉnh ủy” — (bí thư Tỉnh ủy) • Quý II: quý II.")]
    [InlineData("")]
    [InlineData("\n\n\n")]
    public void Never_fails(string text)
    {
        var findings = RuleTester.Lint(text);
        Assert.DoesNotContain(findings, d => d.Id == "RL9001");
    }
}
