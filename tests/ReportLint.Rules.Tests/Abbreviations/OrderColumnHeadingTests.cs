using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>`TT`, `STT` heading the first column of a pipe table (Markdown or plain text) need no definition.</summary>
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
