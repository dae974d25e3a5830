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

    [Fact]
    public void Converts_only_a_TCVN3_fragment_pasted_into_Unicode_text()
    {
        // The Unicode words around the fragment write letters TCVN3 maps too (`á`, `ô`, `ì`): they must stay as written.
        const string fragment = "tæ chøc tèt c¸c ho¹t ®éng v¨n hãa, thÓ thao, tiÕt kiÖm,";
        const string text = "Đầu năm, các phòng chuyên môn đã " + fragment + " không phô trương hình thức.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, SpellingTestData.SpellingRuleIds));
        Assert.Equal("RL3008", diagnostic.Id);
        Assert.Equal(text.IndexOf(fragment, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(fragment.Length, diagnostic.Span.Length);
        Assert.Equal("Đầu năm, các phòng chuyên môn đã tổ chức tốt các hoạt động văn hóa, thể thao, tiết kiệm, không phô trương hình thức.",
            RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Converts_each_VNI_fragment_between_Unicode_words_alone()
    {
        const string text = "Hội nghị giao Văn phòng toå chöùc hoäi nghò sơ kết và Ban Tuyên giáo baùo caùo keát quaû trước ngày 15/7.";
        var diagnostics = RuleTester.Lint(text, SpellingTestData.SpellingRuleIds);
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("RL3008", d.Id));
        Assert.Equal("toå chöùc hoäi nghò", text.Substring(diagnostics[0].Span.Start, diagnostics[0].Span.Length));
        Assert.Equal("baùo caùo keát quaû", text.Substring(diagnostics[1].Span.Start, diagnostics[1].Span.Length));
        Assert.Equal("Hội nghị giao Văn phòng tổ chức hội nghị sơ kết và Ban Tuyên giáo baùo caùo keát quaû trước ngày 15/7.",
            RuleTester.ApplyFirstFix(text, diagnostics[0]));
    }

    [Theory]
    [InlineData("Ông José Müller và bà Françoise dự hội nghị © 2024.")]
    [InlineData("Ủy ban nhân dân tỉnh đã tổ chức hội nghị.")]
    [InlineData("Diện tích 12 × 15 m², nhiệt độ 25°C, giá «ưu đãi» © 2024 theo Điều 5.")]
    public void Is_silent_on_Unicode_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL3008"));
}
