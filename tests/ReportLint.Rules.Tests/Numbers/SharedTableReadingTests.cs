using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// The five table rules share one reading of each table (<c>PipeTable.Of</c>): run together, on a short draft or on a
/// long one whose rules run in parallel, they find exactly what each finds alone.
/// </summary>
public class SharedTableReadingTests
{
    private static readonly string[] TableRules = ["RL5016", "RL5018", "RL5019", "RL5020", "RL5021"];

    // Two tables: a wrong total row and a wrong rate in the first, a wrong output in the second.
    private const string Tables = """
        Kết quả tiêm chủng mở rộng năm 2026:

        | TT | Trạm y tế | Số trẻ | Số trẻ tiêm đủ | Tỷ lệ (%) |
        |---|---|---:|---:|---:|
        | 1 | Trạm Đông Sơn | 240 | 228 | 95,00 |
        | 2 | Trạm Tây Sơn | 180 | 162 | 90,00 |
        | 3 | Trạm Nam Sơn | 200 | 190 | 59,00 |
        | | **Toàn huyện** | **620** | **589** | **95,00** |

        Kết quả thu hoạch vụ Hè Thu:

        | Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) |
        |---|---:|---:|---:|
        | Lúa | 850 | 55,0 | 4.675,0 |
        | Ngô | 120 | 48,5 | 628,0 |
        | Lạc | 60 | 22,0 | 132,0 |
        """;

    private static string[] Alone(string text) =>
        TableRules.SelectMany(id => RuleTester.LintMarkdown(text, id)).Select(Describe).Order(StringComparer.Ordinal).ToArray();

    private static string[] Together(string text) =>
        RuleTester.LintMarkdown(text, TableRules).Select(Describe).Order(StringComparer.Ordinal).ToArray();

    private static string Describe(Diagnostic d) => $"{d.Descriptor.Id} {d.Span.Start} {d.GetMessage(MessageLanguage.Vietnamese)}";

    [Fact]
    public void Rules_run_together_find_what_each_finds_alone()
    {
        var alone = Alone(Tables);
        Assert.Equal(["RL5016", "RL5019", "RL5020"], alone.Select(a => a[..6]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(alone, Together(Tables));
    }

    [Fact]
    public void Rules_run_in_parallel_on_a_long_draft_find_what_each_finds_alone()
    {
        // Past 2.000 paragraphs the driver runs the document-wide rules in parallel: the shared readings are read once.
        var filler = string.Concat(Enumerable.Repeat("Các trạm y tế duy trì lịch tiêm hằng tháng.\n\n", 2_100));
        var text = filler + Tables;
        var alone = Alone(text);
        Assert.Equal(3, alone.Length);
        Assert.Equal(alone, Together(text));
    }

    [Fact]
    public void Is_silent_on_correct_tables_run_together()
    {
        var text = Tables.Replace("**589**", "**580**", StringComparison.Ordinal).Replace("| 59,00 |", "| 95,00 |", StringComparison.Ordinal)
            .Replace("| 628,0 |", "| 582,0 |", StringComparison.Ordinal).Replace("**95,00**", "**93,55**", StringComparison.Ordinal);
        Assert.Empty(RuleTester.LintMarkdown(text, TableRules));
    }
}
