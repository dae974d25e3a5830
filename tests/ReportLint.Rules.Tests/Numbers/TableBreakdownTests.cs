using System.Text;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5016 across the rows of a header group `Trong đó` / `Chia ra` over the parts of the column before it.</summary>
public class TableBreakdownTests
{
    private const string Households = """
        Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2026:

        | Xã | Số hộ | Trong đó | |
        |---|---:|---:|---:|
        | | | Hộ nghèo | Hộ cận nghèo |
        | Xã Thanh Sơn | 142 | 86 | 56 |
        | Xã Thanh Thủy | 118 | 71 | 47 |
        | Xã Thanh Hà | 95 | 52 | 43 |
        | Xã Thanh Lâm | 160 | 98 | 62 |
        | **Cộng** | **515** | **307** | **208** |

        Số liệu do Phòng Lao động - Thương binh và Xã hội cung cấp.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) =>
        RuleTester.LintMarkdown(text, "RL5016", "RL5018", "RL5019", "RL5020", "RL5021");

    private static string Edit(string text, string from, string to) => text.Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void Is_silent_when_every_row_and_column_adds_up()
    {
        Assert.Empty(Lint(Households));
        Assert.Empty(Lint(Edit(Households, "| Trong đó |", "| Chia ra |")));
    }

    [Fact]
    public void Blames_the_one_part_that_agrees_with_both_its_row_and_its_column()
    {
        var text = Edit(Households, "| 95 | 52 | 43 |", "| 95 | 52 | 48 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5016", diagnostic.Descriptor.Id);
        AssertSpan(text, diagnostic, "48");
        Assert.Equal("Tổng các cột “Trong đó” của dòng “Xã Thanh Hà” là 100, không phải 95 ở cột “Số hộ” — số 48 ở cột “Trong đó Hộ cận nghèo” là chỗ sai (cả dòng và dòng tổng đều cho 43)", Vi(diagnostic));
        Assert.Equal("The breakdown “Trong đó” of row “Xã Thanh Hà” sums to 100, not 95 in column “Số hộ” — 48 in column “Trong đó Hộ cận nghèo” is the slip (both the row and the total row give 43)", En(diagnostic));
        Assert.Equal(Households, Fixed(text, diagnostic));
    }

    [Fact]
    public void Blames_the_whole_when_it_alone_agrees_with_its_column()
    {
        // The column `Số hộ` then adds up to 479, not 515: that follows from the one slip, reported once.
        var text = Edit(Households, "| 95 | 52 | 43 |", "| 59 | 52 | 43 |");
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "59");
        Assert.Equal("Tổng các cột “Trong đó” của dòng “Xã Thanh Hà” là 95, không phải 59 ở cột “Số hộ”", Vi(diagnostic));
        Assert.Equal(Households, Fixed(text, diagnostic));
    }

    [Fact]
    public void Offers_no_fix_when_the_whole_and_a_part_could_each_be_the_slip()
    {
        // 52 + 48 = 100 ≠ 95; the whole set to 100 makes `Số hộ` add up to 520, the part set to 43 makes its column 208.
        var text = Edit(Edit(Households, "| 95 | 52 | 43 |", "| 95 | 52 | 48 |"), "**515**", "**520**");
        var diagnostics = Lint(text).OrderBy(d => d.Span.Start).ToList();
        Assert.Equal(3, diagnostics.Count);
        AssertSpan(text, diagnostics[0], "95");
        Assert.Equal("Tổng các cột “Trong đó” của dòng “Xã Thanh Hà” là 100, không phải 95 ở cột “Số hộ”", Vi(diagnostics[0]));
        Assert.Equal("The breakdown “Trong đó” of row “Xã Thanh Hà” sums to 100, not 95 in column “Số hộ”", En(diagnostics[0]));
        // The column totals the row may explain are still not their sums, but either may be right: no fix writes the sum.
        AssertSpan(text, diagnostics[1], "520");
        Assert.Equal("Tổng cột “Số hộ” là 515, không phải 520", Vi(diagnostics[1]));
        AssertSpan(text, diagnostics[2], "208");
        Assert.Equal("Tổng cột “Trong đó Hộ cận nghèo” là 213, không phải 208", Vi(diagnostics[2]));
        Assert.All(diagnostics, d => Assert.Empty(d.Fixes));
    }

    [Fact]
    public void Of_two_cells_that_could_be_the_slip_blames_the_one_with_two_digits_swapped()
    {
        // 52 + 34 ≠ 95: 34 is 43 swapped, and 43 makes its column 208; the whole total 506 is wrong of its own.
        var text = Edit(Edit(Households, "| 95 | 52 | 43 |", "| 95 | 52 | 34 |"), "**515**", "**506**");
        var diagnostics = Lint(text).OrderBy(d => d.Span.Start).ToList();
        Assert.Equal(2, diagnostics.Count);
        AssertSpan(text, diagnostics[0], "34");
        Assert.Equal(Edit(text, "| 52 | 34 |", "| 52 | 43 |"), Fixed(text, diagnostics[0]));
        AssertSpan(text, diagnostics[1], "506");
        Assert.Equal("Tổng cột “Số hộ” là 515, không phải 506", Vi(diagnostics[1]));
        Assert.Equal(Edit(text, "**506**", "**515**"), Fixed(text, diagnostics[1]));
    }

    [Fact]
    public void Offers_no_fix_for_a_row_of_a_table_without_a_total_row()
    {
        var text = Edit(Edit(Households, "| 95 | 52 | 43 |", "| 95 | 52 | 48 |"), "| **Cộng** | **515** | **307** | **208** |\n", "");
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "95");
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Is_silent_on_parts_that_list_only_some_of_the_whole()
    {
        const string text = """
            | Chi bộ | Số đảng viên | Trong đó | |
            |---|---:|---:|---:|
            | | | Nữ | Dân tộc thiểu số |
            | Chi bộ thôn Đồng Tâm | 42 | 15 | 9 |
            | Chi bộ thôn Đồng Tiến | 37 | 12 | 20 |
            | Chi bộ thôn Đồng Lợi | 51 | 19 | 4 |
            | **Tổng cộng** | **130** | **46** | **33** |
            """;
        Assert.Empty(Lint(text));
    }

    [Theory]
    // A group that is no breakdown, or parts that are rates.
    [InlineData("| Xã | Số hộ | Năm 2026 | |")]
    [InlineData("| Xã | Số hộ | Trong đó | |", "| | | Hộ nghèo | Tỷ lệ (%) |")]
    public void Is_silent_on_a_group_that_is_no_breakdown(string header, string? second = null)
    {
        var text = Edit(Edit(Households, "| Xã | Số hộ | Trong đó | |", header), "| 95 | 52 | 43 |", "| 95 | 52 | 48 |");
        text = second is null ? text : Edit(text, "| | | Hộ nghèo | Hộ cận nghèo |", second);
        Assert.DoesNotContain(Lint(text), d => Vi(d).Contains("Thanh Hà", StringComparison.Ordinal));
    }

    private static string Cell(string text, string properties = "") => WordDocument.Cell(text, properties);

    /// <summary>The table in Word: the first two headings merged down, `Trong đó` across its two columns.</summary>
    private static string Docx(string row3)
    {
        const string restart = "<w:vMerge w:val=\"restart\"/>";
        var rows = new[]
        {
            Cell("Xã", restart) + Cell("Số hộ", restart) + Cell("Trong đó", "<w:gridSpan w:val=\"2\"/>"),
            Cell("", "<w:vMerge/>") + Cell("", "<w:vMerge/>") + Cell("Hộ nghèo") + Cell("Hộ cận nghèo"),
            string.Concat(new[] { "Xã Thanh Sơn", "142", "86", "56" }.Select(c => Cell(c))),
            string.Concat(new[] { "Xã Thanh Thủy", "118", "71", "47" }.Select(c => Cell(c))),
            string.Concat(row3.Split('|').Select(c => Cell(c))),
            string.Concat(new[] { "Xã Thanh Lâm", "160", "98", "62" }.Select(c => Cell(c))),
            string.Concat(new[] { "Cộng", "515", "307", "208" }.Select(c => Cell(c))),
        };
        var body = new StringBuilder("<w:p><w:r><w:t>Kết quả rà soát như sau:</w:t></w:r></w:p><w:tbl>");
        foreach (var row in rows)
        {
            body.Append("<w:tr>").Append(row).Append("</w:tr>");
        }
        return WordDocument.Read(body.Append("</w:tbl>").ToString());
    }

    [Fact]
    public void Reads_a_word_table_with_merged_header_cells()
    {
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, Docx("Xã Thanh Hà|95|52|43"), "RL5016", "RL5018"));
        var text = Docx("Xã Thanh Hà|95|52|48");
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.Docx, text, "RL5016", "RL5018"));
        AssertSpan(text, diagnostic, "48");
        Assert.Equal("Tổng các cột “Trong đó” của dòng “Xã Thanh Hà” là 100, không phải 95 ở cột “Số hộ” — số 48 ở cột “Trong đó Hộ cận nghèo” là chỗ sai (cả dòng và dòng tổng đều cho 43)", Vi(diagnostic));
        Assert.Equal(Docx("Xã Thanh Hà|95|52|43"), Fixed(text, diagnostic));
    }
}
