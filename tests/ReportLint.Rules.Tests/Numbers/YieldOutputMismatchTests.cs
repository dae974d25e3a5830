using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5031: area × yield against the output stated beside them in running text.</summary>
public class YieldOutputMismatchTests
{
    [Fact]
    public void Reports_a_yield_in_tonnes_that_should_be_quintals_and_offers_the_unit()
    {
        const string text = "Vụ Mùa gieo cấy 3.250 ha lúa, năng suất bình quân ước đạt 54,2 tấn/ha, sản lượng đạt 17.615 tấn.";
        var diagnostic = Single(text, "RL5031", "54,2 tấn/ha");
        Assert.Equal("3.250 ha × 54,2 tấn/ha = 176.150 tấn, không phải 17.615 tấn: năng suất có lẽ là 54,2 tạ/ha", Vi(diagnostic));
        Assert.Equal("3.250 ha × 54,2 tấn/ha = 176.150 tấn, not 17.615 tấn: the yield is likely 54,2 tạ/ha", En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("54,2 tấn/ha", "54,2 tạ/ha", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_yield_in_quintals_that_should_be_tonnes()
    {
        // 640 ha × 7,5 tấn/ha = 4.800 tấn: the yield was written in the wrong unit.
        const string text = "Diện tích nuôi tôm nước lợ 640 ha, năng suất 7,5 tạ/ha, sản lượng 4.800 tấn.";
        var diagnostic = Single(text, "RL5031", "7,5 tạ/ha");
        Assert.Equal("640 ha × 7,5 tạ/ha = 480 tấn, không phải 4.800 tấn: năng suất có lẽ là 7,5 tấn/ha", Vi(diagnostic));
        Assert.Equal(text.Replace("7,5 tạ/ha", "7,5 tấn/ha", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_wrong_figure_without_a_fix()
    {
        // 1.480 ha × 46,5 tạ/ha = 6.882 tấn: two digits of the output swapped.
        const string text = "Diện tích gieo trồng ngô đạt 1.480 ha, năng suất 46,5 tạ/ha, sản lượng 6.288 tấn, tăng 3% so với cùng kỳ.";
        var diagnostic = Single(text, "RL5031", "6.288 tấn");
        Assert.Equal("1.480 ha × 46,5 tạ/ha = 6.882 tấn, không phải 6.288 tấn", Vi(diagnostic));
        Assert.Equal("1.480 ha × 46,5 tạ/ha = 6.882 tấn, not 6.288 tấn", En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Diện tích lúa cả năm đạt 9.120 ha. Năng suất bình quân 60,4 tạ/ha; sản lượng 56.085 tấn.", "56.085 tấn")] // the next sentence
    [InlineData("Sản lượng sắn ước đạt 9.250 tấn, năng suất 185 tạ/ha trên diện tích 600 ha.", "9.250 tấn")] // any order in one sentence
    [InlineData("Diện tích trồng lạc 210 ha, năng suất 2.400 kg/ha, sản lượng 604 tấn.", "604 tấn")] // kilograms per hectare
    [InlineData("Gieo cấy 2,4 nghìn ha lúa, năng suất 58 tạ/ha, sản lượng 12,9 nghìn tấn.", "12,9 nghìn tấn")] // scale words
    [InlineData("Gieo cấy 5.200 ha lúa, năng suất 57,5 tạ/ha, sản lượng 31.900 tấn; cây ngô đạt 900 ha, sản lượng 4.100 tấn.", "31.900 tấn")] // another crop after `;`
    public void Reports_other_forms(string text, string span) => Single(text, "RL5031", span);

    [Theory]
    [InlineData("Vụ Hè Thu gieo cấy 4.730 ha lúa, năng suất bình quân 55,8 tạ/ha, sản lượng ước đạt 26.393 tấn.")]
    [InlineData("Diện tích lúa cả năm đạt 9.120 ha. Năng suất bình quân 60,4 tạ/ha; sản lượng 55.085 tấn.")]
    [InlineData("- Trồng khoai lang: 320 ha, đạt 96% kế hoạch; năng suất 102 tạ/ha, sản lượng 3.264 tấn.")]
    [InlineData("Sản lượng 29.000 tấn, năng suất 58 tạ/ha trên diện tích 5.000 ha.")]
    [InlineData("Diện tích lúa 5.000 ha, năng suất 58 tạ/ha, sản lượng ước đạt 29.000 tấn.")]
    [InlineData("Diện tích lúa 5.000 ha, năng suất 58,1 tạ/ha, sản lượng 29.300 tấn.")] // 0,9% apart: rounding and averaging
    [InlineData("Diện tích ngô 1.480 ha, năng suất 46,5 tạ/ha, sản lượng 6.828 tấn.")] // 0,8% apart: a slip this small passes too
    [InlineData("Diện tích lúa 5.120 ha, năng suất 6 tấn/ha, sản lượng 29.700 tấn.")] // 6 tấn/ha may be anything from 5,5 to 6,5
    [InlineData("Diện tích lúa 5.120 ha, năng suất 58 tạ/ha, sản lượng 30.000 tấn.")] // a round output
    [InlineData("Năng suất lúa đạt 61,2 tạ/ha, tăng 0,8 tạ/ha so với năm trước (60,4 tạ/ha); diện tích 4.000 ha, sản lượng 24.480 tấn.")] // a change and an earlier year left out
    public void Is_silent_when_the_product_holds(string text) => Assert.Empty(RuleTester.Lint(text, "RL5031"));

    [Theory]
    [InlineData("Vụ Đông Xuân: diện tích 3.000 ha, năng suất 60 tạ/ha; vụ Mùa: diện tích 2.900 ha, năng suất 55 tạ/ha, sản lượng cả năm 33.950 tấn.")]
    [InlineData("Vụ Chiêm: diện tích 3.000 ha, năng suất 60 tạ/ha. Vụ Mùa: diện tích 2.900 ha, năng suất 55 tạ/ha, sản lượng cả năm 33.950 tấn.")]
    [InlineData("Diện tích lúa 5.000 ha, năng suất 58 tạ/ha, sản lượng lương thực 35.000 tấn.")] // another crop's output
    [InlineData("Gieo trồng ngô 1.000 ha, năng suất lúa 58 tạ/ha, sản lượng 7.000 tấn.")]
    [InlineData("Diện tích lúa 5.000 ha, trong đó 400 ha bị ngập; năng suất 58 tạ/ha, sản lượng 27.000 tấn.")] // which area is unclear
    [InlineData("Sản lượng đạt khoảng 30.000 tấn, năng suất 58 tạ/ha trên diện tích 5.000 ha.")] // approximate
    [InlineData("Sản lượng cả năm 40.000 tấn: vụ Chiêm 3.000 ha, năng suất 60 tạ/ha; vụ Mùa 2.900 ha, năng suất 55 tạ/ha.")] // an output that sums the seasons
    [InlineData("Sản lượng thủy sản đạt 12.300 tấn. Mô hình nuôi cá lồng được mở rộng lên 40 ha, năng suất 15 tấn/ha.")] // output first, in another sentence
    [InlineData("Cây chè 1.800 ha (diện tích kinh doanh 1.650 ha), cây ăn quả 900 ha. Sản lượng chè búp tươi 16.500 tấn, năng suất 100 tạ/ha.")]
    [InlineData("Diện tích 5.000 ha, năng suất 5 tấn/ha/năm, sản lượng 2.500 tấn.")] // a yield per year
    public void Is_silent_when_the_pairing_is_unclear(string text) => Assert.Empty(RuleTester.Lint(text, "RL5031"));
}
