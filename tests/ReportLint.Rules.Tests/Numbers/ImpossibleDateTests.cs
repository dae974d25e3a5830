using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class ImpossibleDateTests
{
    [Fact]
    public void Reports_a_day_past_the_end_of_the_month()
    {
        const string text = "Hội nghị họp ngày 31/4/2020 tại hội trường.";
        var diagnostic = Findings.Single(text, "RL5004", "31/4/2020");
        Assert.Equal("Ngày “31/4/2020” không tồn tại: tháng 4 chỉ có 30 ngày", Findings.Vi(diagnostic));
        Assert.Equal("The date “31/4/2020” does not exist: month 4 has only 30 days", Findings.En(diagnostic));
    }

    [Fact]
    public void Reports_february_29_of_a_common_year()
    {
        var diagnostic = Findings.Single("Ngày 29/02/2019, Ban Thường vụ họp.", "RL5004", "29/02/2019");
        Assert.Equal("Ngày “29/02/2019” không tồn tại: năm 2019 không phải năm nhuận, tháng 2 chỉ có 28 ngày", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Đoàn kiểm tra làm việc ngày 10-13-2012 tại xã.", "10-13-2012", "không có tháng 13")]
    [InlineData("Văn bản ký ngày 30 tháng 2 năm 2021 tại tỉnh.", "30 tháng 2 năm 2021", "tháng 2 chỉ có 28 ngày")]
    [InlineData("Đoàn đến làm việc chiều 31/6 theo kế hoạch.", "31/6", "tháng 6 chỉ có 30 ngày")]
    [InlineData("Kế hoạch triển khai từ tháng 13/2020.", "13/2020", "không có tháng 13")]
    [InlineData("Họp ngày 32.10.2020 tại trụ sở.", "32.10.2020", "tháng 10 chỉ có 31 ngày")]
    public void Reports_every_date_form(string text, string span, string reason)
    {
        var diagnostic = Findings.Single(text, "RL5004", span);
        Assert.EndsWith(reason, Findings.Vi(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ngày 29/02/2020, hội nghị khai mạc.")] // leap year
    [InlineData("Ngày 29/02/2000, hội nghị khai mạc.")] // divisible by 400
    [InlineData("Sáng 29/2, hội nghị khai mạc.")] // no year given
    [InlineData("Ngày 31/12/2019, hội nghị bế mạc.")]
    [InlineData("Ngày 10 tháng 10 năm 2012, hội nghị khai mạc.")]
    [InlineData("Từ tháng 8-2020 đến nay, tình hình ổn định.")]
    [InlineData("Có 35/40 xã đạt chuẩn.")]
    [InlineData("Thực hiện Nghị quyết số 02-NQ/ĐUK ngày 31/4/2012 của Ban Chấp hành.")] // left to the citation rules
    [InlineData("Thực hiện Quy định số 98 ngày 31/4/2017 của Bộ Chính trị.")]
    [InlineData("Thực hiện Nghị quyết 18 ngày 31/4/2017 của Ban Chấp hành Trung ương.")]
    [InlineData("Thực hiện Quy định 08- ngày 31/4/2018 của Ban Chấp hành Trung ương.")]
    [InlineData("Tổng số 1.234.567 đồng.")]
    [InlineData("Hội thao diễn ra ngày 30-31 tháng 10 năm 2020.")] // a range of days
    [InlineData("Hội nghị họp hai ngày 14-15/6.")]
    public void Is_silent_on_valid_dates_and_citations(string text) => Assert.Empty(RuleTester.Lint(text, "RL5004"));
}
