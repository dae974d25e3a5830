using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Abbreviations;

public class RobustnessTests
{
    [Theory]
    [InlineData("(")]
    [InlineData("( )")]
    [InlineData("(CB)")]
    [InlineData("cán bộ (CB, )")]
    [InlineData("cán bộ (CB,")]
    [InlineData("ĐBQH (")]
    [InlineData("ĐBQH ()")]
    [InlineData("cán bộ (, CB)")]
    [InlineData("cán bộ (và CB)")]
    [InlineData("Ủy ban nhân dân (sau đây gọi tắt là)")]
    [InlineData("xã hội (XH, và)")]
    [InlineData("“ (DVK)")]
    [InlineData("QP-AN-")]
    [InlineData("T.Ư.")]
    [InlineData("- (KT-XH) -")]
    [InlineData("cán bộ, , công chức (CB, CC, VC, TW)\r\n(CB, CC)")]
    [InlineData("hệ thống chính trị (HTCT)\nQuyết định số 12 về\n“hệ thống chính trị\n")]
    [InlineData("cán bộ, công chức (CB, XY)\ncán bộ, công chức\n")]
    [InlineData("Nơi nhận:\n-\n- Lưu:\nLưu\n")]
    [InlineData("1.330 MW\nMW 5\n")]
    public void Odd_text_never_makes_a_rule_fail(string text)
    {
        var diagnostics = AbbreviationTestText.Family(text);
        Assert.DoesNotContain(diagnostics, d => d.Id == "RL9001");
    }

    [Fact]
    public void A_long_paragraph_of_definitions_is_read_in_linear_time()
    {
        var paragraph = string.Concat(Enumerable.Repeat("cán bộ, công chức (CB, CC) và đại biểu Quốc hội (ĐBQH); ", 10_000));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = RuleTester.Lint(paragraph, "RL1003");
        Assert.Equal(3 * 9_999, diagnostics.Count);
    }
}
