using System.Security;
using System.Text;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// Tables whose header takes two rows: a group heading over several columns (`Năm 2025`, merged or followed by empty
/// cells) and the columns' own headings under it; the table rules read the body under the pair.
/// </summary>
public class TwoRowHeaderTests
{
    private static readonly string[] TableRules = ["RL5016", "RL5018", "RL5019", "RL5020", "RL5021", "RL5022"];

    // Shares of 2025: 1.840,0/2.300,0 = 80,00; 610,5/925,0 = 66,00; 402,0/480,0 = 83,75; index over 2024: 1.840,0/1.600,0 = 115,00…
    private const string Markdown = """
        Kết quả thu ngân sách xã năm 2025 (triệu đồng):

        | STT | Khoản thu | Năm 2025 | | | Cùng kỳ năm 2024 | So với cùng kỳ (%) |
        |---|---|---:|---:|---:|---:|---:|
        | | | Dự toán | Thực hiện | Tỷ lệ (%) | | |
        | 1 | Thuế giá trị gia tăng | 2.300,0 | 1.840,0 | 80,00 | 1.600,0 | 115,00 |
        | 2 | Phí chợ | 925,0 | 610,5 | 66,00 | 555,0 | 110,00 |
        | 3 | Cho thuê mặt bằng | 480,0 | 402,0 | 83,75 | 402,0 | 100,00 |
        | | Tổng cộng | 3.705,0 | 2.852,5 | 76,99 | 2.557,0 | 111,56 |

        Bộ phận Tài chính tổng hợp.
        """;

    private const string Typed = """
        Kết quả thu ngân sách xã năm 2025 (triệu đồng):
        STT | Khoản thu | Năm 2025 | | | Cùng kỳ năm 2024 | So với cùng kỳ (%)
         | | Dự toán | Thực hiện | Tỷ lệ (%) | |
        1 | Thuế giá trị gia tăng | 2.300,0 | 1.840,0 | 80,00 | 1.600,0 | 115,00
        2 | Phí chợ | 925,0 | 610,5 | 66,00 | 555,0 | 110,00
        3 | Cho thuê mặt bằng | 480,0 | 402,0 | 83,75 | 402,0 | 100,00
         | Tổng cộng | 3.705,0 | 2.852,5 | 76,99 | 2.557,0 | 111,56
        Bộ phận Tài chính tổng hợp.
        """;

