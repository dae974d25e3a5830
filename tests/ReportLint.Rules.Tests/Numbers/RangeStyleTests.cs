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
        Assert.Equal("Khoảng năm “2012-2018” viết khác kiểu “2015 - 2020” dùng trong văn bản", Findings.Vi(diagnostic));
        Assert.Equal("The range “2012-2018” differs from the style “2015 - 2020” used in the document", Findings.En(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("2012-2018", "2012 - 2018", StringComparison.Ordinal), RuleTester.FixAll(text, false, "RL5007"));
    }

    [Fact]
    public void The_message_quotes_a_range_the_document_writes_in_the_winning_style()
    {
        // Before: the message quoted “2026-2030”, which the text never writes.
        const string text = "Kế hoạch 5 năm giai đoạn 2021-2025 đã hoàn thành.\nPhương hướng giai đoạn 2026 - 2030 được thảo luận.\n";
        var diagnostic = Findings.Single(text, "RL5007", "2026 - 2030");
        Assert.Equal("Khoảng năm “2026 - 2030” viết khác kiểu “2021-2025” dùng trong văn bản", Findings.Vi(diagnostic));
        Assert.Equal("The range “2026 - 2030” differs from the style “2021-2025” used in the document", Findings.En(diagnostic));
        Assert.Equal("Sửa thành “2026-2030”", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(text.Replace("2026 - 2030", "2026-2030", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void The_message_prefers_an_ordered_range_as_its_model()
    {
        const string text = "Ban Chấp hành nhiệm kỳ 2025-2020 đã họp.\nĐại hội nhiệm kỳ 2020 - 2025 thành công.\nKế hoạch giai đoạn 2021-2025 đã xong.\n";
        var diagnostic = Findings.Single(text, "RL5007", "2020 - 2025");
        Assert.Equal("Khoảng năm “2020 - 2025” viết khác kiểu “2021-2025” dùng trong văn bản", Findings.Vi(diagnostic));
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
