using System.Text;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5016 on a table with one column of plain counts, in Markdown, typed in plain text and in Word (merged cells too).</summary>
public class TableSingleColumnTests
{
    private const string Trainees = """
        Kết quả mở lớp bồi dưỡng kỹ năng năm 2026:

        | Nhóm học viên | Số học viên |
        |---|---:|
        | Cán bộ chuyên trách | 42 |
        | Công chức văn hóa - xã hội | 71 |
        | Trưởng thôn, tổ trưởng | 25 |
        | Hội viên Hội Nông dân | 58 |
        | Đoàn viên thanh niên | 130 |
        | Tổng cộng | 326 |

        Các lớp học kết thúc đúng kế hoạch.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5016", "RL5018");

    [Fact]
    public void Is_silent_on_a_single_column_that_adds_up() => Assert.Empty(Lint(Trainees));

    [Theory]
    [InlineData("Tổng cộng")]
    [InlineData("Tổng số")]
    [InlineData("Tổng")]
    [InlineData("Cộng")]
    public void Reports_a_single_column_of_plain_counts_under_any_total_label(string label)
    {
        var text = Trainees.Replace("| Tổng cộng | 326 |", $"| {label} | 336 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "336");
        Assert.Equal("Tổng cột “Số học viên” là 326, không phải 336", Vi(diagnostic));
        Assert.Equal("The column “Số học viên” sums to 326, not 336", En(diagnostic));
        Assert.Equal(Trainees.Replace("| Tổng cộng |", $"| {label} |", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData(" | ", "")]
    [InlineData("\t", "")]
    [InlineData("\t\t", "\t")]
    public void Reports_a_single_column_typed_in_plain_text(string separator, string padding)
    {
        var rows = new[] { ("Nhóm học viên", "Số học viên"), ("Cán bộ chuyên trách", "42"), ("Công chức văn hóa", "71"),
            ("Trưởng thôn", "25"), ("Hội viên Hội Nông dân", "58"), ("Đoàn viên thanh niên", "130"), ("Tổng cộng", "336") };
        var text = "Kết quả mở lớp bồi dưỡng:\n" + string.Join("\n", rows.Select(r => r.Item1 + separator + padding + r.Item2))
            + "\nCác lớp học kết thúc đúng kế hoạch.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5016"));
        AssertSpan(text, diagnostic, "336");
        Assert.Equal(text.Replace("336", "326", StringComparison.Ordinal), Fixed(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text.Replace("336", "326", StringComparison.Ordinal), "RL5016"));
    }

    [Fact]
    public void A_numbered_heading_set_apart_by_a_tab_is_no_row_of_a_wider_table()
    {
        const string table = "STT | Nội dung chi | Kinh phí (đồng)\n1 | In tài liệu | 4.500.000\n2 | Thuê hội trường | 3.000.000\n"
            + "3 | Nước uống | 1.500.000\n | Tổng cộng | 9.500.000\n";
        var text = "3\tKinh phí\n" + table + "4\tTổ chức thực hiện\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5016"));
        AssertSpan(text, diagnostic, "9.500.000");
        Assert.Empty(RuleTester.Lint(text.Replace("9.500.000", "9.000.000", StringComparison.Ordinal), "RL5016"));
    }

    [Fact]
    public void A_line_indented_by_a_tab_is_no_table()
    {
        const string text = "Kết quả:\n\tSố học viên\n\t42\n\t71\n\t25\n\tTổng cộng\n\t150\n";
        Assert.Empty(RuleTester.Lint(text, "RL5016"));
    }

    [Theory]
    // Columns whose figures do not add up: numbering, years, rates, averages, ranks, codes.
    [InlineData("STT")]
    [InlineData("Tỷ lệ (%)")]
    [InlineData("Số học viên bình quân")]
    [InlineData("Số học viên trung bình")]
    [InlineData("Xếp hạng")]
    [InlineData("Mã số")]
    public void Is_silent_on_a_column_that_does_not_add_up(string heading)
    {
        var text = Trainees.Replace("Số học viên |", heading + " |", StringComparison.Ordinal).Replace("| 326 |", "| 336 |", StringComparison.Ordinal);
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Adds_up_the_points_of_a_scored_checklist()
    {
        var text = Trainees.Replace("Số học viên |", "Điểm tự chấm |", StringComparison.Ordinal).Replace("| 326 |", "| 336 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "336");
    }

    [Fact]
    public void Is_silent_on_a_column_of_years()
    {
        const string text = """
            | Đơn vị | Năm thành lập |
            |---|---:|
            | Chi bộ Tân Lập | 1975 |
            | Chi bộ Tân Phú | 1982 |
            | Chi bộ Tân Hòa | 1990 |
            | Tổng cộng | 2026 |
            """;
        Assert.Empty(Lint(text));
    }

    [Theory]
    // A total row that says it is an average: its label, or its figure.
    [InlineData("| Bình quân | 65 |")]
    [InlineData("| Trung bình | 65 |")]
    [InlineData("| Tổng cộng | 65 (bình quân) |")]
    [InlineData("| Cộng | bình quân 65 |")]
    public void Is_silent_on_a_total_row_that_is_an_average(string totalRow)
    {
        var text = Trainees.Replace("| Tổng cộng | 326 |", totalRow, StringComparison.Ordinal);
        Assert.Empty(Lint(text));
    }

    private static readonly string[][] Participants =
    [
        ["Nhóm học viên", "Số học viên"],
        ["Cán bộ chuyên trách", "42"],
        ["Công chức văn hóa - xã hội", "71"],
        ["Trưởng thôn, tổ trưởng", "25"],
        ["Hội viên Hội Nông dân", "58"],
        ["Đoàn viên thanh niên", "130"],
        ["Tổng cộng", "326"],
    ];

    private static string Cell(string text, string properties = "") => WordDocument.Cell(text, properties);

    private static string Docx(IEnumerable<string> rows)
    {
        var body = new StringBuilder("<w:p><w:r><w:t>Thành phần tham dự như sau:</w:t></w:r></w:p><w:tbl>");
        foreach (var row in rows)
        {
            body.Append("<w:tr>").Append(row).Append("</w:tr>");
        }
        body.Append("</w:tbl><w:p><w:r><w:t>Đề nghị các đơn vị cử người tham dự đúng thành phần.</w:t></w:r></w:p>");
        return WordDocument.Read(body.ToString());
    }

    [Fact]
    public void Reads_a_word_table_of_two_columns()
    {
        var text = Docx(Participants.Select(row => string.Concat(row.Select(cell => Cell(cell == "326" ? "316" : cell)))));
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.Docx, text, "RL5016"));
        AssertSpan(text, diagnostic, "316");
        Assert.Equal("Tổng cột “Số học viên” là 326, không phải 316", Vi(diagnostic));
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, Docx(Participants.Select(row => string.Concat(row.Select(c => Cell(c))))), "RL5016"));
    }

    /// <summary>A first column merged down over the rows of each level, and a total label spanning it and the next.</summary>
    private static string MergedDocx(string total, string level = "Cấp xã") => Docx(
    [
        Cell("Cấp") + Cell("Đối tượng") + Cell("Số người"),
        Cell("Cấp huyện", "<w:vMerge w:val=\"restart\"/>") + Cell("Thành viên Ban Chỉ đạo") + Cell("18"),
        Cell("", "<w:vMerge/>") + Cell("Báo cáo viên cấp huyện") + Cell("24"),
        Cell(level, "<w:vMerge w:val=\"restart\"/>") + Cell("Bí thư chi bộ thôn") + Cell("96"),
        Cell("", "<w:vMerge/>") + Cell("Trưởng ban công tác Mặt trận") + Cell("96"),
        Cell("Tổng cộng", "<w:gridSpan w:val=\"2\"/>") + Cell(total),
    ]);

    [Fact]
    public void Reads_a_word_table_whose_total_label_spans_a_column_merged_down()
    {
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, MergedDocx("234"), "RL5016", "RL5018"));
        var text = MergedDocx("243");
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.Docx, text, "RL5016", "RL5018"));
        AssertSpan(text, diagnostic, "243");
        Assert.Equal("Tổng cột “Số người” là 234, không phải 243", Vi(diagnostic));
        Assert.Equal(MergedDocx("234"), Fixed(text, diagnostic));
    }

    [Fact]
    public void A_merged_column_naming_a_sub_total_is_no_grouping() =>
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, MergedDocx("243", level: "Trong đó"), "RL5016"));
}
