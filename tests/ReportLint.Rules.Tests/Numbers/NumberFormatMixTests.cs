using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class NumberFormatMixTests
{
    [Fact]
    public void Reports_an_english_decimal_in_a_vietnamese_document()
    {
        const string text = "Tỷ lệ đảng viên xuất sắc đạt 19,22%.\nNăm trước tỷ lệ này là 18.75%.\n";
        var diagnostic = Findings.Single(text, "RL5003", "18.75%");
        Assert.Equal("Số “18.75%” viết theo kiểu tiếng Anh trong khi văn bản dùng kiểu Việt Nam (như “19,22%”): viết “18,75%”", Findings.Vi(diagnostic));
        Assert.Equal("“18.75%” uses the English separators while the document uses the Vietnamese ones (as in “19,22%”): write “18,75%”", Findings.En(diagnostic));
        Assert.Equal(text.Replace("18.75%", "18,75%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_english_thousands_beside_vietnamese_ones()
    {
        const string text = "Tổng số đảng viên là 1.234.567 người; kinh phí 2,345,678 nghìn đồng.";
        var diagnostic = Findings.Single(text, "RL5003", "2,345,678");
        Assert.Equal(text.Replace("2,345,678", "2.345.678", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tỷ lệ đạt 19,22%, tổng số 93.346 đảng viên, bình quân 2,5 người.")]
    [InlineData("Tỷ lệ đạt 18.75% và 20.5%.")] // one convention only
    [InlineData("Tỷ lệ đạt 19,22%; sản lượng 12,450 tấn.")] // `12,450` reads both ways: not guessed
    [InlineData("Tỷ lệ đạt 19,22%; có 1.234 đảng viên mới.")]
    [InlineData("1.2. Công tác tổ chức đạt 19,22% kế hoạch.")] // heading number
    [InlineData("Ứng dụng công nghiệp 4.0 giúp đạt 19,22% kế hoạch.")]
    [InlineData("Theo mục 2.5 của kế hoạch, tỷ lệ đạt 19,22%.")]
    [InlineData("Ngày 25/10/2018, tỷ lệ đạt 19,22%.")]
    public void Is_silent_on_consistent_or_ambiguous_numbers(string text) => Assert.Empty(RuleTester.Lint(text, "RL5003"));

    [Fact]
    public void An_item_number_in_a_table_rows_first_cell_is_no_decimal()
    {
        const string table = "| STT | Nội dung | Số tiền (triệu đồng) |\n|---|---|---:|\n| 2 | Chi thường xuyên | 1.250,5 |\n"
            + "| 2.1 | Chi quản lý | 812,4 |\n| 2.2 | Chi giáo dục | 438,1 |\n";
        Assert.Empty(RuleTester.LintMarkdown(table, "RL5003"));
        Assert.Empty(RuleTester.Lint(table.Replace("|---|---|---:|\n", "", StringComparison.Ordinal), "RL5003")); // typed in plain text
        // A decimal written the English way inside a row is still reported.
        Assert.Single(RuleTester.LintMarkdown(table.Replace("812,4", "812.45", StringComparison.Ordinal), "RL5003"));
    }

    [Fact]
    public void A_heading_number_in_bold_or_italics_is_no_decimal()
    {
        const string text = "### 4. Biểu quyết\n\n**4.1. Nghị quyết về dự toán ngân sách năm 2027:** tổng chi 12.450,5 triệu đồng, tán thành 96,15%.\n\n*4.2. Nghị quyết về kế hoạch đầu tư công* được thông qua.\n";
        Assert.Empty(RuleTester.LintMarkdown(text, "RL5003"));
        // A decimal written the English way after the bold number is still reported.
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text.Replace("96,15%", "96.15%", StringComparison.Ordinal), "RL5003"));
        Assert.Equal("96.15%", text.Replace("96,15%", "96.15%", StringComparison.Ordinal).Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Fact]
    public void A_number_in_a_markdown_heading_is_no_decimal()
    {
        // The English 2.450.5-style decimal makes the document mixed; the heading numbers must not count as English decimals.
        const string text = "## II. Kết quả\n\n#### 2.1. Phong trào “Hiến máu tình nguyện”\n\nTiếp nhận 1,246.5 đơn vị, tăng 3,2%.\n\n#### 2.2. Phong trào “Mùa hè xanh”\n\nTổng kinh phí 12,5 triệu đồng.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5003"));
        Assert.Equal("1,246.5", text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }
}
