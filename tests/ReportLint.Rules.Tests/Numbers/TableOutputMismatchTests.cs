using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class TableOutputMismatchTests
{
    private const string Crops = """
        Kết quả sản xuất vụ Đông Xuân 2025 - 2026:

        | Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) |
        |---|---:|---:|---:|
        | Lúa | 1.240 | 62,8 | 7.787,2 |
        | Ngô | 315 | 51,4 | 1.619,1 |
        | Đậu tương | 42 | 18,5 | 77,7 |
        | Khoai lang | 68 | 96,0 | 652,8 |
        | **Cộng** | **1.665** | | |

        Nguồn: Phòng Nông nghiệp và Môi trường.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5020");

    private static Diagnostic SingleFinding(string text, string spanText, string from)
    {
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, spanText, from);
        return diagnostic;
    }

    [Fact]
    public void Is_silent_when_every_output_is_area_times_yield() => Assert.Empty(Lint(Crops));

    [Fact]
    public void Reports_an_output_that_is_not_area_times_yield_with_the_product_as_fix()
    {
        var text = Crops.Replace("| 77,7 |", "| 71,7 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "71,7", "Đậu tương");
        Assert.Equal("Sản lượng của “Đậu tương” là 42 ha × 18,5 tạ/ha = 77,7 tấn, không phải 71,7 tấn", Vi(diagnostic));
        Assert.Equal("The output of “Đậu tương” is 42 ha × 18,5 tạ/ha = 77,7 tấn, not 71,7 tấn", En(diagnostic));
        Assert.Equal(Crops, Fixed(text, diagnostic));
        var grouped = Crops.Replace("7.787,2", "7.878,2", StringComparison.Ordinal);
        Assert.Equal(Crops, Fixed(grouped, SingleFinding(grouped, "7.878,2", "Lúa")));
    }

    [Fact]
    public void Converts_between_tonnes_and_quintals()
    {
        const string text = """
            | Giống | Diện tích gieo trồng (ha) | Năng suất bình quân (tấn/ha) | Sản lượng (tạ) |
            |---|---|---|---|
            | Lúa thuần | 20 | 6,2 | 1.240 |
            | Lúa lai | 15 | 7,0 | 1.050 |
            | Lúa nếp | 8 | 5,5 | 400 |
            """;
        var diagnostic = SingleFinding(text, "400", "Lúa nếp");
        Assert.Equal("Sản lượng của “Lúa nếp” là 8 ha × 5,5 tấn/ha = 440 tạ, không phải 400 tạ", Vi(diagnostic));
    }

    [Fact]
    public void Accepts_a_total_row_whose_yield_is_a_rounded_average()
    {
        // 9.115 tấn over 1.470 ha is 62,007 tạ/ha, written 62,0; 1.470 × 62,0 ÷ 10 = 9.114 is within that rounding.
        const string text = """
            | Vụ | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) |
            |---|---|---|---|
            | Đông Xuân | 820 | 64,5 | 5.289 |
            | Hè Thu | 650 | 58,9 | 3.826 |
            | Cả năm | 1.470 | 62,0 | 9.115 |
            """;
        Assert.Empty(Lint(text));
    }

    [Theory]
    // Headings that do not name all three with their units, or name one twice.
    [InlineData("| Cây trồng | Diện tích | Năng suất (tạ/ha) | Sản lượng (tấn) |")]
    [InlineData("| Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (nghìn tấn) |")]
    [InlineData("| Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Giá trị (triệu đồng) |")]
    [InlineData("| Cây trồng | Diện tích (ha) | Diện tích tưới (ha) | Sản lượng (tấn) |")]
    public void Is_silent_when_the_headings_do_not_name_area_yield_and_output(string header)
    {
        var text = Crops.Replace("| Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) |", header, StringComparison.Ordinal)
            .Replace("| 77,7 |", "| 71,7 |", StringComparison.Ordinal);
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Is_silent_when_most_rows_do_not_agree()
    {
        // Output of the whole year against the area of one season: no row agrees.
        const string text = """
            | Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) |
            |---|---|---|---|
            | Lúa | 600 | 60,0 | 7.100 |
            | Ngô | 200 | 50,0 | 1.950 |
            | Lạc | 40 | 25,0 | 100 |
            """;
        Assert.Empty(Lint(text));
    }
}
