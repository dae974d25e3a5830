using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Punctuation;

/// <summary>RL4004 beside lines laid out in columns with one gap a line, signature blocks and padded pipe tables.</summary>
public class SpacedLayoutTests
{
    // A list of results, one gap a line: the names are padded so the figures end at one column (runs of 3 to 9).
    private const string Results = """
        Kết quả biểu quyết từng nội dung:
         1. Tổ dân phố Bắc Sơn       212 hộ, đồng ý 97,64%
         2. Tổ dân phố Đông Hà        86 hộ, đồng ý 88,37%
         3. Tổ dân phố Nam Hải     1.104 hộ, đồng ý 91,03%
        10. Tổ dân phố Tây Thành     145 hộ, đồng ý 92,41%
        """;

    [Theory]
    [InlineData(Results)]
    // Left-aligned: the text after every gap starts at one column, however long the gap.
    [InlineData("Chủ trì:     Đồng chí Vũ Thanh Tâm\nThư ký:      Đồng chí Lê Hồng Nhung\nThành phần:  các đồng chí Ủy viên\n")]
    // Padded by hand a column apart: both gaps are wide.
    [InlineData("Chủ trì:    Đồng chí Vũ Thanh Tâm\nThư ký:      Đồng chí Lê Hồng Nhung\n")]
    // Names under the titles of a signature block, laid out with gaps of three spaces or more.
    [InlineData("       NGƯỜI GHI BIÊN BẢN                         CHỦ TỌA\n\nPhan Thu Trang    Đỗ Minh Khôi                   Vương Đình Lực\nTạ Thị Hương    Sầm Văn Tư\n")]
    // Two names alone, and the two columns of a header with fewer than eight spaces.
    [InlineData("Lục Thị Vân     Chu Đức Mạnh\n")]
    [InlineData("HUYỆN ỦY YÊN LẠC     ĐẢNG CỘNG SẢN VIỆT NAM\nTM. BAN THƯỜNG VỤ     PHÓ BÍ THƯ\n")]
    public void Is_silent_on_columns_laid_out_with_spaces(string text) => Assert.Empty(RuleTester.Lint(text, "RL4004"));

    [Fact]
    public void Is_silent_on_the_padding_of_a_pipe_table_typed_in_plain_text()
    {
        const string text = "| TT | Hạng mục        | Năm trước | Năm nay | Tăng    |\n|----|---|---|---|---|\n| 1  | Đường bê tông   | 12        | 15      | 25%     |\n";
        Assert.Empty(RuleTester.Lint(text, "RL4004"));
    }

    [Fact]
    public void Is_silent_on_the_padding_of_a_markdown_pipe_table()
    {
        const string text = "| Hạng mục        |   Năm nay |\n|---|---:|\n|   Kênh mương    |        15 |\n";
        Assert.Empty(RuleTester.LintMarkdown(text, "RL4004"));
    }

    [Fact]
    public void Reports_a_double_space_between_the_words_of_a_list_line_with_an_exact_span_and_no_safe_fix()
    {
        // The padding after the name is one space shorter: the figure stays in its column.
        var text = Results.Replace("2. Tổ dân phố Đông Hà        86", "2. Tổ dân  phố Đông Hà       86", StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4004"));
        AssertSpan(text, diagnostic, "  ", "dân  phố");
        Assert.Equal("2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một", Vi(diagnostic));
        Assert.Equal("2 spaces in a row between words; use one", En(diagnostic));
        // One space fewer would pull the figure after it out of its column.
        Assert.Equal(FixSafety.Unsafe, Assert.Single(diagnostic.Fixes).Safety);
    }

    [Fact]
    public void Reports_a_double_space_in_a_list_line_that_has_no_column()
    {
        const string text = "1. Tổ dân  phố Bắc Sơn đồng ý.\n2. Tổ dân phố Đông Hà đồng ý.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4004"));
        AssertSpan(text, diagnostic, "  ", "dân  phố");
        Assert.Equal(FixSafety.Safe, Assert.Single(diagnostic.Fixes).Safety);
        Assert.Equal(text.Replace("dân  phố", "dân phố", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    // Prose: lower-case words, however wide the run.
    [InlineData("Thường trực Hội đồng nhân dân  đã họp phiên thường kỳ.\n", "  ")]
    [InlineData("Ủy ban Mặt trận     đã tổng hợp ý kiến cử tri.\n", "     ")]
    // A name beside prose is no column of names.
    [InlineData("Ông Hứa Văn Khải   phát biểu ý kiến.\n", "   ")]
    public void Still_reports_runs_of_spaces_in_prose(string text, string run)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4004"));
        AssertSpan(text, diagnostic, run);
    }

    [Fact]
    public void A_wide_run_in_prose_is_mended_only_on_demand() =>
        Assert.Equal(FixSafety.Unsafe, Assert.Single(Assert.Single(RuleTester.Lint("Ủy ban Mặt trận     đã tổng hợp.\n", "RL4004")).Fixes).Safety);

    [Fact]
    public void Still_reports_doubled_spaces_in_two_lines_of_prose_that_nearly_line_up()
    {
        // The text after the runs starts a column apart: a slip of two spaces is no padding.
        const string text = "Hội nghị đã nghe  báo cáo.\nĐại biểu đã nêu  ý kiến.\n";
        Assert.Equal(2, RuleTester.Lint(text, "RL4004").Count);
    }

    [Fact]
    public void Reports_the_double_space_inside_a_cell_of_a_pipe_table_without_a_safe_fix()
    {
        const string text = "| TT | Hạng mục        |\n|----|---|\n| 1  | Nhà  văn hóa    |\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4004"));
        AssertSpan(text, diagnostic, "  ", "Nhà  văn");
        Assert.Equal(FixSafety.Unsafe, Assert.Single(diagnostic.Fixes).Safety);
    }
}
