using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>
/// A known document's slip reported once, by RL2009, with a fix in the draft's own date style; a type code slip of a
/// known symbol; the issuer named after the document (`do Bộ Chính trị ban hành`).
/// </summary>
public class KnownDocumentOnceTests
{
    private static string[] Citations(string text, Core.Analysis.AnalyzerOptions? options = null) =>
        RuleTester.Lint(text, options ?? RuleTester.Options()).Where(d => d.Id.StartsWith("RL2", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {RuleTester.SpanText(text, d)}").ToArray();

    [Theory]
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư.", "05/3/2021", "05/3/2020")]
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 15/4/2021 của Chính phủ về công tác văn thư.", "15/4/2021", "5/3/2020")]
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05-03-2019 của Chính phủ về công tác văn thư.", "05-03-2019", "05-03-2020")]
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 5 tháng 3 năm 2021 của Chính phủ về công tác văn thư.", "5 tháng 3 năm 2021", "5 tháng 3 năm 2020")]
    public void A_known_state_document_s_wrong_year_is_one_finding_of_rl2009(string text, string written, string fix)
    {
        Assert.Equal([$"RL2009 {written}"], Citations(text));
        var diagnostic = CitationTest.Single(text, "RL2009", written);
        Assert.Equal([fix], CitationTest.FixTexts(diagnostic));
        Assert.Equal($"Theo cơ sở dữ liệu, 30/2020/NĐ-CP ban hành ngày {fix}, không phải {written}", CitationTest.Vi(diagnostic));
    }

    [Fact]
    public void An_unknown_state_document_s_year_is_still_rl2006()
    {
        const string text = "Căn cứ Nghị định số 31/2020/NĐ-CP ngày 05/3/2021 của Chính phủ.";
        Assert.Equal(["RL2006 05/3/2021"], Citations(text));
        Assert.Equal(["05/3/2020"], CitationTest.FixTexts(CitationTest.Single(text, "RL2006", "05/3/2021")));
    }

    [Fact]
    public void An_impossible_date_of_a_known_document_is_fixed_in_the_draft_s_style()
    {
        const string text = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 31/4/2020 của Chính phủ.";
        Assert.Equal(["RL2006 31/4/2020"], Citations(text));
        Assert.Equal(["5/3/2020"], CitationTest.FixTexts(CitationTest.Single(text, "RL2006", "31/4/2020")));
    }

    [Fact]
    public void A_known_document_s_wrong_date_after_the_draft_is_one_finding()
    {
        const string text = "HUYỆN ỦY BẮC SƠN\nSố 45-BC/HU\n\nBắc Sơn, ngày 12 tháng 9 năm 2024\n\n"
            + "Các chi bộ quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2025 của Bộ Chính trị về khoa học, công nghệ.\n";
        Assert.Equal(["RL2009 22/12/2025"], Citations(text));
        Assert.Equal(["22/12/2024"], CitationTest.FixTexts(CitationTest.Single(text, "RL2009", "22/12/2025")));
    }

    [Fact]
    public void A_type_code_slip_of_a_known_symbol()
    {
        const string text = "Chi bộ quán triệt Quy định số 08-QĐ/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương.";
        Assert.Equal(["RL2009 08-QĐ/TW"], Citations(text));
        var diagnostic = CitationTest.Single(text, "RL2009", "08-QĐ/TW");
        Assert.Equal("Theo cơ sở dữ liệu, Quy định ngày 25/10/2018 có số, ký hiệu 08-QĐi/TW, không phải 08-QĐ/TW", CitationTest.Vi(diagnostic));
        Assert.Equal("According to the knowledge base, the Quy định of 25/10/2018 has the symbol 08-QĐi/TW, not 08-QĐ/TW", CitationTest.En(diagnostic));
        Assert.Equal(text.Replace("08-QĐ/TW", "08-QĐi/TW", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Thực hiện Quy định số 105-QĐi/TW ngày 19/12/2017 của Bộ Chính trị, huyện rà soát việc phân cấp cán bộ.", "105-QĐi/TW", "105-QĐ/TW")]
    [InlineData("Thực hiện Quy định số 08-QĐ/TW ngày 25-10-2018 về nêu gương.", "08-QĐ/TW", "08-QĐi/TW")]
    public void Type_code_slips_in_other_citations(string text, string written, string known)
    {
        var diagnostic = CitationTest.Single(text, "RL2009", written);
        Assert.Equal([known], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    // Another date, type word, issuer code or issuing body: another document may be meant.
    [InlineData("Thực hiện Quy định số 08-QĐ/TW ngày 12/3/2019 của Ban Bí thư.")]
    [InlineData("Thực hiện Quyết định số 08-QĐ/TW ngày 25/10/2018 của Bộ Chính trị.")]
    [InlineData("Thực hiện Quy định số 08-QĐ/TU ngày 25/10/2018 của Tỉnh ủy.")]
    [InlineData("Thực hiện Quy định số 08-QĐ/TW ngày 25/10/2018 của Bộ Chính trị.")]
    // A type code the type word does not take is RL2004's.
    [InlineData("Thực hiện Quy định số 08-CT/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.")]
    public void Other_documents_with_the_same_number_are_not_type_code_slips(string text) => Assert.Empty(RuleTester.Lint(text, "RL2009"));

    [Fact]
    public void A_known_symbol_of_another_date_is_not_taken_for_a_slip()
    {
        var options = RuleTester.Options("""
            { "data": { "knownDocuments": [
              { "symbol": "08-QĐ/TW", "type": "Quy định", "issuer": "Ban Bí thư", "date": "2023-03-12", "title": "thử nghiệm" } ] } }
            """);
        const string text = "Thực hiện Quy định số 08-QĐ/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.";
        Assert.DoesNotContain("RL2009 08-QĐ/TW", Citations(text, options));
    }

    [Theory]
    [InlineData("Các chi bộ học tập Kết luận số 21-KL/TW ngày 25/10/2021 do Bộ Chính trị ban hành.", "Bộ Chính trị", "Ban Chấp hành Trung ương")]
    [InlineData("Chi bộ học tập Chỉ thị số 05-CT/TW ngày 15/5/2016 về đẩy mạnh làm theo gương Bác trong mỗi đảng viên, được Ban Bí thư ban hành.", "Ban Bí thư", "Bộ Chính trị")]
    [InlineData("Chi bộ học tập Chỉ thị số 05-CT/TW, do Ban Bí thư ký ban hành ngày 15/5/2016.", "Ban Bí thư", "Bộ Chính trị")]
    [InlineData("Chi bộ học tập Chỉ thị số 05-CT/TW về học tập và làm theo Bác, được Ban Chấp hành Trung ương đã ban hành ngày 15/5/2016.", "Ban Chấp hành Trung ương", "Bộ Chính trị")]
    public void The_issuer_after_the_document_is_checked(string text, string written, string issuer)
    {
        Assert.Equal([$"RL2009 {written}"], Citations(text));
        var diagnostic = CitationTest.Single(text, "RL2009", written);
        Assert.Equal(text.Replace(written, issuer, StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void The_date_after_the_issuer_is_checked()
    {
        const string text = "Chi bộ học tập Chỉ thị số 05-CT/TW về học tập và làm theo Bác, được Bộ Chính trị ban hành ngày 15/5/2017.";
        Assert.Equal(["RL2009 15/5/2017"], Citations(text));
        Assert.Equal(["15/5/2016"], CitationTest.FixTexts(CitationTest.Single(text, "RL2009", "15/5/2017")));
    }

    [Theory]
    [InlineData("Các chi bộ học tập Kết luận số 21-KL/TW ngày 25/10/2021 do Ban Chấp hành Trung ương ban hành.")]
    [InlineData("Chi bộ học tập Chỉ thị số 05-CT/TW về học tập và làm theo Bác, được Bộ Chính trị ban hành ngày 15/5/2016.")]
    [InlineData("Chi bộ học tập Chỉ thị số 05-CT/TW ngày 15/5/2016, do Bộ Chính trị ban hành.")]
    [InlineData("Đảng ủy triển khai Nghị quyết số 07-NQ/ĐU về chuyển đổi số, được Ban Chấp hành Đảng bộ ban hành ngày 3/4/2021.")]
    // The subject's own clause names the issuer of what the subject speaks of, not of the cited document.
    [InlineData("Thực hiện Quy định số 205-QĐ/TW ngày 23/9/2019 về kiểm soát quyền lực trong các văn bản do Ban Chấp hành Trung ương ban hành.")]
    // Another citation comes first: the clause is its own.
    [InlineData("Thực hiện Quy định số 205-QĐ/TW ngày 23/9/2019, Kết luận số 21-KL/TW ngày 25/10/2021 do Ban Chấp hành Trung ương ban hành.")]
    // A person signed it: no body to check.
    [InlineData("Chi bộ học tập Chỉ thị số 05-CT/TW ngày 15/5/2016 do đồng chí Tổng Bí thư ký.")]
    public void Consistent_or_other_clauses_are_silent(string text) => CitationTest.Silent(text);

    [Theory]
    [InlineData("Đảng ủy triển khai Nghị quyết số 07-NQ/ĐU về chuyển đổi số, được Ban Chấp hành Đảng bộ ban hành ngày 31/4/2021.")]
    [InlineData("Huyện ủy triển khai Đề án số 06-ĐA/HU về chuyển đổi số, được BTV Huyện ủy ban hành ngày 31/4/2021.")]
    public void The_date_after_the_issuer_dates_an_unknown_document(string text) => CitationTest.Single(text, "RL2006", "31/4/2021");

    [Fact]
    public void A_date_of_another_document_in_the_clause_is_not_the_citation_s()
    {
        const string text = "Nghị quyết số 07-NQ/HU về chuyển đổi số, được cụ thể hóa bằng Kế hoạch của Ban Thường vụ ban hành ngày 31/4/2021.";
        Assert.Empty(RuleTester.Lint(text, "RL2006"));
    }
}
