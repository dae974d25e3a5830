using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class DateLineLeadingZeroTests
{
    private const string Header = "ỦY BAN NHÂN DÂN HUYỆN LÂM GIANG\nSố: 125/UBND-VX\n";

    [Fact]
    public void Adds_the_zero_to_a_day_below_ten_and_to_January()
    {
        const string text = Header + "Lâm Giang, ngày 2 tháng 1 năm 2025\nV/v đôn đốc tiến độ giải ngân\n";
        var diagnostic = Findings.Single(text, "RL5012", "2 tháng 1 năm 2025");
        Assert.Equal("Ngày tháng ban hành “2 tháng 1 năm 2025” viết ngày dưới 10 và tháng 1, 2 có số 0 phía trước: “02 tháng 01 năm 2025”",
            Findings.Vi(diagnostic));
        Assert.Equal("The issue date “2 tháng 1 năm 2025” writes a day below 10 and months 1 and 2 with a leading zero: “02 tháng 01 năm 2025”",
            Findings.En(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Contains("Lâm Giang, ngày 02 tháng 01 năm 2025\n", Findings.Fixed(text, diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lâm Giang, ngày 5 tháng 10 năm 2025", "05 tháng 10 năm 2025")]
    [InlineData("Lâm Giang, ngày 15 tháng 2 năm 2025", "15 tháng 02 năm 2025")]
    public void Adds_only_the_zero_that_is_missing(string line, string corrected)
    {
        var text = Header + line + "\n";
        var diagnostic = Findings.Single(text, "RL5012", line["Lâm Giang, ngày ".Length..]);
        Assert.Contains(corrected, Findings.Fixed(text, diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Header + "Lâm Giang, ngày 02 tháng 01 năm 2025\n")]
    [InlineData(Header + "Lâm Giang, ngày 12 tháng 3 năm 2025\n")] // March needs no zero
    [InlineData(Header + "Lâm Giang, ngày 12 tháng 11 năm 2025\nNgày 5 tháng 1 năm 2025, đoàn công tác về xã.\n")] // a date in the body
    [InlineData("Đoàn công tác về xã.\nSáng thứ Hai, ngày 5 tháng 1 năm 2026, hội nghị khai mạc.\n")] // no header line
    [InlineData(Header + "Lâm Giang, ngày      tháng 01 năm 2025\n")] // a blank to fill
    public void Is_silent_on_zeros_in_place_other_dates_and_blanks(string text) => Assert.Empty(RuleTester.Lint(text, "RL5012"));
}
