using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class RareVariantTests
{
    private const string Text =
        "Huyện Bình Sơn có mười xã.\n" +
        "Nhân dân Bình Sơn cần cù.\n" +
        "Đảng bộ Bình Sơn đoàn kết.\n" +
        "Quê hương Bình Sờn đổi mới.\n";

    [Fact]
    public void Reports_the_single_variant_of_a_repeated_pair()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(Text, "RL3011"));
        Assert.Equal("Bình Sờn", RuleTester.SpanText(Text, diagnostic));
        Assert.Equal(Text.IndexOf("Bình Sờn", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("“Bình Sờn” chỉ xuất hiện một lần, trong khi văn bản viết “Bình Sơn” 3 lần", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“Bình Sờn” occurs once while the document writes “Bình Sơn” 3 times", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(ReportSeverity.Info, diagnostic.Severity);
        Assert.Equal(Text.Replace("Bình Sờn", "Bình Sơn"), RuleTester.ApplyFirstFix(Text, diagnostic));
    }

    [Fact]
    public void Is_silent_when_the_variant_is_not_repeated()
    {
        var text = Text.Replace("Đảng bộ Bình Sơn", "Đảng bộ huyện");
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
    }

    [Fact]
    public void Reports_each_single_variant_wherever_it_stands_against_the_frequent_form()
    {
        // The slips come first and are two different variants of the same skeleton.
        var text = "Quê hương Bình Sờn đổi mới.\nXã Bính Sơn có nghề dệt.\n" + Text.Replace("Quê hương Bình Sờn đổi mới.\n", "");

        var diagnostics = RuleTester.Lint(text, "RL3011");

        Assert.Equal(["Bình Sờn", "Bính Sơn"], diagnostics.Select(d => RuleTester.SpanText(text, d)));
        Assert.All(diagnostics, d => Assert.EndsWith("văn bản viết “Bình Sơn” 3 lần", d.GetMessage(MessageLanguage.Vietnamese)));
    }

    [Fact]
    public void Leaves_a_pair_whose_slip_RL3003_reports_with_its_other_neighbour()
    {
        // `thon` is reported once, as `nông thon` (RL3003), not again as `thon mới` against `thôn mới`.
        const string text =
            "Xã đạt chuẩn nông thôn mới năm 2020.\nHuyện có 12 xã nông thôn mới.\nPhong trào nông thôn mới lan rộng.\n" +
            "Tuyến đường nông thon mới được khánh thành.\n";
        Assert.Empty(RuleTester.Lint(text, "RL3011"));
        Assert.Equal("nông thon", RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, "RL3003"))));
    }

    [Fact]
    public void Is_silent_on_the_project_text() =>
        Assert.Empty(RuleTester.Lint(SpellingTestData.Read("report-party-building.txt") + SpellingTestData.Read("news-conference.txt")
            + SpellingTestData.Read("report-socio-economic.txt"), "RL3011"));
}
