using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// One wrong data cell that its own row and its column's total both prove wrong: the table rules report that cell with
/// its correction, once, and never offer to rewrite the total row, which the other rows and the corrected cell confirm.
/// </summary>
public class TableOneSlipTests
{
    private static readonly string[] TableRules = ["RL5016", "RL5018", "RL5019", "RL5020", "RL5021", "RL5022"];

    private const string Support = """
        Kinh phí hỗ trợ các đoàn thể năm 2026 (triệu đồng):

        | Đơn vị | Tiền mặt | Hiện vật | Cộng |
        |---|---:|---:|---:|
        | Hội Phụ nữ | 560 | 240 | 800 |
        | Đoàn Thanh niên | 420 | 180 | 600 |
        | Hội Nông dân | 300 | 150 | 450 |
        | Hội Cựu chiến binh | 250 | 100 | 350 |
        | **Tổng cộng** | **1.530** | **670** | **2.200** |

        Các đơn vị quyết toán trước ngày 15/12/2026.
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, TableRules);

    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_silent_on_the_correct_table_in_every_reading()
    {
        Assert.Empty(Lint(Support));
        Assert.Empty(RuleTester.Lint(TableText.Tabbed(Support), TableRules));
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, TableText.Tabbed(Support), TableRules));
    }

    [Fact]
    public void Blames_the_part_its_row_total_and_its_column_total_both_prove_wrong_not_the_total_row()
    {
        // 650 for 560: the row's `Cộng` 800 and the column's total 1.530 are right, and 560 makes both add up.
        var text = Edit(Support, "| 560 |", "| 650 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5016", diagnostic.Id);
        AssertSpan(text, diagnostic, "650");
        Assert.Equal("Tổng dòng “Hội Phụ nữ” là 890, không phải 800 ở cột “Cộng” — số 650 ở cột “Tiền mặt” là chỗ sai (cả dòng và dòng tổng đều cho 560)", Vi(diagnostic));
        Assert.Equal("The row “Hội Phụ nữ” sums to 890, not 800 in column “Cộng” — 650 in column “Tiền mặt” is the slip (both the row and the total row give 560)", En(diagnostic));
        Assert.Equal("Sửa thành 560: khớp cả dòng và dòng tổng", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(Support, Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData(DocumentKind.PlainText)]
    [InlineData(DocumentKind.Docx)]
    public void Blames_the_part_in_tab_separated_rows_too(DocumentKind kind)
    {
        var correct = TableText.Tabbed(Support);
        var text = Edit(correct, "\t560\t", "\t650\t");
        var diagnostic = Assert.Single(RuleTester.LintAs(kind, text, TableRules));
        AssertSpan(text, diagnostic, "650");
        Assert.Equal(correct, Fixed(text, diagnostic));
    }

    [Fact]
    public void Still_reports_a_wrong_total_with_its_sum_when_every_row_adds_up()
    {
        var text = Edit(Support, "**1.530**", "**1.350**");
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "1.350");
        Assert.Equal("Tổng cột “Tiền mặt” là 1.530, không phải 1.350", Vi(diagnostic));
        Assert.Equal(Support, Fixed(text, diagnostic));

        var tabbed = Edit(TableText.Tabbed(Support), "1.530", "1.350");
        var word = Assert.Single(RuleTester.LintAs(DocumentKind.Docx, tabbed, TableRules));
        AssertSpan(tabbed, word, "1.350");
        Assert.Equal(TableText.Tabbed(Support), Fixed(tabbed, word));
    }

    [Fact]
    public void Still_blames_the_row_total_when_it_alone_is_wrong()
    {
        var text = Edit(Support, "| 240 | 800 |", "| 240 | 880 |");
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, "880");
        Assert.Equal("Tổng dòng “Hội Phụ nữ” là 800, không phải 880", Vi(diagnostic));
        Assert.Equal(Support, Fixed(text, diagnostic));
    }

    [Fact]
    public void Offers_no_fix_when_the_part_and_the_row_total_could_each_be_the_slip()
    {
        // 660 + 240 = 900 ≠ 800; 560 would make `Tiền mặt` add up, 900 would make `Cộng` add up: two slips, which unknown
        // (were one of them two digits swapped, 650 for 560, that one would be the likelier slip and be fixed).
        var text = Edit(Edit(Support, "| 560 |", "| 660 |"), "**2.200**", "**2.300**");
        var diagnostics = Lint(text).OrderBy(d => d.Span.Start).ToList();
        Assert.Equal(3, diagnostics.Count);
        AssertSpan(text, diagnostics[0], "800");
        Assert.Equal("Tổng dòng “Hội Phụ nữ” là 900, không phải 800", Vi(diagnostics[0]));
        AssertSpan(text, diagnostics[1], "1.530");
        Assert.Equal("Tổng cột “Tiền mặt” là 1.630, không phải 1.530", Vi(diagnostics[1]));
        AssertSpan(text, diagnostics[2], "2.300");
        Assert.Equal("Tổng cột “Cộng” là 2.200, không phải 2.300", Vi(diagnostics[2]));
        Assert.All(diagnostics, d => Assert.Empty(d.Fixes));
    }

    private const string Training = """
        Dự toán kinh phí bồi dưỡng năm 2026:

