using System.Text;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5034: a column of shares of one whole that does not add up to 100, or whose total row does not say 100.</summary>
public class TableShareSumMismatchTests
{
    private const string Sectors = """
        Cơ cấu giá trị sản xuất của xã năm 2026:

        | Lĩnh vực | Tỷ trọng (%) |
        |---|---:|
        | Nông, lâm nghiệp và thủy sản | 24,6 |
        | Công nghiệp và xây dựng | 31,2 |
        | Thương mại, dịch vụ | 44,2 |
        | **Tổng cộng** | **100** |

        Tỷ trọng thương mại, dịch vụ tăng so với năm trước.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5034");

    private static IReadOnlyList<Diagnostic> LintPlain(string text) => RuleTester.Lint(text, "RL5034");

    private static Diagnostic SingleFinding(IReadOnlyList<Diagnostic> diagnostics, string text, string spanText, string from)
    {
        var diagnostic = Assert.Single(diagnostics);
        AssertSpan(text, diagnostic, spanText, from);
        return diagnostic;
    }

    [Fact]
    public void Is_silent_when_the_shares_make_the_whole() => Assert.Empty(Lint(Sectors));

    [Fact]
    public void Reports_shares_that_miss_the_whole_on_the_total_cell_without_a_fix()
    {
        var text = Sectors.Replace("| 44,2 |", "| 42,2 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(Lint(text), text, "100", "Tổng cộng");
        Assert.Equal("Các tỷ lệ của cột “Tỷ trọng (%)” cộng lại 98,0%, không phải 100%", Vi(diagnostic));
        Assert.Equal("The shares in column “Tỷ trọng (%)” add up to 98,0%, not 100%", En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("33,3", "33,3", "33,4")] // 100,0
    [InlineData("33,3", "33,3", "33,3")] // 99,9: each share rounded on its own
    [InlineData("33,4", "33,4", "33,3")] // 100,1
    [InlineData("33", "33", "33")] // 99 with whole shares
    [InlineData("33,33%", "33,33%", "33,33%")] // the sign in the cells
    public void Is_silent_on_rounded_shares(string first, string second, string third)
    {
        var text = $"""
            | Nhóm tuổi | Cơ cấu (%) |
            |---|---|
            | Dưới 35 tuổi | {first} |
            | Từ 35 đến 50 tuổi | {second} |
            | Trên 50 tuổi | {third} |
            | Cộng | 100 |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Reads_shares_written_with_a_percent_sign()
    {
        const string text = """
            | Nguồn vốn | Tỷ lệ so với tổng vốn (%) |
            |---|---|
            | Ngân sách tỉnh | 55% |
            | Ngân sách huyện | 30% |
            | Vốn huy động | 25% |
            | Tổng số | 100% |
            """;
        var diagnostic = SingleFinding(Lint(text), text, "100", "Tổng số");
        Assert.Equal("Các tỷ lệ của cột “Tỷ lệ so với tổng vốn (%)” cộng lại 110%, không phải 100%", Vi(diagnostic));
    }

