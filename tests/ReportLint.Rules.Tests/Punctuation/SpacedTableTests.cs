using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Punctuation;

/// <summary>RL4004 and RL1001 beside a table a plain-text draft lays out with runs of spaces.</summary>
public class SpacedTableTests
{
    // Left-aligned text columns, right-aligned figures; a total row with no number in the first column.
    private const string Budget = """
        Dự toán kinh phí tổ chức giải chạy:
        TT  Khoản chi                 Năm 2024      Năm 2025   Chênh lệch
        1   In áo vận động viên      12.500.000    14.000.000   +1.500.000
        2   Giải thưởng              20.000.000    18.000.000   -2.000.000
        3   Hậu cần, y tế             6.200.000     7.100.000     +900.000
            Cộng                     38.700.000    39.100.000     +400.000
        Ban tổ chức đề nghị phê duyệt  dự toán trên.
        """;

    [Fact]
    public void Leaves_the_gaps_of_a_table_and_reports_the_double_space_in_the_prose_under_it()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(Budget, "RL4004"));
        AssertSpan(Budget, diagnostic, "  ", "duyệt");
        Assert.Equal("2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một", Vi(diagnostic));
        Assert.Equal("2 spaces in a row between words; use one", En(diagnostic));
        Assert.Equal(Budget.Replace("duyệt  dự", "duyệt dự", StringComparison.Ordinal), Fixed(Budget, diagnostic));
    }

    [Fact]
    public void The_heading_of_its_numbering_column_needs_no_definition() => Assert.Empty(RuleTester.Lint(Budget, "RL1001"));

    [Theory]
    // Two columns of figures after a label, typed with uneven gaps: as many cells in every row, mostly figures.
    [InlineData("Thôn  Số hộ  Số khẩu\nBản Mòn  112  460\nBản Phặng  87  391\n")]
    // Figures aligned on their right edge only.
    [InlineData("Xã Tân An       1.240     5.112\nXã Tân Bình       980     4.006\nXã Tân Lập        75       310\n")]
    // A row whose other cells are left empty shares a column with the rows around it.
    [InlineData("STT  Nội dung      Kết quả     Ghi chú\n1    Họp chi bộ    Đạt         Định kỳ\n2    Kiểm tra      Chưa đạt\n3    Giám sát      Đạt         Chuyên đề\n")]
    public void Is_silent_on_tables_of_other_shapes(string text) => Assert.Empty(RuleTester.Lint(text, "RL4004", "RL1001"));

    [Theory]
    // Two lines of prose, a double space in each: no columns.
    [InlineData("Hội nghị đã thảo luận  kỹ các nội dung.\nĐại biểu thống nhất  cao với dự thảo.\n", 2)]
    // Two gaps a line, but they line up nowhere and the cells are words.
    [InlineData("Đồng chí  Bí thư  chủ trì hội nghị.\nCác đồng chí  Ủy viên Ban Thường vụ  dự họp.\n", 4)]
    public void Still_reports_double_spaces_in_lines_that_make_no_table(string text, int count) =>
        Assert.Equal(count, RuleTester.Lint(text, "RL4004").Count);

    [Fact]
    public void A_heading_on_a_line_that_lines_up_with_nothing_is_still_an_abbreviation()
    {
        const string text = "TT  Nội dung  cần làm rõ.\nĐề nghị các đơn vị báo cáo trước ngày 15.\n";
        AssertSpan(text, Assert.Single(RuleTester.Lint(text, "RL1001")), "TT");
    }
}
