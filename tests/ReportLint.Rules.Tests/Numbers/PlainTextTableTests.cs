using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>Tables typed in a plain-text draft: cells between ` | ` (outer pipes or not) or tabs, read by the table rules.</summary>
public class PlainTextTableTests
{
    // No outer pipes; the total row leaves its numbering cell empty and opens with a pipe.
    private const string Medals = """
        Kết quả Hội khỏe Phù Đổng cấp huyện:
        STT | Trường | Vàng | Bạc | Đồng | Cộng
        1 | Trường Tiểu học Hòa Phú | 4 | 3 | 2 | 9
        2 | Trường Tiểu học Hòa Lợi | 2 | 5 | 1 | 8
        3 | Trường THCS Hòa Bình | 6 | 2 | 4 | 12
          | Cộng | 12 | 10 | 7 | 29
        Ban tổ chức trao thưởng vào ngày bế mạc.
        """;

    private static IReadOnlyList<ReportLint.Core.Diagnostics.Diagnostic> Lint(string text) =>
        RuleTester.Lint(text, "RL5016", "RL5018", "RL5019", "RL5020", "RL5021");

    [Fact]
    public void Is_silent_on_a_table_typed_without_outer_pipes_that_adds_up() => Assert.Empty(Lint(Medals));

    [Fact]
    public void Reports_a_row_total_that_does_not_add_up()
    {
        var text = Medals.Replace("| 6 | 2 | 4 | 12", "| 6 | 2 | 4 | 13", StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5016"));
        AssertSpan(text, diagnostic, "13", "Hòa Bình");
        Assert.Equal("Tổng dòng “Trường THCS Hòa Bình” là 12, không phải 13", Vi(diagnostic));
        Assert.Equal("The row “Trường THCS Hòa Bình” sums to 12, not 13", En(diagnostic));
        Assert.Equal(Medals, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_the_total_row_whose_empty_first_cell_opens_with_a_pipe()
    {
        var text = Medals.Replace("| 10 | 7 | 29", "| 11 | 7 | 29", StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5016"));
        AssertSpan(text, diagnostic, "11", "  | Cộng");
        Assert.Equal("Tổng cột “Bạc” là 10, không phải 11", Vi(diagnostic));
        Assert.Equal("The column “Bạc” sums to 10, not 11", En(diagnostic));
        Assert.Equal(Medals, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_table_separated_by_tabs()
    {
        const string text = "Kinh phí tập huấn (đồng):\nTT\tNội dung\tKinh phí\n1\tTài liệu\t3.500.000\n2\tGiảng viên\t6.000.000\n\tCộng\t9.000.000\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5016"));
        AssertSpan(text, diagnostic, "9.000.000");
        Assert.Equal("Tổng cột “Kinh phí” là 9.500.000, không phải 9.000.000", Vi(diagnostic));
        Assert.Equal(text.Replace("9.000.000", "9.500.000", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    // Outer pipes, no alignment line.
    [InlineData("| Xã | Số hộ | Số khẩu |\n| Tân An | 120 | 480 |\n| Tân Bình | 95 | 390 |\n| Tổng cộng | 215 | 870 |\n")]
    // An alignment line typed under the header.
    [InlineData("Xã | Số hộ | Số khẩu\n---|---:|---:\nTân An | 120 | 480\nTân Bình | 95 | 390\nTổng cộng | 215 | 870\n")]
    // Years as headings; a rate column.
    [InlineData("Chỉ tiêu | 2024 | 2025 | Tỷ lệ (%)\nSố hộ nghèo | 40 | 30 | 75,00\nSố hộ cận nghèo | 80 | 60 | 75,00\n")]
    // Tabs, the total row's numbering cell left empty.
    [InlineData("TT\tĐơn vị\tNam\tNữ\tCộng\n1\tThôn 1\t10\t12\t22\n2\tThôn 2\t8\t9\t17\n\tCộng\t18\t21\t39\n")]
    public void Is_silent_on_correct_tables_of_other_shapes(string text) => Assert.Empty(Lint(text));

    [Theory]
    // No headings: the first row holds figures, so the columns have no names to read.
    [InlineData("Tân An | 120 | 480\nTân Bình | 95 | 390\nTổng cộng | 200 | 870\n")]
    // The rows disagree on their cells: the columns cannot be trusted.
    [InlineData("Xã | Số hộ | Số khẩu\nTân An | 120 | 480\nTân Bình | 95\nTổng cộng | 200 | 870\n")]
    // One tab between two words is no table.
    [InlineData("Nơi nhận:\tTỔNG CỘNG\nTân An\t120\nTổng cộng\t200\n")]
    // A row wrapped over two lines is prose.
    [InlineData("Xã | Số hộ\nTân An | 120\nTổng cộng | 200 hộ, tăng so với năm trước và đạt kế hoạch đề ra trong các\nnăm qua của huyện\n")]
    public void Does_not_read_rows_that_make_no_table(string text) => Assert.Empty(RuleTester.Lint(text, "RL5016"));
}
