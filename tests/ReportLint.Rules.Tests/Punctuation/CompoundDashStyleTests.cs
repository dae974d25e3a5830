using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Punctuation;

public class CompoundDashStyleTests
{
    [Fact]
    public void Reports_the_compound_written_in_the_less_frequent_style()
    {
        const string text = "Phát triển kinh tế - xã hội bền vững.\nBảo đảm quốc phòng-an ninh.\nGiữ vững chính trị - xã hội ổn định.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4009"));
        Assert.Equal("quốc phòng-an ninh", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("“quốc phòng-an ninh” viết khác kiểu “quốc phòng - an ninh” dùng trong văn bản", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“quốc phòng-an ninh” differs from the style “quốc phòng - an ninh” used in the document", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("quốc phòng-an ninh", "quốc phòng - an ninh", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void On_a_tie_the_first_style_written_wins()
    {
        const string text = "Kinh tế-xã hội tăng trưởng; quốc phòng - an ninh giữ vững.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4009"));
        Assert.Equal("quốc phòng - an ninh", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Kinh tế-xã hội tăng trưởng; quốc phòng-an ninh giữ vững.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_dash_and_an_en_dash_are_two_styles()
    {
        const string text = "Kinh tế – xã hội tăng trưởng; quốc phòng - an ninh giữ vững; chính trị - xã hội ổn định.";
        Assert.Equal("Kinh tế – xã hội", RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, "RL4009"))));
    }

    [Theory]
    [InlineData("Phát triển kinh tế - xã hội; bảo đảm quốc phòng - an ninh.")] // one style
    [InlineData("Phát triển kinh tế-xã hội; bảo đảm quốc phòng-an ninh.")]
    [InlineData("Hội nghị - nơi hội tụ trí tuệ - đã thành công; kinh tế-xã hội phát triển.")] // a dash that sets off a phrase
    [InlineData("Kinh tế-xã hội phát triển; nhiệm kỳ 2020 - 2025.")] // ranges are RL5007's
    [InlineData("Kinh tế-xã hội phát triển; bảo đảm quốc phòng- an ninh.")] // one-sided spacing is RL4005's
    [InlineData("Kinh tế-xã hội phát triển; thực hiện KT - XH và Nghị quyết 18-NQ/TW.")] // not between two words
    [InlineData("- Phát triển kinh tế-xã hội.\n- Bảo đảm quốc phòng-an ninh.")] // list markers
    public void Is_silent_on_one_style_and_on_other_dashes(string text) => Assert.Empty(RuleTester.Lint(text, "RL4009"));
}
