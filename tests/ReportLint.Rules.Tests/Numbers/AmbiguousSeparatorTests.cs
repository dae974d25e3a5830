using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class AmbiguousSeparatorTests
{
    [Fact]
    public void Reports_a_comma_before_three_digits_in_a_vietnamese_document()
    {
        const string text = "Tăng trưởng kinh tế ước đạt 8,2%.\nSản lượng lúa cả năm đạt 12,450 tấn.\n";
        var diagnostic = Findings.Single(text, "RL5008", "12,450");
        Assert.Equal(ReportSeverity.Info, diagnostic.Severity);
        Assert.Equal("“12,450” đọc được là số nguyên hoặc số thập phân trong khi văn bản dùng kiểu Việt Nam (như “8,2%”): nếu là số nguyên, viết “12.450”",
            Findings.Vi(diagnostic));
        Assert.Equal("“12,450” reads as a whole number or a decimal while the document uses the Vietnamese separators (as in “8,2%”): if it is a whole number, write “12.450”",
            Findings.En(diagnostic));
        Assert.Equal(text.Replace("12,450", "12.450", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Is_a_warning_before_a_count_of_things_which_has_no_fraction()
    {
        const string text = "Tăng trưởng kinh tế ước đạt 8,2%.\nTrồng mới 12,500 cây xanh và 2,350 tấn phân bón.\n";
        var findings = RuleTester.Lint(text, "RL5008");
        Assert.Equal([("12,500", ReportSeverity.Warning), ("2,350", ReportSeverity.Info)], findings.Select(d => (RuleTester.SpanText(text, d), d.Severity)));
    }

    [Fact]
    public void Vietnamese_thousands_are_evidence_too()
    {
        const string text = "Toàn tỉnh có 1.093.346 người; kinh phí hỗ trợ 1,250 triệu đồng."; // a decimal would drop the 0
        Assert.Equal("1,250", RuleTester.SpanText(text, Findings.Single(text, "RL5008", "1,250")));
    }

    [Theory]
    [InlineData("Sản lượng đạt 12,450 tấn.")] // no Vietnamese number to read it against
    [InlineData("Có 93.346 đảng viên; sản lượng 12,450 tấn.")] // `93.346` reads both ways too: no evidence
    [InlineData("Tỷ lệ đạt 19,22%; có 1.234 đảng viên mới.")] // a dot before three digits groups thousands
    [InlineData("Tỷ lệ đạt 19,22%; sản lượng 12,45 tấn.")]
    [InlineData("Tỷ lệ đạt 19,22%; kinh phí 2,345,678 nghìn đồng.")] // certainly English: RL5003's finding
    [InlineData("Tỷ lệ đạt 19,22% theo mục 2,450 của phụ lục.")] // a section number
    [InlineData("Tỷ lệ đạt 18.75%; sản lượng 12,450 tấn.")] // the document writes the English way
    [InlineData("Có 12.450 ngày công; đóng góp 1,146 tỷ đồng và 2,345 triệu đồng.")] // a decimal before a multiplier
    [InlineData("Có 12.450 ngày công; giải ngân 2,315 tỷ đồng trên kế hoạch 3,760 tỷ đồng.")] // amounts to three decimals: the 0 is kept
    public void Is_silent_without_a_reading_to_doubt(string text) => Assert.Empty(RuleTester.Lint(text, "RL5008"));
}
