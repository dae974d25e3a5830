using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5001 on the share of the last item of a `gồm … và` list, and on parts counted as `nam` and `nữ`.</summary>
public class PercentageLastItemTests
{
    [Fact]
    public void The_share_of_the_item_after_va_is_checked_against_the_whole()
    {
        const string text = "Tổng số 120 đoàn viên, gồm 70 nam (58,3%) và 50 nữ (40%).";
        var diagnostic = Single(text, "RL5001", "40%");
        Assert.Equal("Tỷ lệ 40% không khớp với 50/120 = 42%", Vi(diagnostic));
        Assert.Equal("The percentage 40% does not match 50/120 = 42%", En(diagnostic));
        Assert.Equal(text.Replace("(40%)", "(42%)", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Chi bộ có 25 đảng viên, gồm 15 đảng viên chính thức (chiếm 60%) và 10 đảng viên dự bị (chiếm 50%).", "50%", "Tỷ lệ 50% không khớp với 10/25 = 40%")]
    [InlineData("Chi đoàn có 120 đoàn viên, trong đó 70 nam (chiếm 50%) và 50 nữ (chiếm 41,7%).", "50%", "Tỷ lệ 50% không khớp với 70/120 = 58%")]
    [InlineData("Xã có 40 tổ hòa giải, gồm 12 tổ ở vùng cao (30%), 20 tổ ở vùng thấp (50%) và 8 tổ ở ven biển (25%).", "25%", "Tỷ lệ 25% không khớp với 8/40 = 20%")]
    public void Each_item_of_the_list_is_checked(string text, string span, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5001", span)));

    [Theory]
    [InlineData("Tổng số 120 đoàn viên, gồm 70 nam (58,3%) và 50 nữ (41,7%).")]
    [InlineData("Chi bộ có 25 đảng viên, gồm 15 đảng viên chính thức (chiếm 60%) và 10 đảng viên dự bị (chiếm 40%).")]
    [InlineData("Xã có 40 tổ hòa giải, gồm 12 tổ ở vùng cao (30%), 20 tổ ở vùng thấp (50%) và 8 tổ ở ven biển (20%).")]
    // `và` with no item before it joins something else than a list item.
    [InlineData("Chi bộ có 25 đảng viên và 10 đảng viên dự bị (chiếm 50%) của đảng bộ xã.")]
    // `và` that opens another statement.
    [InlineData("Chi bộ có 25 đảng viên, gồm 15 đảng viên chính thức (chiếm 60%) và đã giải quyết 4 đơn thư (chiếm 12%) trong năm.")]
    // `nam`, `nữ` of a whole that counts no people.
    [InlineData("Huyện có 120 hộ, gồm 70 nam (50%) và 50 nữ (41,7%) làm chủ hộ.")]
    public void Is_silent_on_right_shares_or_no_list_item(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
