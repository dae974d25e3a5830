using ReportLint.Core.Configuration;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
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
        const string text = "Đường, trường… đều xong; các chi bộ họp... Kết quả tốt.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4012"));
        Assert.Equal("…", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Đường, trường... đều xong; các chi bộ họp... Kết quả tốt.", RuleTester.ApplyFirstFix(text, diagnostic));
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

    [Theory]
    [InlineData("Hà Nội, ngày … tháng … năm 2026\nĐường, trường... đã xong; cầu, cống... đang làm.")] // a date left open
    [InlineData("Hà Nội, ngày...tháng...năm 2026\nĐường, trường… đã xong; cầu, cống… đang làm.")]
    [InlineData("Lào Cai, ngày 12 tháng 3 năm …\nĐường, trường... đã xong; cầu, cống... đang làm.")]
    [InlineData("Số: …/BC-UBND\nĐường, trường... đã xong; cầu, cống... đang làm.")] // a symbol's number left open
    [InlineData("Họ và tên: …\nĐường, trường... đã xong; cầu, cống... đang làm.")] // a label's value
    [InlineData("Chỉ tiêu\t…\t95%\nĐường, trường... đã xong; cầu, cống... đang làm.")] // alone in a cell
    public void Blanks_to_fill_in_are_neither_counted_nor_reported(string text) => Assert.Empty(RuleTester.Lint(text, "RL4012"));

    [Fact]
    public void Blanks_do_not_outvote_the_ellipses_of_the_text()
    {
        // Three blanks in … and two ellipses in ... : the text's own form is kept, and the blanks are not touched.
        const string text = "Hà Nội, ngày … tháng … năm …\nĐường, trường... đã xong; cầu, cống... đang làm; chợ… còn chậm.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4012"));
        Assert.Equal(text.LastIndexOf('…'), diagnostic.Span.Start);
    }

    [Fact]
    public void A_configured_form_is_required_even_when_the_document_is_consistent()
    {
        const string text = "Đường, trường... đã xong; cầu, cống... đang làm.";
        var options = RuleTester.Options("""{ "rules": { "RL4012": { "style": "character" } } }""");
        var found = RuleTester.Lint(text, options, "RL4012");
        Assert.Equal([text.IndexOf("...", StringComparison.Ordinal), text.LastIndexOf("...", StringComparison.Ordinal)], found.Select(d => d.Span.Start));
        Assert.Equal("Dấu ba chấm “...” khác kiểu “…” đã chọn trong cấu hình", found[0].GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("The ellipsis “...” differs from the form “…” set in the configuration", found[0].GetMessage(MessageLanguage.English));
        Assert.Equal("Đường, trường… đã xong; cầu, cống… đang làm.", FixAllApplier.Apply(text, found.Select(d => d.Fixes[0]).ToList()));
    }

    [Fact]
    public void A_configured_form_overrides_the_majority()
    {
        const string text = "Đường, trường… đã xong; cầu, cống… đang làm; chợ... còn chậm.";
        var options = RuleTester.Options("""{ "rules": { "RL4012": { "style": "three-dots" } } }""");
        var found = RuleTester.Lint(text, options, "RL4012");
        Assert.Equal([text.IndexOf('…'), text.LastIndexOf('…')], found.Select(d => d.Span.Start));
        Assert.Empty(RuleTester.Lint("Đường, trường... đã xong; cầu, cống... đang làm.", options, "RL4012"));
    }

    [Fact]
    public void A_configured_form_leaves_blanks_and_the_majority_setting_changes_nothing()
    {
        var character = RuleTester.Options("""{ "rules": { "RL4012": { "style": "character" } } }""");
        Assert.Empty(RuleTester.Lint("Hà Nội, ngày ... tháng ... năm 2026\nSố: .../BC-UBND", character, "RL4012"));
        var majority = RuleTester.Options("""{ "rules": { "RL4012": { "style": "majority" } } }""");
        const string text = "Các xã đã làm đường, kênh mương, nhà văn hóa...\nNhiều mô hình hay được nhân rộng…\nCòn chậm ở khâu giải ngân, đền bù...\n";
        Assert.Equal(RuleTester.Lint(text, "RL4012").Select(d => d.Span), RuleTester.Lint(text, majority, "RL4012").Select(d => d.Span));
        Assert.Single(RuleTester.Lint(text, majority, "RL4012"));
    }

    [Fact]
    public void An_unknown_style_is_a_configuration_error() =>
        Assert.Throws<ConfigurationException>(() => RuleTester.Options("""{ "rules": { "RL4012": { "style": "dots" } } }"""));
}
