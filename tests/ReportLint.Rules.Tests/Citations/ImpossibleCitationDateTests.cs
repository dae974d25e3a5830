using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class ImpossibleCitationDateTests
{
    [Fact]
    public void Day_beyond_the_month()
    {
        const string text = "Căn cứ Quyết định số 125/QĐ-UBND ngày 31/4/2020 của Ủy ban nhân dân huyện.";
        var diagnostic = CitationTest.Single(text, "RL2006", "31/4/2020");
        Assert.Equal("Ngày “31/4/2020” của “Quyết định số 125/QĐ-UBND” không thể đúng: tháng 4/2020 có 30 ngày", CitationTest.Vi(diagnostic));
        Assert.Equal("The date “31/4/2020” of “Quyết định số 125/QĐ-UBND” cannot be right: month 4/2020 has 30 days", CitationTest.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Known_document_gives_the_real_date()
    {
        const string text = "Thực hiện Chỉ thị số 05-CT/TW ngày 30/02/2016 của Bộ Chính trị.";
        var diagnostic = CitationTest.Single(text, "RL2006", "30/02/2016");
        Assert.Equal(["15/05/2016"], CitationTest.FixTexts(diagnostic));
    }

    [Fact]
    public void Year_before_any_document()
    {
        var diagnostic = CitationTest.Single("Theo Nghị quyết số 05-NQ/HU ngày 12/10/1019 của Huyện ủy.", "RL2006", "12/10/1019");
        Assert.Equal("Ngày “12/10/1019” của “Nghị quyết số 05-NQ/HU” không thể đúng: không có văn bản nào trước năm 1930", CitationTest.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Theo Quyết định số 12/QĐ-UBND ngày 29 tháng 2 năm 2019.", "29 tháng 2 năm 2019")]
    [InlineData("Theo Nghị quyết số 05-NQ/HU ngày 12-13-2019 của Huyện ủy.", "12-13-2019")]
    [InlineData("Theo Nghị quyết số 05-NQ/HU ngày 12/10/1019 của Huyện ủy.", "12/10/1019")]
    public void Other_date_forms(string text, string date) => CitationTest.Single(text, "RL2006", date);

    [Theory]
    [InlineData("Theo Quyết định số 12/QĐ-UBND ngày 29/02/2020 của Ủy ban nhân dân tỉnh.")]
    [InlineData("Theo Nghị quyết số 05-NQ/HU ngày 31 tháng 12 năm 2019 của Huyện ủy.")]
    [InlineData("Hội nghị ngày 31/4 đã bị hoãn.")]
    [InlineData("Theo Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2006"));
}
