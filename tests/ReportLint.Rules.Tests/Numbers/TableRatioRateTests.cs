using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5019 on a ratio written in one cell (`41/44`) with its rate in the next column.</summary>
public class TableRatioRateTests
{
    private static readonly string[][] Rows =
    [
        ["TT", "Chi bộ", "Đảng viên dự sinh hoạt", "Tỷ lệ (%)"],
        ["1", "Chi bộ thôn Đồng Tâm", "41/44", "93,18"],
        ["2", "Chi bộ thôn Khe Mạ", "27/30", "90,00"],
        ["3", "Chi bộ Trường Tiểu học", "18/19", "94,74"],
        ["4", "Chi bộ Trạm Y tế", "9/9", "100"],
    ];

    private static string[][] With(int row, string rate)
    {
        var copy = Rows.Select(r => r.ToArray()).ToArray();
        copy[row][3] = rate;
        return copy;
    }

    private static string Markdown(string[][] rows) => "Kết quả sinh hoạt chi bộ quý I:\n\n"
        + string.Join("\n", rows.Select((row, i) => "| " + string.Join(" | ", row) + " |" + (i == 0 ? "\n|---|---|---:|---:|" : ""))) + "\n\nCác chi bộ duy trì nền nếp.\n";

    private static string Tabbed(string[][] rows) => "Kết quả sinh hoạt chi bộ quý I:\n" + string.Join("\n", rows.Select(row => string.Join("\t", row))) + "\nCác chi bộ duy trì nền nếp.\n";

    private static string Docx(string[][] rows) => WordDocument.Read("<w:p><w:r><w:t>Kết quả sinh hoạt chi bộ quý I:</w:t></w:r></w:p><w:tbl>"
        + string.Concat(rows.Select(row => "<w:tr>" + string.Concat(row.Select(cell => WordDocument.Cell(cell))) + "</w:tr>")) + "</w:tbl>");

    public static TheoryData<string> Layouts() => ["markdown", "tabs", "docx"];

    private static (string Text, IReadOnlyList<Diagnostic> Found) Lint(string layout, string[][] rows) => layout switch
    {
        "markdown" => (Markdown(rows), RuleTester.LintMarkdown(Markdown(rows), "RL5019")),
        "tabs" => (Tabbed(rows), RuleTester.Lint(Tabbed(rows), "RL5019")),
        _ => (Docx(rows), RuleTester.LintAs(DocumentKind.Docx, Docx(rows), "RL5019")),
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Is_silent_when_every_rate_is_its_ratio(string layout) => Assert.Empty(Lint(layout, Rows).Found);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reports_a_rate_that_is_not_its_ratio_with_the_rate_as_fix(string layout)
    {
        var (text, found) = Lint(layout, With(2, "80,00"));
        var diagnostic = Assert.Single(found);
        AssertSpan(text, diagnostic, "80,00");
        Assert.Equal("Cột “Tỷ lệ (%)” của “Chi bộ thôn Khe Mạ” là 27/30 = 90,00%, không phải 80,00%", Vi(diagnostic));
        Assert.Equal("Column “Tỷ lệ (%)” of “Chi bộ thôn Khe Mạ” is 27/30 = 90,00%, not 80,00%", En(diagnostic));
        Assert.Equal(Lint(layout, Rows).Text, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_rate_written_with_its_percent_sign_and_cut_or_rounded()
    {
        Assert.Empty(Lint("markdown", With(With(3, "94,7%"), 1, "93,1")).Found);
        var (text, found) = Lint("markdown", With(3, "97,74%"));
        AssertSpan(text, Assert.Single(found), "97,74");
    }

    [Fact]
    public void Is_silent_when_most_rows_disagree_so_the_rate_is_of_something_else()
    {
        var rows = With(With(With(Rows, 1, "81,00"), 2, "75,50"), 3, "88,20");
        Assert.Empty(Lint("markdown", rows).Found);
    }

    private static string[][] With(string[][] rows, int row, string rate)
    {
        var copy = rows.Select(r => r.ToArray()).ToArray();
        copy[row][3] = rate;
        return copy;
    }

    [Fact]
    public void Is_silent_on_a_column_of_document_numbers_before_a_rate()
    {
        const string text = """
            | Văn bản | Số hiệu | Tỷ lệ hoàn thành (%) |
            |---|---|---:|
            | Kế hoạch tuyên truyền | 12/2025 | 85,00 |
            | Kế hoạch kiểm tra | 7/2025 | 92,50 |
            | Chương trình công tác | 3/2025 | 100 |
            """;
        Assert.Empty(RuleTester.LintMarkdown(text, "RL5019"));
    }
}
