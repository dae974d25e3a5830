using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>One wrong total, one finding: the table rules read a total RL5016 reports as corrected.</summary>
public class TableCorrectionsTests
{
    private const string Water = """
        Kết quả cấp nước sạch nông thôn đến hết năm 2026:

        | TT | Xã | Số hộ | Số hộ dùng nước sạch | Tỷ lệ (%) |
        |---|---|---:|---:|---:|
        | 1 | Xã An Bình | 520 | 468 | 90,00 |
        | 2 | Xã An Phú | 400 | 340 | 85,00 |
        | 3 | Xã An Lạc | 380 | 361 | 95,00 |
        | | **Toàn huyện** | **1.300** | **1.169** | **89,92** |
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) =>
        RuleTester.LintMarkdown(text, "RL5016", "RL5018", "RL5019", "RL5020", "RL5021");

    private static Diagnostic SingleTotal(string text, string spanText, string from, string message)
    {
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5016", diagnostic.Descriptor.Id);
        AssertSpan(text, diagnostic, spanText, from);
        Assert.Equal(message, Vi(diagnostic));
        return diagnostic;
    }

    [Fact]
    public void Is_silent_on_a_correct_table() => Assert.Empty(Lint(Water));

    [Fact]
    public void Reads_a_rate_over_a_wrong_column_total_with_the_total_corrected()
    {
        // 1.196 for 1.169: the total rate 89,92 is right, and only the total is reported.
        var text = Water.Replace("**1.169**", "**1.196**", StringComparison.Ordinal);
        var diagnostic = SingleTotal(text, "1.196", "Toàn huyện", "Tổng cột “Số hộ dùng nước sạch” là 1.169, không phải 1.196");
        Assert.Equal(Water, Fixed(text, diagnostic));
    }

    [Fact]
    public void Is_silent_on_a_rate_that_follows_from_the_wrong_total_as_written()
    {
        // 1.196/1.300 = 92,00: the total or the row it misses is the one error, and RL5016 reports it.
        var text = Water.Replace("**1.169**", "**1.196**", StringComparison.Ordinal).Replace("**89,92**", "**92,00**", StringComparison.Ordinal);
        SingleTotal(text, "1.196", "Toàn huyện", "Tổng cột “Số hộ dùng nước sạch” là 1.169, không phải 1.196");
    }

    [Fact]
    public void Still_reports_a_rate_wrong_over_the_corrected_total_too()
    {
        var text = Water.Replace("**1.169**", "**1.196**", StringComparison.Ordinal).Replace("**89,92**", "**98,92**", StringComparison.Ordinal);
        var findings = Lint(text);
        Assert.Equal(["RL5016", "RL5019"], findings.Select(d => d.Descriptor.Id));
        AssertSpan(text, findings[1], "98,92");
        Assert.Equal("Cột “Tỷ lệ (%)” của “Toàn huyện” là 1.169/1.300 = 89,92%, không phải 98,92%", Vi(findings[1]));
        Assert.Equal("Column “Tỷ lệ (%)” of “Toàn huyện” is 1.169/1.300 = 89,92%, not 98,92%", En(findings[1]));
    }

    [Fact]
    public void Reads_shares_of_a_wrong_column_total_with_the_total_corrected()
    {
        const string text = """
            | Xếp loại | Số chi bộ | Tỷ lệ (%) |
            |---|---:|---:|
            | Hoàn thành xuất sắc nhiệm vụ | 8 | 20,0 |
            | Hoàn thành tốt nhiệm vụ | 26 | 65,0 |
            | Hoàn thành nhiệm vụ | 6 | 15,0 |
            | **Tổng cộng** | **44** | **100** |
            """;
        SingleTotal(text, "44", "Tổng cộng", "Tổng cột “Số chi bộ” là 40, không phải 44");
        // Shares of the total as written follow from it as well.
        SingleTotal(text.Replace("| 20,0 |", "| 18,2 |", StringComparison.Ordinal), "44", "Tổng cộng", "Tổng cột “Số chi bộ” là 40, không phải 44");
        // A share wrong besides is its row's share of the corrected total.
        var share = text.Replace("| 65,0 |", "| 56,0 |", StringComparison.Ordinal);
        var findings = Lint(share);
        Assert.Equal(["RL5018", "RL5016"], findings.Select(d => d.Descriptor.Id));
        AssertSpan(share, findings[0], "56,0");
        Assert.Equal("Tỷ lệ của “Hoàn thành tốt nhiệm vụ” là 26/40 = 65,0%, không phải 56,0%", Vi(findings[0]));
    }

    [Fact]
    public void Reads_a_change_from_a_wrong_column_total_with_the_total_corrected()
    {
        const string text = """
            | Đơn vị | Năm 2025 | Năm 2026 | Tăng (+), giảm (-) |
            |---|---:|---:|---:|
            | Xã An Phú | 120 | 135 | +15 |
            | Xã An Bình | 98 | 90 | -8 |
            | Xã An Lạc | 76 | 88 | +12 |
            | **Toàn huyện** | **294** | **331** | **+19** |
            """;
        SingleTotal(text, "331", "Toàn huyện", "Tổng cột “Năm 2026” là 313, không phải 331");
    }

    [Fact]
    public void Reads_an_output_from_a_wrong_column_total_and_leaves_a_wrong_output_total_to_rl5016()
    {
        const string text = """
            | Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) |
            |---|---:|---:|---:|
            | Lúa xuân | 500 | 60,0 | 3.000,0 |
            | Lúa mùa | 400 | 55,0 | 2.200,0 |
            | Ngô | 100 | 40,0 | 400,0 |
            | **Cộng** | **1.000** | **56,0** | **5.600,0** |
            """;
        Assert.Empty(Lint(text));
        var area = text.Replace("**1.000**", "**1.100**", StringComparison.Ordinal);
        SingleTotal(area, "1.100", "Cộng", "Tổng cột “Diện tích (ha)” là 1.000, không phải 1.100");
        var output = text.Replace("**5.600,0**", "**5.060,0**", StringComparison.Ordinal);
        SingleTotal(output, "5.060,0", "Cộng", "Tổng cột “Sản lượng (tấn)” là 5.600,0, không phải 5.060,0");
    }
}
