using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5015 on a multiple after a figure's move: `từ A lên B, gấp D lần`.</summary>
public class ChangeMultipleTests
{
    [Fact]
    public void Reports_a_multiple_that_is_not_the_ratio_of_the_figures()
    {
        const string text = "Thu nhập bình quân đầu người tăng từ 52,5 triệu đồng (2020) lên 91,3 triệu đồng (2025), tăng gấp 1,5 lần.";
        var diagnostic = Single(text, "RL5015", "1,5");
        Assert.Equal("Từ 52,5 triệu đồng đến 91,3 triệu đồng là gấp 1,7 lần, không phải gấp 1,5 lần", Vi(diagnostic));
        Assert.Equal("From 52,5 triệu đồng to 91,3 triệu đồng is a ratio of 1,7, not 1,5", En(diagnostic));
        Assert.Equal(text.Replace("gấp 1,5 lần", "gấp 1,7 lần", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tổng vốn huy động từ 1.200 tỷ đồng năm 2020 lên 2.580 tỷ đồng năm 2025, gấp 2,3 lần.", "2,3", "2,2")]
    [InlineData("Số hợp tác xã tăng từ 36 lên 90 hợp tác xã (gấp 2,25 lần).", "2,25", "2,50")]
    [InlineData("Giá trị sản xuất từ 8.400 tỷ đồng lên 16.800 tỷ đồng, tăng 8.400 tỷ đồng, gấp 3 lần.", "3", "2")]
    [InlineData("Số doanh nghiệp từ 410 lên 984 doanh nghiệp, gấp 3 lần.", "3", "2,4")] // a whole multiple for 2,4 is no rounding
    public void Reports_every_form_and_writes_the_multiple_with_the_stated_decimals(string text, string span, string fix)
    {
        var diagnostic = Single(text, "RL5015", span, from: "gấp");
        Assert.Equal(fix, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Thu nhập bình quân tăng từ 52,5 triệu đồng (2020) lên 91,3 triệu đồng (2025), tăng gấp 1,74 lần.")] // 1,739 rounded
    [InlineData("Thu nhập bình quân tăng từ 52,5 triệu đồng (2020) lên 91,3 triệu đồng (2025), tăng gấp 1,73 lần.")] // cut
    [InlineData("Thu nhập bình quân tăng từ 52,5 triệu đồng (2020) lên 91,3 triệu đồng (2025), gấp 2 lần.")] // whole, rounded
    [InlineData("Thu nhập bình quân tăng từ 52,5 triệu đồng lên 91,3 triệu đồng, gần gấp 2 lần.")] // hedged
    [InlineData("Thu nhập bình quân tăng từ 52,5 triệu đồng lên 91,3 triệu đồng, tăng 1,7 lần.")] // `tăng D lần` is not read
    [InlineData("Số hợp tác xã tăng từ 36 lên 90 hợp tác xã (gấp 2,5 lần).")]
    [InlineData("Diện tích từ 120 ha lên 300 người, gấp 3 lần.")] // units of two things
    [InlineData("Sản lượng từ 500 tấn xuống 250 tấn, gấp 2 lần năm trước.")] // no rise: not a move to a multiple
    public void Is_silent_on_right_multiples_and_phrases_it_does_not_read(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));

    [Fact]
    public void Reads_a_year_in_parentheses_after_a_moving_figure_for_its_change()
    {
        const string text = "Số hộ nghèo giảm từ 520 hộ (2020) xuống 310 hộ (2025), giảm 200 hộ.";
        var diagnostic = Single(text, "RL5015", "200");
        Assert.Equal(text.Replace("200 hộ.", "210 hộ.", StringComparison.Ordinal), Fixed(text, diagnostic));
    }
}
