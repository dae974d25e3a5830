using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class ChangeMismatchTests
{
    [Fact]
    public void Reports_a_count_change_that_is_not_the_difference()
    {
        const string text = "Toàn huyện có 33.918 người, tăng 1.124 hội viên so với cùng kỳ năm 2025 (32.894 hội viên).";
        var diagnostic = Single(text, "RL5015", "1.124");
        Assert.Equal("Từ 32.894 đến 33.918 là tăng 1.024, không phải tăng 1.124", Vi(diagnostic));
        Assert.Equal("From 32.894 to 33.918 is an increase of 1.024, not an increase of 1.124", En(diagnostic));
        Assert.Equal(text.Replace("1.124", "1.024", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void A_figure_with_two_swapped_digits_that_makes_the_change_exact_is_fixed_first()
    {
        // 3.286,5 against 2.924,0 is exactly +12,40%: the change was right and the figure's digits were swapped.
        const string text = "Năm 2026 vận động được 3.268,5 triệu đồng, tăng 12,40% so với năm 2025 (2.924,0 triệu đồng).";
        var diagnostic = Single(text, "RL5015", "12,40");
        Assert.Equal("Từ 2.924,0 đến 3.268,5 là tăng 11,78%, không phải tăng 12,40%", Vi(diagnostic));
        Assert.Equal(2, diagnostic.Fixes.Count);
        Assert.Equal("Sửa “3.268,5” thành “3.286,5” (hai chữ số bị đảo)", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal("Change “3.268,5” to “3.286,5” (two digits swapped)", diagnostic.Fixes[0].Title.En);
        Assert.Equal(text.Replace("3.268,5", "3.286,5", StringComparison.Ordinal), Fixed(text, diagnostic));
        Assert.Equal(text.Replace("12,40%", "11,78%", StringComparison.Ordinal), ReportLint.Core.Fixes.FixAllApplier.Apply(text, [diagnostic.Fixes[1]]));
    }

    [Fact]
    public void Reports_a_relative_change_in_percent()
    {
        const string text = "Thu ngân sách đạt 1.250 tỷ đồng, tăng 12,5% so với năm 2025 (1.100 tỷ đồng).";
        var diagnostic = Single(text, "RL5015", "12,5");
        Assert.Equal("Từ 1.100 đến 1.250 là tăng 13,6%, không phải tăng 12,5%", Vi(diagnostic));
        Assert.Equal(text.Replace("12,5%", "13,6%", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Turns_the_direction_when_the_figures_went_the_other_way()
    {
        const string text = "Có 45 xã đạt chuẩn, tăng 3 xã so với năm 2025 (48 xã).";
        var diagnostic = Single(text, "RL5015", "3");
        Assert.Equal("Từ 48 đến 45 là giảm 3, không phải tăng 3", Vi(diagnostic));
        Assert.Equal("Có 45 xã đạt chuẩn, giảm 3 xã so với năm 2025 (48 xã).", Fixed(text, diagnostic));
    }

    [Fact]
    public void Between_two_rates_the_change_is_in_points()
    {
        const string wrong = "Tỷ lệ tốt nghiệp đạt 98,6%, tăng 1,8 điểm phần trăm so với năm học 2021 - 2022 (97,2%).";
        var diagnostic = Single(wrong, "RL5015", "1,8");
        Assert.Equal("Từ 97,2% đến 98,6% là tăng 1,4 điểm phần trăm, không phải tăng 1,8 điểm phần trăm", Vi(diagnostic));
        Assert.Equal("From 97,2% to 98,6% is an increase of 1,4 percentage points, not an increase of 1,8 percentage points", En(diagnostic));
        Assert.Equal(wrong.Replace("1,8 điểm", "1,4 điểm", StringComparison.Ordinal), Fixed(wrong, diagnostic));
        const string inPercent = "Tỷ lệ che phủ đạt 68,5%, tăng 2,3% so với năm 2025 (66,2%).";
        var worded = Single(inPercent, "RL5015", "2,3");
        Assert.Equal("Từ 66,2% đến 68,5% là tăng 2,3 điểm phần trăm, không phải tăng 2,3%", Vi(worded));
        Assert.Equal(inPercent.Replace("2,3%", "2,3 điểm phần trăm", StringComparison.Ordinal), Fixed(inPercent, worded));
    }

    [Fact]
    public void A_change_in_the_parentheses_gives_the_earlier_figure_for_a_percent()
    {
        const string text = "Chi thường xuyên 2.187,4 triệu đồng, tăng 12,5% so với cùng kỳ (315,8 triệu đồng).";
        var diagnostic = Single(text, "RL5015", "12,5");
        Assert.Equal("Từ 1.871,6 đến 2.187,4 là tăng 16,9%, không phải tăng 12,5%", Vi(diagnostic));
    }

    [Theory]
    [InlineData("Năng suất lúa đạt 61,8 tạ/ha, tăng 0,9 tạ/ha so với năm 2025 (61,2 tạ/ha).", "0,9", "Từ 61,2 đến 61,8 là tăng 0,6, không phải tăng 0,9")]
    [InlineData("Thu nhập bình quân đạt 52,6 triệu đồng/người/năm, tăng 5,1 triệu đồng so với năm 2024 (48,5 triệu đồng).", "5,1", "Từ 48,5 đến 52,6 là tăng 4,1, không phải tăng 5,1")]
    [InlineData("Thu nhập đạt 61,5 triệu đồng/người/năm (theo số liệu của Chi cục Thống kê), tăng 18,3 triệu đồng so với năm 2020 (45,2 triệu đồng).", "18,3", "Từ 45,2 đến 61,5 là tăng 16,3, không phải tăng 18,3")] // a note on the source between
    [InlineData("Kinh phí tăng từ 420 triệu đồng lên 504 triệu đồng, tăng 25%.", "25", "Từ 420 đến 504 là tăng 20%, không phải tăng 25%")]
    [InlineData("Số vụ giảm từ 16 vụ năm 2025 xuống còn 12 vụ, giảm 20%.", "20", "Từ 16 đến 12 là giảm 25%, không phải giảm 20%")]
    [InlineData("Số hộ nghèo giảm từ 1.215 hộ xuống 1.050 hộ, giảm 156 hộ.", "156", "Từ 1.215 đến 1.050 là giảm 165, không phải giảm 156")]
    [InlineData("Số hộ vay vốn tăng từ 118 lên 131 hộ (tăng 15 hộ).", "15", "Từ 118 đến 131 là tăng 13, không phải tăng 15", "(")]
    public void Reads_a_change_from_one_figure_to_another(string text, string stated, string message, string from = ", ") =>
        Assert.Equal(message, Vi(Single(text, "RL5015", stated, from)));

    [Theory]
    [InlineData("Kinh phí tăng từ 420 triệu đồng lên 504 triệu đồng, tăng 20%.")]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 4,2% xuống 3,1%, giảm 1,1 điểm phần trăm.")] // rates: RL5010
    [InlineData("Tỷ lệ hộ nghèo giảm từ 4,2% xuống 3,1%, giảm 26,2%.")]
    [InlineData("Diện tích tăng từ 120 ha lên 150 tấn, tăng 30%.")] // units differ: not one measure
    [InlineData("Toàn huyện có 33.918 người, tăng 1.024 hội viên so với cùng kỳ năm 2025 (32.894 hội viên).")]
    [InlineData("Thu ngân sách đạt 1.250 tỷ đồng, tăng 13,6% so với năm 2025 (1.100 tỷ đồng).")]
    [InlineData("Thu ngân sách đạt 1.250 tỷ đồng, tăng 13% so với năm 2025 (1.100 tỷ đồng).")] // truncated
    [InlineData("Tỷ lệ đạt 50%, tăng 25% so với năm 2025 (40%).")] // a rate's relative change
    [InlineData("Thu đạt 8.914,6 triệu đồng, giảm 4,2% so với cùng kỳ (391,6 triệu đồng).")] // the parentheses hold the change
    [InlineData("Tỷ lệ đạt 68,5%, tăng 2,3 điểm phần trăm so với năm 2025 (66,2%).")]
    [InlineData("Năng suất lúa đạt 61,8 tạ/ha, tăng 0,6 tạ/ha so với năm 2025 (61,2 tạ/ha).")]
    [InlineData("Thu nhập bình quân đạt 52,6 triệu đồng/người/năm, tăng 4,1 triệu đồng so với năm 2024 (48,5 triệu đồng/người/năm).")]
    [InlineData("Tỷ lệ đạt 68,5%, tăng 2,3 hộ so với năm 2025 (66,2%).")] // a rate and a count: not read
    [InlineData("Kết nạp 120 đảng viên, tăng 15 đảng viên so với năm trước (105 dự án).")] // another unit in parentheses
    [InlineData("Đạt 1.250 tỷ đồng, tăng 13,6% so với cùng kỳ (năm 2025 đạt 1.100 tỷ đồng).")] // a period label before the figure
    [InlineData("Kim ngạch nhập khẩu đạt 3,45 tỷ USD, tăng 15% so với cùng kỳ (cùng kỳ: 3 tỷ USD).")]
    [InlineData("Kết nạp 120 đảng viên, tăng 15 đảng viên so với năm trước (trong đó nữ là 105 đảng viên).")] // not a period: a part
    [InlineData("Thu đạt 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ (dự toán giao là 1.100 tỷ đồng).")] // not a period: another figure
    [InlineData("Có 45 xã đạt chuẩn, giảm 3 xã so với năm 2025 (48 xã).")]
    public void Is_silent_when_the_change_matches_or_is_not_read(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));

    [Fact]
    public void Reads_a_longer_noun_phrase_after_the_figure_when_its_first_word_is_repeated()
    {
        const string text = "Năm 2024, Ủy ban nhân dân xã tổ chức 48 cuộc tiếp xúc cử tri ở các thôn, tăng 7 cuộc so với năm 2023 (43 cuộc).";
        var diagnostic = Single(text, "RL5015", "7");
        Assert.Equal("Từ 43 đến 48 là tăng 5, không phải tăng 7", Vi(diagnostic));
        Assert.Equal("From 43 to 48 is an increase of 5, not an increase of 7", En(diagnostic));
        Assert.Equal(text.Replace("tăng 7 cuộc", "tăng 5 cuộc", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Năm 2024, Ủy ban nhân dân xã tổ chức 48 cuộc tiếp xúc cử tri ở các thôn, tăng 5 cuộc so với năm 2023 (43 cuộc).")]
    [InlineData("Xã tổ chức 48 cuộc tiếp xúc cử tri ở các thôn, tăng 7 lượt so với năm 2023 (43 lượt).")] // the phrase's word is not repeated
    [InlineData("Xã tổ chức 48 cuộc tiếp xúc cử tri ở các thôn, tăng 7 cuộc so với năm 2023 (43 lượt).")]
    [InlineData("Xã tổ chức 48 cuộc tiếp xúc cử tri ở các thôn, tăng 7 so với năm 2023 (43 cuộc).")] // the change names no unit
    [InlineData("Xã tổ chức 48 cuộc tiếp xúc cử tri ở các thôn, tăng 20% so với năm 2023 (43 cuộc).")]
    public void Is_silent_on_a_longer_phrase_unless_its_first_word_is_repeated_and_the_change_is_wrong(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5015"));

    [Fact]
    public void Reads_the_earlier_figure_after_a_short_period_label_in_the_parentheses()
    {
        const string text = "Kim ngạch nhập khẩu ước đạt 4,14 tỷ USD, tăng 12,4% so với cùng kỳ (9 tháng năm 2024 đạt 3,6 tỷ USD).";
        var diagnostic = Single(text, "RL5015", "12,4");
        Assert.Equal("Từ 3,6 đến 4,14 là tăng 15,0%, không phải tăng 12,4%", Vi(diagnostic));
        Assert.Equal("From 3,6 to 4,14 is an increase of 15,0%, not an increase of 12,4%", En(diagnostic));
        Assert.Equal(text.Replace("12,4%", "15,0%", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Doanh thu du lịch đạt 520 tỷ đồng, tăng 20 tỷ đồng so với năm trước (năm 2024 là 480 tỷ đồng).", "20", "Từ 480 đến 520 là tăng 40, không phải tăng 20", "tăng")]
    [InlineData("Kim ngạch xuất khẩu đạt 2,5 tỷ USD, giảm 5% so với cùng kỳ (cùng kỳ: 2,4 tỷ USD).", "5", "Từ 2,4 đến 2,5 là tăng 4%, không phải giảm 5%", "giảm")]
    public void Reads_other_period_labels(string text, string stated, string message, string? from = null) =>
        Assert.Equal(message, Vi(Single(text, "RL5015", stated, from)));

    [Fact]
    public void Reads_the_change_after_the_figure_s_share_of_its_whole()
    {
        const string text = "Cuối kỳ, toàn xã còn 215 hộ cận nghèo, chiếm 3,2% tổng số hộ, giảm 58 hộ so với đầu kỳ (263 hộ).";
        var diagnostic = Single(text, "RL5015", "58");
        Assert.Equal("Từ 263 đến 215 là giảm 48, không phải giảm 58", Vi(diagnostic));
        Assert.Equal("From 263 to 215 is a decrease of 48, not a decrease of 58", En(diagnostic));
        Assert.Equal(text.Replace("giảm 58", "giảm 48", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Cuối kỳ, toàn xã còn 215 hộ cận nghèo, chiếm 3,2% tổng số hộ, giảm 48 hộ so với đầu kỳ (263 hộ).")]
    // A share with a figure of its own (`trên 6.700 hộ`) is no plain share: the clause is not read through.
    [InlineData("Cuối kỳ, toàn xã còn 215 hộ cận nghèo, chiếm 3,2% trên 6.700 hộ, giảm 58 hộ so với đầu kỳ (263 hộ).")]
    public void Is_silent_on_a_right_change_after_a_share_or_a_share_with_figures(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5015"));
}