    [Fact]
    public void Reports_the_one_share_the_counts_prove_wrong_with_its_correction()
    {
        const string text = """
            | Giới tính | Số học viên | Tỷ lệ (%) |
            |---|---:|---:|
            | Nam | 27 | 60 |
            | Nữ | 18 | 45 |
            | Cộng | 45 | 100 |
            """;
        var diagnostic = SingleFinding(Lint(text), text, "45", "Nữ | 18");
        Assert.Equal("Các tỷ lệ của cột “Tỷ lệ (%)” cộng lại 105%, không phải 100%: tỷ lệ của “Nữ” là 18/45 = 40%, không phải 45", Vi(diagnostic));
        Assert.Equal("The shares in column “Tỷ lệ (%)” add up to 105%, not 100%: the share of “Nữ” is 18/45 = 40%, not 45", En(diagnostic));
        Assert.Equal(text.Replace("| 18 | 45 |", "| 18 | 40 |", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Leaves_a_column_the_counts_read_as_shares_to_RL5018()
    {
        const string text = """
            | Xếp loại | Số đảng viên | Tỷ lệ (%) |
            |---|---:|---:|
            | Hoàn thành xuất sắc nhiệm vụ | 30 | 20 |
            | Hoàn thành tốt nhiệm vụ | 90 | 60 |
            | Hoàn thành nhiệm vụ | 24 | 61 |
            | Không hoàn thành nhiệm vụ | 6 | 4 |
            | Tổng cộng | 150 | 100 |
            """;
        Assert.Empty(Lint(text));
        Assert.Single(RuleTester.LintMarkdown(text, "RL5018"));
    }

    [Fact]
    public void Corrects_a_total_cell_that_is_not_the_whole_when_the_shares_make_it()
    {
        const string text = """
            | Loại hình | Số doanh nghiệp | Cơ cấu lao động (%) | Cơ cấu (%) |
            |---|---:|---:|---:|
            | Doanh nghiệp nhà nước | 12 | 8 | 50 |
            | Doanh nghiệp tư nhân | 30 | 70 | 30 |
            | Doanh nghiệp có vốn nước ngoài | 58 | 22 | 20 |
            | Tổng số | 100 | 100 | 90 |
            """;
        var diagnostic = SingleFinding(Lint(text), text, "90", "Tổng số");
        Assert.Equal("Các tỷ lệ của cột “Cơ cấu (%)” cộng lại 100%, dòng tổng phải là 100%, không phải 90", Vi(diagnostic));
        Assert.Equal("The shares in column “Cơ cấu (%)” add up to 100%, so the total row should say 100%, not 90", En(diagnostic));
        Assert.Equal(text.Replace("| 100 | 90 |", "| 100 | 100 |", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_on_the_total_label_when_its_cell_is_empty_and_the_rows_split_one_total()
    {
        const string text = """
            | Ngành | Số cơ sở | Số lao động | Tỷ trọng (%) |
            |---|---:|---:|---:|
            | Chế biến nông sản | 35 | 420 | 42 |
            | Cơ khí, sửa chữa | 18 | 310 | 21 |
            | Dệt may | 7 | 270 | 17 |
            | **Cộng** | **60** | **1.000** | |
            """;
        var diagnostic = SingleFinding(Lint(text), text, "Cộng", "| **Cộng");
        Assert.Equal("Các tỷ lệ của cột “Tỷ trọng (%)” cộng lại 80%, không phải 100%", Vi(diagnostic));
    }

    [Fact]
    public void Reads_a_share_named_for_a_column_of_the_table_and_not_a_share_of_each_row()
    {
        const string text = """
            | Vùng | Diện tích (ha) | Sản lượng (tấn) | Tỷ trọng sản lượng (%) |
            |---|---:|---:|---:|
            | Vùng ven biển | 500 | 4.000 | 50 |
            | Vùng đồng bằng | 300 | 2.500 | 40 |
            | Vùng đồi | 200 | 1.500 | 30 |
            | Tổng cộng | 1.000 | 8.000 | |
            """;
        var diagnostic = SingleFinding(Lint(text), text, "Tổng cộng", "| Tổng cộng");
        Assert.Equal("Các tỷ lệ của cột “Tỷ trọng sản lượng (%)” cộng lại 120%, không phải 100%", Vi(diagnostic));
        // A share named for no column may be each row's own (the share of borrowed capital in each project): read
        // only when the total row says 100.
        var unnamed = text.Replace("Tỷ trọng sản lượng (%)", "Tỷ trọng vốn vay (%)", StringComparison.Ordinal);
        Assert.Empty(Lint(unnamed));
        var whole = unnamed.Replace("| 8.000 | |", "| 8.000 | 100 |", StringComparison.Ordinal);
        Assert.Equal("Các tỷ lệ của cột “Tỷ trọng vốn vay (%)” cộng lại 120%, không phải 100%", Vi(SingleFinding(Lint(whole), whole, "100", "8.000 |")));
    }

    [Fact]
    public void Is_silent_on_an_empty_total_cell_when_nothing_shows_the_rows_split_one_total()
    {
        const string text = """
            | Ngành | Tỷ trọng (%) |
            |---|---:|
            | Chế biến nông sản | 42 |
            | Cơ khí, sửa chữa | 21 |
            | Dệt may | 17 |
            | Cộng | |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Is_silent_on_shares_of_a_whole_outside_the_table()
    {
        // Three districts' shares of the province: the total row states their sum, or their counts follow one ratio.
        const string stated = """
            | Huyện | Số hộ | Tỷ trọng so với toàn tỉnh (%) |
            |---|---:|---:|
            | Huyện Đông | 12.000 | 24,0 |
            | Huyện Tây | 9.000 | 18,0 |
            | Huyện Nam | 6.000 | 12,0 |
            | Cộng | 27.000 | 54,0 |
            """;
        Assert.Empty(Lint(stated));
        Assert.Empty(Lint(stated.Replace("| 54,0 |", "| |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Is_silent_on_rates_of_each_row()
    {
        // A rate named for its subject, a bare rate whose total is the overall rate, a bare rate with no total.
        const string named = """
            | Xã | Số hộ | Tỷ lệ hộ nghèo (%) |
            |---|---:|---:|
            | Xã A | 1.200 | 4,2 |
            | Xã B | 800 | 6,1 |
            | Xã C | 1.000 | 3,5 |
            | Toàn huyện | 3.000 | 100 |
            """;
        Assert.Empty(Lint(named));
        const string overall = """
            | Trường | Số học sinh | Tỷ lệ (%) |
            |---|---:|---:|
            | Trường A | 400 | 97,5 |
            | Trường B | 350 | 98,9 |
            | Trường C | 250 | 96,0 |
            | Tổng cộng | 1.000 | 97,6 |
            """;
        Assert.Empty(Lint(overall));
        Assert.Empty(Lint(overall.Replace("| 97,6 |", "| |", StringComparison.Ordinal)));
        // Every row at 100%: the total's 100 is the overall rate, not the sum.
        Assert.Empty(Lint(overall.Replace("97,5", "100", StringComparison.Ordinal).Replace("98,9", "100", StringComparison.Ordinal)
            .Replace("96,0", "100", StringComparison.Ordinal).Replace("97,6", "100", StringComparison.Ordinal)));
    }

    [Fact]
    public void Is_silent_when_rows_overlap()
    {
        const string text = """
            | Chỉ tiêu | Tỷ trọng (%) |
            |---|---:|
            | Khu vực nhà nước | 30 |
            | Khu vực ngoài nhà nước | 60 |
            | Trong đó: kinh tế tư nhân | 45 |
            | Khu vực có vốn đầu tư nước ngoài | 10 |
            | Tổng số | 100 |
            """;
        Assert.Empty(Lint(text));
        Assert.Empty(Lint(text.Replace("Trong đó: kinh tế tư nhân", "- Kinh tế tư nhân", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reads_a_table_typed_in_plain_text()
    {
        var text = "Kết quả tuyển sinh khóa 12:\n\nGiới tính\tSố học viên\tCơ cấu (%)\nNam\t27\t60\nNữ\t18\t45\nCộng\t45\t100\n";
        var diagnostic = SingleFinding(LintPlain(text), text, "45", "Nữ\t18");
        Assert.Equal("Các tỷ lệ của cột “Cơ cấu (%)” cộng lại 105%, không phải 100%: tỷ lệ của “Nữ” là 18/45 = 40%, không phải 45", Vi(diagnostic));
        Assert.Empty(LintPlain(text.Replace("\t45\n", "\t40\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reads_a_Word_table()
    {
        string[][] rows =
        [
            ["Nguồn thu", "Tỷ trọng (%)"],
            ["Thu nội địa", "71,5"],
            ["Thu từ đất", "19,5"],
            ["Thu khác", "7,0"],
            ["Tổng cộng", "100"],
        ];
        var text = Docx(rows);
        var diagnostic = SingleFinding(RuleTester.LintAs(DocumentKind.Docx, text, "RL5034"), text, "100", "Tổng cộng");
        Assert.Equal("Các tỷ lệ của cột “Tỷ trọng (%)” cộng lại 98,0%, không phải 100%", Vi(diagnostic));
        rows[3][1] = "9,0";
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, Docx(rows), "RL5034"));
    }

    private static string Docx(string[][] rows)
    {
        var body = new StringBuilder("<w:p><w:r><w:t>Cơ cấu thu ngân sách năm 2026:</w:t></w:r></w:p><w:tbl>");
        foreach (var row in rows)
        {
            body.Append("<w:tr>").Append(string.Concat(row.Select(cell => WordDocument.Cell(cell)))).Append("</w:tr>");
        }
        return WordDocument.Read(body.Append("</w:tbl><w:p><w:r><w:t>Số liệu ước thực hiện.</w:t></w:r></w:p>").ToString());
    }
}
