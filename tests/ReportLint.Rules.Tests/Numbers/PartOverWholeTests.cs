using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class PartOverWholeTests
{
    [Fact]
    public void Reports_a_ratio_whose_part_exceeds_its_whole()
    {
        const string text = "Toàn tỉnh có 535/492 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.";
        var diagnostic = Findings.Single(text, "RL5002", "535/492");
        Assert.Equal("Phần 535 lớn hơn tổng 492", Findings.Vi(diagnostic));
        Assert.Equal("The part 535 is larger than its whole 492", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Reports_a_subset_larger_than_the_whole_it_is_a_share_of()
    {
        const string text = "Có 450/500 chi bộ hoàn thành tốt nhiệm vụ, trong đó có 520 chi bộ hoàn thành xuất sắc, chiếm 80%.";
        var diagnostic = Findings.Single(text, "RL5002", "520");
        Assert.Equal("Phần 520 lớn hơn tổng 500", Findings.Vi(diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
    }

    [Theory]
    [InlineData("Hội nghị tổ chức chiều 14/6 tại hội trường.")]
    [InlineData("Ngày 25/10 là hạn cuối.")]
    [InlineData("Kế hoạch tháng 5/2020 đã hoàn thành.")]
    [InlineData("Đã chỉ đạo 8/8 huyện hoàn thành sắp xếp.")]
    [InlineData("Theo văn bản số 123/2019 của Sở.")]
    [InlineData("Có 12/15 xã đạt chuẩn nông thôn mới.")]
    [InlineData("Có 3.751/5.010 chi bộ hoàn thành tốt nhiệm vụ.")]
    [InlineData("Kỷ niệm 19/5 năm nay được tổ chức trang trọng.")]
    public void Is_silent_on_dates_references_and_sound_ratios(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));
}
