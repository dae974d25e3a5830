using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5015: a change's percentage written after `tương đương` (or `tương ứng`) is read like one in parentheses.</summary>
public class ChangeEquivalentPercentTests
{
    [Fact]
    public void Reports_an_equivalent_percentage_that_is_not_the_change_over_the_earlier_figure()
    {
        // 16 of 120 is 13,33%.
        const string text = "Năm 2026, toàn huyện xảy ra 104 vụ tai nạn giao thông, giảm 16 vụ, tương đương 12,00% so với năm 2025 (120 vụ).";
        var diagnostic = Single(text, "RL5015", "12,00");
        Assert.Equal("Từ 120 đến 104 là giảm 13,33%, không phải giảm 12,00% (tỷ lệ tính trên số liệu so sánh 120)", Vi(diagnostic));
        Assert.Equal("From 120 to 104 is a decrease of 13,33%, not a decrease of 12,00% (the percentage is of the earlier figure, 120)", En(diagnostic));
        Assert.Equal(text.Replace("12,00%", "13,33%", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    // The earlier figure written after the comparison, before or after the percentage.
    [InlineData("Năm 2026 có 545 hộ tham gia, tăng 45 hộ, tương đương tăng 9,8% so với năm 2025 (500 hộ).")]
    [InlineData("Năm 2026 có 545 hộ tham gia, tăng 45 hộ so với năm 2025 (500 hộ), tương đương tăng 9,8%.")]
    // The earlier figure as the start of `từ A lên B`.
    [InlineData("Số hộ tham gia bảo hiểm y tế tăng từ 500 hộ lên 545 hộ, tăng 45 hộ, tương đương tăng 9,8%.")]
    [InlineData("Số hộ tham gia bảo hiểm y tế tăng từ 500 hộ năm 2025 lên 545 hộ năm 2026, tăng 45 hộ, tương ứng 9,8%.")]
    // No earlier figure: the current one undone by the change (545 − 45).
    [InlineData("Năm 2026 có 545 hộ tham gia, tăng 45 hộ, tương đương 9,8%.")]
    public void Reads_the_earlier_figure_stated_in_the_same_sentence(string text)
    {
        var diagnostic = Single(text, "RL5015", "9,8");
        Assert.Equal("Từ 500 đến 545 là tăng 9,0%, không phải tăng 9,8% (tỷ lệ tính trên số liệu so sánh 500)", Vi(diagnostic));
        Assert.Equal(text.Replace("9,8%", "9,0%", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_an_equivalent_percentage_after_the_period_compared_with()
    {
        // 8.640 − 640 = 8.000 a year before, and 640 of 8.000 is 8,0%; 7,4% is 640 of the current 8.640.
        const string text = "Sản lượng ngô đạt 8.640 tấn, tăng 640 tấn so với cùng kỳ năm 2025, tương ứng tăng 7,4%.";
        var diagnostic = Single(text, "RL5015", "7,4");
        Assert.Equal("Từ 8.000 đến 8.640 là tăng 8,0%, không phải tăng 7,4% (tỷ lệ tính trên số liệu so sánh 8.000)", Vi(diagnostic));
        Assert.Equal(text.Replace("7,4%", "8,0%", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Dư nợ cho vay đạt 215 tỷ đồng, tăng 15 tỷ đồng so với đầu năm, tương đương 6,5%.", "6,5", "Từ 200 đến 215 là tăng 7,5%, không phải tăng 6,5% (tỷ lệ tính trên số liệu so sánh 200)")]
    [InlineData("Năng suất lúa đạt 64,2 tạ/ha, tăng 1,9 tạ/ha so với cùng kỳ, tương đương 2,96%.", "2,96", "Từ 62,3 đến 64,2 là tăng 3,05%, không phải tăng 2,96% (tỷ lệ tính trên số liệu so sánh 62,3)")]
    public void Reads_the_rest_of_the_unit_before_the_period_compared_with(string text, string stated, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5015", stated)));

    [Fact]
    public void Reads_an_equivalent_percentage_in_a_list_of_changes()
    {
        const string text = "So với năm 2025 (60 vụ, 45 người chết) thì giảm 8 vụ, tương đương 13,33%, giảm 5 người chết, tương đương 12,5%.";
        Assert.Equal("Từ 45 đến 40 là giảm 11,1%, không phải giảm 12,5% (tỷ lệ tính trên số liệu so sánh 45)", Vi(Single(text, "RL5015", "12,5")));
    }

    [Theory]
    [InlineData("Năm 2026, toàn huyện xảy ra 104 vụ tai nạn giao thông, giảm 16 vụ, tương đương 13,33% so với năm 2025 (120 vụ).")]
    [InlineData("Năm 2026, toàn huyện xảy ra 104 vụ tai nạn giao thông, giảm 16 vụ, tương đương giảm 13,3% so với năm 2025 (120 vụ).")]
    [InlineData("Năm 2026 có 545 hộ tham gia, tăng 45 hộ, tương đương tăng 9% so với năm 2025 (500 hộ).")]
    [InlineData("Năm 2026 có 545 hộ tham gia, tăng 45 hộ so với năm 2025 (500 hộ), tương đương tăng 9,0%.")]
    [InlineData("Số hộ tham gia bảo hiểm y tế tăng từ 500 hộ lên 545 hộ, tăng 45 hộ, tương đương tăng 9%.")]
    [InlineData("Năm 2026 có 545 hộ tham gia, tăng 45 hộ, tương đương 9%.")]
    [InlineData("Sản lượng ngô đạt 8.640 tấn, tăng 640 tấn so với cùng kỳ năm 2025, tương ứng tăng 8%.")]
    [InlineData("Dư nợ cho vay đạt 215 tỷ đồng, tăng 15 tỷ đồng so với đầu năm, tương đương 7,5%.")]
    [InlineData("Dư nợ cho vay đạt 215 tỷ đồng, tăng 15 triệu đồng so với đầu năm, tương đương 6,5%.")] // not one measure
    [InlineData("Toàn xã còn 85 hộ nghèo, giảm 12 hộ, tương đương giảm 0,45% so với đầu năm.")] // the rate's fall in points
    [InlineData("Sản lượng ngô đạt 8.640 tấn, tăng 640 tấn so với cùng kỳ (7,4%).")] // the parenthesis after the period: not the change's
    [InlineData("So với năm 2025 (60 vụ, 45 người chết) thì giảm 8 vụ, tương đương 13,33%, giảm 5 người chết, tương đương 11,1%.")]
    // The current figure as a percentage of the earlier one: far from the relative change, not read as it.
    [InlineData("Năm 2026 có 545 hộ tham gia, tăng 45 hộ, tương đương 109%.")]
    // A share of another whole, or a percentage of a target, is not the change's percentage.
    [InlineData("Thu ngân sách đạt 15 tỷ đồng, tăng 2 tỷ đồng, tương đương 17,5% tổng thu của huyện.")]
    [InlineData("Năm 2026 kết nạp 54 đảng viên, tăng 4 đảng viên, tương đương 90% kế hoạch.")]
    public void Is_silent_on_right_percentages_and_on_other_measures(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));

    [Fact]
    public void A_wrong_count_before_the_equivalent_percentage_is_reported_once()
    {
        // 545 − 500 = 45: the count is wrong; its percentage is then checked against the figures, not the count.
        const string text = "Số hộ tham gia bảo hiểm y tế tăng từ 500 hộ lên 545 hộ, tăng 54 hộ, tương đương tăng 9%.";
        Assert.Equal("Từ 500 đến 545 là tăng 45, không phải tăng 54", Vi(Single(text, "RL5015", "54", "tăng 54")));
    }
}

/// <summary>RL5015: `tăng|giảm C (A so với B)`, each member of a list cut by `;` read on its own.</summary>
public class ChangeBetweenFiguresTests
{
    private const string Wrong = "So với năm 2025, tai nạn giao thông giảm 3 vụ (42 vụ so với 45 vụ); số người chết tăng 2 người (15 so với 13); "
        + "số người bị thương giảm 4 người (20 so với 23).";

    [Fact]
    public void Reports_the_member_whose_change_is_not_the_difference()
    {
        var diagnostic = Single(Wrong, "RL5015", "4", "giảm 4");
        Assert.Equal("Từ 23 đến 20 là giảm 3, không phải giảm 4", Vi(diagnostic));
        Assert.Equal("From 23 to 20 is a decrease of 3, not a decrease of 4", En(diagnostic));
        Assert.Equal(Wrong.Replace("giảm 4 người", "giảm 3 người", StringComparison.Ordinal), Fixed(Wrong, diagnostic));
    }

    [Theory]
    [InlineData("Số người chết giảm 2 người (15 so với 13).", "2", "Từ 13 đến 15 là tăng 2, không phải giảm 2")]
    [InlineData("Số vụ cháy giảm 6 vụ (42 vụ năm 2026 so với 45 vụ năm 2025).", "6", "Từ 45 đến 42 là giảm 3, không phải giảm 6")]
    [InlineData("Số hộ nghèo giảm 31 hộ (412 hộ so với cùng kỳ năm 2025 là 436 hộ).", "31", "Từ 436 đến 412 là giảm 24, không phải giảm 31")]
    [InlineData("Thu ngân sách tăng 12,5% (1.250 tỷ đồng so với 1.100 tỷ đồng).", "12,5", "Từ 1.100 đến 1.250 là tăng 13,6%, không phải tăng 12,5%")]
    [InlineData("Tỷ lệ hộ nghèo giảm 1,8 điểm phần trăm (3,2% so với 4,0%).", "1,8", "Từ 4,0% đến 3,2% là giảm 0,8 điểm phần trăm, không phải giảm 1,8 điểm phần trăm")]
    public void Reads_one_change_and_its_figures(string text, string stated, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5015", stated)));

    [Theory]
    [InlineData("So với năm 2025, tai nạn giao thông giảm 3 vụ (42 vụ so với 45 vụ); số người chết tăng 2 người (15 so với 13); số người bị thương giảm 3 người (20 so với 23).")]
    [InlineData("Số vụ cháy giảm 3 vụ (42 vụ năm 2026 so với 45 vụ năm 2025).")]
    [InlineData("Thu ngân sách tăng 13,6% (1.250 tỷ đồng so với 1.100 tỷ đồng).")]
    [InlineData("Tỷ lệ hộ nghèo giảm 0,8 điểm phần trăm (3,2% so với 4,0%).")]
    [InlineData("Số vụ giảm 3 vụ (42 vụ so với 45 đối tượng).")] // two measures
    [InlineData("Số vụ giảm 3 người (42 vụ so với 45 vụ).")] // the change counts something else
    [InlineData("Số vụ giảm 3 vụ (45 vụ năm 2025 so với 42 vụ năm 2026).")] // the earlier year first: not read as now against before
    [InlineData("Số vụ giảm 3 vụ (42/45 vụ).")]
    [InlineData("Số người chết tăng 2 người (2026 so với 2025).")] // two years, not two figures
    [InlineData("Chỉ số năng lực cạnh tranh tăng 2 bậc (15 so với 17).")] // a rank rises as its number falls
    public void Is_silent_on_right_members_and_on_figures_it_cannot_pair(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));
}

/// <summary>RL5015: `tăng|giảm từ A đến|tới B` with a change after it reads like `từ A lên|xuống B`.</summary>
public class ChangeFromToTests
{
    [Theory]
    [InlineData("Số hộ sử dụng nước sạch tăng từ 1.250 đến 1.410 hộ, tăng 180 hộ.", "180", "Từ 1.250 đến 1.410 là tăng 160, không phải tăng 180")]
    [InlineData("Số hộ sử dụng nước sạch tăng từ 1.250 lên 1.410 hộ, tăng 180 hộ.", "180", "Từ 1.250 đến 1.410 là tăng 160, không phải tăng 180")]
    [InlineData("Số vụ vi phạm giảm từ 45 vụ tới 42 vụ, giảm 7,5%.", "7,5", "Từ 45 đến 42 là giảm 6,7%, không phải giảm 7,5%")]
    public void Reads_a_change_after_a_figure_going_from_one_value_to_another(string text, string stated, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5015", stated)));

    [Theory]
    [InlineData("Số hộ sử dụng nước sạch tăng từ 1.250 đến 1.410 hộ, tăng 160 hộ.")]
    [InlineData("Số vụ vi phạm giảm từ 45 vụ tới 42 vụ, giảm 6,7%.")]
    // `giảm từ 30 đến 50 hộ` is a range of the fall, not a figure going from 30 to 50.
    [InlineData("Mỗi năm giảm từ 30 đến 50 hộ nghèo, giảm 10 hộ so với giai đoạn trước.")]
    // No verb before `từ`: a range (`hộ có thu nhập từ 30 đến 50 triệu đồng`).
    [InlineData("Hộ có thu nhập từ 30 đến 50 triệu đồng, tăng 12 triệu đồng.")]
    // How much it rises each year, then a change against something else.
    [InlineData("Mỗi năm tăng từ 5 đến 7 xã đạt chuẩn, tăng 3 xã so với giai đoạn trước.")]
    [InlineData("Chỉ số cải cách hành chính xếp hạng từ 45 lên 32, tăng 13 bậc.")] // a rank
    public void Is_silent_on_right_changes_and_on_ranges(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));
}
