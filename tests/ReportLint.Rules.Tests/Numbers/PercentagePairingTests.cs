using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5001: what stands between a ratio and its share, and which percentages are no share at all.</summary>
public class PercentagePairingTests
{
    [Theory]
    [InlineData("Có 1.152/1.180 học sinh lớp 12 thi đỗ tốt nghiệp, đạt 98,31%.", "98,31", "1.152/1.180 = 97,63%")]
    [InlineData("Có 1.152/1.180 học sinh lớp 12, đạt 98,31%.", "98,31", "1.152/1.180 = 97,63%")] // not 12/1.180
    [InlineData("Có 38/42 hộ tổ 7 đã góp công làm đường, đạt 92,86%.", "92,86", "38/42 = 90,48%")]
    public void A_number_naming_a_class_or_a_team_does_not_stop_the_ratio_from_meeting_its_share(string text, string percent, string reading)
    {
        var diagnostic = Findings.Single(text, "RL5001", percent + "%");
        Assert.Equal($"Tỷ lệ {percent}% không khớp với {reading}", Findings.Vi(diagnostic));
        Assert.Equal($"The percentage {percent}% does not match {reading}", Findings.En(diagnostic));
        var expected = reading[(reading.IndexOf("= ", StringComparison.Ordinal) + 2)..];
        Assert.Equal(text.Replace(percent + "%", expected, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Có 1.152/1.180 học sinh lớp 12 thi đỗ tốt nghiệp, đạt 97,63%.")]
    [InlineData("Có 1.152/1.180 học sinh lớp 12, đạt 97,63%.")]
    [InlineData("Có 38/42 hộ tổ 7 đã góp công làm đường, đạt 90,48%.")]
    [InlineData("Tổng kinh phí là 420 triệu đồng, trong đó: ngân sách huyện 150 triệu đồng, chiếm 35,71%.")]
    public void Is_silent_on_right_shares_past_a_naming_word(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void An_amount_after_a_place_word_is_still_a_part()
    {
        // `ngân sách huyện 150 triệu đồng`: the budget of the district, not district 150.
        const string text = "Tổng kinh phí là 420 triệu đồng, trong đó: ngân sách huyện 150 triệu đồng, chiếm 37,5%.";
        var diagnostic = Findings.Single(text, "RL5001", "37,5%");
        Assert.Equal("Tỷ lệ 37,5% không khớp với 150/420 = 35,7%", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Có 5/40 đảng viên được khen thưởng, không vượt quá tỷ lệ 15%.")]
    [InlineData("Có 5/40 đảng viên được khen thưởng, tối đa là 15%.")]
    [InlineData("Có 5/40 đảng viên được khen thưởng (15% theo quy định).")]
    [InlineData("Có 5/40 đảng viên được khen thưởng, dưới mức 15% theo quy định.")]
    public void A_limit_is_no_share(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void A_ratio_explaining_the_share_before_it_is_not_paired_again_with_a_later_percentage()
    {
        Assert.Empty(RuleTester.Lint(
            "Số chi bộ xếp loại xuất sắc bằng 12,5% số chi bộ hoàn thành tốt (5/40), thấp hơn tỷ lệ 15% của năm trước.", "RL5001"));
    }

    [Fact]
    public void A_wrong_share_before_a_limit_is_still_reported()
    {
        const string text = "Có 5/40 đảng viên được khen thưởng, chiếm 15%, không vượt quá tỷ lệ 20% theo quy định.";
        var diagnostic = Findings.Single(text, "RL5001", "15%");
        Assert.Equal("Tỷ lệ 15% không khớp với 5/40 = 13%", Findings.Vi(diagnostic));
    }

    // The percentage of a change is the change over the earlier figure (RL5015's), never a share of a whole before it.
    [Theory]
    [InlineData("Số hộ nghèo giảm từ 41/1.905 hộ (2,15%) xuống 14/1.930 hộ (0,73%), giảm 27 hộ (65,85%).")]
    [InlineData("Có 120/150 hội viên tham gia, tăng 20 hội viên (20%) so với năm trước.")]
    public void Is_silent_on_the_percentage_of_a_change(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
