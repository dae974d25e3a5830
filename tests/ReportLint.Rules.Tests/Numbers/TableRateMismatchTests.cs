using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class TableRateMismatchTests
{
    private const string Revenue = """
        Kết quả thu ngân sách 6 tháng đầu năm 2026 (triệu đồng):

        | TT | Nguồn thu | Dự toán năm 2026 | Thực hiện 6 tháng | % so với dự toán |
        |---|---|---:|---:|---:|
        | 1 | Thuế ngoài quốc doanh | 4.600 | 2.415 | 52,50 |
        | 2 | Lệ phí trước bạ | 1.250 | 694 | 55,52 |
        | 3 | Thu tiền sử dụng đất | 8.000 | 2.130 | 26,63 |
        | 4 | Thu khác | 320 | 415 | 129,69 |
        | | **Cộng** | **14.170** | **5.654** | **39,90** |

        Số liệu do bộ phận Tài chính - Kế toán tổng hợp.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5019");

    private static Diagnostic SingleFinding(string text, string spanText, string from)
    {
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, spanText, from);
        return diagnostic;
    }

    [Fact]
    public void Is_silent_when_every_rate_is_performance_over_target() => Assert.Empty(Lint(Revenue));

    [Fact]
    public void Reports_a_rate_that_is_not_performance_over_target_with_the_rate_as_fix()
    {
        var text = Revenue.Replace("| 55,52 |", "| 52,55 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "52,55", "Lệ phí");
        Assert.Equal("Cột “% so với dự toán” của “Lệ phí trước bạ” là 694/1.250 = 55,52%, không phải 52,55%", Vi(diagnostic));
        Assert.Equal("Column “% so với dự toán” of “Lệ phí trước bạ” is 694/1.250 = 55,52%, not 52,55%", En(diagnostic));
        Assert.Equal(Revenue, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_the_total_row_and_a_bold_rate_like_any_other()
    {
        var text = Revenue.Replace("**39,90**", "**93,90**", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "93,90", "Cộng");
        Assert.Equal("Cột “% so với dự toán” của “Cộng” là 5.654/14.170 = 39,90%, không phải 93,90%", Vi(diagnostic));
        Assert.Equal(Revenue, Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("| Chỉ tiêu | Kế hoạch năm | Ước thực hiện | So với kế hoạch (%) |")]
    [InlineData("| Chỉ tiêu | KH 2026 | TH 2026 | % KH |")]
    [InlineData("| Chỉ tiêu | KH 2026 | TH 2026 | TH/KH (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch giao | Kết quả | Tỷ lệ thực hiện (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch giao | Kết quả đạt được | Đạt (%) |")]
    [InlineData("| Chỉ tiêu | Thực hiện cùng kỳ 2025 | Thực hiện 2026 | So với cùng kỳ (%) |")]
    [InlineData("| Chỉ tiêu | Ước thực hiện năm | Năm trước | % so với năm trước |")]
    public void Finds_the_target_and_performance_columns_from_their_headings(string header)
    {
        // Target, then performance; or the other way round when the heading puts performance first.
        string Pair(string target, string performance) =>
            header.Contains("Ước thực hiện năm", StringComparison.Ordinal) ? $"| {performance} | {target} |" : $"| {target} | {performance} |";
        var text = $"""
            {header}
            |---|---:|---:|---:|
            | Sản lượng lương thực (tấn) {Pair("1.200", "1.230")} 102,5 |
            | Trâu, bò xuất chuồng (con) {Pair("500", "610")} 112,0 |
            | Diện tích trồng rừng (ha) {Pair("80", "92")} 115,0 |
            """;
        var diagnostic = SingleFinding(text, "112,0", "Trâu, bò");
        Assert.Contains("610/500 = 122,0%, không phải 112,0%", Vi(diagnostic), StringComparison.Ordinal);
        Assert.Equal(text.Replace("112,0", "122,0", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("66,67")]
    [InlineData("66,66")]
    [InlineData("66,7")]
    [InlineData("67")]
    public void Accepts_rates_rounded_or_cut_and_figures_rounded_in_millions(string twoThirds)
    {
        var text = $"""
            | Nội dung | Kế hoạch | Thực hiện | Tỷ lệ thực hiện (%) |
            |---|---|---|---|
            | Lớp bồi dưỡng | 3 | 2 | {twoThirds} |
            | Học viên | 150 | 120 | 80 |
            | Tài liệu | 400 | 500 | 125 |
            """;
        Assert.Empty(Lint(text));
        // 12,4 and 15,1 billion stand for 12,35–12,45 and 15,05–15,15: 82,1% lies in between though 12,4/15,1 is 82,12%.
        const string rounded = """
            | Nguồn vốn | Kế hoạch (tỷ đồng) | Giải ngân (tỷ đồng) | Tỷ lệ giải ngân (%) | Thực hiện (tỷ đồng) | So với KH (%) |
            |---|---|---|---|---|---|
            | Vốn tỉnh | 15,1 | 12,4 | 82,12 | 12,4 | 81,9 |
            | Vốn huyện | 8,6 | 6,0 | 69,77 | 6,0 | 69,8 |
            | Vốn xã | 2,2 | 2,2 | 100 | 2,2 | 100,0 |
            """;
        Assert.Empty(Lint(rounded));
    }

    [Theory]
    // A rate of another kind, or columns the headings do not name clearly: one target, one performance.
    [InlineData("| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch | Thực hiện | Tăng, giảm (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ đạt chuẩn (%) |")]
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | So với cùng kỳ (%) |")]
    [InlineData("| Chỉ tiêu | Kế hoạch | Dự toán | % so với kế hoạch |")]
    [InlineData("| Chỉ tiêu | Kế hoạch tỉnh giao | Kế hoạch huyện giao | % so với kế hoạch |")]
    [InlineData("| Chỉ tiêu | Kế hoạch (%) | Thực hiện | Đạt (%) |")]
    public void Is_silent_when_the_headings_do_not_name_both_columns(string header)
    {
        var text = $"""
            {header}
            |---|---:|---:|---:|
            | Nhà văn hóa thôn | 1.200 | 1.230 | 102,5 |
            | Sân thể thao | 500 | 610 | 112,0 |
            | Điểm vui chơi | 80 | 92 | 115,0 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Is_silent_when_most_rows_do_not_agree()
    {
        // Growth over last year, written as a change: no row is performance over target.
        const string growth = """
            | Chỉ tiêu | Thực hiện cùng kỳ | Thực hiện năm nay | So với cùng kỳ (%) |
            |---|---|---|---|
            | Thu hút khách du lịch | 1.000 | 1.120 | 12,0 |
            | Doanh thu dịch vụ | 400 | 460 | 15,0 |
            | Cơ sở lưu trú | 20 | 25 | 25,0 |
            """;
        Assert.Empty(Lint(growth));
        // One row agrees and one does not: too little to read the column as rates.
        const string even = """
            | Nội dung | Dự toán | Thực hiện | % so với dự toán |
            |---|---|---|---|
            | Chi sự nghiệp | 800 | 600 | 75 |
            | Chi quản lý | 500 | 400 | 60 |
            | Chi khác | - | 40 | - |
            """;
        Assert.Empty(Lint(even));
        // Zeros agree with any formula: they do not make up a majority.
        const string zeros = """
            | Nội dung | Dự toán | Thực hiện | % so với dự toán |
            |---|---|---|---|
            | Chi sự nghiệp | 800 | 0 | 0 |
            | Chi quản lý | 500 | 0 | 0 |
            | Chi khác | 100 | 90 | 9 |
            """;
        Assert.Empty(Lint(zeros));
    }

    [Fact]
    public void Reads_a_table_typed_in_plain_text_too()
    {
        var text = Revenue.Replace("| 55,52 |", "| 52,55 |", StringComparison.Ordinal);
        AssertSpan(text, Assert.Single(RuleTester.Lint(text, "RL5019")), "52,55");
    }
}
