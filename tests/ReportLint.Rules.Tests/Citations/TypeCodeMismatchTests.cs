using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class TypeCodeMismatchTests
{
    [Fact]
    public void Type_word_and_code_disagree()
    {
        const string text = "Các chi bộ quán triệt Chỉ thị số 02-NQ/TU của Ban Thường vụ Tỉnh ủy.";
        var diagnostic = CitationTest.Single(text, "RL2004", "Chỉ thị số 02-NQ/TU");
        Assert.Equal("“Chỉ thị” không khớp ký hiệu “NQ” (Nghị quyết) trong “02-NQ/TU”", CitationTest.Vi(diagnostic));
        Assert.Equal("“Chỉ thị” does not match the type code “NQ” (Nghị quyết) in “02-NQ/TU”", CitationTest.En(diagnostic));
        // The code of the type word first: the sentence names the kind of document; the word of the code second.
        Assert.Equal(["CT", "Nghị quyết"], CitationTest.FixTexts(diagnostic));
        Assert.Equal("Các chi bộ quán triệt Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Known_document_decides_the_type_word()
    {
        const string text = "Tiếp tục thực hiện Quyết định số 08-QĐi/TW về nêu gương.";
        var diagnostic = CitationTest.Single(text, "RL2004", "Quyết định số 08-QĐi/TW");
        Assert.Equal(["Quy định"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void A_conclusion_cited_with_a_directive_code_is_offered_its_own_code_first()
    {
        const string text = "Thực hiện Kết luận số 03-CT/TW ngày 18/5/2021 của Bộ Chính trị.";
        var diagnostic = CitationTest.Single(text, "RL2004", "Kết luận số 03-CT/TW");
        Assert.Equal(["KL", "Chỉ thị"], CitationTest.FixTexts(diagnostic));
        Assert.Equal("Thực hiện Kết luận số 03-KL/TW ngày 18/5/2021 của Bộ Chính trị.", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Equal("Sửa số, ký hiệu thành “03-KL/TW”", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal("Change the symbol to “03-KL/TW”", diagnostic.Fixes[0].Title.En);
    }

    [Theory]
    [InlineData("Đảng ủy quán triệt Chỉ thị số 05-NQ/TW ngày 15/5/2016 của Bộ Chính trị về học tập và làm theo Bác.", "Chỉ thị số 05-NQ/TW", "CT")]
    [InlineData("Đảng ủy quán triệt Chỉ thị số 05-NQ/TW của Bộ Chính trị về học tập và làm theo Bác.", "Chỉ thị số 05-NQ/TW", "CT")]
    [InlineData("Thực hiện Kết luận số 01-CT/TW ngày 18/5/2021 của Bộ Chính trị.", "Kết luận số 01-CT/TW", "KL")]
    public void The_knowledge_base_rules_out_the_type_of_the_code(string text, string span, string code)
    {
        var diagnostic = CitationTest.Single(text, "RL2004", span);
        Assert.Equal([code], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    [InlineData("Đảng ủy quán triệt Chỉ thị số 05-NQ/TW về học tập và làm theo Bác.")] // nothing but the number to go by
    [InlineData("Đảng ủy quán triệt Chỉ thị số 05-NQ/TW ngày 01/11/2016 của Ban Chấp hành Trung ương.")] // not the known directive's date
    public void The_knowledge_base_needs_the_date_or_issuer_to_agree(string text) =>
        Assert.Equal(["CT", "Nghị quyết"], CitationTest.FixTexts(CitationTest.Single(text, "RL2004", "Chỉ thị số 05-NQ/TW")));

    [Fact]
    public void The_drafts_full_citation_of_the_same_number_and_issuer_settles_the_type()
    {
        const string text = "Căn cứ Nghị quyết số 31/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh về dự toán ngân sách.\n"
            + "Dự toán chi phù hợp với Nghị quyết số 31/QĐ-HĐND của Hội đồng nhân dân tỉnh.\n";
        var diagnostic = CitationTest.Single(text, "RL2004", "Nghị quyết số 31/QĐ-HĐND");
        Assert.Equal(["NQ"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void The_drafts_full_citation_can_settle_it_for_the_code()
    {
        const string text = "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân huyện.\nTheo Nghị quyết số 12/QĐ-UBND, các xã rà soát hộ nghèo.\n";
        var diagnostic = CitationTest.Single(text, "RL2004", "Nghị quyết số 12/QĐ-UBND");
        Assert.Equal(["Quyết định"], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    [InlineData("Căn cứ Nghị quyết số 31/NQ-HĐND và Quyết định số 31/QĐ-HĐND của Hội đồng nhân dân tỉnh.\nTheo Nghị quyết số 31/QĐ-HĐND, các xã lập dự toán.\n")] // both exist
    [InlineData("Căn cứ Nghị quyết số 31/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh.\nTheo Nghị quyết số 31/QĐ-HĐND ngày 20/7/2024, các xã lập dự toán.\n")] // another day
    public void The_drafts_citations_settle_nothing_when_they_do_not_agree(string text)
    {
        var diagnostic = CitationTest.Single(text, "RL2004", "Nghị quyết số 31/QĐ-HĐND", after: "\n");
        Assert.Equal(["NQ", "Quyết định"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void A_programme_of_action_takes_the_programme_code()
    {
        const string text = "Thực hiện Chương trình hành động số 27-KH/TU của Tỉnh ủy.";
        var diagnostic = CitationTest.Single(text, "RL2004", "Chương trình hành động số 27-KH/TU");
        Assert.Equal("“Chương trình hành động” không khớp ký hiệu “KH” (Kế hoạch) trong “27-KH/TU”", CitationTest.Vi(diagnostic));
        Assert.Empty(RuleTester.Lint(text.Replace("27-KH/TU", "27-CTr/TU", StringComparison.Ordinal), "RL2004"));
    }

    [Fact]
    public void Lower_case_type_word_keeps_its_case()
    {
        const string text = "Theo chỉ thị số 15-NQ/HU, các chi bộ họp định kỳ.";
        var diagnostic = CitationTest.Single(text, "RL2004", "chỉ thị số 15-NQ/HU");
        Assert.Equal("nghị quyết", CitationTest.FixTexts(diagnostic)[1]);
    }

    [Fact]
    public void A_later_item_of_a_list_marks_its_symbol_only()
    {
        const string text = "Các chi bộ quán triệt Chỉ thị số 05-CT/TU, 06-CT/TU, 07-NQ/TU của Ban Thường vụ Tỉnh ủy.";
        var diagnostic = CitationTest.Single(text, "RL2004", "07-NQ/TU");
        Assert.Equal("“Chỉ thị” không khớp ký hiệu “NQ” (Nghị quyết) trong “07-NQ/TU”", CitationTest.Vi(diagnostic));
        Assert.Equal(text.Replace("07-NQ/TU", "07-CT/TU", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Quy định số 105-QĐ/TW và Quy định số 08-QĐi/TW được thực hiện nghiêm.")]
    [InlineData("Quyết định số 290-QĐ/TW của Bộ Chính trị ban hành quy chế dân vận.")]
    [InlineData("Thông tư số 01/2011/TT-BNV và Thông tri số 02-TT/TU.")]
    [InlineData("Công văn số 125/UBND-VX và Công văn số 45-CV/TU.")]
    [InlineData("Thông báo kết luận số 123-TB/TU của Ban Thường vụ Tỉnh ủy.")]
    [InlineData("Thực hiện Quy định số 69/QĐ-TW ngày 06/7/2022 của Bộ Chính trị.")] // the layout is RL2002's finding
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2004"));
}
