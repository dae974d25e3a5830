using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class DateRangeOrderTests
{
    [Fact]
    public void Reports_a_period_that_ends_before_it_starts()
    {
        const string text = "Sau đó, từ ngày 15/12/2025 đến ngày 10/12/2025, Đoàn kiểm tra làm việc tại cơ sở.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5009"));
        Assert.Equal("từ ngày 15/12/2025 đến ngày 10/12/2025", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("“từ ngày 15/12/2025 đến ngày 10/12/2025” kết thúc (10/12/2025) trước khi bắt đầu (15/12/2025)",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“từ ngày 15/12/2025 đến ngày 10/12/2025” ends (10/12/2025) before it starts (15/12/2025)",
            diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Từ ngày 20/12 đến ngày 10/12/2025, Đoàn làm việc.", "Từ ngày 20/12 đến ngày 10/12/2025")] // the start takes the end's year
    [InlineData("Từ tháng 5/2025 đến tháng 3/2025, các chi bộ học tập.", "Từ tháng 5/2025 đến tháng 3/2025")]
    [InlineData("Từ ngày 10 tháng 12 năm 2025 tới ngày 5 tháng 12 năm 2025, hội thi diễn ra.", "Từ ngày 10 tháng 12 năm 2025 tới ngày 5 tháng 12 năm 2025")]
    [InlineData("Từ 15/12/2025 đến 10/12/2025, Đoàn làm việc.", "Từ 15/12/2025 đến 10/12/2025")]
    public void Reads_each_date_form(string text, string period) =>
        Assert.Equal(period, RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, "RL5009"))));

    [Theory]
    [InlineData("Từ ngày 01/12/2025 đến ngày 10/12/2025, Đoàn kiểm tra làm việc.")]
    [InlineData("Từ ngày 20/12/2024 đến ngày 10/01/2025, Đoàn kiểm tra làm việc.")]
    [InlineData("Từ ngày 25/12 đến ngày 05/01/2025, Đoàn kiểm tra làm việc.")] // may cross the new year
    [InlineData("Từ ngày 10/12/2025 đến ngày 10/12/2025, Đoàn kiểm tra làm việc.")] // one day
    [InlineData("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 từ ngày 01/01/2018 đến nay.")]
    [InlineData("Từ năm 2025 đến năm 2020 là một khoảng năm, RL5006 kiểm tra nó.")]
    [InlineData("Từ ngày 15/12/2025, đến ngày 10/12/2025 thì tạm dừng.")] // not one period
    [InlineData("Từ tháng 5/2025 đến ngày 10/03/2025, các chi bộ học tập.")] // a month against a day: not compared
    public void Is_silent_on_periods_in_order_and_on_other_dates(string text) => Assert.Empty(RuleTester.Lint(text, "RL5009"));
}
