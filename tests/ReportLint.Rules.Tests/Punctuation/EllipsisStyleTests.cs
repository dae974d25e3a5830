using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Punctuation;

public class EllipsisStyleTests
{
    [Fact]
    public void Reports_the_ellipsis_written_in_the_less_frequent_form()
    {
        const string text = "Các xã đã làm đường, kênh mương, nhà văn hóa...\nNhiều mô hình hay được nhân rộng…\nCòn chậm ở khâu giải ngân, đền bù...\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4012"));
        Assert.Equal(text.IndexOf('…'), diagnostic.Span.Start);
        Assert.Equal("…", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Dấu ba chấm “…” khác kiểu “...” dùng nhiều hơn trong văn bản", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("The ellipsis “…” differs from the form “...” the document uses most", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("…", "...", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void The_single_character_wins_when_it_is_written_more()
    {
        const string text = "Hoàn thành đường giao thông, trường học… Còn khó khăn về vốn, mặt bằng… Một số việc chưa làm...";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4012"));
        Assert.Equal("...", RuleTester.SpanText(text, diagnostic));
        Assert.Equal(text.LastIndexOf("...", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("Dấu ba chấm “...” khác kiểu “…” dùng nhiều hơn trong văn bản", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace("...", "…", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void On_a_tie_three_full_stops_win()
    {
        const string text = "Ngày … tháng 5, các chi bộ họp... Kết quả tốt.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4012"));
        Assert.Equal("…", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Ngày ... tháng 5, các chi bộ họp... Kết quả tốt.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Fix_all_leaves_one_form()
    {
        const string text = "Đường, trường, trạm… đều được sửa; cầu, cống... đã xong; chợ, nhà văn hóa...";
        Assert.Equal("Đường, trường, trạm... đều được sửa; cầu, cống... đã xong; chợ, nhà văn hóa...", RuleTester.FixAll(text, false, "RL4012"));
    }

    [Theory]
    [InlineData("Xây dựng đường, trường, trạm...; cầu, cống...")] // one form
    [InlineData("Xây dựng đường, trường, trạm…; cầu, cống…")]
    [InlineData("Xây dựng đường, trường, trạm v.v... và cầu, cống…")] // the idiom v.v... is left alone
    [InlineData("Xây dựng đường, trường, trạm.... Cầu, cống… đã xong.")] // four dots: an ellipsis and a full stop, or a typo
    [InlineData("Họ và tên: .............. Cầu, cống… đã xong.")] // a dotted line to fill in
    [InlineData("Cầu, cống…. Đường, trường...")] // an ellipsis glued to a full stop
    [InlineData("Đường, trường…… và cầu, cống...")]
    public void Is_silent_on_one_form_and_on_other_dot_runs(string text) => Assert.Empty(RuleTester.Lint(text, "RL4012"));

    [Fact]
    public void Ignores_markdown_code()
    {
        const string text = "Đường, trường, trạm… đều được sửa; cầu, cống… đã xong.\n\nLệnh `reportlint check ...` và\n\n```\ncopy a.txt ...\n```\n";
        Assert.Empty(RuleTester.LintMarkdown(text, "RL4012"));
    }
}
