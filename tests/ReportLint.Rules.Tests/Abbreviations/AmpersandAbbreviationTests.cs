using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>An abbreviation written with `&` (`KH&CN`, `GD&ĐT`) is one abbreviation, and `&` stands for `và` in its definition.</summary>
public class AmpersandAbbreviationTests
{
    [Fact]
    public void A_definition_with_an_ampersand_matches_its_full_form_and_defines_the_later_uses()
    {
        const string text = "Sở Khoa học và Công nghệ (KH&CN) chủ trì thẩm định.\nSở KH&CN đã nghiệm thu 9 đề tài.\n";
        Assert.Empty(Family(text));
    }

    [Fact]
    public void An_undefined_abbreviation_with_an_ampersand_is_reported_once_as_a_whole()
    {
        const string text = "Sở KH&CN phối hợp với Sở GD&ĐT tổ chức hội thi sáng tạo.";
        var diagnostics = RuleTester.Lint(text, "RL1001");
        Assert.Equal(2, diagnostics.Count);
        AssertSpan(text, diagnostics[0], "KH&CN");
        AssertSpan(text, diagnostics[1], "GD&ĐT");
        Assert.Equal("Chữ viết tắt “KH&CN” chưa được định nghĩa; viết đầy đủ rồi ghi chữ viết tắt trong ngoặc đơn ở lần dùng đầu tiên", Vi(diagnostics[0]));
        Assert.Equal("The abbreviation “GD&ĐT” is used without a definition; write the full form followed by the abbreviation in parentheses at its first use", En(diagnostics[1]));
        Assert.Empty(diagnostics[0].Fixes); // the parts are not the data's KH (Kế hoạch) and CN
    }

    [Fact]
    public void Two_definitions_with_ampersands_side_by_side_each_fit()
    {
        const string text = "Sở Kế hoạch và Đầu tư (KH&ĐT) và Sở Giáo dục và Đào tạo (GD&ĐT) phối hợp; Sở KH&ĐT tổng hợp, Sở GD&ĐT báo cáo.";
        Assert.Empty(Family(text));
    }

    [Fact]
    public void An_ampersand_definition_whose_letters_do_not_fit_is_a_mismatch()
    {
        const string text = "Sở Khoa học và Công nghệ (KH&ĐT) chủ trì thẩm định.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1005"));
        AssertSpan(text, diagnostic, "KH&ĐT");
    }
}