        | Nội dung | Số lớp | Mức chi (triệu đồng/lớp) | Số đợt | Mức chi (triệu đồng/đợt) | Thành tiền (triệu đồng) |
        |---|---:|---:|---:|---:|---:|
        | Bồi dưỡng lý luận chính trị | 8 | 60 | 5 | 25 | 605 |
        | Bồi dưỡng nghiệp vụ | 6 | 40 | 4 | 30 | 360 |
        | Tập huấn kỹ năng số | 4 | 35 | 2 | 20 | 180 |
        | **Tổng cộng** | **18** | | **11** | | **1.145** |
        """;

    [Fact]
    public void Reads_an_amount_that_pays_for_several_items_each_a_quantity_times_its_price()
    {
        Assert.Empty(Lint(Training));
        // 8 × 60 + 5 × 25 = 605: the amount written 650 is the slip; the total 1.145 is right and left alone.
        var text = Edit(Training, "| 25 | 605 |", "| 25 | 650 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5020", diagnostic.Id);
        AssertSpan(text, diagnostic, "650");
        Assert.Equal("Thành tiền của “Bồi dưỡng lý luận chính trị” là 8 × 60 triệu đồng/lớp + 5 × 25 triệu đồng/đợt = 605 triệu đồng, không phải 650 triệu đồng",
            Vi(diagnostic));
        Assert.Equal("The amount of “Bồi dưỡng lý luận chính trị” is 8 × 60 triệu đồng/lớp + 5 × 25 triệu đồng/đợt = 605 triệu đồng, not 650 triệu đồng",
            En(diagnostic));
        Assert.Equal("Sửa thành 605 (8 × 60 + 5 × 25)", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(Training, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_an_amount_of_several_items_in_a_word_table_too()
    {
        var correct = TableText.Tabbed(Training);
        Assert.Empty(RuleTester.LintAs(DocumentKind.Docx, correct, TableRules));
        var text = Edit(correct, "\t25\t605", "\t25\t650");
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.Docx, text, TableRules));
        Assert.Equal("RL5020", diagnostic.Id);
        AssertSpan(text, diagnostic, "650");
        Assert.Equal(correct, Fixed(text, diagnostic));
    }

    [Fact]
    public void Still_reports_a_wrong_total_of_an_amount_column_whose_rows_are_right()
    {
        var text = Edit(Training, "**1.145**", "**1.190**");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5016", diagnostic.Id);
        AssertSpan(text, diagnostic, "1.190");
        Assert.Equal(Training, Fixed(text, diagnostic));
    }

    [Fact]
    public void Does_not_pair_quantities_that_stand_apart_from_their_prices()
    {
        // Two quantities side by side, then two prices: which price is whose the headings do not say.
        var text = Edit(Edit(Training, "| Nội dung | Số lớp | Mức chi (triệu đồng/lớp) | Số đợt |", "| Nội dung | Số lớp | Số đợt | Mức chi (triệu đồng/lớp) |"),
            "| 8 | 60 | 5 | 25 | 605 |", "| 8 | 5 | 60 | 25 | 650 |");
        Assert.DoesNotContain(Lint(text), d => d.Id == "RL5020");
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
    public void Blames_a_quantity_that_its_amount_and_its_column_total_both_prove_wrong()
    {
        // 05 × 1.500.000 is not 6.000.000, and the 14 prizes count 04 of them: the quantity is the slip, written as the column writes.
        var text = Edit(Prizes, "| 04 | 1.500.000 |", "| 05 | 1.500.000 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5020", diagnostic.Id);
        AssertSpan(text, diagnostic, "05");
        Assert.Equal("Thành tiền của “Giải Ba” là 05 × 1.500.000 đồng = 7.500.000 đồng, không phải 6.000.000 đồng", Vi(diagnostic));
        Assert.Equal(Prizes, Fixed(text, diagnostic));
    }

    private const string Water = """
        | TT | Xã | Số hộ | Số hộ dùng nước sạch | Tỷ lệ (%) |
        |---|---|---:|---:|---:|
        | 1 | Xã An Bình | 520 | 468 | 90,00 |
        | 2 | Xã An Phú | 400 | 340 | 85,00 |
        | 3 | Xã An Lạc | 380 | 361 | 95,00 |
        | | **Toàn huyện** | **1.300** | **1.169** | **89,92** |
        """;

    [Fact]
    public void Blames_the_count_a_rate_and_a_column_total_both_prove_wrong()
    {
        // 486 for 468 (two digits swapped): 468/520 = 90,00% and 1.169 both agree with 468.
        var text = Edit(Water, "| 468 |", "| 486 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5019", diagnostic.Id);
        AssertSpan(text, diagnostic, "486");
        Assert.Equal("Cột “Tỷ lệ (%)” của “Xã An Bình” là 486/520 = 93,46%, không phải 90,00%", Vi(diagnostic));
        Assert.Equal(Water, Fixed(text, diagnostic));
    }

    [Fact]
    public void Still_reports_the_rate_alone_when_the_column_totals_agree_with_the_counts()
    {
        var text = Edit(Water, "| 90,00 |", "| 93,46 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5019", diagnostic.Id);
        AssertSpan(text, diagnostic, "93,46");
        Assert.Equal(Water, Fixed(text, diagnostic));
    }

    private const string Members = """
        | Đơn vị | Năm 2025 | Năm 2026 | Tăng (+), giảm (-) |
        |---|---:|---:|---:|
        | Xã An Phú | 120 | 135 | +15 |
        | Xã An Bình | 98 | 90 | -8 |
        | Xã An Lạc | 76 | 88 | +12 |
        | **Toàn huyện** | **294** | **313** | **+19** |
        """;

    [Fact]
    public void Blames_the_figure_a_change_and_a_column_total_both_prove_wrong()
    {
        var text = Edit(Members, "| 135 |", "| 153 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5021", diagnostic.Id);
        AssertSpan(text, diagnostic, "153");
        Assert.Equal("Cột “Tăng (+), giảm (-)” của “Xã An Phú” là 153 − 120 = +33, không phải +15", Vi(diagnostic));
        Assert.Equal(Members, Fixed(text, diagnostic));
    }

    [Fact]
    public void Leaves_the_total_to_an_amount_its_row_text_proves_wrong()
    {
        const string costs = """
            | STT | Nội dung | Kinh phí (đồng) |
            |---|---|---:|
            | 1 | Thuê 4 xe khách (2.500.000 đồng/xe) | 10.000.000 |
            | 2 | Bồi dưỡng 25 trọng tài, mỗi trọng tài 300.000 đồng | 7.500.000 |
            | 3 | In giấy chứng nhận | 1.200.000 |
            | | Tổng cộng | 18.700.000 |
            """;
        Assert.Empty(Lint(costs));
        var text = Edit(costs, "| 10.000.000 |", "| 9.000.000 |");
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL5022", diagnostic.Id);
        AssertSpan(text, diagnostic, "9.000.000");
        Assert.Equal(costs, Fixed(text, diagnostic));
    }
}
