using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// A vote in prose after a sentence naming those who took part: the answers make them (RL5024), and each share written
/// after an answer is its count over them (RL5001).
/// </summary>
public class MotionVoteShareTests
{
    private const string Voters = "Có 15/15 ủy viên có mặt tham gia biểu quyết bằng phiếu kín. ";

    [Fact]
    public void Reports_a_share_that_is_not_the_answer_over_those_voting()
    {
        // 14/15 = 93,33%.
        const string text = Voters + "Kết quả: tán thành 14 ủy viên (đạt 95,33%); không tán thành 1 ủy viên; không biểu quyết 0 ủy viên.";
        var diagnostic = Findings.Single(text, "RL5001", "95,33%");
        Assert.Equal("Tỷ lệ 95,33% không khớp với 14/15 = 93,33% (số người tham gia biểu quyết: 15)", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 95,33% does not match 14/15 = 93,33% (those voting: 15)", Findings.En(diagnostic));
        Assert.Equal(text.Replace("95,33%", "93,33%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL5024"));
    }

    [Fact]
    public void Reports_answers_that_do_not_make_those_voting_when_a_share_stands_between()
    {
        const string text = Voters + "Kết quả: tán thành 14 ủy viên (đạt 93,33%); không tán thành 0 ủy viên; không biểu quyết 2 ủy viên.";
        var diagnostic = Findings.Single(text, "RL5024", "tán thành 14 ủy viên (đạt 93,33%); không tán thành 0 ủy viên; không biểu quyết 2 ủy viên");
        Assert.Equal("Số biểu quyết tán thành, không tán thành, không biểu quyết cộng lại được 16 (14 + 0 + 2), khác số người tham gia biểu quyết (15)", Findings.Vi(diagnostic));
        Assert.Equal("The votes for, against and neither add up to 16 (14 + 0 + 2), not the 15 taking part in the vote", Findings.En(diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
    }

    [Fact]
    public void Reads_those_voting_stated_after_a_colon()
    {
        const string text = "Số đại biểu tham gia biểu quyết: 40. Tán thành 36 đại biểu, chiếm 92%; không tán thành 3 đại biểu; không biểu quyết 1 đại biểu.";
        var diagnostic = Findings.Single(text, "RL5001", "92%");
        Assert.Equal("Tỷ lệ 92% không khớp với 36/40 = 90% (số người tham gia biểu quyết: 40)", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData(Voters + "Kết quả: tán thành 14 ủy viên (đạt 93,33%); không tán thành 1 ủy viên (6,67%); không biểu quyết 0 ủy viên.")]
    [InlineData(Voters + "Kết quả: tán thành 14 ủy viên, không tán thành 1 ủy viên, không biểu quyết 0 ủy viên.")]
    [InlineData("Có mặt 13/15 ủy viên. Kết quả biểu quyết: tán thành 12 ủy viên (đạt 80%), không tán thành 1 ủy viên, không biểu quyết 0 ủy viên.")] // a share of all members
    [InlineData("Có mặt 13/15 ủy viên. Kết quả biểu quyết: tán thành 12 ủy viên (đạt 92,31%), không tán thành 1 ủy viên, không biểu quyết 0 ủy viên.")]
    [InlineData("Có 13 đồng chí tham gia biểu quyết: tán thành 12 đồng chí (92,31%), không tán thành 1 đồng chí, không biểu quyết 0 đồng chí.")]
    [InlineData("Có 14 đồng chí tham gia biểu quyết tán thành, 1 đồng chí không tán thành.")] // those for, not those voting
    [InlineData("Có mặt 15/15 đồng chí; 2 đồng chí không tham gia biểu quyết. Kết quả: tán thành 12 đồng chí (đạt 80%), không tán thành 1 đồng chí, không biểu quyết 2 đồng chí.")]
    public void Is_silent_on_correct_minutes(string text)
    {
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
        Assert.Empty(RuleTester.Lint(text, "RL5024"));
    }
}
