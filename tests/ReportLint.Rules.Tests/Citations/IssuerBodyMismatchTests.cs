using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class IssuerBodyMismatchTests
{
    [Fact]
    public void Issuer_code_of_another_body()
    {
        const string text = "Các chi bộ triển khai Nghị quyết số 07-NQ/ĐUK của Ban Chấp hành Trung ương về chuyển đổi số trong cơ quan.";
        var diagnostic = CitationTest.Single(text, "RL2012", "Ban Chấp hành Trung ương");
        Assert.Equal("Ký hiệu cơ quan “ĐUK” trong “07-NQ/ĐUK” không khớp “Ban Chấp hành Trung ương” (ký hiệu TW)", CitationTest.Vi(diagnostic));
        Assert.Equal("The issuer code “ĐUK” in “07-NQ/ĐUK” does not match “Ban Chấp hành Trung ương” (code TW)", CitationTest.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void State_symbol_with_a_Party_body()
    {
        const string text = "Căn cứ Quyết định số 1234/QĐ-UBND của Tỉnh ủy.";
        CitationTest.Single(text, "RL2012", "Tỉnh ủy");
    }

    [Fact]
    public void Issuer_named_as_the_subject_of_the_issuing_verb()
    {
        const string text = "Ngày 16/8, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/HU về chuyển đổi số.";
        CitationTest.Single(text, "RL2012", "Ban Thường vụ Tỉnh ủy");
        Assert.Empty(RuleTester.Lint(text.Replace("Tỉnh ủy", "Huyện ủy", StringComparison.Ordinal), "RL2012"));
    }

    [Fact]
    public void The_closing_formula_names_the_report_author_not_the_issuer()
    {
        const string text = "Trên đây là Báo cáo kết quả 5 năm thực hiện Chỉ thị số 05-CT/TW của Ban Thường vụ Huyện ủy./.";
        Assert.Empty(RuleTester.Lint(text, "RL2012", "RL2009"));
        Assert.Single(RuleTester.Lint(text.Replace("Trên đây là Báo cáo", "Báo cáo", StringComparison.Ordinal), "RL2012"));
    }

    [Theory]
    [InlineData("Căn cứ Quyết định số 815/QĐ-TTg ngày 12/3/2023 của Bộ Nông nghiệp và Phát triển nông thôn về vùng nguyên liệu;", "Bộ Nông nghiệp và Phát triển nông thôn", "TTg", "BNNPTNT")]
    [InlineData("Căn cứ Thông tư số 08/2021/TT-BNV ngày 02/6/2021 của Bộ Tài chính;", "Bộ Tài chính", "BNV", "BTC")]
    public void A_ministry_named_for_a_symbol_of_another_issuer(string text, string body, string issuer, string code)
    {
        var diagnostic = CitationTest.Single(text, "RL2012", body);
        Assert.StartsWith($"Ký hiệu cơ quan “{issuer}” trong", CitationTest.Vi(diagnostic), StringComparison.Ordinal);
        Assert.EndsWith($"không khớp “{body}” (ký hiệu {code})", CitationTest.Vi(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void The_issuer_of_a_known_document_is_left_to_RL2009()
    {
        const string text = "Căn cứ Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Chính phủ về Hội Nông dân.";
        Assert.Equal(["RL2009"], RuleTester.Lint(text).Select(d => d.Id));
    }

    [Theory]
    [InlineData("Nghị quyết số 07-NQ/ĐUK ngày 14/3/2019 của Ban Chấp hành Đảng bộ Khối.")]
    [InlineData("Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy và Công văn số 12-CV/VPTU của Tỉnh ủy.")]
    [InlineData("Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng; Quy định số 102-QĐ/TW của Bộ Chính trị.")]
    [InlineData("Nghị định số 30/2020/NĐ-CP của Chính phủ và Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ.")]
    [InlineData("Luật số 52/2019/QH14 của Quốc hội.")]
    [InlineData("Kế hoạch số 12-KH/TWĐTN của Trung ương Đoàn.")]
    [InlineData("Nghị quyết số 18-NQ/TW của Trung ương.")]
    [InlineData("Nghị quyết số 05-NQ/ĐU của Đảng ủy Khối các cơ quan tỉnh.")]
    [InlineData("Trên đây là Báo cáo sơ kết 3 năm thực hiện Nghị quyết số 21-NQ/TW của Ban Thường vụ Huyện ủy Thạch Bình./.")]
    [InlineData("- Trên đây là kết quả thực hiện Chỉ thị số 05-CT/TW của Đảng ủy xã.")]
    [InlineData("Căn cứ Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính quy định chế độ công tác phí;")]
    [InlineData("Căn cứ Thông tư liên tịch số 12/2015/TTLT-BTC-BNV của Bộ Tài chính và Bộ Nội vụ;")]
    [InlineData("Căn cứ Thông tư số 05/2025/TT-BNNMT của Bộ Nông nghiệp và Môi trường; Thông tư số 17/2023/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch;")]
    [InlineData("Quyết định số 125/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh theo đề nghị của Bộ Tài chính;")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2012"));
}
