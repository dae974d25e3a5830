using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// A total row named by what it sums (`Tổng chi ngân sách huyện`, `Tổng thu`) is the table's total once a column adds up
/// to it, for every table rule; a share column over it is read even when an amount cell is a slip (`2,000`) or unreadable.
/// </summary>
public class TableNamedTotalTests
{
    private static readonly string[] TableRules = ["RL5016", "RL5018", "RL5019", "RL5034"];

    private const string Spending = """
        Biểu 02. Dự toán chi ngân sách huyện năm 2026 (triệu đồng):

        | STT | Lĩnh vực chi | Dự toán năm 2025 | Dự toán năm 2026 | Tỷ trọng (%) |
        |---|---|---:|---:|---:|
        | 1 | Chi đầu tư phát triển | 9.000 | 10.000 | 25,00 |
        | 2 | Chi sự nghiệp giáo dục | 13.500 | 14.000 | 35,00 |
        | 3 | Chi sự nghiệp y tế | 3.800 | 4.000 | 10,00 |
        | 4 | Chi quốc phòng - an ninh | 1.900 | 2,000 | 5,00 |
        | 5 | Chi quản lý nhà nước | 9.200 | 10.000 | 25,00 |
        | | **Tổng chi ngân sách huyện** | **37.400** | **40.000** | **100,00** |

        Dự toán chi năm 2026 tăng so với năm 2025.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, TableRules);

    [Fact]
    public void Is_silent_when_the_named_total_and_the_shares_agree() => Assert.Empty(Lint(Spending));

    [Fact]
    public void Reports_the_share_the_amounts_prove_wrong_against_a_named_total()
    {
        var text = Spending.Replace("| 35,00 |", "| 38,00 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5018", diagnostic.Descriptor.Id);
        AssertSpan(text, diagnostic, "38,00");
        Assert.Equal("Tỷ lệ của “Chi sự nghiệp giáo dục” là 14.000/40.000 = 35,00%, không phải 38,00%", Vi(diagnostic));
        Assert.Equal(Spending, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_an_amount_written_with_a_comma_slip_as_the_whole_number_it_is()
    {
        // 2,000 is 2.000 (RL5008 says so): its share is 5,00, not 0,01.
        var text = Spending.Replace("| 9.200 | 10.000 | 25,00 |", "| 9.200 | 10.000 | 28,00 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("Tỷ lệ của “Chi quản lý nhà nước” là 10.000/40.000 = 25,00%, không phải 28,00%", Vi(diagnostic));
    }

    [Fact]
    public void Checks_the_sum_of_the_shares_when_an_amount_cannot_be_read()
    {
        var text = Spending.Replace("| 2,000 |", "| 2.000 (*) |", StringComparison.Ordinal).Replace("| 35,00 |", "| 38,00 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5034", diagnostic.Descriptor.Id);
        AssertSpan(text, diagnostic, "100,00");
        Assert.Equal("Các tỷ lệ của cột “Tỷ trọng (%)” cộng lại 103,00%, không phải 100%", Vi(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Is_silent_on_rounded_shares_when_an_amount_cannot_be_read()
    {
        var text = Spending.Replace("| 2,000 |", "| 2.000 (*) |", StringComparison.Ordinal);
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Reports_a_wrong_column_total_once_another_column_proves_the_named_total()
    {
        var text = Spending.Replace("**37.400**", "**37.600**", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5016", diagnostic.Descriptor.Id);
        Assert.Equal("Tổng cột “Dự toán năm 2025” là 37.400, không phải 37.600", Vi(diagnostic));
    }

    [Theory]
    [InlineData("Tổng vốn đầu tư toàn xã hội")] // one more indicator: no column adds up to it
    [InlineData("Tổng công ty Điện lực")] // a body, not a total
    public void Does_not_take_a_last_row_for_a_total_that_no_column_adds_up_to(string label)
    {
        var text = $"""
            | STT | Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện năm 2026 |
            |---|---|---:|---:|
            | 1 | Giá trị sản xuất nông nghiệp | 1.250 | 1.310 |
            | 2 | Giá trị sản xuất công nghiệp | 2.400 | 2.380 |
            | 3 | Thu ngân sách trên địa bàn | 310 | 335 |
            | 4 | {label} | 5.600 | 5.950 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Reads_the_group_before_a_named_total_as_closed()
    {
        const string text = """
            | STT | Nội dung thu | Dự toán | Thực hiện |
            |---|---|---:|---:|
            | **I** | **Thu cân đối** | **5.000** | **5.600** |
            | 1 | Thuế, phí | 2.000 | 2.100 |
            | 2 | Thu tiền sử dụng đất | 3.000 | 3.500 |
            | **II** | **Thu bổ sung** | **4.000** | **4.300** |
            | 1 | Bổ sung cân đối | 3.000 | 3.000 |
            | 2 | Bổ sung có mục tiêu | 1.000 | 1.300 |
            | | **Tổng thu (I + II)** | **9.000** | **9.900** |
            """;
        Assert.Empty(Lint(text));
        var diagnostic = Assert.Single(Lint(text.Replace("| 1.300 |", "| 1.100 |", StringComparison.Ordinal)));
        Assert.Equal("Tổng cột “Thực hiện” là 4.100, không phải 4.300", Vi(diagnostic));
    }
}
