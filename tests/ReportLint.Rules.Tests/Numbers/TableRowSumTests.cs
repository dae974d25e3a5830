using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5016 across a row (a `Cộng` column), and the table rules silent on what follows from one wrong row.</summary>
public class TableRowSumTests
{
    private const string Donations = """
        Kết quả vận động ủng hộ Quỹ Vì người nghèo năm 2026:

        | Đơn vị | Tiền mặt (triệu đồng) | Hiện vật quy đổi (triệu đồng) | Cộng | Tỷ lệ (%) |
        |---|---:|---:|---:|---:|
        | Hội Nông dân | 420 | 180 | 600 | 24,00 |
        | Đoàn Thanh niên | 310 | 90 | 400 | 16,00 |
        | Hội Phụ nữ | 560 | 240 | 800 | 32,00 |
        | Hội Cựu chiến binh | 530 | 170 | 700 | 28,00 |
        | **Tổng cộng** | **1.820** | **680** | **2.500** | **100** |

        Số liệu tính đến ngày 30/6/2026.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) =>
        RuleTester.LintMarkdown(text, "RL5016", "RL5018", "RL5019", "RL5020");

    [Fact]
    public void Is_silent_when_every_row_and_column_adds_up() => Assert.Empty(Lint(Donations));

    [Fact]
    public void Reports_only_the_row_whose_total_is_not_its_sum()
    {
        var text = Donations.Replace("| 240 | 800 |", "| 240 | 780 |", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5016", diagnostic.Descriptor.Id);
        AssertSpan(text, diagnostic, "780");
        Assert.Equal("Tổng dòng “Hội Phụ nữ” là 800, không phải 780", Vi(diagnostic));
        Assert.Equal("The row “Hội Phụ nữ” sums to 800, not 780", En(diagnostic));
        Assert.Equal(Donations, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_wrong_column_total_once_not_again_across_the_total_row()
    {
        var text = Donations.Replace("**1.820**", "**1.840**", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "1.840");
        Assert.Equal("Tổng cột “Tiền mặt (triệu đồng)” là 1.820, không phải 1.840", Vi(diagnostic));
    }

    [Fact]
    public void Reports_a_wrong_total_of_the_total_column_once()
    {
        var text = Donations.Replace("**2.500**", "**2.050**", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "2.050");
        Assert.Equal("Tổng cột “Cộng” là 2.500, không phải 2.050", Vi(diagnostic));
    }

    [Fact]
    public void Reads_each_group_of_columns_up_to_its_own_total()
    {
        const string text = """
            | Trường | Nam | Nữ | Cộng | Nam | Nữ | Tổng số |
            |---|---:|---:|---:|---:|---:|---:|
            | Trường Tiểu học Kim Đồng | 210 | 195 | 405 | 14 | 31 | 45 |
            | Trường Tiểu học Lê Lợi | 188 | 176 | 364 | 12 | 27 | 39 |
            | Trường THCS Nguyễn Du | 243 | 251 | 494 | 17 | 35 | 25 |
            """;
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "25", "494");
        Assert.Equal("Tổng dòng “Trường THCS Nguyễn Du” là 52, không phải 25", Vi(diagnostic));
    }

    [Theory]
    // The total before its breakdown, every row adding up.
    [InlineData("| Xã | Tổng số | Nam | Nữ |", "| Xã An Phú | 1.250 | 600 | 650 |", "| Xã An Bình | 980 | 470 | 510 |", "| Xã An Lạc | 1.100 | 560 | 540 |")]
    // A `Tổng số` that sums something else in every row.
    [InlineData("| Xã | Số hộ | Số nhân khẩu | Tổng số |", "| Xã An Phú | 310 | 1.250 | 4 |", "| Xã An Bình | 265 | 980 | 3 |", "| Xã An Lạc | 290 | 1.100 | 4 |")]
    // One row off among two: no majority agrees.
    [InlineData("| Xã | Lúa | Ngô | Cộng |", "| Xã An Phú | 120 | 45 | 165 |", "| Xã An Bình | 98 | 30 | 150 |", "| Xã An Lạc | 60 | - | 60 |")]
    // Decimals rounded one by one: 12,35 + 7,46 written 12,4 + 7,5 = 19,9 but the total 19,8.
    [InlineData("| Xã | Lúa (ha) | Ngô (ha) | Cộng (ha) |", "| Xã An Phú | 12,4 | 7,5 | 19,8 |", "| Xã An Bình | 8,2 | 3,1 | 11,3 |", "| Xã An Lạc | 5,0 | 2,6 | 7,6 |")]
    public void Is_silent_on_total_columns_it_cannot_confirm(string header, string first, string second, string third)
    {
        var text = $"{header}\n|---|---:|---:|---:|\n{first}\n{second}\n{third}\n";
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Reports_a_whole_total_one_short_of_its_whole_parts()
    {
        // 210 + 195 is exactly 405: a sum of whole counts is never cut to 404 (figures in millions may be, being rounded).
        const string text = """
            | Trường | Nam | Nữ | Cộng |
            |---|---:|---:|---:|
            | Trường Tiểu học Kim Đồng | 210 | 195 | 404 |
            | Trường Tiểu học Lê Lợi | 188 | 176 | 364 |
            | Trường THCS Nguyễn Du | 243 | 251 | 494 |
            """;
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "404");
        Assert.Equal("Tổng dòng “Trường Tiểu học Kim Đồng” là 405, không phải 404", Vi(diagnostic));
    }

    [Fact]
    public void Reports_only_the_output_not_the_column_total_it_throws_off()
    {
        const string text = """
            | Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn) |
            |---|---:|---:|---:|
            | Lúa xuân | 500 | 60,0 | 3.000,0 |
            | Lúa mùa | 400 | 55,0 | 2.200,0 |
            | Ngô | 100 | 40,0 | 440,0 |
            | **Cộng** | **1.000** | **56,0** | **5.600,0** |
            """;
        var diagnostic = Assert.Single(Lint(text));
        Assert.True(diagnostic.Id == "RL5020", Vi(diagnostic));
        AssertSpan(text, diagnostic, "440,0");
    }
}
