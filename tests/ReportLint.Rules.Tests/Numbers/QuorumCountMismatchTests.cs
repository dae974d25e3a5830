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

    [Theory]
    [InlineData("Ban Chấp hành hiện có 15 đồng chí; nghị quyết được thông qua khi có ít nhất 2/3 tổng số ủy viên tán thành, tức phải có từ 9 đồng chí trở lên tán thành.", "9", "Ít nhất 2/3 của 15 đồng chí là 10 đồng chí, không phải 9")]
    [InlineData("Hội đồng hiện có 13 thành viên; quyết định có hiệu lực khi quá nửa số thành viên đồng ý, tức từ 6 thành viên trở lên.", "6", "Quá nửa của 13 thành viên là 7 thành viên, không phải 6")]
    [InlineData("Ban Chấp hành hiện có 15 đồng chí; hội nghị hợp lệ khi có ít nhất 2/3 tổng số ủy viên (9 đồng chí) tham dự.", "9", "Ít nhất 2/3 của 15 đồng chí là 10 đồng chí, không phải 9")]
    [InlineData("Ban Chấp hành Đoàn xã gồm 14 đồng chí; cuộc họp hợp lệ khi có ít nhất hai phần ba (2/3) số ủy viên Ban Chấp hành (9 đồng chí) có mặt.", "9", "Ít nhất 2/3 của 14 đồng chí là 10 đồng chí, không phải 9")]
    public void Reports_a_count_from_and_above_or_in_brackets(string text, string span, string message)
    {
        var diagnostic = Findings.Single(text, "RL5030", span);
        Assert.Equal(message, Findings.Vi(diagnostic));
        Assert.StartsWith(message[..message.IndexOf(" của", StringComparison.Ordinal)].Replace("Ít nhất", "At least", StringComparison.Ordinal).Replace("Quá nửa", "More than half", StringComparison.Ordinal), Findings.En(diagnostic), StringComparison.Ordinal);
        Assert.Contains($"{message[(message.LastIndexOf("là ", StringComparison.Ordinal) + 3)..message.IndexOf(' ', message.LastIndexOf("là ", StringComparison.Ordinal) + 3)]}", Findings.Fixed(text, diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ban Chấp hành hiện có 15 đồng chí; nghị quyết được thông qua khi có ít nhất 2/3 tổng số ủy viên tán thành, tức phải có từ 10 đồng chí trở lên tán thành.")]
    [InlineData("Hội đồng hiện có 15 thành viên; quyết định có hiệu lực khi quá nửa số thành viên đồng ý, tức từ 8 thành viên trở lên.")] // odd total
    [InlineData("Ban Chấp hành hiện có 14 đồng chí; hội nghị hợp lệ khi có ít nhất 2/3 tổng số ủy viên (10 đồng chí) tham dự.")] // 9,33 rounded up
    [InlineData("Ban Chấp hành hiện có 15 đồng chí; hội nghị hợp lệ khi có ít nhất 2/3 tổng số ủy viên (15 đồng chí) tham dự.")] // the members in brackets
    [InlineData("Ban Chấp hành hiện có 15 đồng chí. Ban Thường vụ họp hợp lệ khi có ít nhất 2/3 tổng số ủy viên Ban Thường vụ (4 đồng chí) tham dự.")] // another body
    [InlineData("Ban Chấp hành hiện có 15 đồng chí; Ban Thường vụ họp hợp lệ khi có ít nhất 2/3 tổng số ủy viên Ban Thường vụ (4 đồng chí) tham dự.")] // the same, one sentence
    [InlineData("Chi bộ hiện có 15 đảng viên; nghị quyết được thông qua khi quá nửa số đảng viên tán thành. Tổ đảng có từ 3 đồng chí trở lên tán thành.")] // another unit
    public void Is_silent_on_right_counts_from_and_above_or_in_brackets(string text) => Assert.Empty(RuleTester.Lint(text, "RL5030"));

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
