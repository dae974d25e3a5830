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
    public void Reads_the_earlier_figure_after_a_dated_point_of_comparison()
    {
        const string text = "Tổng số hội viên đến ngày 31/5/2026 là 24.860 người, tăng 390 hội viên so với thời điểm 31/12/2025 (24.551 hội viên).";
        var diagnostic = Single(text, "RL5015", "390");
        Assert.Equal("Từ 24.551 đến 24.860 là tăng 309, không phải tăng 390", Vi(diagnostic));
        Assert.Equal(text.Replace("390", "309", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Kết nạp 14 đảng viên mới, đạt 116,67% chỉ tiêu nghị quyết giao (12 đảng viên), tăng 5 đảng viên so với năm 2025 (10 đảng viên).", "5", "Từ 10 đến 14 là tăng 4, không phải tăng 5")]
    [InlineData("Toàn huyện có 312 mô hình “Dân vận khéo” được công nhận, tăng 18 mô hình so với cuối năm 2025 (287 mô hình).", "18", "Từ 287 đến 312 là tăng 25, không phải tăng 18")]
    [InlineData("Thu ngân sách đạt 1.250 tỷ đồng, vượt 4,17% dự toán, tăng 12,5% so với năm 2025 (1.100 tỷ đồng).", "12,5", "Từ 1.100 đến 1.250 là tăng 13,6%, không phải tăng 12,5%")]
    public void Reads_the_change_after_a_named_figure_or_its_share_of_its_target(string text, string stated, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5015", stated)));

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
    [InlineData("Có 24.860 hội viên, tăng 309 hội viên so với thời điểm 31/12/2025 (24.551 hội viên).")]
    [InlineData("Kết nạp 14 đảng viên mới, đạt 116,67% chỉ tiêu (12 đảng viên), tăng 4 đảng viên so với năm 2025 (10 đảng viên).")]
    [InlineData("Toàn huyện có 312 mô hình “Dân vận khéo” được công nhận, tăng 25 mô hình so với cuối năm 2025 (287 mô hình).")]
    [InlineData("Có 312 mô hình “Dân vận khéo”, tăng 18 xã so với cuối năm 2025 (287 xã).")] // the change counts something else
    [InlineData("Có 24.860 hội viên, tăng 309 hội viên so với tháng 12/2025 (24.551 hội viên).")]
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
    public void Reads_a_longer_noun_phrase_whose_words_a_comma_joins()
    {
        const string text = "Đến cuối năm, cả phường có 742 hộ hội viên chăn nuôi, trồng trọt giỏi, tăng 131 hộ so với năm 2021 (598 hộ).";
        var diagnostic = Single(text, "RL5015", "131");
        Assert.Equal("Từ 598 đến 742 là tăng 144, không phải tăng 131", Vi(diagnostic));
        Assert.Equal(text.Replace("tăng 131 hộ", "tăng 144 hộ", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Đến cuối năm, cả phường có 742 hộ hội viên chăn nuôi, trồng trọt giỏi, tăng 144 hộ so với năm 2021 (598 hộ).")]
    [InlineData("Huyện còn 274 hộ nghèo, cận nghèo, giảm 41 hộ so với năm 2023 (315 hộ).")]
    // A comma that opens a part, a remark or another clause ends the phrase: the change is not read against the figure.
    [InlineData("Huyện còn 274 hộ nghèo, trong đó nhiều hộ neo đơn, giảm 30 hộ so với năm 2023 (315 hộ).")]
    [InlineData("Huyện còn 274 hộ nghèo, nhưng số hộ thoát nghèo bền vững thấp, giảm 30 hộ so với năm 2023 (315 hộ).")]
    [InlineData("Phường có 742 hộ hội viên chăn nuôi, trồng trọt giỏi, tăng 126 lượt so với năm 2021 (598 lượt).")] // the phrase's word is not repeated
    public void Is_silent_on_a_phrase_joined_by_a_comma_that_matches_or_is_not_read(string text) =>
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

public class ChangePercentOfEarlierFigureTests
{
    [Fact]
    public void Reports_a_percentage_of_a_change_taken_over_the_current_figure()
    {
        // 9 of 60 is 15,00%; 9 of 51 (the current figure) is the slip.
        const string text = "Số vụ cháy rừng giảm 9 vụ (17,65%) so với năm 2024 (60 vụ).";
        var diagnostic = Single(text, "RL5015", "17,65");
        Assert.Equal("Từ 60 đến 51 là giảm 15,00%, không phải giảm 17,65% (tỷ lệ tính trên số liệu so sánh 60)", Vi(diagnostic));
        Assert.Equal("From 60 to 51 is a decrease of 15,00%, not a decrease of 17,65% (the percentage is of the earlier figure, 60)", En(diagnostic));
        Assert.Equal(text.Replace("17,65%", "15,00%", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Phát hiện 64 vụ buôn lậu, tăng 14 vụ (20,00%) so với cùng kỳ (50 vụ).", "20,00", "Từ 50 đến 64 là tăng 28,00%, không phải tăng 20,00% (tỷ lệ tính trên số liệu so sánh 50)")]
    [InlineData("Số hộ tái nghèo tăng 6 hộ (tăng 30%) so với năm trước (24).", "30", "Từ 24 đến 30 là tăng 25%, không phải tăng 30% (tỷ lệ tính trên số liệu so sánh 24)")]
    public void Reads_the_percentage_against_the_earlier_figure_with_or_without_the_current_one(string text, string stated, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5015", stated)));

    [Fact]
    public void Checks_the_count_and_its_percentage_separately()
    {
        // 64 − 50 = 14 (the count is right), 14 of 50 = 28%.
        const string text = "Phát hiện 64 vụ buôn lậu, tăng 14 vụ (23%) so với cùng kỳ (50 vụ).";
        var diagnostic = Single(text, "RL5015", "23");
        Assert.Equal("Phát hiện 64 vụ buôn lậu, tăng 14 vụ (28%) so với cùng kỳ (50 vụ).", Fixed(text, diagnostic));
        const string wrongCount = "Phát hiện 64 vụ buôn lậu, tăng 12 vụ (24%) so với cùng kỳ (50 vụ).";
        Assert.Equal("Từ 50 đến 64 là tăng 14, không phải tăng 12", Vi(Single(wrongCount, "RL5015", "12")));
    }

    [Theory]
    [InlineData("Số vụ cháy rừng giảm 9 vụ (15%) so với năm 2024 (60 vụ).")]
    [InlineData("Số vụ cháy rừng giảm 9 vụ (15,00%) so với năm 2024 (60 vụ).")]
    [InlineData("Phát hiện 64 vụ buôn lậu, tăng 14 vụ (28%) so với cùng kỳ (50 vụ).")]
    [InlineData("Số vụ tăng 7 vụ (12,06%) so với năm 2024 (58 vụ).")] // 12,068…: cut to the decimals written
    [InlineData("Số vụ tăng 7 vụ (12,07%) so với năm 2024 (58 vụ).")] // rounded
    [InlineData("Số hộ nghèo giảm 45 hộ (0,52%) so với năm 2024 (310 hộ).")] // the rate's fall in points: far from 14,5%
    [InlineData("Số xã đạt chuẩn tăng 5 xã (10%) so với kế hoạch (50 xã).")] // against a target, right
    [InlineData("Số vụ giảm 9 vụ (17,65%) so với năm 2024 (60 đối tượng).")] // another noun in the parentheses
    [InlineData("Số vụ tăng 2 lần (100%) so với năm 2024 (30).")]
    [InlineData("Số vụ giảm 9 vụ (17,65%) so với cùng kỳ (2024).")] // a year, not a figure
    [InlineData("Số vụ giảm 9 vụ (17,65 điểm phần trăm) so với năm 2024 (60 vụ).")]
    public void Is_silent_on_a_right_percentage_or_one_of_another_kind(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));
}

public class ComparedListTests
{
    private const string Wrong = "Trong năm, toàn tỉnh xảy ra 52 vụ đuối nước, làm chết 40 người, bị thương 18 người; so với năm 2024 "
        + "(60 vụ, 45 người chết, 12 người bị thương) giảm 8 vụ (13,33%), giảm 5 người chết (11,11%), giảm 6 người bị thương (50%).";

    [Fact]
    public void Turns_a_change_whose_current_figure_went_the_other_way()
    {
        var diagnostic = Single(Wrong, "RL5015", "6", "giảm 6");
        Assert.Equal("Từ 12 đến 18 là tăng 6, không phải giảm 6", Vi(diagnostic));
        Assert.Equal("From 12 to 18 is an increase of 6, not a decrease of 6", En(diagnostic));
        Assert.Equal(Wrong.Replace("giảm 6 người", "tăng 6 người", StringComparison.Ordinal), Fixed(Wrong, diagnostic));
    }

    [Fact]
    public void Matches_each_change_to_its_earlier_figure_by_its_noun()
    {
        // In another order: the deaths are 45 → 40 (5, 11,11%), the cases 60 → 52 (8, 13,33%); the cases' 15% is wrong.
        const string text = "Xảy ra 52 vụ đuối nước, làm chết 40 người; so với năm 2024 (60 vụ, 45 người chết) giảm 5 người chết (11,11%), giảm 8 vụ (15%).";
        var diagnostic = Single(text, "RL5015", "15", "(15");
        Assert.Equal("Từ 60 đến 52 là giảm 13%, không phải giảm 15% (tỷ lệ tính trên số liệu so sánh 60)", Vi(diagnostic));
        const string count = "Xảy ra 52 vụ đuối nước, làm chết 40 người; so với năm 2024 (60 vụ, 45 người chết) giảm 8 vụ, giảm 4 người chết.";
        Assert.Equal("Từ 45 đến 40 là giảm 5, không phải giảm 4", Vi(Single(count, "RL5015", "4", "giảm 4")));
    }

    [Fact]
    public void Checks_the_percentages_when_the_current_figures_are_not_in_the_clause()
    {
        const string text = "Tai nạn giảm mạnh. So với năm 2024 (60 vụ, 45 người chết) thì giảm 8 vụ (13,33%), giảm 5 người chết (12,5%).";
        Assert.Equal("Từ 45 đến 40 là giảm 11,1%, không phải giảm 12,5% (tỷ lệ tính trên số liệu so sánh 45)", Vi(Single(text, "RL5015", "12,5")));
    }

    [Theory]
    [InlineData("Trong năm, toàn tỉnh xảy ra 52 vụ đuối nước, làm chết 40 người, bị thương 18 người; so với năm 2024 (60 vụ, 45 người chết, 12 người bị thương) giảm 8 vụ (13,33%), giảm 5 người chết (11,11%), tăng 6 người bị thương (50%).")]
    [InlineData("Xảy ra 52 vụ, tăng 3 vụ; so với năm 2024 (60 vụ, 45 người chết) giảm 9 vụ.")] // the clause compares on its own
    [InlineData("Xảy ra 52 vụ, 40 người chết và 7 người mất tích; so với năm 2024 (60 vụ, 45 người chết) giảm 9 vụ.")] // not one figure per item
    [InlineData("Xảy ra 52 vụ (chiếm 30%); so với năm 2024 (60 vụ) giảm 9 vụ.")] // a percentage among the figures
    [InlineData("So với năm 2024 (60 vụ, 45 người) giảm 8 vụ, giảm 5 người so với kế hoạch.")] // a comparison of its own
    [InlineData("So với năm 2024 (45 người chết, 12 người bị thương) giảm 5 người (11,11%).")] // no one noun fits
    public void Is_silent_on_right_lists_or_lists_it_cannot_pair(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));
}

public class ChangePercentOfCurrentFigureTests
{
    [Fact]
    public void Reports_a_percentage_over_the_current_figure_when_no_earlier_one_is_written()
    {
        // 51 cases after a fall of 9: the earlier figure was 60, and 9 of 60 is 15,00%.
        const string text = "Năm nay xảy ra 51 vụ cháy rừng, giảm 9 vụ (17,65%) so với cùng kỳ.";
        var diagnostic = Single(text, "RL5015", "17,65");
        Assert.Equal("Từ 60 đến 51 là giảm 15,00%, không phải giảm 17,65% (tỷ lệ tính trên số liệu so sánh 60)", Vi(diagnostic));
        Assert.Equal(text.Replace("17,65%", "15,00%", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Năm nay xảy ra 51 vụ cháy rừng, giảm 9 vụ (15%) so với cùng kỳ.")]
    [InlineData("Toàn Đảng bộ có 1.245 đảng viên, tăng 64 đảng viên (5,42%).")]
    [InlineData("Năm nay xảy ra 51 vụ cháy rừng, giảm 9 người (17,65%).")] // another noun
    public void Is_silent_when_right_or_not_one_measure(string text) => Assert.Empty(RuleTester.Lint(text, "RL5015"));

    [Fact]
    public void An_earlier_figure_written_in_the_comparison_is_the_one_read()
    {
        // 51 + 9 = 60 here too; the finding comes once, from the earlier figure written.
        const string text = "Xảy ra 51 vụ, giảm 9 vụ (17,65%) so với năm 2024 (60 vụ).";
        Single(text, "RL5015", "17,65");
    }
}
