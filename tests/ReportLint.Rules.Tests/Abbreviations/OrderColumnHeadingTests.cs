using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>`TT`, `STT`, `Số TT` heading the first column of a table (Markdown, plain text, Word) need no definition.</summary>
public class OrderColumnHeadingTests
{
    [Theory]
    [InlineData("Kết quả kiểm tra:\n\n| TT | Nội dung | Kết quả |\n|---|---|---|\n| 1 | Sinh hoạt chi bộ | Đạt |\n")]
    [InlineData("| **STT** | Đơn vị |\n|:---:|---|\n| 1 | Xã Tân Lập |\n")] // bold, centred
    [InlineData("TT | Đơn vị\n---|---\n1 | Xã Tân Lập\n")] // no outer pipes
    public void The_heading_of_the_numbering_column_needs_no_definition(string text) =>
        Assert.Empty(RuleTester.LintMarkdown(text, "RL1001"));

    [Fact]
    public void A_table_typed_in_plain_text_counts_too()
    {
        Assert.Empty(RuleTester.Lint("Bảng 1. Kết quả tiêm chủng\n| TT | Thôn | Số trẻ |\n| --- | --- | ---: |\n| 1 | Nà Pục | 12 |\n", "RL1001"));
        Assert.Empty(RuleTester.Lint("Bảng 1. Kết quả tiêm chủng\n| TT | Thôn | Số trẻ |\n| 1 | Nà Pục | 12 |\n", "RL1001")); // no alignment line
        Assert.Empty(RuleTester.Lint("Bảng 1. Kết quả tiêm chủng\nTT | Thôn | Số trẻ\n1 | Nà Pục | 12\n", "RL1001")); // no outer pipes
        Assert.Empty(RuleTester.Lint("Bảng 1. Kết quả tiêm chủng\nSTT\tThôn\tSố trẻ\n1\tNà Pục\t12\n", "RL1001")); // tabs
    }

    [Theory]
    [InlineData("| Số TT | Họ và tên | Số tiền (đồng) |\n|---|---|---:|\n| 1 | Lò Văn Pọm | 500.000 |\n")]
    [InlineData("| **Số TT** | Đơn vị |\n|:---:|---|\n| 1 | Xã Tân Lập |\n")]
    public void Số_TT_heading_a_Markdown_table_needs_no_definition(string text) =>
        Assert.Empty(RuleTester.LintMarkdown(text, "RL1001"));

    [Theory]
    [InlineData("Danh sách khen thưởng:\nSố TT | Họ và tên | Số tiền (đồng)\n1 | Lò Văn Pọm | 500.000\n")] // typed pipes
    [InlineData("Danh sách khen thưởng:\nSố TT\tHọ và tên\tSố tiền (đồng)\n1\tLò Văn Pọm\t500.000\n")] // tabs
    public void Số_TT_heading_a_plain_text_table_needs_no_definition(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL1001"));

    [Fact]
    public void Số_TT_heading_a_Word_table_needs_no_definition()
    {
        var text = WordDocument.Read("<w:p><w:r><w:t>Danh sách khen thưởng:</w:t></w:r></w:p><w:tbl>"
            + Row("Số TT", "Họ và tên", "Số tiền (đồng)") + Row("1", "Lò Văn Pọm", "500.000") + "</w:tbl>");
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, text, "RL1001"));
    }

    private static string Row(params string[] cells) =>
        "<w:tr>" + string.Concat(cells.Select(c => $"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>")) + "</w:tr>";

    [Theory]
    [InlineData("Số TT | Thôn | Số trẻ\nĐề nghị các thôn báo cáo.\n")] // no row under it
    [InlineData("Số TT đã gửi | Thôn | Số trẻ\n1 | Nà Pục | 12\n")] // more than the heading in the cell
    [InlineData("Phụ lục: Số TT | Thôn | Số trẻ\n1 | Nà Pục | 12\n")] // not the first cell
    [InlineData("Số TT của văn bản được ghi ở góc trái.\n")] // in prose
    public void Số_TT_elsewhere_is_still_an_abbreviation(string text) =>
        AssertSpan(text, Assert.Single(RuleTester.Lint(text, "RL1001")), "TT");

    [Theory]
    [InlineData("TT | Thôn | Số trẻ\nĐề nghị các thôn báo cáo.\n")] // no row under it
    [InlineData("TT | Thôn | Số trẻ\n1 | Nà Pục\n")] // a row of other cells
    [InlineData("Theo TT | Thôn | Số trẻ\n1 | Nà Pục | 12\n")] // not alone in the first cell
    public void In_plain_text_a_row_of_as_many_cells_must_follow(string text) =>
        AssertSpan(text, Assert.Single(RuleTester.Lint(text, "RL1001")), "TT");

    [Theory]
    [InlineData("| Đơn vị | TT |\n|---|---|\n| Xã Tân Lập | 1 |\n", "TT")] // not the first column
    [InlineData("| TT | Đơn vị |\n| 1 | Xã Tân Lập |\n", "TT")] // no alignment line: no table
    [InlineData("| Xã Tân Lập | TT |\n|---|---|\n", "TT")]
    [InlineData("Đề nghị TT xem xét.\n\n| STT | Đơn vị |\n|---|---|\n| 1 | Xã Tân Lập |\n", "TT")] // in prose
    public void Elsewhere_the_letters_are_still_an_abbreviation(string text, string span)
    {
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL1001"));
        AssertSpan(text, diagnostic, span);
    }
}
