using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class KnownDocumentContradictionTests
{
    [Fact]
    public void Wrong_issuer()
    {
        const string text = "Quán triệt Quy định số 205-QĐ/TW của Ban Chấp hành Trung ương, các cấp ủy rà soát quy trình nhân sự.";
        var diagnostic = CitationTest.Single(text, "RL2009", "Ban Chấp hành Trung ương");
        Assert.Equal("Theo cơ sở dữ liệu, 205-QĐ/TW do Bộ Chính trị ban hành, không phải Ban Chấp hành Trung ương", CitationTest.Vi(diagnostic));
        Assert.Equal("According to the knowledge base, 205-QĐ/TW was issued by Bộ Chính trị, not Ban Chấp hành Trung ương", CitationTest.En(diagnostic));
        Assert.Equal("Quán triệt Quy định số 205-QĐ/TW của Bộ Chính trị, các cấp ủy rà soát quy trình nhân sự.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Các chi bộ học tập Quy định số 37-QĐ/TW ngày 25/10/2021 của Bộ Chính trị.", "Bộ Chính trị", "Ban Chấp hành Trung ương")]
    [InlineData("Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Ban Chấp hành Trung ương.", "Ban Chấp hành Trung ương", "Bộ Chính trị")]
    [InlineData("Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Bộ Chính trị về kiểm tra, giám sát.", "Bộ Chính trị", "Ban Chấp hành Trung ương")]
    [InlineData("Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Ban Bí thư.", "Ban Bí thư", "Bộ Chính trị")]
    [InlineData("Thực hiện Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Ban Chấp hành Trung ương về doanh nhân.", "Ban Chấp hành Trung ương", "Bộ Chính trị")]
    [InlineData("Triển khai Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Ban Bí thư về giáo dục.", "Ban Bí thư", "Bộ Chính trị")]
    [InlineData("Thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Ban Bí thư về khuyến học.", "Ban Bí thư", "Bộ Chính trị")]
    [InlineData("Hội Nông dân tiếp tục thực hiện Kết luận số 61-KL/TW ngày 03/12/2009 của Bộ Chính trị.", "Bộ Chính trị", "Ban Bí thư")]
    [InlineData("Căn cứ Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Chính phủ về Hội Nông dân.", "Chính phủ", "Thủ tướng Chính phủ")]
    [InlineData("Các chi bộ quán triệt Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Bộ Chính trị về sắp xếp bộ máy.", "Bộ Chính trị", "Ban Chấp hành Trung ương")]
    public void Wrong_issuer_of_recent_documents(string text, string written, string issuer)
    {
        var diagnostic = CitationTest.Single(text, "RL2009", written);
        Assert.Equal(text.Replace(written, issuer, StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Wrong_date_in_the_same_term()
    {
        const string text = "Nghị quyết số 26-NQ/TW ngày 19/5/2019 về công tác cán bộ.";
        var diagnostic = CitationTest.Single(text, "RL2009", "19/5/2019");
        Assert.Equal("Theo cơ sở dữ liệu, 26-NQ/TW ban hành ngày 19/5/2018, không phải 19/5/2019", CitationTest.Vi(diagnostic));
        Assert.Equal(["19/5/2018"], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    [InlineData("Quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2024 của Bộ Chính trị.", "30/5/2024", "14/6/2024")]
    [InlineData("Quán triệt Chỉ thị số 35-CT/TW ngày 15/5/2019 của Bộ Chính trị.", "15/5/2019", "30/5/2019")]
    // No document of the cited year: the term the cited date falls in tells them apart (XIII, then XII).
    [InlineData("Các chi bộ học tập Nghị quyết số 19-NQ/TW ngày 16/6/2023 về nông nghiệp.", "16/6/2023", "16/6/2022")]
    [InlineData("Các chi bộ học tập Nghị quyết số 19-NQ/TW ngày 25/10/2018 về đơn vị sự nghiệp.", "25/10/2018", "25/10/2017")]
    [InlineData("Chi bộ học tập Nghị quyết số 21-NQ/TW ngày 16/6/2023 về tổ chức cơ sở đảng.", "16/6/2023", "16/6/2022")]
    [InlineData("Ngành y tế quán triệt Nghị quyết số 72-NQ/TW ngày 09/9/2024 của Bộ Chính trị.", "09/9/2024", "09/9/2025")]
    public void A_symbol_of_two_terms_is_checked_against_the_document_of_the_cited_year(string text, string written, string known)
    {
        var diagnostic = CitationTest.Single(text, "RL2009", written);
        Assert.Equal([known], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    [InlineData("Các chi bộ học tập Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp.")]
    [InlineData("Các chi bộ học tập Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.")]
    [InlineData("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về công tác dân vận.")]
    [InlineData("Chi bộ học tập Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII về công tác dân số.")]
    [InlineData("Chi bộ học tập Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về tổ chức cơ sở đảng.")]
    public void Each_document_of_a_reused_symbol_is_right_on_its_own_date(string text) =>
        CitationTest.Silent(text);

    [Theory]
    [InlineData("Hội Phụ nữ quán triệt Chỉ thị số 21-NQ/TW ngày 20/01/2018 của Ban Bí thư về công tác phụ nữ.")]
    [InlineData("Hội Phụ nữ quán triệt Chỉ thị số 21-NQ/TW của Ban Bí thư về công tác phụ nữ.")]
    public void A_known_symbol_under_another_type_word_with_another_date_or_body_is_another_document(string text)
    {
        // The code is the slip (a Chỉ thị 21-CT/TW): RL2004 reports it, the known Nghị quyết 21-NQ/TW is not compared.
        var diagnostics = RuleTester.Lint(text);
        var mismatch = Assert.Single(diagnostics, d => d.Id == "RL2004");
        Assert.Equal("CT", CitationTest.FixTexts(mismatch)[0]);
        Assert.DoesNotContain(diagnostics, d => d.Id == "RL2009");
    }

    [Fact]
    public void Term_of_a_dated_document()
    {
        const string text = "Chi bộ học tập Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI về chỉnh đốn Đảng.";
        var diagnostic = CitationTest.Single(text, "RL2009", "XI", after: "khóa ");
        Assert.Equal("Theo cơ sở dữ liệu, 04-NQ/TW thuộc khóa XII, không phải khóa XI", CitationTest.Vi(diagnostic));
        Assert.Equal("According to the knowledge base, 04-NQ/TW is of term XII, not term XI", CitationTest.En(diagnostic));
        Assert.Equal(text.Replace("khóa XI", "khóa XII", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void An_invalid_term_numeral_is_left_to_RL2007()
    {
        const string text = "Chi bộ học tập Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIIII về tổ chức cơ sở đảng.";
        var diagnostics = RuleTester.Lint(text);
        Assert.Equal("RL2007", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương (khóa XI) về chỉnh đốn Đảng.", "XII")]
    [InlineData("Chi bộ học tập Nghị quyết Trung ương 4 (khóa XI) số 04-NQ/TW ngày 30/10/2016 về chỉnh đốn Đảng.", "XII")]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW ngày 30/10/2016 Hội nghị Trung ương 4 khóa XI về chỉnh đốn Đảng.", "XII")]
    [InlineData("Đảng ủy quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XI về học tập và làm theo Bác.", "XII")] // the term of its date
    public void Term_of_a_dated_document_in_other_forms(string text, string term)
    {
        var diagnostic = CitationTest.Single(text, "RL2009", "XI", after: "khóa ");
        Assert.Equal([term], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII.", "năm", "tư")]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW của Hội nghị Trung ương 5 khóa XII.", "5", "4")]
    [InlineData("Chi bộ học tập Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị Trung ương lần thứ sáu khóa XII.", "sáu", "bảy")]
    [InlineData("Chi bộ học tập Nghị quyết Trung ương 6 (khóa XII) số 26-NQ/TW về cán bộ.", "6", "7")]
    [InlineData("Chi bộ học tập Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị Trung ương 7 khóa XII về kinh tế biển.", "7", "8")]
    [InlineData("Chi bộ học tập Nghị quyết Trung ương 6 (khóa XIII) số 21-NQ/TW về tổ chức cơ sở đảng.", "6", "5")]
    public void Plenum_of_a_known_resolution(string text, string written, string plenum)
    {
        var diagnostic = CitationTest.Single(text, "RL2009", written, after: "Nghị quyết ");
        Assert.Equal(text.Replace($" {written} ", $" {plenum} ", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Plenum_message()
    {
        const string text = "Chi bộ học tập Nghị quyết số 04-NQ/TW của Hội nghị Trung ương 5 khóa XII.";
        var diagnostic = CitationTest.Single(text, "RL2009", "5");
        Assert.Equal("Theo cơ sở dữ liệu, 04-NQ/TW là văn bản của Hội nghị Trung ương 4, không phải Hội nghị Trung ương 5", CitationTest.Vi(diagnostic));
        Assert.Equal("According to the knowledge base, 04-NQ/TW comes from Central Committee plenum 4, not plenum 5", CitationTest.En(diagnostic));
    }

    [Fact]
    public void Date_opening_the_clause_that_issues_the_document()
    {
        const string text = "Ngày 15/5/2017, Bộ Chính trị ban hành Chỉ thị số 05-CT/TW về học tập và làm theo Bác.";
        var diagnostic = CitationTest.Single(text, "RL2009", "15/5/2017");
        Assert.Equal(["15/5/2016"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void Date_of_a_news_dateline_that_names_the_part_of_the_day()
    {
        const string text = "Sáng 20/5/2016, Bộ Chính trị ban hành Chỉ thị số 05-CT/TW về học tập và làm theo Bác.";
        var diagnostic = CitationTest.Single(text, "RL2009", "20/5/2016");
        Assert.Equal(["15/5/2016"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void Issuer_named_as_the_subject_of_the_issuing_verb()
    {
        const string text = "Bộ Chính trị ban hành Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.";
        var diagnostic = CitationTest.Single(text, "RL2009", "Bộ Chính trị");
        Assert.Equal("Theo cơ sở dữ liệu, 21-KL/TW do Ban Chấp hành Trung ương ban hành, không phải Bộ Chính trị", CitationTest.Vi(diagnostic));
        Assert.Equal(text.Replace("Bộ Chính trị", "Ban Chấp hành Trung ương", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Năm 2016, Ban Bí thư đã ban hành Chỉ thị số 05-CT/TW về học tập và làm theo Bác.", "Ban Bí thư", "Bộ Chính trị")]
    [InlineData("Ngày 25/10/2021, Bộ Chính trị vừa ký ban hành Quy định số 37-QĐ/TW về những điều đảng viên không được làm.", "Bộ Chính trị", "Ban Chấp hành Trung ương")]
    [InlineData("Sau hội nghị, Ban Bí thư Trung ương Đảng ban hành Quy định số 90-QĐ/TW về tiêu chuẩn chức danh cán bộ.", "Ban Bí thư Trung ương Đảng", "Bộ Chính trị")]
    public void Issuer_named_before_the_verb_in_other_forms(string text, string written, string issuer)
    {
        var diagnostic = CitationTest.Single(text, "RL2009", written);
        Assert.Equal(text.Replace(written, issuer, StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Term_without_date_when_the_subject_names_the_known_document()
    {
        const string text = "Thực hiện Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương khóa XI về tăng cường xây dựng, chỉnh đốn Đảng; kiên quyết "
            + "ngăn chặn, đẩy lùi sự suy thoái nghiêm trọng về tư tưởng chính trị, đạo đức, lối sống, chi bộ đã họp chuyên đề.";
        var diagnostic = CitationTest.Single(text, "RL2009", "XI", after: "khóa ");
        Assert.Equal("Theo cơ sở dữ liệu, 04-NQ/TW thuộc khóa XII, không phải khóa XI", CitationTest.Vi(diagnostic));
        Assert.Equal(text.Replace("khóa XI", "khóa XII", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Quán triệt Nghị quyết số 18-NQ/TW (khóa XIII) về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.", "XIII")]
    [InlineData("Nghị quyết số 26-NQ/TW khóa XI về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, được quán triệt.", "XI")]
    public void Term_without_date_in_other_forms(string text, string written) =>
        CitationTest.Single(text, "RL2009", written, after: "khóa ");

    [Theory]
    [InlineData("Thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương khóa X về nông nghiệp, nông dân, nông thôn.")] // another term's 26-NQ/TW
    [InlineData("Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XIII về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất.")]
    [InlineData("Nghị quyết số 12-NQ/TW của Ban Chấp hành Trung ương khóa XII về tiếp tục cơ cấu lại, đổi mới và nâng cao hiệu quả doanh nghiệp nhà nước.")]
    [InlineData("Chỉ thị số 35-CT/TW khóa XI của Bộ Chính trị về đại hội đảng bộ các cấp, hướng tới Đại hội XII của Đảng.")] // two documents share the subject
    [InlineData("Chỉ thị số 04-NQ/TW khóa XI về chỉnh đốn Đảng, chống suy thoái tư tưởng.")] // the type word is another document's
    [InlineData("Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương khóa XI về luân chuyển cán bộ và chỉnh đốn Đảng.")] // one pair is not the subject
    [InlineData("Thực hiện Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương khóa XII về tăng cường xây dựng, chỉnh đốn Đảng, nhất là ngăn chặn suy thoái.")]
    public void A_subject_of_another_document_keeps_the_term_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL2009"));

    [Theory]
    [InlineData("Bộ Chính trị đã ban hành Chỉ thị số 05-CT/TW về học tập và làm theo Bác.")]
    [InlineData("Ban Chấp hành Trung ương ban hành Nghị quyết số 26-NQ/TW về cán bộ.")]
    [InlineData("Bộ Chính trị và Ban Bí thư ban hành Chỉ thị số 05-CT/TW về học tập và làm theo Bác.")] // two subjects
    [InlineData("Thay mặt Bộ Chính trị, đồng chí Thường trực Ban Bí thư ký ban hành Kết luận số 21-KL/TW.")] // a person signs
    [InlineData("Ngày 20/5, Bộ Chính trị ban hành Chỉ thị số 05-CT/TW về học tập và làm theo Bác.")] // a day without year is not compared
    [InlineData("Ban Bí thư chỉ đạo các cấp ủy ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW.")] // the verb's object is another document
    public void Is_silent_on_correct_issuers_before_the_verb(string text) => Assert.Empty(RuleTester.Lint(text, "RL2009"));

    [Theory]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII.")]
    [InlineData("Chi bộ học tập Nghị quyết Trung ương 4 (khóa XII) số 04-NQ/TW ngày 30/10/2016 về chỉnh đốn Đảng.")]
    [InlineData("Chi bộ học tập Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ 6 Ban Chấp hành Trung ương khóa XII.")]
    [InlineData("Chi bộ học tập Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Hội nghị Trung ương 4 (khóa XI).")]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương khóa XI.")] // no date: that term may have its own 04-NQ/TW
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW ngày 12/3/2013 của Ban Chấp hành Trung ương khóa XI.")] // a date of that term
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW của Hội nghị Trung ương 5 khóa XIII.")] // another term's resolution
    [InlineData("Chi bộ học tập Nghị quyết số 05-NQ/TU ngày 16/8/2021 của Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh khóa XIX.")]
    [InlineData("Chi bộ học tập Nghị quyết số 04-NQ/TW của Hội nghị Trung ương năm 2016.")] // a year, not a plenum
    [InlineData("Ngày 15/5/2016, Bộ Chính trị ban hành Chỉ thị số 05-CT/TW về học tập và làm theo Bác.")]
    [InlineData("Quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 và Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.")] // both exist
    [InlineData("Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 và Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị.")]
    [InlineData("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.")]
    [InlineData("Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIII về đất đai.")]
    [InlineData("Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XIII.")]
    [InlineData("Quy định số 66-QĐ/TW của Ban Chấp hành Trung ương về thể thức văn bản.")]
    [InlineData("Chỉ thị số 35-CT/TW của Trung ương về đại hội đảng bộ các cấp.")]
    [InlineData("Nghị quyết số 04-NQ/TW, Nghị quyết số 26-NQ/TW của BCH Trung ương Đảng khóa XII.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2009"));
}
