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

    private const string Prizes = """
        | Giải | Số giải | Mức thưởng (đồng) | Thành tiền (đồng) |
        |---|---:|---:|---:|
        | Giải Nhất | 01 | 3.000.000 | 3.000.000 |
        | Giải Nhì | 03 | 2.000.000 | 6.000.000 |
        | Giải Ba | 04 | 1.500.000 | 6.000.000 |
        | Giải Khuyến khích | 06 | 500.000 | 3.000.000 |
        | **Tổng cộng** | **14** | | **18.000.000** |
        """;

    [Fact]
    public void Reports_an_amount_that_is_not_quantity_times_unit_price()
    {
        Assert.Empty(Lint(Prizes));
        var text = Prizes.Replace("| 1.500.000 | 6.000.000 |", "| 1.500.000 | 7.000.000 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "7.000.000", "Giải Ba");
        Assert.Equal("Thành tiền của “Giải Ba” là 04 × 1.500.000 đồng = 6.000.000 đồng, không phải 7.000.000 đồng", Vi(diagnostic));
        Assert.Equal("The amount of “Giải Ba” is 04 × 1.500.000 đồng = 6.000.000 đồng, not 7.000.000 đồng", En(diagnostic));
        Assert.Equal(Prizes, Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("| Nội dung | Số lượng | Đơn giá (đồng) | Thành tiền (nghìn đồng) |", "2.160", "2.610")]
    [InlineData("| Nội dung | SL | Định mức (nghìn đồng) | Kinh phí (triệu đồng) |", "2,16", "2,61")]
    public void Converts_between_money_units(string header, string right, string wrong)
    {
        var (price, first, second) = header.Contains("triệu", StringComparison.Ordinal) ? ("180", "1,50", "4,50") : ("180.000", "1.500", "4.500");
        var table = $"""
            {header}
            |---|---:|---:|---:|
            | Tài liệu tập huấn | 12 | {price} | {right} |
            | Văn phòng phẩm | 25 | {(price == "180" ? "60" : "60.000")} | {first} |
            | Nước uống | 50 | {(price == "180" ? "90" : "90.000")} | {second} |
            """;
        Assert.Empty(Lint(table));
        var text = table.Replace($"| {right} |", $"| {wrong} |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, wrong, "Tài liệu");
        Assert.Equal(table, Fixed(text, diagnostic));
    }

    [Theory]
    // Two quantities (people and days) times a rate: not one product of two columns.
    [InlineData("""
        | Nội dung | Số người | Số ngày | Định mức (đồng) | Thành tiền (đồng) |
        |---|---:|---:|---:|---:|
        | Bồi dưỡng giảng viên | 2 | 3 | 500.000 | 3.000.000 |
        | Hỗ trợ học viên | 40 | 3 | 100.000 | 12.000.000 |
        | Phục vụ | 3 | 3 | 150.000 | 1.500.000 |
        """)]
    // Lump sums of their own beside a rate: most rows are not quantity times price.
    [InlineData("""
        | Hạng mục | Số lượng | Đơn giá (đồng) | Kinh phí (đồng) |
        |---|---:|---:|---:|
        | Thuê hội trường | 1 | 4.000.000 | 4.000.000 |
        | In ấn tài liệu | 120 | 25.000 | 3.500.000 |
        | Khánh tiết | 1 | 2.000.000 | 2.600.000 |
        | Thuê xe | 2 | 1.800.000 | 4.000.000 |
        """)]
    // Averages and scores: no price or amount column.
    [InlineData("""
        | Đơn vị | Số lượt | Điểm bình quân | Xếp hạng |
        |---|---:|---:|---:|
        | Xã An Phú | 12 | 8,5 | 2 |
        | Xã Bình Lợi | 9 | 8,9 | 1 |
        | Xã Cát Tiên | 15 | 7,6 | 3 |
        """)]
    public void Is_silent_on_tables_that_are_not_quantity_times_price(string table) => Assert.Empty(Lint(table));
}
