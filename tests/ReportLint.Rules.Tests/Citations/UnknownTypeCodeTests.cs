using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class UnknownTypeCodeTests
{
    [Fact]
    public void Unknown_Party_code_is_reported_with_the_code_of_the_type_word()
    {
        const string text = "Thực hiện Nghị quyết số 02-NQQ/TU của Tỉnh ủy về chuyển đổi số.";
        var diagnostic = CitationTest.Single(text, "RL2003", "NQQ");
        Assert.Equal("“NQQ” trong “02-NQQ/TU” không phải ký hiệu loại văn bản của Đảng", CitationTest.Vi(diagnostic));
        Assert.Equal("“NQQ” in “02-NQQ/TU” is not a Party document type code", CitationTest.En(diagnostic));
        Assert.Equal("Thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy về chuyển đổi số.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Unknown_State_code_after_a_type_word_that_needs_one()
    {
        const string text = "Căn cứ Quyết định số 125/QD-UBND của Ủy ban nhân dân huyện.";
        var diagnostic = CitationTest.Single(text, "RL2003", "QD");
        Assert.Equal(["QĐ"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void Party_only_code_in_a_State_symbol()
    {
        const string text = "Ủy ban nhân dân huyện ban hành Quy định số 12/QĐi-UBND về quản lý tài sản.";
        var diagnostic = CitationTest.Single(text, "RL2003", "QĐi");
        Assert.Equal("“QĐi” trong “12/QĐi-UBND” không phải ký hiệu loại văn bản nhà nước", CitationTest.Vi(diagnostic));
        Assert.Equal(["QyĐ"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void Unknown_code_with_a_Party_issuer_outside_a_citation()
    {
        const string text = "Văn bản 15-XYZ/TU đã được gửi các chi bộ.";
        CitationTest.Single(text, "RL2003", "XYZ");
    }

    [Theory]
    [InlineData("Học sinh lớp 12-A1/B tham gia hội thi.")]
    [InlineData("Công văn số 125/UBND-VX đã trả lời kiến nghị.")]
    [InlineData("Thông báo số 15-TB/TU và Thông tri số 02-TT/TU đã được phổ biến.")]
    [InlineData("Chương trình số 12-CTr/TU và Kế hoạch số 45-KH/HU đã triển khai.")]
    [InlineData("Thông tư số 01/2011/TT-BNV hướng dẫn thể thức văn bản hành chính.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2003"));
}
