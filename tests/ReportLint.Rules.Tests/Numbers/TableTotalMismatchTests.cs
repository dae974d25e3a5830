using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class TableTotalMismatchTests
{
    private const string Schools = """
        Quy mô trường, lớp năm học 2025 - 2026:

        | Cấp học | Số trường | Số lớp | Số học sinh | Giáo viên |
        |:---|---:|---:|---:|---:|
        | Mầm non | 112 | 1.204 | 30.415 | 2.130 |
        | Tiểu học | 98 | 2.310 | 61.870 | 3.405 |
        | Trung học cơ sở | 71 | 1.388 | 49.022 | 2.761 |
        | **Tổng cộng** | **281** | **4.902** | **141.307** | **8.296** |

        Số liệu tính đến ngày 31/5/2026.
        """;

    private static IReadOnlyList<ReportLint.Core.Diagnostics.Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5016");

    private static ReportLint.Core.Diagnostics.Diagnostic SingleFinding(string text, string spanText, string from)
    {
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, spanText, from);
        return diagnostic;
    }

    [Fact]
    public void Is_silent_when_every_column_adds_up() => Assert.Empty(Lint(Schools));

    [Fact]
    public void Reports_the_total_of_a_column_that_does_not_add_up_with_its_sum_as_fix()
    {
        var text = Schools.Replace("**8.296**", "**8.926**", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "8.926", "**Tổng cộng**");
        Assert.Equal("Tổng cột “Giáo viên” là 8.296, không phải 8.926", Vi(diagnostic));
        Assert.Equal("The column “Giáo viên” sums to 8.296, not 8.926", En(diagnostic));
        Assert.Equal(Schools, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_lone_money_column_under_its_rows()
    {
        const string text = """
            | Nội dung | Kinh phí (đồng) |
            |---|---|
            | In tài liệu tuyên truyền | 18.500.000 |
            | Tổ chức hội nghị | 62.000.000 |
            | Khen thưởng | 19.500.000 |
            | Tổng cộng | 110.000.000 |
            """;
        var diagnostic = SingleFinding(text, "110.000.000", "Tổng cộng");
        Assert.Equal("Tổng cột “Kinh phí (đồng)” là 100.000.000, không phải 110.000.000", Vi(diagnostic));
        Assert.Equal(text.Replace("110.000.000", "100.000.000", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_whole_year_row_under_its_quarters()
    {
        const string text = """
            | Quý | Năm 2025 | Năm 2026 |
            |---|---:|---:|
            | Quý I | 12.400 | 13.150 |
            | Quý II | 15.020 | 16.300 |
            | Quý III | 18.210 | 19.880 |
            | Quý IV | 14.370 | 15.600 |
            | **Cả năm** | **60.000** | **64.930** |
            """;
        Assert.Empty(Lint(text));
        var wrong = text.Replace("**64.930**", "**65.930**", StringComparison.Ordinal);
        var diagnostic = SingleFinding(wrong, "65.930", "**Cả năm**");
        Assert.Equal("Tổng cột “Năm 2026” là 64.930, không phải 65.930", Vi(diagnostic));
        Assert.Equal(text, Fixed(wrong, diagnostic));
    }

    [Fact]
    public void Reads_a_total_right_under_the_header_and_after_an_empty_numbering_cell()
    {
        const string text = """
            | STT | Đơn vị | Số hộ | Số nhân khẩu |
            |---|---|---|---|
            | | Toàn huyện | 1.420 | 5.930 |
            | 1 | Xã Tân Hòa | 512 | 2.140 |
            | 2 | Xã Tân Phú | 468 | 1.975 |
            | 3 | Xã Tân Lập | 430 | 1.815 |
            """;
        var diagnostic = SingleFinding(text, "1.420", "Toàn huyện");
        Assert.Equal("Tổng cột “Số hộ” là 1.410, không phải 1.420", Vi(diagnostic));
        Assert.Equal(text.Replace("1.420", "1.410", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Sums_decimals_exactly_and_writes_the_fix_with_the_column_decimals()
    {
        const string text = """
            | Hạng mục | Diện tích (ha) | Dân số |
            |---|--:|--:|
            | Khu dân cư | 12,5 | 840 |
            | Đất sản xuất | 48,25 | 312 |
            | Đất lâm nghiệp | 120,4 | 95 |
            | *Tổng* | *191,65* | *1.247* |
            """;
        var diagnostic = SingleFinding(text, "191,65", "*Tổng*");
        Assert.Equal("Tổng cột “Diện tích (ha)” là 181,15, không phải 191,65", Vi(diagnostic));
        Assert.Equal(text.Replace("191,65", "181,15", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Allows_half_a_unit_of_rounding_per_figure_written_with_decimals_or_in_millions()
    {
        const string text = """
            | Nguồn vốn | Năm 2025 (tỷ đồng) | Năm 2026 (triệu đồng) |
            |---|---|---|
            | Ngân sách tỉnh | 12,4 | 1.205 |
            | Ngân sách huyện | 3,3 | 388 |
            | Vốn lồng ghép | 5,1 | 407 |
            | Cộng | 20,9 | 2.001 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Reads_the_tables_below_once_their_columns_add_up_and_their_rows_are_parts()
    {
        // The controls of the silent cases below: the same tables, plain.
        const string plainColumn = """
            | Xã | Số hộ |
            |---|---|
            | Tân Hòa | 120 |
            | Tân Phú | 130 |
            | Tân Lập | 95 |
            | Toàn huyện | 250 |
            """;
        Assert.Equal("Tổng cột “Số hộ” là 345, không phải 250", Vi(SingleFinding(plainColumn, "250", "Toàn huyện")));
        const string plainRows = """
            | Đơn vị | Số đảng viên |
            |---|---|
            | Khối Đảng | 120 |
            | Khối chính quyền | 95 |
            | Tổng số | 250 |
            """;
        Assert.Equal("Tổng cột “Số đảng viên” là 215, không phải 250", Vi(SingleFinding(plainRows, "250", "Tổng số")));
    }

    [Theory]
    [InlineData("| Tỷ lệ (%) |", "| 30,5 |", "| 40,5 |", "| 29 |", "| 100 |")]
    [InlineData("| Tỷ lệ |", "| 30,5% |", "| 40,5% |", "| 29% |", "| 99% |")]
    [InlineData("| Xếp hạng |", "| 3 |", "| 1 |", "| 2 |", "| 5 |")]
    [InlineData("| Bình quân (người/hộ) |", "| 4 |", "| 5 |", "| 3 |", "| 4 |")]
    [InlineData("| Năm thành lập |", "| 1996 |", "| 2004 |", "| 2019 |", "| 2020 |")]
    [InlineData("| Số hộ |", "| 120 |", "| - |", "| 95 |", "| 250 |")]
    [InlineData("| Số hộ |", "| 120 |", "| |", "| 95 |", "| 250 |")]
    [InlineData("| Số hộ |", "| 120 |", "| 9/12 |", "| 95 |", "| 250 |")]
    public void Is_silent_on_columns_that_do_not_add_up(string header, string first, string second, string third, string total)
    {
        var text = $"""
            | Xã {header}
            |---|---|
            | Tân Hòa {first}
            | Tân Phú {second}
            | Tân Lập {third}
            | Toàn huyện {total}
            """;
        Assert.Empty(Lint(text));
    }

    [Theory]
    [InlineData("| Trong đó: nữ | 40 |")]
    [InlineData("| Cộng khối Đảng | 40 |")]
    [InlineData("| - Nữ | 40 |")]
    [InlineData("| 1.1 | 40 |")]
    [InlineData("| **Khối chính quyền** | **40** |")]
    [InlineData("| *Chia ra* | |")]
    public void Is_silent_on_tables_with_sub_totals_or_sub_items(string row)
    {
        var text = $"""
            | Đơn vị | Số đảng viên |
            |---|---|
            | Khối Đảng | 120 |
            {row}
            | Khối chính quyền | 95 |
            | Tổng số | 250 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Is_silent_on_numbered_groups_and_on_a_table_without_a_total_row()
    {
        const string grouped = """
            | TT | Nội dung | Kinh phí |
            |---|---|---|
            | I | Chi thường xuyên | 100 |
            | 1 | Chi lương | 60 |
            | 2 | Chi hoạt động | 40 |
            | | Tổng cộng | 100 |
            """;
        Assert.Empty(Lint(grouped));
        const string noTotal = """
            | Xã | Số hộ | Số nhân khẩu |
            |---|---|---|
            | Tân Hòa | 512 | 2.140 |
            | Tân Phú | 468 | 1.975 |
            | Tân Lập | 430 | 9.999 |
            """;
        Assert.Empty(Lint(noTotal));
    }

    [Fact]
    public void Is_silent_when_no_summed_column_adds_up_or_a_lone_column_total_stands_first()
    {
        // A breakdown on two criteria under one total: sex, then ethnicity. No column adds up, so none is a sum.
        const string breakdown = """
            | Chỉ tiêu | Năm 2025 | Năm 2026 |
            |---|---|---|
            | Tổng số | 1.200 | 1.260 |
            | Nam | 640 | 650 |
            | Nữ | 560 | 610 |
            | Dân tộc thiểu số | 310 | 335 |
            """;
        Assert.Empty(Lint(breakdown));
        const string loneFirst = """
            | Chỉ tiêu | Số người |
            |---|---|
            | Tổng số | 1.200 |
            | Nam | 640 |
            | Nữ | 560 |
            | Người dân tộc thiểu số | 310 |
            """;
        Assert.Empty(Lint(loneFirst));
    }

    [Fact]
    public void Reads_figures_written_in_bold_or_italic_in_data_and_total_rows()
    {
        const string text = """
            | Đơn vị | Số lớp | Số học viên |
            |---|---|---|
            | Trung tâm huyện | **24** | **1.065** |
            | Trường Chính trị | **18** | **742** |
            | Các xã | **30** | **1.388** |
            | **Tổng cộng** | **72** | **3.913** |
            """;
        var diagnostic = SingleFinding(text, "3.913", "Tổng cộng");
        Assert.Equal("Tổng cột “Số học viên” là 3.195, không phải 3.913", Vi(diagnostic));
        Assert.Equal(text.Replace("3.913", "3.195", StringComparison.Ordinal), Fixed(text, diagnostic));
        var italic = text.Replace("**", "*", StringComparison.Ordinal);
        Assert.Equal("3.913", RuleTester.SpanText(italic, SingleFinding(italic, "3.913", "Tổng cộng")));
        Assert.Empty(Lint(text.Replace("3.913", "3.195", StringComparison.Ordinal)));
    }

    private const string Budget = """
        | TT | Nội dung | Kế hoạch | Thực hiện |
        |---|---|---:|---:|
        | I | **Tổng thu** | **5.200** | **4.318** |
        | 1 | Thu thuế, phí | 1.700 | 1.392 |
        | 2 | Thu từ quỹ đất | 3.100 | 2.566 |
        | 3 | Thu khác | 400 | 360 |
        | II | **Tổng chi** | **5.200** | **3.975** |
        | 1 | Chi đầu tư | 1.500 | 1.020 |
        | 2 | Chi thường xuyên | 3.600 | 2.955 |
        | 3 | Dự phòng | 100 | 0 |
        """;

    [Fact]
    public void Reads_each_group_row_as_the_total_of_the_items_numbered_under_it()
    {
        Assert.Empty(Lint(Budget));
        var text = Budget.Replace("**4.318**", "**4.381**", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "4.381", "Tổng thu");
        Assert.Equal("Tổng cột “Thực hiện” là 4.318, không phải 4.381", Vi(diagnostic));
        Assert.Equal("The column “Thực hiện” sums to 4.318, not 4.381", En(diagnostic));
        Assert.Equal(Budget, Fixed(text, diagnostic));
        var second = Budget.Replace("**3.975**", "**3.795**", StringComparison.Ordinal);
        Assert.Equal("Tổng cột “Thực hiện” là 3.975, không phải 3.795", Vi(SingleFinding(second, "3.795", "Tổng chi")));
    }

    [Theory]
    // An item broken down, a gap in the numbering, an unnumbered row among the items, a group row no column confirms.
    [InlineData("| 3 | Thu khác | 400 | 360 |", "| | - Trong đó: lệ phí | 400 | 360 |")]
    [InlineData("| 3 | Thu khác | 400 | 360 |", "| 4 | Thu khác | 400 | 360 |")]
    [InlineData("| 2 | Thu từ quỹ đất | 3.100 | 2.566 |\n| 3 | Thu khác | 400 | 360 |", "| | Thu từ quỹ đất, thu khác | 3.500 | 2.926 |")]
    [InlineData("**5.200** | **4.318**", "**5.300** | **4.381**")]
    public void Is_silent_on_groups_whose_rows_are_not_plain_items(string row, string replacement)
    {
        var text = Budget.Replace(row, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Budget, text);
        Assert.Empty(Lint(text.Replace("**4.318**", "**4.381**", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reads_rows_without_outer_pipes_and_a_total_in_capitals()
    {
        const string text = """
            **Huyện** | **Hội viên** | **Chi hội**
            --- | :---: | :---:
            Đông Sơn | 4.215 | 38
            Hà Trung | 3.980 | 35
            Nga Sơn | 5.102 | 41
            TỔNG CỘNG: | 13.279 | 114
            """;
        var diagnostic = SingleFinding(text, "13.279", "TỔNG CỘNG");
        Assert.Equal("Tổng cột “Hội viên” là 13.297, không phải 13.279", Vi(diagnostic));
        Assert.Equal(text.Replace("13.279", "13.297", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Lets_a_count_of_places_total_less_than_its_sum_but_not_more()
    {
        // A commune may take part in both programmes: the total counts it once.
        const string programmes = """
            | Chương trình | Số xã thực hiện | Kinh phí (triệu đồng) |
            |---|---|---|
            | Nước sạch nông thôn | 12 | 500 |
            | Giao thông nông thôn | 15 | 800 |
            | Tổng cộng | 20 | 1.300 |
            """;
        Assert.Empty(Lint(programmes));
        var more = programmes.Replace("| 20 |", "| 29 |", StringComparison.Ordinal);
        Assert.Equal("Tổng cột “Số xã thực hiện” là 27, không phải 29", Vi(SingleFinding(more, "29", "Tổng cộng")));
    }

    [Fact]
    public void Is_silent_on_a_total_row_that_gives_an_average()
    {
        const string text = """
            | Trường | Số thí sinh | Điểm thi |
            |---|---|---|
            | THPT Đông Sơn | 412 | 6,2 |
            | THPT Hà Trung | 380 | 6,8 |
            | THPT Nga Sơn | 455 | 6,4 |
            | Toàn huyện | 1.247 | 6,5 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Reads_a_table_typed_in_plain_text_too()
    {
        // Plain text has no bold: its asterisks are text.
        var text = Schools.Replace("**", "", StringComparison.Ordinal).Replace("8.296", "8.926", StringComparison.Ordinal);
        AssertSpan(text, Assert.Single(RuleTester.Lint(text, "RL5016")), "8.926");
    }
}
