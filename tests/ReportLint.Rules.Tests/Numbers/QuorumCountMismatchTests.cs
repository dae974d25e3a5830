using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class QuorumCountMismatchTests
{
    [Fact]
    public void Reports_a_two_thirds_quorum_rounded_down_in_the_next_paragraph()
    {
        const string text = """
            1. Cuộc họp của Ban Chấp hành Chi đoàn chỉ hợp lệ khi có ít nhất 2/3 tổng số ủy viên có mặt.
            2. Ban Chấp hành Chi đoàn hiện có 11 ủy viên, nên mỗi cuộc họp phải có ít nhất 07 ủy viên có mặt.
            """;
        var diagnostic = Findings.Single(text, "RL5030", "07");
        Assert.Equal("Ít nhất 2/3 của 11 ủy viên là 8 ủy viên, không phải 07", Findings.Vi(diagnostic));
        Assert.Equal("At least 2/3 of 11 ủy viên is 8, not 07", Findings.En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Contains("phải có ít nhất 08 ủy viên có mặt", Findings.Fixed(text, diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tổ công tác gồm 12 thành viên; mọi đề xuất được thông qua khi quá nửa số thành viên tán thành, tức là ít nhất 6 thành viên tán thành.", "6", "Quá nửa của 12 thành viên là 7 thành viên, không phải 6")]
    [InlineData("Hội đồng hiện có 9 thành viên; nghị quyết được thông qua khi trên 50% thành viên biểu quyết tán thành, tức ít nhất 4 thành viên.", "4", "Quá nửa của 9 thành viên là 5 thành viên, không phải 4")]
    [InlineData("Chi ủy gồm 7 đồng chí; phiên họp hợp lệ khi có tối thiểu hai phần ba số chi ủy viên tham dự, tức ít nhất bốn đồng chí tham dự.", "bốn", "Ít nhất 2/3 của 7 đồng chí là 5 đồng chí, không phải bốn")]
    public void Reports_a_count_in_the_same_paragraph(string text, string span, string message) =>
        Assert.Equal(message, Findings.Vi(Findings.Single(text, "RL5030", span)));

    [Theory]
    [InlineData("Tổ công tác gồm 12 thành viên; đề xuất được thông qua khi quá nửa số thành viên tán thành, tức ít nhất 7 thành viên.")] // right
    [InlineData("Ban Chấp hành hiện có 15 đồng chí; hội nghị hợp lệ khi có ít nhất 2/3 số ủy viên tham dự, tức ít nhất 10 đồng chí tham dự.")] // rounded up
    [InlineData("Hội đồng có 9 thành viên; cuộc họp hợp lệ khi có quá nửa thành viên có mặt, ít nhất 5 thành viên có mặt.")] // no member count read (`có`, not `hiện có`)
    [InlineData("Ban Chấp hành hiện có 15 đồng chí; nghị quyết được thông qua khi quá nửa tán thành; hội nghị có ít nhất 9 đồng chí tham dự.")] // another act
    [InlineData("Ban Chấp hành hiện có 15 đồng chí; hội nghị hợp lệ khi có ít nhất 2/3 tổng số ủy viên tham dự.")] // no count asked
    public void Is_silent_on_right_counts_and_unclear_ones(string text) => Assert.Empty(RuleTester.Lint(text, "RL5030"));

    [Fact]
    public void Is_silent_when_the_rule_is_two_paragraphs_away()
    {
        const string text = """
            1. Hội nghị hợp lệ khi có ít nhất 2/3 tổng số ủy viên tham dự.
            2. Tài liệu gửi trước ba ngày.
            3. Ban Chấp hành hiện có 15 đồng chí; hội nghị phải có ít nhất 9 đồng chí tham dự.
            """;
        Assert.Empty(RuleTester.Lint(text, "RL5030"));
    }

    [Fact]
    public void Is_silent_when_two_different_rules_are_in_reach()
    {
        const string text = """
            Hội nghị thường kỳ hợp lệ khi có quá nửa số ủy viên tham dự; hội nghị về nhân sự hợp lệ khi có ít nhất 2/3 số ủy viên tham dự.
            Ban Chấp hành hiện có 15 đồng chí, nên phải có ít nhất 8 đồng chí tham dự.
            """;
        Assert.Empty(RuleTester.Lint(text, "RL5030"));
    }
}
