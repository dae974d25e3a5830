using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// RL5001 on the lines of a list whose whole is the figure the line before opens it with (`…, trong đó:`, `…, gồm:`), and on
/// the first item of an inline `trong đó:` list named by a longer label.
/// </summary>
public class PercentageListOpeningTests
{
    private const string Opening = "Năm 2026, toàn xã thành lập, củng cố 80 tổ hòa giải, trong đó:\n";

    [Fact]
    public void Reports_a_bullet_whose_share_disagrees_with_the_whole_the_opening_line_states()
    {
        const string text = Opening + "- Thôn vùng cao: 36 tổ, chiếm 45%;\n- Thôn vùng thấp: 28 tổ, chiếm 35%;\n- Tổ dân phố: 16 tổ, chiếm 25%.";
        var diagnostic = Findings.Single(text, "RL5001", "25%");
        Assert.Equal("Tỷ lệ 25% không khớp với 16/80 = 20% (tổng 80 tổ nêu ở dòng mở đầu danh sách; tỷ lệ của các mục khác khớp với tổng này)",
            Findings.Vi(diagnostic));
        Assert.Equal("The percentage 25% does not match 16/80 = 20% (the whole, 80 tổ, stated in the line opening the list; "
            + "the shares of the other items agree with it)", Findings.En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Sửa thành 20% (16/80)", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(text.Replace("25%", "20%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        var related = Assert.Single(diagnostic.Related!);
        Assert.Equal("80", text.Substring(related.Span.Start, related.Span.Length));
    }

    [Fact]
    public void Reads_lettered_items_in_paragraphs_of_their_own_past_a_bullet_under_one_of_them()
    {
        const string text = "Tổng kinh phí hỗ trợ năm 2026 là 2.000.000.000 đồng, gồm:\n"
            + "a) Sửa chữa nhà ở: 12 căn, tổng kinh phí 1.200.000.000 đồng, chiếm 60%.\n"
            + "- Riêng thôn Nà Lừa có 4 căn.\n"
            + "b) Hỗ trợ sinh kế: tổng kinh phí 500.000.000 đồng, chiếm 25%.\n"
            + "c) Trao học bổng: tổng kinh phí 300.000.000 đồng, chiếm 16%.";
        var diagnostic = Findings.Single(text, "RL5001", "16%");
        Assert.Equal("Tỷ lệ 16% không khớp với 300.000.000/2.000.000.000 = 15% (tổng 2.000.000.000 đồng nêu ở dòng mở đầu danh sách; "
            + "tỷ lệ của các mục khác khớp với tổng này)", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("16%", "15%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_the_first_item_of_an_inline_list_after_trong_do_colon_with_a_longer_label()
    {
        const string text = "Toàn xã có 240 hộ tham gia sản xuất, trong đó: nhóm trồng cây ăn quả 90 hộ, chiếm 38,5%; nuôi trồng thủy sản 60 hộ, chiếm 25%.";
        var diagnostic = Findings.Single(text, "RL5001", "38,5%");
        Assert.Equal("Tỷ lệ 38,5% không khớp với 90/240 = 37,5%", Findings.Vi(diagnostic));
    }

    [Theory]
    // All right.
    [InlineData(Opening + "- Thôn vùng cao: 36 tổ, chiếm 45%;\n- Thôn vùng thấp: 28 tổ, chiếm 35%;\n- Tổ dân phố: 16 tổ, chiếm 20%.")]
    // No other item agrees with the whole: the shares are of something else.
    [InlineData(Opening + "- Thôn vùng cao: 36 tổ, chiếm 50%;\n- Tổ dân phố: 16 tổ, chiếm 25%.")]
    // More items disagree than agree.
    [InlineData(Opening + "- Thôn vùng cao: 36 tổ, chiếm 45%;\n- Thôn vùng thấp: 28 tổ, chiếm 40%;\n- Tổ dân phố: 16 tổ, chiếm 25%.")]
    // The opening line does not end by opening the list.
    [InlineData("Năm 2026, toàn xã củng cố 80 tổ hòa giải, trong đó có các tổ sau đây ở thôn:\n- Thôn vùng cao: 36 tổ, chiếm 45%;\n"
        + "- Thôn vùng thấp: 28 tổ, chiếm 35%;\n- Tổ dân phố: 16 tổ, chiếm 25%.")]
    // An estimate is no whole to compute from.
    [InlineData("Năm 2026, toàn xã củng cố khoảng 80 tổ hòa giải, trong đó:\n- Thôn vùng cao: 36 tổ, chiếm 45%;\n"
        + "- Thôn vùng thấp: 28 tổ, chiếm 35%;\n- Tổ dân phố: 16 tổ, chiếm 25%.")]
    // A ratio: either side may be the whole.
    [InlineData("Năm 2026, toàn xã có 80/96 tổ hòa giải hoạt động tốt, trong đó:\n- Thôn vùng cao: 36 tổ, chiếm 45%;\n"
        + "- Thôn vùng thấp: 28 tổ, chiếm 35%;\n- Tổ dân phố: 16 tổ, chiếm 25%.")]
    // A plain paragraph ends the list.
    [InlineData(Opening + "- Thôn vùng cao: 36 tổ, chiếm 45%;\n- Thôn vùng thấp: 28 tổ, chiếm 35%.\nCác tổ hoạt động đều đặn.\n- Tổ dân phố: 16 tổ, chiếm 25%.")]
    // The item counts another noun than the whole.
    [InlineData(Opening + "- Thôn vùng cao: 36 tổ, chiếm 45%;\n- Thôn vùng thấp: 28 tổ, chiếm 35%;\n- Hòa giải viên nữ: 16 người, chiếm 25%.")]
    // The disagreeing share agrees with another figure of the list: the whole of a subgroup.
    [InlineData(Opening + "- Thôn vùng cao: 36 tổ, chiếm 45%;\n- Thôn vùng thấp: 28 tổ, chiếm 35%, trong đó 7 tổ, chiếm 25%.")]
    // Inline: a word of the first item's label says the figure is a change.
    [InlineData("Toàn xã có 240 hộ tham gia sản xuất, trong đó: số hộ làm kinh tế tăng thêm 90 hộ, chiếm 40%.")]
    public void Is_silent_without_an_opening_whole_that_other_items_agree_with(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
