using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class PercentageMismatchTests
{
    [Fact]
    public void Reports_a_percentage_that_does_not_match_its_ratio()
    {
        const string text = "Năm nay có 312/450 chi bộ được xếp loại hoàn thành tốt nhiệm vụ (đạt 68,33%).";
        var diagnostic = Findings.Single(text, "RL5001", "68,33%");
        Assert.Equal("Tỷ lệ 68,33% không khớp với 312/450 = 69,33%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 68,33% does not match 312/450 = 69,33%", Findings.En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("68,33%", "69,33%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Links_a_subset_to_the_whole_of_the_ratio_before_it()
    {
        const string text = "Toàn huyện có 1.204/1.350 đảng viên hoàn thành tốt nhiệm vụ, trong đó có 215 đảng viên hoàn thành xuất sắc nhiệm vụ, chiếm 16,10%.";
        var diagnostic = Findings.Single(text, "RL5001", "16,10%");
        // 16,10% is a slip of a few tenths from 15,93%: the far reading (17,86%) is not offered.
        Assert.Equal("Tỷ lệ 16,10% không khớp với 215/1.350 = 15,93%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 16,10% does not match 215/1.350 = 15,93%", Findings.En(diagnostic));
        Assert.Single(diagnostic.Fixes);
        Assert.Contains("15,93%", Findings.Fixed(text, diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_first_the_reading_nearer_the_stated_percentage_and_offers_both()
    {
        // 12 of the 45 that qualified (26,67%) or of all 52 (23,08%): neither gives 28,08%.
        const string text = "Có 45/52 xã đạt chuẩn nông thôn mới, trong đó 12 xã miền núi, chiếm 28,08%.";
        var diagnostic = Findings.Single(text, "RL5001", "28,08%");
        Assert.Equal("Tỷ lệ 28,08% không khớp với 12/45 = 26,67% hay 12/52 = 23,08%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 28,08% does not match 12/45 = 26,67% or 12/52 = 23,08%", Findings.En(diagnostic));
        Assert.Equal(["26,67", "23,08"], diagnostic.Fixes.Select(f => f.Edits[0].NewText));
        Assert.Equal(["Sửa thành 26,67% (12/45)", "Sửa thành 23,08% (12/52)"], diagnostic.Fixes.Select(f => f.Title.Vi));
        Assert.All(diagnostic.Fixes, f => Assert.Equal(FixSafety.Unsafe, f.Safety));
        Assert.Equal(text.Replace("28,08%", "26,67%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void A_clause_after_a_semicolon_that_opens_with_trong_do_keeps_the_ratio_before_it()
    {
        const string text = "Kết quả: có 298/312 đảng viên được xếp loại hoàn thành nhiệm vụ trở lên, đạt 95,51%; "
            + "trong đó có 47 đảng viên hoàn thành xuất sắc nhiệm vụ, chiếm 16,77%.";
        var diagnostic = Findings.Single(text, "RL5001", "16,77%");
        Assert.Equal("Tỷ lệ 16,77% không khớp với 47/298 = 15,77% hay 47/312 = 15,06%", Findings.Vi(diagnostic));
        Assert.Equal(["15,77", "15,06"], diagnostic.Fixes.Select(f => f.Edits[0].NewText));
    }

    [Fact]
    public void A_clause_after_a_semicolon_that_opens_with_trong_so_do_keeps_the_count_before_it()
    {
        const string text = "Toàn huyện có 48 chi bộ; trong số đó có 12 chi bộ đạt trong sạch, vững mạnh, chiếm 30%.";
        var diagnostic = Findings.Single(text, "RL5001", "30%");
        Assert.Equal("Tỷ lệ 30% không khớp với 12/48 = 25%", Findings.Vi(diagnostic));
        Assert.Single(diagnostic.Fixes);
    }

    [Fact]
    public void A_part_named_after_trong_do_matches_the_head_noun_of_the_ratio_unit()
    {
        const string text = "Có 3.751/5.010 hộ tham gia bảo hiểm y tế, trong đó 875 hộ cận nghèo, chiếm 18,48%.";
        var diagnostic = Findings.Single(text, "RL5001", "18,48%");
        Assert.Equal("Tỷ lệ 18,48% không khớp với 875/5.010 = 17,47% hay 875/3.751 = 23,33%", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("18,48%", "17,47%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Toàn huyện có 48 chi bộ, trong đó kết luận 12 chi bộ đạt trong sạch, vững mạnh, chiếm 30%.", "12/48")] // words after trong đó
    [InlineData("Toàn huyện có 48 chi bộ, trong đó, 12 chi bộ đạt trong sạch, vững mạnh, chiếm 30%.", "12/48")]
    [InlineData("Trong số 48 chi bộ được khảo sát, có 12 chi bộ đạt trong sạch, vững mạnh, chiếm 30%.", "12/48")]
    [InlineData("Tổng số 48 chi bộ, trong đó 12 chi bộ đạt trong sạch, vững mạnh, chiếm 30%.", "12/48")]
    [InlineData("Có 120 hộ đăng ký, trong đó 30 hộ được hỗ trợ vốn vay, chiếm 30%.", "30/120")] // the head noun hộ
    [InlineData("Trong tổng số 48 chi bộ được khảo sát, có 12 chi bộ đạt trong sạch, vững mạnh, chiếm 30%.", "12/48")]
    [InlineData("Toàn huyện có 48 chi bộ, trong đó 12 chi bộ đạt trong sạch, vững mạnh, chiếm 30% tổng số chi bộ.", "12/48")] // the whole named is the count's
    [InlineData("Cấp mới 48 dự án với tổng vốn đăng ký 4.350 tỷ đồng, trong đó 12 dự án có vốn nước ngoài, chiếm 30%.", "12/48")] // an amount between
    [InlineData("Ngân hàng giải ngân cho 48 hộ vay, trong đó có 12 hộ nghèo, chiếm 30% số hộ được vay.", "12/48")] // a kind of the whole's noun
    [InlineData("Trong tổng số 48 đảng viên, có 12 đồng chí được khen thưởng, chiếm 30%.", "12/48")] // đồng chí counts the đảng viên
    public void Links_a_part_to_the_whole_named_by_trong_do_trong_so_or_tong_so(string text, string ratio)
    {
        var diagnostic = Findings.Single(text, "RL5001", "30%");
        Assert.Equal($"Tỷ lệ 30% không khớp với {ratio} = 25%", Findings.Vi(diagnostic));
        Assert.Equal($"The percentage 30% does not match {ratio} = 25%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("30%", "25%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Links_a_subset_to_the_count_before_trong_do()
    {
        const string text = "Huyện có 48 chi bộ, trong đó 12 chi bộ đạt trong sạch, vững mạnh (chiếm 30%).";
        var diagnostic = Findings.Single(text, "RL5001", "30%");
        Assert.Equal("Tỷ lệ 30% không khớp với 12/48 = 25%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reads_a_rate_stated_after_ty_le()
    {
        const string text = "Có 312/450 chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ đạt 68%.";
        var diagnostic = Findings.Single(text, "RL5001", "68%");
        Assert.Equal("Tỷ lệ 68% không khớp với 312/450 = 69%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Each_clause_has_its_own_figures()
    {
        const string text = "Có 40/50 xã đạt chuẩn, chiếm 80%; 7/9 thị trấn đạt chuẩn, chiếm 80%.";
        var diagnostic = Findings.Single(text, "RL5001", "80%", from: "; ");
        Assert.Equal("Tỷ lệ 80% không khớp với 7/9 = 78%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reads_the_ratio_in_parentheses_after_the_percentage()
    {
        const string text = "Tỷ lệ đảng viên tham gia học tập nghị quyết đạt 95,6% (2.316/2.400 đồng chí), cao hơn năm trước.";
        var diagnostic = Findings.Single(text, "RL5001", "95,6%");
        Assert.Equal("Tỷ lệ 95,6% không khớp với 2.316/2.400 = 96,5%", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("95,6%", "96,5%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void A_ratio_before_the_percentage_wins_over_one_after_it()
    {
        const string text = "Có 312/450 chi bộ hoàn thành tốt nhiệm vụ (đạt 68,33% (45/50 xã)).";
        var diagnostic = Findings.Single(text, "RL5001", "68,33%");
        Assert.Equal("Tỷ lệ 68,33% không khớp với 312/450 = 69,33%", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Tỷ lệ đảng viên tham gia học tập đạt 96,5% (2.316/2.400 đồng chí).")]
    [InlineData("Tỷ lệ đảng viên tham gia học tập đạt 96,5 % (2.316/2.400 đồng chí).")]
    [InlineData("Số đảng viên tham gia học tập chiếm 96% (2.316/2.400).")]
    [InlineData("Thu ngân sách tăng 12% (1.120/1.000 tỷ đồng).")] // a growth, not a share
    [InlineData("Thu ngân sách đạt 112% kế hoạch (1.120/1.000 tỷ đồng).")] // against a target
    [InlineData("Tỷ lệ hộ nghèo giảm còn 2,5% (năm 2024 là 3,1%).")] // no ratio in the parentheses
    [InlineData("Tỷ lệ học tập đạt 96% (ngày 12/10 có thêm 20 đồng chí).")] // the parentheses open with a word
    [InlineData("Có 312/450 chi bộ (đạt 69,33%) hoàn thành tốt nhiệm vụ.")]
    [InlineData("Có 312/450 chi bộ (đạt 69,3%) hoàn thành tốt nhiệm vụ.")]
    [InlineData("Có 312/450 chi bộ (69%) hoàn thành tốt nhiệm vụ.")]
    [InlineData("Có 312/450 chi bộ hoàn thành tốt nhiệm vụ, đạt tỷ lệ 69,333%.")]
    [InlineData("Có 312/450 chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ đạt 69,33%.")]
    [InlineData("Có 2/3 chi bộ hoàn thành, chiếm 66,66%.")] // truncated rather than rounded
    [InlineData("Có 1.204/1.350 đảng viên hoàn thành tốt nhiệm vụ, trong đó 215 đảng viên hoàn thành xuất sắc, chiếm 15,93%.")]
    [InlineData("Có 535/692 tổ chức hoàn thành tốt nhiệm vụ, trong đó 133 tổ chức hoàn thành xuất sắc, chiếm 24,86%.")] // share of the numerator
    [InlineData("Có 3.751/5.010 chi bộ hoàn thành tốt, trong đó có 875 đảng viên đạt danh hiệu, chiếm 17,48%.")] // other unit
    [InlineData("Có 312/450 chi bộ hoàn thành, tăng 5% so với năm trước.")] // a growth, not a share
    [InlineData("Có 312/450 chi bộ hoàn thành, đạt khoảng 70%.")] // approximate
    [InlineData("Có 312/450 chi bộ hoàn thành; năm trước tỷ lệ này chiếm 60%.")] // another clause
    [InlineData("Trong 6 tháng, kế hoạch đạt 80%.")]
    [InlineData("Có 45/50 xã đạt chuẩn nông thôn mới, tỷ lệ che phủ rừng đạt 42%.")] // another rate
    [InlineData("Có 45/50 xã đạt chuẩn (90%), đạt 100% kế hoạch năm.")] // against a target
    [InlineData("Có 45/50 xã đạt chuẩn, bằng 120% so với cùng kỳ.")]
    [InlineData("Có 0 chi bộ yếu kém, trong đó 0 chi bộ mới thành lập (chiếm 0%).")]
    [InlineData("Có 45/52 xã đạt chuẩn, trong đó 12 xã miền núi, chiếm 26,67%.")] // a share of the 45
    [InlineData("Có 45/52 xã đạt chuẩn, trong đó 12 xã miền núi, chiếm 23,08%.")] // a share of the 52
    [InlineData("Có 45/52 xã đạt chuẩn, 12 xã miền núi, chiếm 28,08%.")] // no trong đó: another figure, not a part
    [InlineData("Có 45/52 xã đạt chuẩn, trong đó 12 thôn, chiếm 28,08%.")] // another unit
    [InlineData("Có 45/52 xã đạt chuẩn, trong đó 12 xã viên, chiếm 28,08%.")] // xã viên is not a kind of xã
    [InlineData("Có 40/50 chi bộ hoàn thành tốt nhiệm vụ, trong đó 12 chi ủy được kiện toàn, chiếm 30%.")] // chi ủy is not chi bộ
    [InlineData("Có 298/312 đảng viên hoàn thành nhiệm vụ, đạt 95,51%; 47 đảng viên hoàn thành xuất sắc, chiếm 16,77%.")] // a new clause
    [InlineData("Phụ nữ dân tộc thiểu số có 9.124 người; trong đó 7.802 người là hội viên, chiếm 23,0% tổng số HVPN toàn huyện.")] // another whole, named
    [InlineData("Có 298/312 đảng viên hoàn thành nhiệm vụ, đạt 95,51%; trong đó có 47 đảng viên hoàn thành xuất sắc, chiếm 15,06%.")]
    [InlineData("Có 298/312 đảng viên hoàn thành nhiệm vụ; trong đó có 47 cán bộ, chiếm 16,77%.")] // another unit
    [InlineData("Toàn huyện có 120 chi bộ, trong đó có 45 chi bộ nông thôn, chiếm 37,5%.")]
    [InlineData("Ngân hàng giải ngân cho 48 hộ vay, trong đó có 12 hộ nghèo, chiếm 25% số hộ được vay.")]
    [InlineData("Trong tổng số 48 đảng viên, có 12 đồng chí được khen thưởng, chiếm 25%.")]
    [InlineData("Có 48 đoàn tham gia, trong đó 12 đoàn viên nữ, chiếm 30%.")] // a member is no kind of its body
    [InlineData("Kết nạp được 186 đảng viên, đạt 103,33% chỉ tiêu (180 đảng viên); trong đó có 39 đảng viên nữ, chiếm 20,97%.")] // a target in parentheses
    public void Is_silent_on_matching_or_unlinked_percentages(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void Reads_an_amount_against_its_target_in_parentheses()
    {
        const string text = "Thu ngân sách đạt 21.480,0 triệu đồng, đạt 89,52% dự toán (25.000 triệu đồng).";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5001"));
        Assert.Equal((text.IndexOf("89,52", StringComparison.Ordinal), 5), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Tỷ lệ 89,52% không khớp với 21.480,0/25.000 = 85,92%", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace("89,52%", "85,92%", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Thu ngân sách đạt 21.480,0 triệu đồng, đạt 85,92% dự toán (25.000 triệu đồng).")]
    [InlineData("Chi đầu tư 12,5 tỷ đồng, bằng 104,2% kế hoạch năm (12 tỷ đồng).")]
    [InlineData("Thu 21.480 triệu đồng, đạt 89,52% dự toán (25.000 tỷ đồng).")] // another unit: not the whole
    public void Is_silent_on_right_shares_of_a_target(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void Reads_a_ratio_of_result_and_target_in_parentheses_after_the_target()
    {
        const string text = "Toàn xã cấp 36 sổ đỏ, đạt 80% kế hoạch của Ủy ban nhân dân huyện (36/40 sổ).";
        var diagnostic = Findings.Single(text, "RL5001", "80");
        Assert.Equal("Tỷ lệ 80% không khớp với 36/40 = 90%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 80% does not match 36/40 = 90%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("80%", "90%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Toàn xã cấp 35 sổ đỏ, đạt 87,5% kế hoạch của Ủy ban nhân dân huyện (35/40 sổ).")]
    [InlineData("Hoàn thành 100% chỉ tiêu tuyển quân năm nay (27/27 thanh niên).")]
    [InlineData("Kết nạp 23 đảng viên, đạt 115% chỉ tiêu Nghị quyết Đại hội (23/20 đảng viên).")]
    [InlineData("Xã hoàn thành vượt chỉ tiêu giao quân (18/15 thanh niên).")] // no percentage to check
    public void Is_silent_on_ratios_against_a_target_that_match(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void A_percentage_is_paired_with_the_ratio_in_parentheses_right_after_it_not_with_the_one_before()
    {
        // Each share carries its own ratio: 40,48% is 17/42 (right), not 15/42; only 52,38% is wrong (20/42 = 47,62%).
        const string text = "Tổ công tác có 42 thành viên, trong đó nữ chiếm 35,71% (15/42), người dưới 35 tuổi chiếm 40,48% (17/42), "
            + "người có trình độ thạc sĩ chiếm 52,38% (20/42).";
        var diagnostic = Findings.Single(text, "RL5001", "52,38%");
        Assert.Equal("Tỷ lệ 52,38% không khớp với 20/42 = 47,62%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 52,38% does not match 20/42 = 47,62%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("52,38%", "47,62%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void The_ratio_after_a_percentage_wins_over_a_ratio_before_it_that_does_not_agree()
    {
        const string text = "Có 30/40 hộ được khảo sát, số hộ có việc làm ổn định chiếm 62% (24/40).";
        var diagnostic = Findings.Single(text, "RL5001", "62%");
        Assert.Equal("Tỷ lệ 62% không khớp với 24/40 = 60%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void A_level_is_no_count_the_ratio_before_it_is_the_share()
    {
        const string text = "Có 3.126/4.210 người được kích hoạt tài khoản định danh điện tử mức độ 2 (đạt 72,25%).";
        var diagnostic = Findings.Single(text, "RL5001", "72,25%");
        Assert.Equal("Tỷ lệ 72,25% không khớp với 3.126/4.210 = 74,25%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void A_ratio_right_after_a_percentage_makes_it_a_share_whatever_the_word_before()
    {
        const string text = "Đến cuối năm, tỷ lệ hộ nghèo của xã giảm xuống còn 3,12% (52/1.876 hộ).";
        var diagnostic = Findings.Single(text, "RL5001", "3,12%");
        Assert.Equal("Tỷ lệ 3,12% không khớp với 52/1.876 = 2,77%", Findings.Vi(diagnostic));
        Assert.Empty(RuleTester.Lint("Đến cuối năm, tỷ lệ hộ nghèo của xã giảm xuống còn 2,77% (52/1.876 hộ).", "RL5001"));
        Assert.Empty(RuleTester.Lint("Đến cuối năm, tỷ lệ hộ nghèo của xã giảm xuống còn khoảng 3% (52/1.876 hộ).", "RL5001"));
    }

    [Theory]
    [InlineData("Tổ công tác có 42 thành viên, trong đó nữ chiếm 35,71% (15/42), người dưới 35 tuổi chiếm 40,48% (17/42).")]
    [InlineData("Tổ công tác có 42 thành viên: nữ chiếm 35,71% (15/42); người dưới 35 tuổi chiếm 40,48% (17/42).")]
    [InlineData("Nữ chiếm 35,71% (15 người), người dưới 35 tuổi chiếm 40,48% (17 người).")] // a count in parentheses is its share's own
    [InlineData("Có 30/40 hộ được khảo sát, số hộ có việc làm ổn định chiếm 60% (24/40).")]
    [InlineData("Có 312/450 chi bộ hoàn thành tốt nhiệm vụ, đạt 69,33% (300/450 năm trước).")] // the ratio before agrees
    public void Is_silent_on_shares_that_match_their_own_ratio(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Theory]
    [InlineData("Vốn đầu tư công đã giải ngân 24,5/156,2 tỷ đồng, đạt 17,5%.", "17,5%", "24,5/156,2 = 15,7%")]
    [InlineData("Vốn đầu tư công đã giải ngân 1.286,4/5.150 tỷ đồng, đạt 27,3%.", "27,3%", "1.286,4/5.150 = 25,0%")]
    [InlineData("Diện tích đã thu hoạch 312/450,5 ha, chiếm 70%.", "70%", "312/450,5 = 69%")]
    [InlineData("Tỷ lệ giải ngân đạt 17,5% (24,5/156,2 tỷ đồng).", "17,5%", "24,5/156,2 = 15,7%")]
    [InlineData("Đến hết quý I, vốn đầu tư công đã giải ngân 1.286,4/5.150 tỷ đồng, đạt 27,3% kế hoạch.", "27,3%", "1.286,4/5.150 = 25,0%")] // an amount against its target
    [InlineData("Thu ngân sách được 960/1.200 tỷ đồng, bằng 85% dự toán.", "85%", "960/1.200 = 80%")]
    public void Reads_ratios_written_with_decimals(string text, string percent, string expected)
    {
        var diagnostic = Findings.Single(text, "RL5001", percent);
        Assert.Equal($"Tỷ lệ {percent} không khớp với {expected}", Findings.Vi(diagnostic));
        Assert.Equal($"The percentage {percent} does not match {expected}", Findings.En(diagnostic));
        var right = expected[(expected.IndexOf("= ", StringComparison.Ordinal) + 2)..];
        Assert.Equal(text.Replace(percent, right, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Vốn đầu tư công đã giải ngân 24,5/156,2 tỷ đồng, đạt 15,7%.")]
    [InlineData("Vốn đầu tư công đã giải ngân 1.286,4/5.150 tỷ đồng, đạt 24,98%.")]
    [InlineData("Vốn đầu tư công đã giải ngân 24,5/156,2 tỷ đồng, đạt 15,7% kế hoạch.")]
    [InlineData("Có 45/50 xã đạt chuẩn nông thôn mới, đạt 112% kế hoạch năm.")] // a count against a target: 50 is not the target
    [InlineData("Vốn đầu tư công đã giải ngân 24,5/156,2 tỷ đồng (đạt 17,5% kế hoạch vốn bổ sung).")] // a remark in parentheses
    [InlineData("Ngày 14/6, vốn đầu tư công đã giải ngân 24,5 tỷ đồng, đạt 17,5%.")] // a date
    [InlineData("Theo Nghị quyết số 12/2020, đã giải ngân 24,5 tỷ đồng, đạt 17,5%.")] // a document number
    [InlineData("Từ tháng 5/2020, đã giải ngân 24,5 tỷ đồng, đạt 17,5%.")]
    public void Is_silent_on_matching_decimal_ratios_and_on_dates(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void Reads_each_part_listed_after_trong_do_as_a_share_of_the_total_before_it()
    {
        // 41/186 is 22,04%: người and đồng chí count the đảng viên of the total.
        const string text = "Tổng số 186 đảng viên; trong đó: nữ 70 đồng chí (37,63%), người dân tộc thiểu số 41 đồng chí (24,04%), "
            + "trình độ đại học 120 đồng chí (64,52%).";
        var diagnostic = Findings.Single(text, "RL5001", "24,04%");
        Assert.Equal("Tỷ lệ 24,04% không khớp với 41/186 = 22,04%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 24,04% does not match 41/186 = 22,04%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("24,04%", "22,04%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Chi bộ có 48 đảng viên, trong đó 12 đảng viên nữ (25%), 18 đảng viên dưới 35 tuổi (40%).", "40%", "18/48 = 38%")]
    [InlineData("Tổng số 186 đảng viên; trong đó: nữ 70 người (37,63%); dân tộc thiểu số 41 người (24,04%).", "24,04%", "41/186 = 22,04%")]
    [InlineData("Toàn huyện có 48 chi bộ, trong đó 12 chi bộ đạt trong sạch, vững mạnh, chiếm 25%, 30 chi bộ hoàn thành tốt, chiếm 60%.", "60%", "30/48 = 63%")]
    public void Reads_later_items_of_a_list_after_trong_do(string text, string percent, string expected)
    {
        var diagnostic = Findings.Single(text, "RL5001", percent);
        Assert.Equal($"Tỷ lệ {percent} không khớp với {expected}", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Tổng số 186 đảng viên; trong đó: nữ 70 đồng chí (37,63%), người dân tộc thiểu số 41 đồng chí (22,04%).")]
    [InlineData("Tổng số 186 đảng viên, trong đó nữ 70 đồng chí (37,63%), người dân tộc thiểu số 41 đồng chí (22,04%).")]
    [InlineData("Đảng bộ có 12 chi bộ với 186 đảng viên; trong đó: nữ 70 đồng chí (37,63%), dân tộc thiểu số 41 đồng chí (22,04%).")]
    [InlineData("Có 186 đảng viên và 400 cán bộ; trong đó: nữ 70 đồng chí (37,63%), dân tộc thiểu số 41 đồng chí (24,04%).")] // two totals of people
    [InlineData("Tổng số 186 đảng viên; trong đó: nữ 70 đồng chí (37,63%), tăng 12 đồng chí (8,22%) so với năm trước.")] // a change, not a part
    [InlineData("Tổng số 186 đảng viên; trong đó: nữ 70 đồng chí (37,63%); năm nay kết nạp 12 hộ (24,04%).")] // another kind
    [InlineData("Tổng số 186 đảng viên, 70 đồng chí là nữ (chiếm 40%).")] // no trong đó: not stated as a part
    public void Is_silent_on_right_or_unlinkable_parts_of_a_total(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void A_later_item_of_a_list_is_read_against_the_total_when_it_is_no_share_of_the_item_before()
    {
        // 20 of the 25 valid files would be 80%, of all 40 files 50%: 70% is neither, and the list's total names it.
        const string text = "Hội đồng nhận 40 hồ sơ, trong đó 25 hồ sơ hợp lệ, 20 hồ sơ được chấp thuận (70%).";
        var diagnostic = Findings.Single(text, "RL5001", "70%");
        Assert.Equal("Tỷ lệ 70% không khớp với 20/40 = 50%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 70% does not match 20/40 = 50%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("70%", "50%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Hội đồng nhận 40 hồ sơ, trong đó 25 hồ sơ hợp lệ, 20 hồ sơ được chấp thuận (80%).")] // a part of the 25
    [InlineData("Hội đồng nhận 40 hồ sơ, trong đó 25 hồ sơ hợp lệ, 20 hồ sơ được chấp thuận (50%).")] // a part of the 40
    [InlineData("Hội đồng nhận 40 hồ sơ, trong đó 25 hồ sơ hợp lệ, đã chấp thuận 20 hồ sơ (đạt 70%).")] // another statement
    [InlineData("Hội đồng nhận 40 hồ sơ, trong đó 25 hồ sơ hợp lệ, bình quân 20 hồ sơ (70%) mỗi đợt.")] // not a part
    public void Is_silent_on_later_items_that_are_not_plain_parts_of_the_total(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void A_change_is_not_the_whole_of_a_later_part()
    {
        // 205/538 = 38,10%: the 47 after `tăng` is the growth of the 538, not the whole of the women members.
        const string text = "Hiện nay, Đảng bộ xã có 538 đảng viên, tăng 47 đảng viên (9,57%) so với đầu nhiệm kỳ; trong đó đảng viên nữ 205 (36,10%).";
        var diagnostic = Findings.Single(text, "RL5001", "36,10%");
        Assert.Equal("Tỷ lệ 36,10% không khớp với 205/538 = 38,10%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 36,10% does not match 205/538 = 38,10%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("36,10%", "38,10%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Toàn xã có 274 hộ đăng ký tham gia, chiếm 72,4% trong tổng số 430 hộ.")]
    [InlineData("Toàn xã có 274 hộ đăng ký tham gia, chiếm 72,4% trên tổng số 430 hộ.")]
    [InlineData("Toàn xã có 274 hộ đăng ký tham gia, chiếm 72,4% tổng số 430 hộ.")]
    [InlineData("Toàn xã có 274 hộ đăng ký tham gia, chiếm 72,4% tổng số hộ (430 hộ).")]
    [InlineData("Toàn xã có 274 hộ đăng ký tham gia, chiếm 72,4% tổng số hộ dân (430 hộ).")]
    [InlineData("Thôn có 500 hộ, trong đó 274 hộ đăng ký tham gia, chiếm 72,4% trong tổng số 430 hộ nông nghiệp.")] // the named whole wins
    public void Reads_the_whole_named_after_the_share(string text)
    {
        var diagnostic = Findings.Single(text, "RL5001", "72,4%");
        Assert.Equal("Tỷ lệ 72,4% không khớp với 274/430 = 63,7%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 72,4% does not match 274/430 = 63,7%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("72,4%", "63,7%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    // `tổng số` alone is no total's name to the linker (TotalName): the count named after the share is the whole.
    [InlineData("Tổng số: 500 hộ; đến nay có 274 hộ tham gia mô hình, chiếm 63,7% trong tổng số 430 hộ.")]
    [InlineData("Tổng số là 500 hộ; năm nay có 274 hộ vay vốn, chiếm 63,7% tổng số 430 hộ nông nghiệp.")]
    public void Is_silent_on_a_share_of_the_count_named_after_it_past_an_earlier_tong_so(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Theory]
    [InlineData("Chi bộ thôn hiện có 32 đảng viên, trong đó: nữ 13 đồng chí, chiếm 40,63%; người dân tộc Tày 21 đồng chí, chiếm 61,25%.")]
    [InlineData("Chi bộ thôn hiện có 32 đảng viên; trong đó nữ 13 đồng chí, chiếm 40,63%; người dân tộc Tày 21 đồng chí, chiếm 61,25%.")]
    [InlineData("Chi bộ thôn hiện có 32 đảng viên (28 chính thức, 04 dự bị), trong đó nữ 13 đồng chí, chiếm 40,63%; người dân tộc Tày 21 đồng chí, chiếm 61,25%.")]
    public void An_item_after_a_semicolon_goes_on_with_a_list_of_shares(string text)
    {
        var diagnostic = Findings.Single(text, "RL5001", "61,25%");
        Assert.Equal("Tỷ lệ 61,25% không khớp với 21/32 = 65,63%", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("61,25%", "65,63%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Hiện nay, Đảng bộ xã có 538 đảng viên, tăng 47 đảng viên (9,57%) so với đầu nhiệm kỳ; trong đó đảng viên nữ 205 (38,10%).")]
    [InlineData("Đảng bộ có 538 đảng viên, giảm 12 đảng viên so với năm trước, trong đó nữ 205 đồng chí, chiếm 38,10%.")]
    [InlineData("Toàn xã có 274 hộ đăng ký tham gia, chiếm 63,7% trong tổng số 430 hộ.")]
    [InlineData("Toàn xã có 274 hộ đăng ký tham gia, chiếm 63,72% tổng số hộ (430 hộ).")]
    [InlineData("Có 274 hộ đăng ký, chiếm 72,4% tổng số 430 người.")] // another unit: not the whole of the households
    [InlineData("Có 274 hộ đăng ký, chiếm 72,4% tổng số hộ (năm 2023: 430 hộ).")] // the parenthesis says more than the whole
    [InlineData("Có 274 hộ đăng ký, chiếm 72,4% tổng số hộ (430 hộ, tăng 12 hộ).")]
    [InlineData("Có 274 hộ đăng ký, chiếm 72,4% so với tổng số 430 hộ năm trước.")] // against another figure
    [InlineData("Chi bộ thôn hiện có 32 đảng viên, trong đó: nữ 13 đồng chí, chiếm 40,63%; người dân tộc Tày 21 đồng chí, chiếm 65,63%.")]
    [InlineData("Chi bộ thôn hiện có 32 đảng viên; trong đó nữ 13 đồng chí, chiếm 40,63%; người dân tộc Tày 21 đồng chí, chiếm 65,63%.")]
    [InlineData("Chi bộ có 32 đảng viên, trong đó nữ 13 đồng chí; năm nay kết nạp 21 đồng chí, chiếm 61,25%.")] // the item had no share: the list ended
    [InlineData("Đảng bộ có 538 đảng viên, năm qua kết nạp thêm 47 đảng viên, trong đó nữ 20 đồng chí (42,55%).")] // an addition is a set: 20/47
    public void Is_silent_on_right_shares_of_a_named_or_listed_whole(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void Reads_a_whole_written_with_a_scale_word_against_a_part_in_full_digits()
    {
        const string text = "Năm 2025, sân bay đón 2,4 triệu lượt hành khách, tăng 11% so với năm trước, trong đó hành khách quốc tế đạt 180.000 lượt, "
            + "chiếm 9,5% tổng lượt khách.";
        var diagnostic = Findings.Single(text, "RL5001", "9,5%");
        Assert.Equal("Tỷ lệ 9,5% không khớp với 180.000/2,4 triệu = 7,5%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 9,5% does not match 180.000/2,4 triệu = 7,5%", Findings.En(diagnostic));
        Assert.Equal("Sửa thành 7,5% (180.000/2,4 triệu)", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(text.Replace("9,5%", "7,5%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void An_approximate_whole_still_shows_a_share_far_from_it()
    {
        const string text = "Lễ hội thu hút khoảng 1,2 triệu lượt khách, trong đó khách nước ngoài là 48.000 lượt, chiếm 6%.";
        var diagnostic = Findings.Single(text, "RL5001", "6%");
        Assert.Equal("Tỷ lệ 6% không khớp với 48.000/1,2 triệu = 4%", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Sân bay đón 2,4 triệu lượt hành khách, trong đó hành khách quốc tế đạt 180.000 lượt, chiếm 7,5%.")]
    [InlineData("Sân bay đón 2,4 triệu lượt hành khách, trong đó hành khách quốc tế đạt 180.000 lượt, chiếm 7,6%.")] // 2,4 triệu is rounded
    [InlineData("Xã có khoảng 120 hộ làm nghề, trong đó 30 hộ có giấy phép kinh doanh, chiếm 26%.")] // an approximate whole
    [InlineData("Sân bay đón 2,4 triệu lượt hành khách, trong đó chuyến bay quốc tế đạt 1.800 chuyến, chiếm 9,5%.")] // another noun
    public void Is_silent_on_shares_of_a_rounded_or_approximate_whole_that_agree_within_it(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Theory]
    // A percentage in parentheses after a comparison is the figure compared with.
    [InlineData("Toàn xã có 412/500 hộ tham gia bảo hiểm y tế, đạt 82,40% kế hoạch năm và thấp hơn cùng kỳ năm 2024 (85,10%).")]
    [InlineData("Có 45/60 trường đạt chuẩn quốc gia, đạt 75% chỉ tiêu, tăng 6,67 điểm phần trăm so với năm 2024 (68,33%).")]
    [InlineData("Có 312/450 chi bộ hoàn thành tốt nhiệm vụ, đạt 69,33%, cao hơn năm trước (65,10%).")]
    [InlineData("Có 412/500 hộ tham gia bảo hiểm y tế, thấp hơn cùng kỳ năm 2024 (85,10%).")] // the ratio has no percentage of its own
    // A ratio whose own percentage follows it is not the figure of a later percentage.
    [InlineData("Có 412/500 xã có điểm bưu điện văn hóa, đạt 82,40% kế hoạch, số điểm được nâng cấp đạt 95%.")]
    public void Is_silent_on_a_reference_percentage_after_a_ratio_with_its_own(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Fact]
    public void A_share_in_parentheses_after_a_count_following_a_comparison_is_still_read()
    {
        const string text = "Số hộ nghèo giảm mạnh so với năm trước còn 52/1.876 hộ (3,1%).";
        var diagnostic = Findings.Single(text, "RL5001", "3,1%");
        Assert.Equal("Tỷ lệ 3,1% không khớp với 52/1.876 = 2,8%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reads_a_share_of_a_named_total_against_the_amount_stated_under_that_name()
    {
        const string text = "Tổng kinh phí là 250.000.000 đồng và phần chi cho tập huấn là 60.000.000 đồng, chiếm 30% tổng kinh phí.";
        var diagnostic = Findings.Single(text, "RL5001", "30%");
        Assert.Equal("Tỷ lệ 30% không khớp với 60.000.000/250.000.000 = 24%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 30% does not match 60.000.000/250.000.000 = 24%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("30%", "24%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_trong_do_part_whose_longer_label_carries_a_note_of_item_references()
    {
        const string text = "Dự án được bố trí 500.000.000 đồng, trong đó chi phí xây lắp hạng mục chính (mục 2 đến mục 5) là 320.000.000 đồng, chiếm 66%.";
        var diagnostic = Findings.Single(text, "RL5001", "66%");
        Assert.Equal("Tỷ lệ 66% không khớp với 320.000.000/500.000.000 = 64%", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("66%", "64%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tổng kinh phí là 250.000.000 đồng và phần chi cho tập huấn là 60.000.000 đồng, chiếm 24% tổng kinh phí.")]
    [InlineData("Dự án được bố trí 500.000.000 đồng, trong đó chi phí xây lắp hạng mục chính (mục 2 đến mục 5) là 320.000.000 đồng, chiếm 64%.")]
    // Two amounts under the name: either could be the whole.
    [InlineData("Tổng kinh phí là 300.000.000 đồng (dự toán đầu năm tổng kinh phí là 280.000.000 đồng), phần chi cho tập huấn là 60.000.000 đồng, chiếm 21,43% tổng kinh phí.")]
    // Another total than the one stated.
    [InlineData("Tổng kinh phí là 250.000.000 đồng và phần chi cho tập huấn là 60.000.000 đồng, chiếm 30% tổng kinh phí sự nghiệp giáo dục.")]
    // A total named but stated in another unit.
    [InlineData("Tổng vốn là 250 triệu đồng và phần vốn đối ứng là 60.000.000 đồng, chiếm 30% tổng vốn.")]
    // A note with a figure of its own between the label and its amount.
    [InlineData("Dự án được bố trí 500.000.000 đồng, trong đó chi phí xây lắp (gồm 3 gói thầu) là 320.000.000 đồng, chiếm 66%.")]
    public void Is_silent_on_right_shares_of_named_totals_and_on_wholes_it_cannot_tell(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5001"));

    [Theory]
    [InlineData("Tổng số 320 hộ tại 3 thôn Khuổi Lừa, Bản Mới, Nà Cọ, trong đó có 212 hộ nghèo, chiếm 68,5%.", "68,5%", "66,3")]
    [InlineData("Có 150 hộ ở vùng sạt lở, trong đó 45 hộ nghèo phải di dời, chiếm 32%.", "32%", "30")]
    [InlineData("Khảo sát 80 hộ của xã Tân Lập, trong đó có 20 hộ cận nghèo, chiếm 20%.", "20%", "25")]
    public void Reads_past_what_is_said_of_the_whole_to_its_noun(string text, string share, string expected)
    {
        var diagnostic = Findings.Single(text, "RL5001", share);
        Assert.EndsWith($"= {expected}%", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Tổng số 320 hộ tại 3 thôn Khuổi Lừa, Bản Mới, Nà Cọ, trong đó có 212 hộ nghèo, chiếm 66,3%.")]
    [InlineData("Có 150 hộ ở vùng sạt lở, trong đó 45 hộ nghèo phải di dời, chiếm 30%.")]
    [InlineData("Xã có 150 nhà ở kiên cố, trong đó 30 nhà văn hóa, chiếm 15%.")] // `nhà ở` is one word: a house is not a cultural house
    public void Is_silent_when_the_share_of_the_whole_after_a_place_is_right(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
