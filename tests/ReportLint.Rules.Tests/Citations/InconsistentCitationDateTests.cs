using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class InconsistentCitationDateTests
{
    [Fact]
    public void Second_date_is_reported_with_the_first_as_related()
    {
        const string text = "Nghị quyết số 02-NQ/HU ngày 10/10/2021 của Huyện ủy được quán triệt.\n"
            + "Sơ kết Nghị quyết số 02-NQ/HU ngày 12/10/2021 cho thấy nhiều chuyển biến.\n";
        var diagnostic = CitationTest.Single(text, "RL2010", "12/10/2021");
        Assert.Equal("“02-NQ/HU” đã được dẫn với ngày 10/10/2021, ở đây lại ghi ngày 12/10/2021", CitationTest.Vi(diagnostic));
        Assert.Equal("“02-NQ/HU” was cited with the date 10/10/2021, here with 12/10/2021", CitationTest.En(diagnostic));
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal(text.IndexOf("10/10/2021", StringComparison.Ordinal), related.Span.Start);
    }

    [Theory]
    [InlineData("Nghị quyết số 02-NQ/HU ngày 10/10/2021 và Nghị quyết số 02-NQ/HU ngày 10-10-2021.")]
    [InlineData("Nghị quyết số 18-NQ/TW ngày 25/10/2017 khác Nghị quyết số 18-NQ/TW ngày 16/6/2022.")]
    [InlineData("Nghị quyết số 05-NQ/TU ngày 10/10/2012 và Nghị quyết số 05-NQ/TU ngày 12/11/2018.")]
    [InlineData("Nghị quyết số 26-NQ/TW ngày 19/5/2018 và Nghị quyết số 26-NQ/TW ngày 19/6/2018 (RL2009 says which is wrong).")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2010"));
}
