using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class ReferenceOrderTests
{
    [Fact]
    public void Reports_a_clause_written_before_its_point()
    {
        const string text = "Hỗ trợ theo khoản 2 điểm b Điều 6 Nghị định số 168/2017/NĐ-CP.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL2014"));
        Assert.Equal(text.IndexOf("khoản 2", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("khoản 2 điểm b Điều 6".Length, diagnostic.Span.Length); // the whole run of parts
        Assert.Equal("“khoản 2 điểm b Điều 6” không viết từ phần nhỏ đến phần lớn; viết “điểm b khoản 2 Điều 6”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“khoản 2 điểm b Điều 6” does not go from the smaller part to the larger; write “điểm b khoản 2 Điều 6”", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Hỗ trợ theo điểm b khoản 2 Điều 6 Nghị định số 168/2017/NĐ-CP.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Theo Điều 5 khoản 1 của Luật Du lịch.", "Theo khoản 1 Điều 5 của Luật Du lịch.")] // `Điều` keeps its capital
    [InlineData("Khoản 3 điểm a Điều 7 quy định rõ.", "Điểm a khoản 3 Điều 7 quy định rõ.")] // a sentence's capital stays in front
    [InlineData("Nội dung tại Chương II mục 3 đã sửa.", "Nội dung tại mục 3 Chương II đã sửa.")]
    [InlineData("Áp dụng Điều 79 khoản 2 điểm b của Luật Đất đai.", "Áp dụng điểm b khoản 2 Điều 79 của Luật Đất đai.")] // a whole run reversed
    [InlineData("Theo điểm b Điều 79 khoản 2 của Luật.", "Theo điểm b khoản 2 Điều 79 của Luật.")]
    public void Puts_the_smaller_part_first(string text, string fixedText) =>
        Assert.Equal(fixedText, RuleTester.ApplyFirstFix(text, Assert.Single(RuleTester.Lint(text, "RL2014"))));

    [Theory]
    [InlineData("Theo điểm b khoản 2 Điều 6 và khoản 1 Điều 5 Chương II; mục 3 phần II của Kế hoạch.")]
    [InlineData("Tại điểm này, khoản chi 2 tỷ đồng được điều chỉnh; ngày 6 khoản 3 được chi.")] // no labels
    [InlineData("Điều 6. Khoản 2 quy định mức hỗ trợ.")] // a heading, then a sentence
    [InlineData("Khoản 2, điểm b, Điều 6 được dẫn riêng từng phần.")] // separated parts
    public void Is_silent_on_references_in_order_and_other_uses(string text) => Assert.Empty(RuleTester.Lint(text, "RL2014"));
}
