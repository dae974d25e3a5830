using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// A `Tổng số …` column first with its parts after it, and a row of percentages under the total row: the table rules
/// read the sums as without that row, and RL5018 reads its cells as the shares of the whole.
/// </summary>
public class TableRowOfSharesTests
{
    private static readonly string[] TableRules = ["RL5016", "RL5018", "RL5019", "RL5020", "RL5021", "RL5022", "RL5034"];

    private const string Review = """
        Kết quả đánh giá, xếp loại cán bộ, công chức năm 2026:

        | TT | Đơn vị | Tổng số cán bộ | Hoàn thành xuất sắc | Hoàn thành tốt | Hoàn thành | Không hoàn thành |
        |---|---|---:|---:|---:|---:|---:|
        | 1 | Văn phòng | 18 | 3 | 12 | 2 | 1 |
        | 2 | Phòng Tư pháp | 14 | 2 | 10 | 2 | 0 |
        | 3 | Phòng Kinh tế | 22 | 4 | 15 | 3 | 0 |
        | 4 | Phòng Văn hóa | 16 | 2 | 12 | 2 | 0 |
        | 5 | Phòng Tài chính | 10 | 1 | 8 | 1 | 0 |
        |  | **Tổng cộng** | **80** | **12** | **57** | **10** | **1** |
        |  | Tỷ lệ (%) | 100 | 15,00 | 71,25 | 12,50 | 1,25 |

        Số liệu tính đến ngày 15/12/2026.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, TableRules);

    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_silent_on_the_correct_table_in_every_reading()
    {
        Assert.Empty(Lint(Review));
        Assert.Empty(RuleTester.Lint(TableText.Tabbed(Review), TableRules));
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, TableText.Tabbed(Review), TableRules));
    }

    [Theory]
    [InlineData("| 71,25 |")]
    // The share of the wrong total as written follows from that one error: reported once.
    [InlineData("| 72,50 |")]
    public void Reads_the_column_totals_above_the_row_of_shares(string share)
    {
        var text = Edit(Edit(Review, "**57**", "**58**"), "| 71,25 |", share);
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5016", diagnostic.Id);
        AssertSpan(text, diagnostic, "58");
    }

    [Fact]
    public void Reports_the_one_part_its_row_and_column_both_prove_wrong()
    {
        var text = Edit(Review, "| 22 | 4 | 15 |", "| 22 | 4 | 16 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5016", diagnostic.Id);
        AssertSpan(text, diagnostic, "16", "| 22 | 4 |");
        Assert.Equal("Tổng dòng “Phòng Kinh tế” là 23, không phải 22 ở cột “Tổng số cán bộ” — số 16 ở cột “Hoàn thành tốt” là chỗ sai (cả dòng và dòng tổng đều cho 15)", Vi(diagnostic));
        Assert.Equal(Review, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_share_of_the_row_that_is_not_its_column_total_over_the_whole()
    {
        var text = Edit(Review, "| 12,50 |", "| 15,20 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5018", diagnostic.Id);
        AssertSpan(text, diagnostic, "15,20");
        Assert.Equal("Tỷ lệ của “Hoàn thành” là 10/80 = 12,50%, không phải 15,20%", Vi(diagnostic));
        Assert.Equal("The share of “Hoàn thành” is 10/80 = 12,50%, not 15,20%", En(diagnostic));
        Assert.Equal(Review, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_wrong_share_of_the_row_in_a_word_table()
    {
        var correct = TableText.Tabbed(Review);
        var text = Edit(correct, "\t1,25", "\t2,15");
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.Docx, text, TableRules));
        Assert.Equal("RL5018", diagnostic.Id);
        AssertSpan(text, diagnostic, "2,15");
        Assert.Equal(correct, Fixed(text, diagnostic));
    }

    [Fact]
    public void Is_silent_on_a_row_of_rates_that_are_no_shares_of_the_whole()
    {
        var text = Edit(Review, "| 100 | 15,00 | 71,25 | 12,50 | 1,25 |", "| 100 | 104,0 | 98,5 | 96,2 | 90,0 |");
        Assert.Empty(Lint(text));
    }

    [Theory]
    // Only some of the households are poor or near-poor: no row adds up, so the parts are not read as the whole.
    [InlineData("| Thôn | Tổng số hộ | Hộ nghèo | Hộ cận nghèo |", "| Thôn Đông | 312 | 14 | 21 |", "| Thôn Tây | 280 | 9 | 17 |", "| Thôn Nam | 245 | 12 | 15 |")]
    // Overlapping parts (women, young members): the same.
    [InlineData("| Chi bộ | Tổng số đảng viên | Nữ | Dưới 35 tuổi |", "| Chi bộ 1 | 34 | 12 | 9 |", "| Chi bộ 2 | 27 | 8 | 11 |", "| Chi bộ 3 | 41 | 15 | 10 |")]
    public void Is_silent_on_a_leading_total_whose_columns_are_only_some_of_its_parts(string header, string first, string second, string third)
    {
        var text = $"{header}\n|---|---:|---:|---:|\n{first}\n{second}\n{third}\n";
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Reads_a_leading_total_that_most_rows_add_up_to()
    {
        const string text = """
            | Chi bộ | Tổng số đảng viên | Chính thức | Dự bị |
            |---|---:|---:|---:|
            | Chi bộ thôn 1 | 34 | 31 | 3 |
            | Chi bộ thôn 2 | 27 | 26 | 2 |
            | Chi bộ thôn 3 | 41 | 39 | 2 |
            """;
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "27");
        Assert.Equal("Tổng dòng “Chi bộ thôn 2” là 28, không phải 27", Vi(diagnostic));
    }
}
