using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class LegacyEncodingTests
{
    [Fact]
    public void Reports_a_TCVN3_paragraph_once_with_a_conversion()
    {
        const string text = "Uû ban nh©n d©n tØnh ®· tæ chøc héi nghÞ.\nĐoạn sau viết đúng Unicode.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, SpellingTestData.SpellingRuleIds));
        Assert.Equal("RL3008", diagnostic.Id);
        Assert.Equal(0, diagnostic.Span.Start);
        Assert.Equal(41, diagnostic.Span.Length);
        Assert.Equal("Đoạn văn được gõ bằng phông TCVN3 (ABC) cũ, hiển thị sai khi đọc bằng Unicode", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Uỷ ban nhân dân tỉnh đã tổ chức hội nghị.\nĐoạn sau viết đúng Unicode.\n", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reports_a_VNI_paragraph_once_with_a_conversion()
    {
        const string text = "UÛy ban nhaân daân tænh ñaõ toå chöùc hoäi nghò.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, SpellingTestData.SpellingRuleIds));
        Assert.Equal("RL3008", diagnostic.Id);
        Assert.Equal("The paragraph was typed in a legacy VNI font and shows garbled in Unicode", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal("ỦY ban nhân dân tỉnh đã tổ chức hội nghị.".Replace("ỦY", "Ủy"), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Ông José Müller và bà Françoise dự hội nghị © 2024.")]
    [InlineData("Ủy ban nhân dân tỉnh đã tổ chức hội nghị.")]
    public void Is_silent_on_Unicode_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL3008"));
}