    [Fact]
    public void Is_silent_on_correct_tables_with_two_header_rows()
    {
        Assert.Empty(RuleTester.LintMarkdown(Markdown, TableRules));
        Assert.Empty(RuleTester.Lint(Typed, TableRules));
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, ReadDocx(WordRows()), TableRules));
    }

    [Fact]
    public void Reads_a_total_row_under_two_header_rows_in_markdown()
    {
        var text = Markdown.Replace("| 2.852,5 |", "| 2.825,5 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5016"));
        AssertSpan(text, diagnostic, "2.825,5");
        Assert.Equal("Tổng cột “Năm 2025 Thực hiện” là 2.852,5, không phải 2.825,5", Vi(diagnostic));
        Assert.Equal("The column “Năm 2025 Thực hiện” sums to 2.852,5, not 2.825,5", En(diagnostic));
        Assert.Equal(Markdown, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_rate_under_a_group_heading_in_typed_text()
    {
        var text = Typed.Replace("| 66,00 |", "| 60,66 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleTester.Lint(text, TableRules));
        Assert.Equal("RL5019", diagnostic.Id);
        AssertSpan(text, diagnostic, "60,66");
        Assert.Equal("Cột “Năm 2025 Tỷ lệ (%)” của “Phí chợ” là 610,5/925,0 = 66,00%, không phải 60,66%", Vi(diagnostic));
        Assert.Equal(Typed, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_word_table_whose_group_heading_is_merged_over_three_columns_and_blames_the_one_wrong_figure()
    {
        var text = ReadDocx(WordRows(("1.840,0", "1.480,0")));
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.Docx, text, TableRules));
        // The performance figure is wrong: its rate and its index disagree with it, and 1.840,0 makes both its row and the
        // total 2.852,5 right. That one cell is reported, once; the total it throws off is right and left alone.
        Assert.Equal("RL5019", diagnostic.Id);
        AssertSpan(text, diagnostic, "1.480,0");
        Assert.Equal("Cột “So với cùng kỳ (%)” của “Thuế giá trị gia tăng” là 1.480,0/1.600,0 = 92,50%, không phải 115,00%", Vi(diagnostic));
        Assert.Equal(ReadDocx(WordRows()), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_an_index_over_the_same_period_under_a_two_row_header()
    {
        var text = ReadDocx(WordRows(("110,00", "90,91")));
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.Docx, text, TableRules));
        Assert.Equal("RL5019", diagnostic.Id);
        AssertSpan(text, diagnostic, "90,91");
        Assert.Equal("Cột “So với cùng kỳ (%)” của “Phí chợ” là 610,5/555,0 = 110,00%, không phải 90,91%", Vi(diagnostic));
        Assert.Equal("Column “So với cùng kỳ (%)” of “Phí chợ” is 610,5/555,0 = 110,00%, not 90,91%", En(diagnostic));
    }

    [Fact]
    public void Reads_a_row_of_labels_under_a_one_row_header_as_a_body_row()
    {
        // `I` stands under `STT`, which the top row names alone: a group row of the body, not a second header row; the
        // table then has two levels and its total (310 for 300) is not read.
        const string text = """
            | STT | Đơn vị | Kinh phí (triệu đồng) | |
            |---|---|---:|---|
            | I | Khối xã | Ngân sách | Ghi chú |
            | 1 | Xã An Phú | 120 | |
            | 2 | Xã Bình Phú | 80 | |
            | 3 | Xã Tân Phú | 100 | |
            | | Tổng cộng | 310 | |
            """;
        Assert.Empty(RuleTester.LintMarkdown(text, TableRules));
    }

    private static string[][] WordRows(params (string From, string To)[] changes)
    {
        string[][] rows =
        [
            ["STT", "Khoản thu", "Năm 2025", "Cùng kỳ năm 2024", "So với cùng kỳ (%)"],
            ["", "", "Dự toán", "Thực hiện", "Tỷ lệ (%)", "", ""],
            ["1", "Thuế giá trị gia tăng", "2.300,0", "1.840,0", "80,00", "1.600,0", "115,00"],
            ["2", "Phí chợ", "925,0", "610,5", "66,00", "555,0", "110,00"],
            ["3", "Cho thuê mặt bằng", "480,0", "402,0", "83,75", "402,0", "100,00"],
            ["", "Tổng cộng", "3.705,0", "2.852,5", "76,99", "2.557,0", "111,56"],
        ];
        foreach (var (from, to) in changes)
        {
            var row = Array.FindIndex(rows, r => r.Contains(from));
            rows[row][Array.IndexOf(rows[row], from)] = to;
        }
        return rows;
    }

    /// <summary>
    /// A .docx holding the rows as a table: in the first row `Năm 2025` spans three grid columns (w:gridSpan) and the
    /// other cells are merged down (w:vMerge), so the second row leaves them empty.
    /// </summary>
    private static string ReadDocx(string[][] rows)
    {
        var body = new StringBuilder("<w:p><w:r><w:t>Kết quả thu ngân sách xã năm 2025:</w:t></w:r></w:p><w:tbl>");
        for (var r = 0; r < rows.Length; r++)
        {
            body.Append("<w:tr>");
            foreach (var cell in rows[r])
            {
                var properties = r == 0 && cell == "Năm 2025" ? "<w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>"
                    : r == 0 ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>"
                    : r == 1 && cell.Length == 0 ? "<w:tcPr><w:vMerge/></w:tcPr>" : "";
                body.Append($"<w:tc>{properties}<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(cell)}</w:t></w:r></w:p></w:tc>");
            }
            body.Append("</w:tr>");
        }
        body.Append("</w:tbl><w:p><w:r><w:t>Bộ phận Tài chính tổng hợp.</w:t></w:r></w:p>");
        return WordDocument.Read(body.ToString());
    }
}
