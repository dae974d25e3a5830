using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// RL5019 on a percent column comparing two figure columns of its row: named both in its heading (`Dự toán 2026 so với
/// ước thực hiện 2025 (%)`, `DT/UTH (%)`), or only saying it compares, right after the two it compares (`So sánh (%)`).
/// </summary>
public class TableComparisonRateTests
{
    private const string Revenue = """
        Biểu 01. Dự toán thu ngân sách xã năm 2026 (triệu đồng):

        | STT | Nội dung thu | Ước thực hiện năm 2025 | Dự toán năm 2026 | Dự toán 2026 so với ước thực hiện 2025 (%) |
        |---|---|---:|---:|---:|
        | 1 | Thuế ngoài quốc doanh | 2.500 | 2.800 | 112,0 |
        | 2 | Lệ phí trước bạ | 1.600 | 1.800 | 112,5 |
        | 3 | Thu tiền sử dụng đất | 12.000 | 13.000 | 108,3 |
        | 4 | Phí, lệ phí | 400 | 420 | 105,0 |
        | 5 | Thu khác | 300 | 270 | 90,0 |

        Dự toán thu được xây dựng sát với khả năng thực hiện.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5019");

    [Fact]
    public void Is_silent_when_every_row_compares_the_columns_its_heading_names() => Assert.Empty(Lint(Revenue));

    [Fact]
    public void Reports_the_row_whose_percentage_is_not_the_first_column_named_over_the_second()
    {
        var text = Revenue.Replace("| 112,5 |", "| 116,5 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "116,5");
        Assert.Equal("Cột “Dự toán 2026 so với ước thực hiện 2025 (%)” của “Lệ phí trước bạ” là 1.800/1.600 = 112,5%, không phải 116,5%", Vi(diagnostic));
        Assert.Equal("Column “Dự toán 2026 so với ước thực hiện 2025 (%)” of “Lệ phí trước bạ” is 1.800/1.600 = 112,5%, not 116,5%", En(diagnostic));
        Assert.Equal(Revenue, Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | So sánh (%) |", false)]
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | So với cùng kỳ (%) |", false)]
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | % so với năm trước |", false)]
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | So sánh năm 2026 với năm 2025 (%) |", false)]
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | 2026/2025 (%) |", false)]
    [InlineData("| Chỉ tiêu | Ước thực hiện 2025 | Dự toán 2026 | DT/UTH (%) |", false)]
    [InlineData("| Chỉ tiêu | Kế hoạch | Dự toán | % so với kế hoạch |", false)]
    [InlineData("| Chỉ tiêu | Năm nay | Năm trước | So với năm trước (%) |", true)]
    public void Finds_the_two_columns_from_the_heading_or_from_their_place(string header, bool laterFirst)
    {
        string Pair(string earlier, string later) => laterFirst ? $"| {later} | {earlier} |" : $"| {earlier} | {later} |";
        var text = $"""
            {header}
            |---|---:|---:|---:|
            | Sản lượng lúa (tấn) {Pair("1.200", "1.260")} 105,0 |
            | Đàn bò (con) {Pair("500", "540")} 118,0 |
            | Diện tích rừng trồng (ha) {Pair("80", "92")} 115,0 |
            """;
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "118,0");
        Assert.Contains("540/500 = 108,0%, không phải 118,0%", Vi(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_a_column_of_changes_to_RL5021()
    {
        const string text = """
            | Chỉ tiêu | Năm 2025 | Năm 2026 | So sánh (%) |
            |---|---:|---:|---:|
            | Sản lượng lúa (tấn) | 1.200 | 1.260 | 5,0 |
            | Đàn bò (con) | 500 | 540 | 18,0 |
            | Diện tích rừng trồng (ha) | 80 | 92 | 15,0 |
            """;
        Assert.Empty(Lint(text));
        Assert.Single(RuleTester.LintMarkdown(text, "RL5021"));
    }

    [Theory]
    [InlineData("| Chỉ tiêu | Thực hiện 2024 | Thực hiện 2025 | Dự toán so với thực hiện (%) |")] // which `Thực hiện`?
    [InlineData("| Chỉ tiêu | Năm 2025 | Ghi chú | So sánh (%) |")] // not right after two figures
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | Kế hoạch (%) |")] // a planned percentage, no comparison
    public void Is_silent_when_the_heading_does_not_say_which_columns_it_compares(string header)
    {
        var text = $"""
            {header}
            |---|---:|---:|---:|
            | Sản lượng lúa (tấn) | 1.200 | 1.260 | 105,0 |
            | Đàn bò (con) | 500 | 540 | 118,0 |
            | Diện tích rừng trồng (ha) | 80 | 92 | 115,0 |
            """;
        Assert.Empty(Lint(text.Replace("| 540 |", header.Contains("Ghi chú", StringComparison.Ordinal) ? "| Đạt |" : "| 540 |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Is_silent_on_a_bare_comparison_after_three_figures()
    {
        // Over the plan or over the year before? The heading does not say.
        const string text = """
            | Chỉ tiêu | Kế hoạch 2026 | Năm 2025 | Năm 2026 | So sánh (%) |
            |---|---:|---:|---:|---:|
            | Sản lượng lúa (tấn) | 1.250 | 1.200 | 1.260 | 105,0 |
            | Đàn bò (con) | 520 | 500 | 540 | 118,0 |
            | Diện tích rừng trồng (ha) | 90 | 80 | 92 | 115,0 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Is_silent_when_most_rows_do_not_compare_the_columns()
    {
        const string text = """
            | Chỉ tiêu | Năm 2025 | Năm 2026 | So sánh (%) |
            |---|---:|---:|---:|
            | Sản lượng lúa (tấn) | 1.200 | 1.260 | 98,2 |
            | Đàn bò (con) | 500 | 540 | 101,4 |
            | Diện tích rừng trồng (ha) | 80 | 92 | 115,0 |
            """;
        Assert.Empty(Lint(text));
    }
}
