using System.Security;
using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>Tables of a Word document, read as the CLI reads a .docx: one line per row, cells parted by tabs.</summary>
public class WordTableTests
{
    private static readonly string[][] Budget =
    [
        ["STT", "Nội dung chi", "Đơn vị thực hiện", "Kinh phí (đồng)"],
        ["1", "In tài liệu tuyên truyền", "Phòng Văn hóa và Thông tin", "2.350.000"],
        ["2", "Thuê hội trường", "Văn phòng HĐND và UBND", "1.200.000"],
        ["3", "Bồi dưỡng báo cáo viên", "Ban Tuyên giáo", "850.000"],
        ["", "Tổng cộng", "", "4.400.000"],
    ];

    private static readonly string[][] Rates =
    [
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
        ["Trồng rừng mới (ha)", "150", "138", "92,00"],
        ["Cứng hóa kênh mương (km)", "12,5", "10,2", "81,60"],
        ["Cấp thẻ bảo hiểm y tế (thẻ)", "3.200", "3.104", "97,00"],
    ];

    /// <summary>A .docx holding a paragraph, the table (one w:p per cell) and a closing paragraph, read as text.</summary>
    private static string ReadDocx(string[][] rows) => ReadDocx([rows]);

    /// <summary>The same with several tables, each right after the one before (no w:p between them: the tables touch).</summary>
    private static string ReadDocx(string[][][] tables)
    {
        var body = new StringBuilder("<w:p><w:r><w:t>Bảng tổng hợp như sau:</w:t></w:r></w:p>");
        foreach (var rows in tables)
        {
            body.Append("<w:tbl>");
            foreach (var row in rows)
            {
                body.Append("<w:tr>");
                foreach (var cell in row)
                {
                    body.Append($"<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{SecurityElement.Escape(cell)}</w:t></w:r></w:p></w:tc>");
                }
                body.Append("</w:tr>");
            }
            body.Append("</w:tbl>");
        }
        body.Append("<w:p><w:r><w:t>Các đơn vị thực hiện nghiêm túc.</w:t></w:r></w:p>");
        return WordDocument.Read(body.ToString());
    }

    private static string[][] With(string[][] rows, int row, int column, string text)
    {
        var copy = rows.Select(r => r.ToArray()).ToArray();
        copy[row][column] = text;
        return copy;
    }

    private static IReadOnlyList<ReportLint.Core.Diagnostics.Diagnostic> Lint(string text, params string[] ruleIds) =>
        RuleTester.LintAs(DocumentKind.Docx, text, ruleIds);

    [Fact]
    public void Is_silent_on_correct_tables_for_every_rule()
    {
        Assert.Empty(Lint(ReadDocx(Budget)));
        Assert.Empty(Lint(ReadDocx(Rates)));
    }

    [Fact]
    public void Two_tables_that_touch_are_read_apart_so_each_keeps_its_own_columns()
    {
        Assert.Empty(Lint(ReadDocx([Budget, Rates])));
        Assert.Empty(Lint(ReadDocx([Rates, Budget])));

        var text = ReadDocx([With(Budget, 4, 3, "4.040.000"), With(Rates, 2, 3, "86,10")]);
        var diagnostics = Lint(text, "RL5016", "RL5019").OrderBy(d => d.Span.Start).ToList();
        Assert.Equal(["RL5016", "RL5019"], diagnostics.Select(d => d.Id));
        AssertSpan(text, diagnostics[0], "4.040.000");
        AssertSpan(text, diagnostics[1], "86,10");
        Assert.Equal("Cột “Tỷ lệ (%)” của “Cứng hóa kênh mương (km)” là 10,2/12,5 = 81,60%, không phải 86,10%", Vi(diagnostics[1]));
        Assert.Equal(ReadDocx([Budget, With(Rates, 2, 3, "86,10")]), Fixed(text, diagnostics[0]));
    }

    [Fact]
    public void Reports_a_total_row_that_is_not_the_sum_of_its_column()
    {
        var text = ReadDocx(With(Budget, 4, 3, "4.040.000"));
        var diagnostic = Assert.Single(Lint(text, "RL5016"));
        AssertSpan(text, diagnostic, "4.040.000");
        Assert.Equal("Tổng cột “Kinh phí (đồng)” là 4.400.000, không phải 4.040.000", Vi(diagnostic));
        Assert.Equal("The column “Kinh phí (đồng)” sums to 4.400.000, not 4.040.000", En(diagnostic));
        Assert.Equal(ReadDocx(Budget), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_rate_cell_that_is_not_the_ratio_of_its_row()
    {
        var text = ReadDocx(With(Rates, 2, 3, "86,10"));
        var diagnostic = Assert.Single(Lint(text, "RL5019"));
        AssertSpan(text, diagnostic, "86,10");
        Assert.Equal("Cột “Tỷ lệ (%)” của “Cứng hóa kênh mương (km)” là 10,2/12,5 = 81,60%, không phải 86,10%", Vi(diagnostic));
        Assert.Equal(ReadDocx(Rates), Fixed(text, diagnostic));
    }

    [Fact]
    public void A_comma_among_dot_grouped_amounts_is_a_slip_the_total_row_reads_as_a_dot()
    {
        var text = ReadDocx(With(Budget, 3, 3, "850,000"));
        var slip = Assert.Single(Lint(text, "RL5008"));
        AssertSpan(text, slip, "850,000");
        Assert.Equal(text.Replace("850,000", "850.000", StringComparison.Ordinal), Fixed(text, slip));
        Assert.Empty(Lint(text, "RL5016"));

        var wrongTotal = ReadDocx(With(With(Budget, 3, 3, "850,000"), 4, 3, "4.040.000"));
        Assert.Equal("Tổng cột “Kinh phí (đồng)” là 4.400.000, không phải 4.040.000", Vi(Assert.Single(Lint(wrongTotal, "RL5016"))));
    }

    [Fact]
    public void Prose_rules_read_each_cell_apart_from_its_neighbours()
    {
        // The title opens its cell: after the name in the cell before, it is still a title before a specific body.
        var text = ReadDocx(With(Budget, 1, 2, "phó chủ tịch UBND xã Tân Hòa"));
        var diagnostic = Assert.Single(Lint(text, "RL6002"));
        AssertSpan(text, diagnostic, "phó chủ tịch");
        Assert.Empty(Lint(ReadDocx(With(Budget, 1, 1, "In tài liệu cho Phòng")), "RL3010"));
    }
}
