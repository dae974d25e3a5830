using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>A total row's figure that the document's prose states too: confirmed, so RL5016 reports its column without rewriting it.</summary>
public class TableTotalStatedInProseTests
{
    private const string Funds = """
        Năm 2026, tổng kinh phí hỗ trợ các hội, đoàn thể là 1.245 triệu đồng, cấp trong hai đợt.

        | Đơn vị | Kinh phí (triệu đồng) |
        |---|---:|
        | Hội Phụ nữ | 510 |
        | Đoàn Thanh niên | 435 |
        | Hội Nông dân | 300 |
        | **Tổng cộng** | **1.245** |
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5016");

    [Fact]
    public void Is_silent_when_the_rows_make_the_total_the_text_states()
    {
        Assert.Empty(Lint(Funds));
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, TableText.Tabbed(Funds), "RL5016"));
    }

    [Fact]
    public void Reports_the_column_without_rewriting_a_total_the_text_states_too()
    {
        // A row is wrong (410 for 510); the total 1.245 is what the text says, and no fix turns it into 1.145.
        var text = Funds.Replace("| 510 |", "| 410 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "1.245", "Tổng cộng");
        Assert.Equal("Tổng cột “Kinh phí (triệu đồng)” là 1.145, không phải 1.245 (văn bản cũng nêu số tổng này: có thể một dòng số liệu sai)",
            Vi(diagnostic));
        Assert.Equal("The column “Kinh phí (triệu đồng)” sums to 1.145, not 1.245 (the text states this total too: a data row may be wrong)",
            En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal(text.IndexOf("1.245", StringComparison.Ordinal), related.Span.Start);
    }

    [Theory]
    [InlineData(DocumentKind.PlainText)]
    [InlineData(DocumentKind.Docx)]
    public void Reads_the_prose_beside_tab_separated_rows_too(DocumentKind kind)
    {
        var text = TableText.Tabbed(Funds).Replace("\t510", "\t410", StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleTester.LintAs(kind, text, "RL5016"));
        AssertSpan(text, diagnostic, "1.245", "Tổng cộng");
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Keeps_the_fix_when_the_text_states_the_rows_sum_not_the_total()
    {
        var text = Funds.Replace("**1.245**", "**1.254**", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "1.254");
        Assert.Equal("Tổng cột “Kinh phí (triệu đồng)” là 1.245, không phải 1.254", Vi(diagnostic));
        Assert.Equal(Funds, Fixed(text, diagnostic));
    }

    [Theory]
    // A year, a date, a reference and a rate are no statement of the total.
    [InlineData("Kế hoạch năm 2026 của các hội, đoàn thể.")]
    [InlineData("Báo cáo ngày 15/12/2026, số 2026 trong sổ.")]
    [InlineData("Thực hiện Điều 2026 của Quy chế, đạt 2.026%.")]
    public void Keeps_the_fix_when_the_prose_number_is_no_figure(string prose)
    {
        var table = Funds.Replace(Funds.Split('\n')[0], prose, StringComparison.Ordinal);
        var text = table.Replace("**1.245**", "**2.026**", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "2.026", "Tổng cộng");
        Assert.Equal(table, Fixed(text, diagnostic));
    }
}
