using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class IncompleteCitationTests
{
    [Fact]
    public void First_citation_is_completed_from_the_knowledge_base()
    {
        const string text = "Các cấp ủy quán triệt Quy định số 205 ngày 23/09/2019 của Bộ Chính trị.\nQuy định số 205 được sơ kết hằng năm.\n";
        var diagnostic = CitationTest.Single(text, "RL2008", "Quy định số 205");
        Assert.Equal(Core.Diagnostics.ReportSeverity.Info, diagnostic.Severity);
        Assert.Equal("Lần đầu trích dẫn, “Quy định số 205” nên ghi đủ số, ký hiệu và ngày ban hành (theo cơ sở dữ liệu: "
            + "Quy định số 205-QĐ/TW ngày 23/09/2019 của Bộ Chính trị)", CitationTest.Vi(diagnostic));
        Assert.Equal("At its first citation, “Quy định số 205” should give the full symbol and date (knowledge base: "
            + "Quy định số 205-QĐ/TW ngày 23/09/2019 của Bộ Chính trị)", CitationTest.En(diagnostic));
        Assert.StartsWith("Các cấp ủy quán triệt Quy định số 205-QĐ/TW ngày 23/09/2019 của Bộ Chính trị.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Missing_date_is_added_with_the_symbol()
    {
        const string text = "Chi bộ đối chiếu Quy định số 102 của Bộ Chính trị khi xem xét thi hành kỷ luật.";
        var diagnostic = CitationTest.Single(text, "RL2008", "Quy định số 102");
        Assert.Equal("Chi bộ đối chiếu Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị khi xem xét thi hành kỷ luật.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Term_identifies_a_resolution()
    {
        const string text = "Nghị quyết số 26 của Ban Chấp hành Trung ương (khóa XII) về cán bộ.";
        var diagnostic = CitationTest.Single(text, "RL2008", "Nghị quyết số 26");
        Assert.Equal(["26-NQ/TW ngày 19/05/2018"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void Each_number_of_a_list_without_fix_when_unknown()
    {
        const string text = "Huyện ủy đã sơ kết Nghị quyết số 26, 27 của Huyện ủy.";
        var diagnostics = RuleTester.Lint(text, "RL2008");
        Assert.Equal(2, diagnostics.Count);
        CitationTest.AssertSpan(text, diagnostics[0], "Nghị quyết số 26");
        CitationTest.AssertSpan(text, diagnostics[1], "27");
        Assert.Equal("Lần đầu trích dẫn, “27” nên ghi đủ số, ký hiệu và ngày ban hành", CitationTest.Vi(diagnostics[1]));
        Assert.All(diagnostics, d => Assert.Empty(d.Fixes));
    }

    [Fact]
    public void Date_and_body_after_a_list_help_resolve_every_number()
    {
        const string text = "Nghị quyết số 18, 19 ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII.";
        var diagnostics = RuleTester.Lint(text, "RL2008");
        Assert.Equal([["18-NQ/TW"], ["19-NQ/TW"]], diagnostics.Select(CitationTest.FixTexts));
        Assert.Equal("Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII.", RuleTester.FixAll(text, true, "RL2008"));
    }

    [Fact]
    public void A_number_alone_is_not_guessed()
    {
        // Numbers restart every term: without a date, a central body or a term the document is not told.
        var diagnostic = CitationTest.Single("Đảng bộ tiếp tục thực hiện Nghị quyết số 18.", "RL2008", "Nghị quyết số 18");
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Full_citation_later_in_the_draft_completes_the_first()
    {
        const string text = "Đảng bộ thực hiện Nghị quyết số 05 của Huyện ủy.\nNghị quyết số 05-NQ/HU ngày 02/3/2021 của Huyện ủy đạt kết quả bước đầu.\n";
        var diagnostic = CitationTest.Single(text, "RL2008", "Nghị quyết số 05");
        Assert.Equal("Lần đầu trích dẫn, “Nghị quyết số 05” nên ghi đủ số, ký hiệu và ngày ban hành (dự thảo ghi đầy đủ ở đoạn sau: 05-NQ/HU)",
            CitationTest.Vi(diagnostic));
        Assert.Equal(["05-NQ/HU ngày 02/03/2021"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void Two_full_citations_of_one_number_give_no_guess()
    {
        const string text = "Nghị quyết số 05 của Huyện ủy.\nNghị quyết số 05-NQ/HU và Nghị quyết số 05-NQ/ĐU.\n";
        Assert.Empty(CitationTest.Single(text, "RL2008", "Nghị quyết số 05").Fixes);
    }

    [Theory]
    [InlineData("Chi bộ quán triệt Quy định số 102-QĐ/TW về xử lý kỷ luật đảng viên vi phạm, do Bộ Chính trị ban hành ngày 15/11/2017.")]
    [InlineData("Xã thực hiện Kế hoạch số 14-KH/HU về chuyển đổi số, được Ban Thường vụ Huyện ủy ký ngày 3 tháng 4 năm 2022, đạt kết quả.")]
    public void A_symbol_dated_later_in_its_sentence_after_who_issued_it_is_dated(string text) => Assert.Empty(RuleTester.Lint(text, "RL2008"));

    [Theory]
    // Another sentence, or another citation that owns the date.
    [InlineData("Chi bộ quán triệt Quy định số 102-QĐ/TW. Quy định do Bộ Chính trị ban hành ngày 15/11/2017.")]
    [InlineData("Chi bộ quán triệt Quy định số 102-QĐ/TW và Kế hoạch số 14-KH/HU do Huyện ủy ban hành ngày 03/04/2022.")]
    public void A_date_of_another_sentence_or_citation_leaves_the_symbol_undated(string text)
    {
        var diagnostic = CitationTest.Single(text, "RL2008", "Quy định số 102-QĐ/TW");
        Assert.Contains("ngày 15/11/2017", CitationTest.Vi(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_party_symbol_first_cited_without_its_date_is_given_the_date_of_the_knowledge_base()
    {
        const string text = "Các chi bộ đối chiếu Quy định số 102-QĐ/TW của Bộ Chính trị.\nQuy định số 102-QĐ/TW được áp dụng thống nhất.\n";
        var diagnostic = CitationTest.Single(text, "RL2008", "Quy định số 102-QĐ/TW");
        Assert.Equal(Core.Diagnostics.ReportSeverity.Info, diagnostic.Severity);
        Assert.Equal("Lần đầu trích dẫn, “Quy định số 102-QĐ/TW” nên ghi ngày ban hành (theo cơ sở dữ liệu: ngày 15/11/2017)", CitationTest.Vi(diagnostic));
        Assert.Equal("At its first citation, “Quy định số 102-QĐ/TW” should give its date (knowledge base: 15/11/2017)", CitationTest.En(diagnostic));
        Assert.StartsWith("Các chi bộ đối chiếu Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("2024", "14/06/2024")]
    [InlineData("2019", "30/05/2019")]
    public void The_drafts_date_tells_which_terms_document_a_symbol_names(string year, string known)
    {
        var text = $"ĐẢNG ỦY XÃ TÂN LẬP\nTân Lập, ngày 20 tháng 8 năm {year}\nQuán triệt Chỉ thị số 35-CT/TW về công tác đại hội, Đảng ủy xã xây dựng kế hoạch.\n";
        var diagnostic = CitationTest.Single(text, "RL2008", "Chỉ thị số 35-CT/TW");
        Assert.Equal($"Lần đầu trích dẫn, “Chỉ thị số 35-CT/TW” nên ghi ngày ban hành (theo cơ sở dữ liệu: ngày {known})", CitationTest.Vi(diagnostic));
        Assert.Contains($"Chỉ thị số 35-CT/TW ngày {known} về công tác đại hội", RuleTester.ApplyFirstFix(text, diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_item_with_days_without_year_is_silent()
    {
        const string text = "Ngày 16/8, Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng.\n"
            + "Sáng 3/9, Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã về công tác cán bộ.\n"
            + "Chiều 14/6, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU về chuyển đổi số.\n";
        CitationTest.Silent(text);
    }

    [Fact]
    public void A_citation_dated_without_year_is_reported()
    {
        const string text = "Tỉnh ủy triển khai Nghị quyết số 12-NQ/TU ngày 16/8 của Ban Chấp hành Đảng bộ tỉnh.";
        var diagnostic = CitationTest.Single(text, "RL2008", "Nghị quyết số 12-NQ/TU");
        Assert.Equal("Lần đầu trích dẫn, “Nghị quyết số 12-NQ/TU” nên ghi ngày ban hành", CitationTest.Vi(diagnostic));
    }

    [Fact]
    public void A_symbol_of_two_terms_gets_no_date_without_the_drafts_date()
    {
        const string text = "Quán triệt Chỉ thị số 35-CT/TW về công tác đại hội, Đảng ủy xã xây dựng kế hoạch.";
        var diagnostic = CitationTest.Single(text, "RL2008", "Chỉ thị số 35-CT/TW");
        Assert.Equal("Lần đầu trích dẫn, “Chỉ thị số 35-CT/TW” nên ghi ngày ban hành", CitationTest.Vi(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void An_unknown_party_symbol_without_its_date_is_reported_without_a_fix()
    {
        const string text = "Thực hiện Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy, các chi bộ đã họp.";
        var diagnostic = CitationTest.Single(text, "RL2008", "Kế hoạch số 45-KH/HU");
        Assert.Equal("Lần đầu trích dẫn, “Kế hoạch số 45-KH/HU” nên ghi ngày ban hành", CitationTest.Vi(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Ngày 16/8/2021, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 05-NQ/TU về chuyển đổi số.")] // the conference's day
    [InlineData("Ngày 16/8/2021, Tỉnh ủy tổng kết công tác năm; Ban Thường vụ ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.")] // another clause
    [InlineData("Căn cứ Quyết định số 12-QĐ/TU, ngày 05/3/2021 của Tỉnh ủy, Ban Thường vụ ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.")] // another document's date
    [InlineData("Tháng 8/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.")] // a month, not a date
    [InlineData("Ngày 16/8/2021, thông qua Nghị quyết số 05-NQ/TU, Ban Thường vụ chỉ đạo chuyển đổi số.")] // `thông qua` as `through`
    [InlineData("Ngày 16/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 05-NQ/TU về chuyển đổi số.")] // a news item's day of the conference
    [InlineData("Ngày 31/9, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.")] // no such day
    [InlineData("Sáng nay, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.")]
    [InlineData("Sáng 3/9, thông qua Nghị quyết số 05-NQ/TU, Ban Thường vụ chỉ đạo chuyển đổi số.")]
    [InlineData("Tỉnh ủy triển khai Nghị quyết số 05-NQ/TU ngày 16/8 của Ban Chấp hành Đảng bộ tỉnh.")] // a citation's own date needs its year
    public void A_date_before_the_citation_counts_only_as_the_day_that_issued_it(string text) =>
        CitationTest.Single(text, "RL2008", "Nghị quyết số 05-NQ/TU");

    [Theory]
    [InlineData("Quy định số 90-QĐ/TW ngày 04/08/2017 của Bộ Chính trị được quán triệt.\nViệc thực hiện Quy định số 90 đạt kết quả tốt.\n")]
    [InlineData("Ngày 16/8/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.")] // the date opens the clause
    [InlineData("Vào ngày 16/8/2021, Tỉnh ủy đã ban hành Nghị quyết số 05-NQ/TU về chuyển đổi số.")]
    [InlineData("Thực hiện chủ trương của Trung ương, ngày 05/3/2024 đồng chí Bí thư Tỉnh ủy ký Quyết định số 12-QĐ/TU về kiện toàn ban chỉ đạo.")]
    [InlineData("Ngày 20 tháng 7 năm 2024, Hội nghị Ban Chấp hành Đảng bộ tỉnh đã thông qua Nghị quyết số 07-NQ/TU về phát triển du lịch.")]
    [InlineData("Quy định số 102-QĐ/TW được quán triệt; Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị là căn cứ.")] // dated at another mention
    [InlineData("BÁO CÁO VIỆC ÁP DỤNG QUY ĐỊNH SỐ 102-QĐ/TW\nCác chi bộ đã triển khai nghiêm túc.\n")] // a heading
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ và Quyết định số 123/QĐ-UBND của UBND tỉnh.")] // State symbols
    [InlineData("Chi bộ bám sát Nghị quyết Trung ương 4 (khóa XII) về chống suy thoái trong sinh hoạt định kỳ.")]
    [InlineData("Kế hoạch 5 năm và Chương trình 135 được triển khai.")]
    [InlineData("Quyết định về việc lập các tiểu ban và Quy định về chế độ luân chuyển.")]
    [InlineData("Thực hiện Quy định số 37-QĐ/TW và Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị.")] // one date for two
    [InlineData("Ngày 16/8, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 45-KH/TU về chuyển đổi số.")] // a news dateline dates it
    [InlineData("Sáng 3/9, Ban Thường vụ Tỉnh ủy đã ký ban hành Chỉ thị số 07-CT/TU về công tác kiểm tra.")]
    [InlineData("Chiều ngày 14/6, Ban Thường vụ Huyện ủy thông qua Đề án số 03-ĐA/HU về chuyển đổi số.")]
    [InlineData("Ngày 16 tháng 8, Tỉnh ủy ban hành Kế hoạch số 54-KH/TU về chuyển đổi số.")]
    [InlineData("Tối 2/9/2024, Tỉnh ủy ban hành Kế hoạch số 51-KH/TU về lễ kỷ niệm.")]
    [InlineData("Ngày 16/8, Tỉnh ủy tổ chức hội nghị; ngày 17/8, Ban Thường vụ ban hành Kế hoạch số 50-KH/TU.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2008"));
}
