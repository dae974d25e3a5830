using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class PointChangeMismatchTests
{
    [Fact]
    public void Reports_a_stated_change_that_is_not_the_difference()
    {
        const string text = "Tỷ lệ hộ nghèo của huyện giảm từ 14,86% xuống còn 12,10%, giảm 2,67 điểm phần trăm.";
        var diagnostic = Findings.Single(text, "RL5010", "2,67");
        Assert.Equal("Mức 2,67 điểm phần trăm không khớp với chênh lệch giữa 14,86% và 12,10% (2,76 điểm phần trăm)", Findings.Vi(diagnostic));
        Assert.Equal("The change of 2,67 percentage points does not match the difference between 14,86% and 12,10% (2,76 points)", Findings.En(diagnostic));
        Assert.Equal("Sửa thành 2,76", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal("Change to 2,76", diagnostic.Fixes[0].Title.En);
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("2,67", "2,76", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tỷ lệ đô thị hóa tăng từ 30,5% năm 2020 lên 35,1% năm 2025, tăng 4,7 điểm phần trăm.", "4,7", "4,6", "tăng 4")]
    [InlineData("Độ che phủ rừng từ 65,2% lên đến 71,4% (tăng 6,4 điểm phần trăm).", "6,4", "6,2", "(tăng")]
    [InlineData("Tỷ lệ lao động qua đào tạo tăng từ 62% lên 70%, tăng thêm 6 điểm %.", "6", "8", "thêm")]
    [InlineData("Tỷ lệ hộ nghèo từ 5,25 % xuống 3,1 %, giảm 2,3 điểm phần trăm.", "2,3", "2,15", "giảm")]
    public void Reads_the_variants_of_the_phrase(string text, string stated, string expected, string after)
    {
        var diagnostic = Findings.Single(text, "RL5010", stated, from: after);
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 14,86% xuống còn 12,10%, giảm 2,76 điểm phần trăm.")]
    [InlineData("Tỷ lệ che phủ rừng tăng từ 65,2% lên 71,4%, tăng 6,2 điểm phần trăm.")]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 14,86% xuống còn 12,10%, giảm 2,8 điểm phần trăm.")] // rounded to what is written
    [InlineData("Tỷ lệ hộ nghèo từ 5,25 % xuống 3,1 %, giảm 2,1 điểm phần trăm.")] // or cut
    [InlineData("Tỷ lệ đô thị hóa tăng từ 30,5% năm 2020 lên 35,1% năm 2025, tăng 4,6 điểm phần trăm.")]
    [InlineData("Tỷ lệ che phủ rừng tăng từ 65,2% lên 71,4%, tăng 9,5%.")] // a relative change, not points
    [InlineData("Số đảng viên tăng từ 652 lên 714 người, tăng 60 người.")] // not percentages
    [InlineData("Doanh thu tăng từ 65,2 tỷ lên 71,4 tỷ đồng, tăng 6,5 điểm phần trăm.")] // the rates are no percentages
    [InlineData("Tỷ lệ che phủ rừng tăng từ 65,2% lên 71,4%, tăng khoảng 6 điểm phần trăm.")] // approximate
    [InlineData("Tỷ lệ che phủ rừng tăng từ 65,2% lên 71,4%.")]
    [InlineData("Tăng từ 65,2% lên 71,4%, trong đó khu vực nông thôn tăng 5 điểm phần trăm.")] // another figure
    public void Is_silent_when_the_change_matches_or_the_phrase_differs(string text) => Assert.Empty(RuleTester.Lint(text, "RL5010"));

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% xuống còn 3,02% (còn 41 hộ), giảm 1,23 điểm phần trăm.")]
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% (57 hộ) xuống còn 3,02% (41 hộ), giảm 1,23 điểm phần trăm.")]
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% xuống còn 3,02%, tức giảm 1,23 điểm phần trăm.")]
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% xuống còn 3,02%, tức là giảm 1,23 điểm phần trăm.")]
    public void Reads_past_a_remark_in_parentheses_after_a_rate_or_a_restating_word(string text)
    {
        var diagnostic = Findings.Single(text, "RL5010", "1,23");
        Assert.Equal("Mức 1,23 điểm phần trăm không khớp với chênh lệch giữa 4,35% và 3,02% (1,33 điểm phần trăm)", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("1,23", "1,33", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% xuống còn 3,02% (còn 41 hộ), giảm 1,33 điểm phần trăm.")]
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% (57 hộ) xuống còn 3,02% (41 hộ), giảm 1,33 điểm phần trăm.")]
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% xuống còn 3,02%, tức giảm 1,33 điểm phần trăm.")]
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% xuống còn 3,02% (bình quân của tỉnh là 2,6%), giảm 1,23 điểm phần trăm.")] // another rate between
    [InlineData("Tỷ lệ hộ nghèo của xã giảm từ 4,35% xuống còn 3,02% (thôn Đông giảm 2 điểm), giảm 1,23 điểm phần trăm.")] // another change between
    public void Is_silent_past_a_remark_when_the_change_matches_or_another_figure_intervenes(string text) => Assert.Empty(RuleTester.Lint(text, "RL5010"));

    [Fact]
    public void Reports_a_change_a_year_that_is_not_the_difference_over_the_years()
    {
        const string text = "Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45% năm 2025, bình quân mỗi năm giảm 1,15 điểm phần trăm.";
        var diagnostic = Findings.Single(text, "RL5010", "1,15");
        Assert.Equal("Mức 1,15 điểm phần trăm không khớp với chênh lệch giữa 7,20% và 2,45% (0,95 điểm phần trăm mỗi năm trong 5 năm)", Findings.Vi(diagnostic));
        Assert.Equal("The change of 1,15 percentage points does not match the difference between 7,20% and 2,45% (0,95 points a year over 5 years)", Findings.En(diagnostic));
        Assert.Equal(text.Replace("1,15", "0,95", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45% năm 2025, mỗi năm giảm bình quân 1,2 điểm phần trăm.", "1,2", "1,0")]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45% năm 2025, giảm 1,15 điểm phần trăm/năm.", "1,15", "0,95")]
    [InlineData("Tỷ lệ lao động qua đào tạo tăng từ 60,5% năm 2021 lên 70,1% năm 2025, bình quân tăng 3,2 điểm phần trăm mỗi năm.", "3,2", "2,4")]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45% năm 2025, giảm 4,75 điểm phần trăm, bình quân mỗi năm giảm 1,15 điểm phần trăm.", "1,15", "0,95")] // after the whole change
    public void Reports_every_form_of_a_change_a_year(string text, string stated, string fix)
    {
        var diagnostic = Findings.Single(text, "RL5010", stated);
        Assert.Equal(fix, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45% năm 2025, bình quân mỗi năm giảm 0,95 điểm phần trăm.")]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45% năm 2025, bình quân mỗi năm giảm 0,9 điểm phần trăm.")] // cut
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% xuống còn 2,45%, bình quân mỗi năm giảm 1,15 điểm phần trăm.")] // years not written
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45%, giảm 1,15 điểm phần trăm/năm.")] // one year only
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45% năm 2025, giảm 4,75 điểm phần trăm.")] // the whole change
    [InlineData("Tỷ lệ hộ nghèo giảm từ 7,20% năm 2020 xuống còn 2,45% năm 2025, giảm 4,75 điểm phần trăm, bình quân mỗi năm giảm 0,95 điểm phần trăm.")]
    public void Is_silent_on_a_right_change_a_year_or_an_unknown_period(string text) => Assert.Empty(RuleTester.Lint(text, "RL5010"));
}
