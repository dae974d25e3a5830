using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5001 on a share with no whole in its sentence, checked against the whole its section stated earlier.</summary>
public class PercentageSectionWholeTests
{
    private const string Households = "1. Công tác giảm nghèo\n"
        + "Toàn xã Phú Lâm có 3.200 hộ với 12.480 nhân khẩu, phân bố ở 9 thôn.\n"
        + "Năm qua, xã đã triển khai nhiều chương trình hỗ trợ sinh kế, tạo việc làm cho lao động nông thôn.\n";

    [Fact]
    public void Checks_a_share_against_the_whole_stated_two_paragraphs_before()
    {
        const string text = Households + "Đến cuối năm, toàn xã còn 96 hộ nghèo, chiếm 3,2%.";
        var diagnostic = Findings.Single(text, "RL5001", "3,2%");
        Assert.Equal("Tỷ lệ 3,2% không khớp với 96/3.200 = 3,0% (tổng 3.200 hộ nêu trước đó trong phần này)", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 3,2% does not match 96/3.200 = 3,0% (the whole, 3.200 hộ, stated earlier in the section)", Findings.En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Sửa thành 3,0% (96/3.200)", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(text.Replace("3,2%", "3,0%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        var related = Assert.Single(diagnostic.Related!);
        Assert.Equal("3.200", text.Substring(related.Span.Start, related.Span.Length));
    }

    [Fact]
    public void Checks_an_amount_against_the_total_funding_named_before()
    {
        const string text = "II. KINH PHÍ THỰC HIỆN\n"
            + "Tổng kinh phí thực hiện kế hoạch năm 2026 là 45.000 triệu đồng, từ ngân sách tỉnh và vốn lồng ghép.\n"
            + "Phân bổ cụ thể như sau: chi đầu tư cơ sở vật chất 18.000 triệu đồng, chiếm 42,0%; chi đào tạo 9.000 triệu đồng, chiếm 20,0%.";
        var diagnostic = Findings.Single(text, "RL5001", "42,0%");
        Assert.Equal("Tỷ lệ 42,0% không khớp với 18.000/45.000 = 40,0% (tổng 45.000 triệu đồng nêu trước đó trong phần này)", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("42,0%", "40,0%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_total_named_over_a_period_and_broken_down_and_a_list_led_by_a_colon()
    {
        const string text = "3. Nguồn vốn\n"
            + "Tổng vốn thực hiện chương trình giai đoạn 2026 - 2030 là 60.000 triệu đồng, trong đó vốn ngân sách 48.000 triệu đồng.\n"
            + "Cơ cấu theo lĩnh vực:\n"
            + "- Hạ tầng giao thông: 27.000 triệu đồng, chiếm 45,0%;\n"
            + "- Thủy lợi: 15.600 triệu đồng, chiếm 28,0%.";
        var diagnostic = Findings.Single(text, "RL5001", "28,0%");
        Assert.Equal("Tỷ lệ 28,0% không khớp với 15.600/60.000 = 26,0% (tổng 60.000 triệu đồng nêu trước đó trong phần này)", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Đảng bộ xã có 640 đảng viên, sinh hoạt tại 21 chi bộ.\nTrong năm, 128 đảng viên được đánh giá hoàn thành xuất sắc nhiệm vụ, chiếm 21,0%.", "21,0%", "128/640 = 20,0%")]
    [InlineData("Tổng số hộ dân trên địa bàn là 2.500 hộ. Qua rà soát, 150 hộ nghèo, chiếm 5,0%.", "5,0%", "150/2.500 = 6,0%")] // the sentence before, same paragraph
    [InlineData("Tổng số 2.500 hộ dân.\nHiện còn 150 hộ cận nghèo, chiếm 5,0% tổng số hộ.", "5,0%", "150/2.500 = 6,0%")] // a whole named by its noun
    [InlineData("Huyện có 24 xã, thị trấn.\nĐến nay, 18 xã đạt chuẩn nông thôn mới, chiếm 70%.", "70%", "18/24 = 75%")]
    public void Checks_wholes_stated_with_each_cue(string text, string span, string ratio)
    {
        var diagnostic = Findings.Single(text, "RL5001", span);
        Assert.StartsWith($"Tỷ lệ {span} không khớp với {ratio} (tổng ", Findings.Vi(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Households + "Đến cuối năm, toàn xã còn 96 hộ nghèo, chiếm 3,0%.")] // right
    [InlineData(Households + "Đến cuối năm, toàn xã còn 96 hộ nghèo, chiếm 3%.")] // right, rounded
    // a subgroup named between the whole and the share may be its whole
    [InlineData(Households + "Trong số 410 hộ cận nghèo, nhiều hộ đã được hỗ trợ vay vốn.\nĐến nay, 96 hộ đã thoát nghèo bền vững, chiếm 25,6%.")]
    [InlineData(Households + "Có 1.850/2.100 hộ đăng ký tham gia mô hình.\nCó 96 hộ nghèo, chiếm 3,5%.")]
    [InlineData(Households + "Có khoảng 900 hộ làm nghề phụ.\nCó 96 hộ nghèo, chiếm 3,5%.")]
    [InlineData(Households + "Có 1.500 hộ sản xuất nông nghiệp, trong đó nhiều hộ trồng lúa.\nCó 96 hộ nghèo, chiếm 3,5%.")]
    // the share's own sentence names a group, or another figure of its unit
    [InlineData(Households + "Có 1.500 hộ sản xuất nông nghiệp. Trong đó, 96 hộ nghèo, chiếm 3,5%.")]
    [InlineData(Households + "Có 2.400 hộ tham gia bảo hiểm y tế, 96 hộ nghèo chiếm 3,5%.")]
    // the share agrees with another figure of its unit in the document
    [InlineData(Households + "Có 2.400 hộ tham gia bảo hiểm y tế.\n96 hộ nghèo, chiếm 4,0%.")]
    // two wholes that disagree
    [InlineData("Năm 2020, toàn xã có 3.050 hộ; đến năm 2025, toàn xã có 3.200 hộ.\nCòn 96 hộ nghèo, chiếm 3,5%.")]
    // another noun, a member of a body, a whole smaller than the part
    [InlineData("Đảng bộ xã có 640 đảng viên.\nCó 96 hộ nghèo, chiếm 3,5%.")]
    [InlineData("Toàn huyện có 18 xã.\nHợp tác xã Tân Tiến có 12 xã viên, chiếm 30%.")]
    [InlineData("Toàn xã có 80 hộ kinh doanh.\nCó 96 hộ nghèo, chiếm 3,5%.")]
    // a whole of another year
    [InlineData("Năm 2020, toàn xã có 3.050 hộ.\nNăm 2025, toàn xã còn 96 hộ nghèo, chiếm 3,0%.")]
    // across a heading
    [InlineData("1. Dân cư\nToàn xã có 3.200 hộ.\n2. Giảm nghèo\nĐến cuối năm còn 96 hộ nghèo, chiếm 3,5%.")]
    // growth, rate against a target, a share named of another whole, an approximate share
    [InlineData(Households + "Có 96 hộ nghèo, giảm 12%; số hộ khá tăng 5%.")]
    [InlineData("Tổng kinh phí năm 2026 là 45.000 triệu đồng.\nĐã giải ngân 18.000 triệu đồng, đạt 102% kế hoạch.")]
    [InlineData(Households + "Có 96 hộ nghèo, chiếm 3,5% tổng số nhân khẩu.")]
    [InlineData(Households + "Có 96 hộ nghèo, chiếm khoảng 3,5%.")]
    [InlineData(Households + "Có 96 hộ nghèo, chiếm 3,5% so với năm trước.")]
    // amounts in another unit are not compared
    [InlineData("Tổng kinh phí năm 2026 là 45 tỷ đồng.\nChi đào tạo 9.000 triệu đồng, chiếm 25%.")]
    public void Stays_silent_when_the_whole_is_not_plain(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
