using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>RL2006 on dates that exist but cannot be the citation's: another year than the symbol's, or after the draft.</summary>
public class CitationDateAgainstYearAndDraftTests
{
    [Fact]
    public void A_date_in_another_year_than_the_state_symbol()
    {
        const string text = "Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2002 của Chính phủ.";
        var diagnostic = CitationTest.Single(text, "RL2006", "06 tháng 4 năm 2002");
        Assert.Equal("Ngày “06 tháng 4 năm 2002” của “Nghị định số 40/2020/NĐ-CP” không thể đúng: số, ký hiệu ghi năm 2020", CitationTest.Vi(diagnostic));
        Assert.Equal("The date “06 tháng 4 năm 2002” of “Nghị định số 40/2020/NĐ-CP” cannot be right: the symbol carries the year 2020", CitationTest.En(diagnostic));
        Assert.Equal(["06 tháng 4 năm 2020"], CitationTest.FixTexts(diagnostic));
        Assert.Equal(Core.Diagnostics.FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("năm 2002", "năm 2020", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Thực hiện Thông tư số 12/2023/TT-BTC ngày 05/3/2022 của Bộ Tài chính.", "05/3/2022", "05/3/2023")]
    [InlineData("Theo Luật số 15/2023/QH15 ngày 09-01-2022 của Quốc hội.", "09-01-2022", "09-01-2023")]
    public void Other_date_forms_keep_their_form_in_the_fix(string text, string date, string fixedDate)
    {
        var diagnostic = CitationTest.Single(text, "RL2006", date);
        Assert.Equal([fixedDate], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.")]
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ.")]
    [InlineData("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.")] // Party symbols carry no year
    [InlineData("Căn cứ Quyết định số 125/QĐ-UBND ngày 20/3/2021 của Ủy ban nhân dân huyện.")] // no year in the symbol
    [InlineData("Căn cứ Công văn số 125/UBND-VX ngày 20/3/2021 của Ủy ban nhân dân huyện.")]
    public void Is_silent_when_the_symbol_carries_no_other_year(string text) => Assert.Empty(RuleTester.Lint(text, "RL2006"));

    private const string Header = "ĐẢNG BỘ TỈNH AN BÌNH\nHUYỆN ỦY BẮC SƠN\nSố 45-BC/HU\n\nBắc Sơn, ngày 12 tháng 9 năm 2024\n\nBÁO CÁO\nkết quả công tác quý III\n\n";

    [Fact]
    public void A_citation_dated_after_the_draft()
    {
        const string text = Header + "Thực hiện Kế hoạch số 30-KH/TU ngày 20/10/2024 của Tỉnh ủy, Huyện ủy đã chỉ đạo các chi bộ.\n";
        var diagnostic = CitationTest.Single(text, "RL2006", "20/10/2024");
        Assert.Equal("Ngày “20/10/2024” của “Kế hoạch số 30-KH/TU” không thể đúng: sau ngày của chính văn bản này (12 tháng 9 năm 2024)", CitationTest.Vi(diagnostic));
        Assert.Equal("The date “20/10/2024” of “Kế hoạch số 30-KH/TU” cannot be right: it is after this draft's own date (12 tháng 9 năm 2024)", CitationTest.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal(text.IndexOf("12 tháng 9 năm 2024", StringComparison.Ordinal), related.Span.Start);
        Assert.Equal("12 tháng 9 năm 2024".Length, related.Span.Length);
    }

    [Theory]
    [InlineData("HUYỆN ỦY BẮC SƠN\t\tĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-BC/HU\t\tBắc Sơn, ngày 12/9/2024\n\nThực hiện Quyết định số 15/QĐ-UBND ngày 01/10/2024 của Ủy ban nhân dân tỉnh.\n", "01/10/2024")]
    [InlineData("TP. Hồ Chí Minh, ngày 12 tháng 9 năm 2024.\nThực hiện Quyết định số 15/QĐ-UBND ngày 13/9/2024 của Ủy ban nhân dân thành phố.\n", "13/9/2024")]
    public void The_draft_date_in_other_header_layouts(string text, string date) => CitationTest.Single(text, "RL2006", date);

    [Fact]
    public void The_draft_date_in_markdown_emphasis()
    {
        const string text = "# Báo cáo\n\n*TP. Hồ Chí Minh, ngày 12 tháng 9 năm 2024*\n\nThực hiện Quyết định số 15/QĐ-UBND ngày 13/9/2024 của Ủy ban nhân dân thành phố.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL2006"));
        CitationTest.AssertSpan(text, diagnostic, "13/9/2024");
    }

    [Theory]
    // Issued the same day or before: fine.
    [InlineData(Header + "Thực hiện Kế hoạch số 30-KH/TU ngày 12/9/2024 và Nghị quyết số 05-NQ/TU ngày 03/01/2024 của Tỉnh ủy.\n")]
    // A deadline in a plan is no citation.
    [InlineData(Header + "Các chi bộ báo cáo kết quả về Huyện ủy trước ngày 15/12/2026.\n")]
    // No draft date: nothing to compare with.
    [InlineData("Thực hiện Kế hoạch số 30-KH/TU ngày 20/10/2030 của Tỉnh ủy.\n")]
    // A dated sentence is not the header's place-and-date line.
    [InlineData("Sáng thứ Năm, ngày 12/9/2024, Huyện ủy họp.\nThực hiện Kế hoạch số 30-KH/TU ngày 20/10/2024 của Tỉnh ủy.\n")]
    // Two different header dates: ambiguous.
    [InlineData("Bắc Sơn, ngày 12 tháng 9 năm 2024\nBắc Sơn, ngày 25 tháng 10 năm 2024\nThực hiện Kế hoạch số 30-KH/TU ngày 20/10/2024 của Tỉnh ủy.\n")]
    public void Is_silent_without_a_later_citation_or_a_clear_draft_date(string text) => Assert.Empty(RuleTester.Lint(text, "RL2006"));

    [Fact]
    public void A_place_and_date_line_far_below_the_header_is_not_the_draft_s_date()
    {
        var body = string.Concat(Enumerable.Repeat("Các chi bộ đã thực hiện tốt nhiệm vụ được giao.\n", 20));
        var text = body + "Bắc Sơn, ngày 12 tháng 9 năm 2024\nThực hiện Kế hoạch số 30-KH/TU ngày 20/10/2024 của Tỉnh ủy.\n";
        Assert.Empty(RuleTester.Lint(text, "RL2006"));
    }

    [Fact]
    public void A_symbol_year_mismatch_is_reported_once_even_after_the_draft()
    {
        const string text = Header + "Thực hiện Thông tư số 12/2023/TT-BTC ngày 05/3/2025 của Bộ Tài chính.\n";
        var diagnostic = CitationTest.Single(text, "RL2006", "05/3/2025");
        Assert.EndsWith("số, ký hiệu ghi năm 2023", CitationTest.Vi(diagnostic), StringComparison.Ordinal);
    }
}
