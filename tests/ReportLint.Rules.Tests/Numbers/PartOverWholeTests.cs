using ReportLint.Core.Diagnostics;
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
    [InlineData("Ủy ban Kiểm tra đã giám sát chuyên đề đối với 6 chi bộ, trong đó có 8 chi bộ thôn.", "8", "6")]
    [InlineData("Đã kiểm tra 47 tổ chức đảng và 126 đảng viên, trong đó kết luận 131 đảng viên có vi phạm.", "131", "126")]
    [InlineData("Có 120 hộ đăng ký, trong đó 150 hộ được hỗ trợ.", "150", "120")] // the head noun hộ
    [InlineData("Trong số 126 đảng viên được kiểm tra, có 131 đảng viên vi phạm.", "131", "126")]
    [InlineData("Có 66/68 chi bộ được đánh giá (2 chi bộ mới thành lập), trong đó 70 chi bộ hoàn thành tốt nhiệm vụ.", "70", "68")] // past the aside
    [InlineData("Tổng số 312 đảng viên, trong đó 320 đảng viên được đánh giá.", "320", "312")]
    [InlineData("Đảng bộ có 312 đảng viên; trong số đó có 320 đảng viên nữ.", "320", "312")]
    [InlineData("Có 450/500 chi bộ hoàn thành tốt nhiệm vụ, trong đó có 520 chi bộ hoàn thành xuất sắc.", "520", "500")]
    [InlineData("Trong tổng số 11 đảng viên bị kỷ luật, có 14 đảng viên là cấp ủy viên.", "14", "11")]
    [InlineData("Có 312 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.640 tỷ đồng, trong đó 321 doanh nghiệp ngoài nhà nước.", "321", "312")]
    public void Reports_a_count_after_trong_do_larger_than_the_whole_before_it(string text, string part, string whole)
    {
        var diagnostic = Findings.Single(text, "RL5002", part);
        Assert.Equal($"Phần {part} lớn hơn tổng {whole}", Findings.Vi(diagnostic));
        Assert.Equal($"The part {part} is larger than its whole {whole}", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Có 45/52 thôn (86,54%) và 23/21 tổ dân phố đạt danh hiệu văn hóa.")] // a second ratio after a share
    [InlineData("Có 45/52 thôn đạt chuẩn và 23/21 tổ dân phố đạt chuẩn.")]
    public void Reports_every_ratio_of_a_sentence(string text)
    {
        var diagnostic = Findings.Single(text, "RL5002", "23/21");
        Assert.Equal("Phần 23 lớn hơn tổng 21", Findings.Vi(diagnostic));
        Assert.Equal("The part 23 is larger than its whole 21", Findings.En(diagnostic));
    }

    [Theory]
    [InlineData("Có 45/52 thôn (86,54%) và 19/21 tổ dân phố đạt danh hiệu văn hóa.")]
    [InlineData("Thực hiện các kế hoạch số 135/48 và 136/48 của Ban Thường vụ.")] // `và` joins two references
    public void Is_silent_on_sound_second_ratios_and_joined_references(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));

    [Fact]
    public void A_stated_part_with_a_share_is_reported_once()
    {
        const string text = "Có 120 hộ đăng ký, trong đó 150 hộ được hỗ trợ, chiếm 125%.";
        var diagnostic = Findings.Single(text, "RL5002", "150");
        Assert.Equal("Phần 150 lớn hơn tổng 120", Findings.Vi(diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
    }

    [Theory]
    [InlineData("Toàn huyện có 120 chi bộ, trong đó có 45 chi bộ nông thôn.")]
    [InlineData("Ủy ban Kiểm tra đã giám sát 6 chi bộ, trong đó có 8 đảng viên.")] // another unit
    [InlineData("Đã kiểm tra 6 chi bộ, trong đó 8 lượt chi bộ được giám sát nhiều lần.")] // lượt: visits, not branches
    [InlineData("Có 45/52 xã đạt chuẩn, trong đó 60 xã viên được hỗ trợ.")] // xã viên is not a kind of xã
    [InlineData("Có 45 xã, trong đó 52 xã viên được hỗ trợ.")]
    [InlineData("Huyện đã thành lập 3 đoàn, trong đó 40 đoàn viên tham gia.")] // members outnumber their bodies
    [InlineData("Có 120/150 hộ đăng ký, trong đó 130 hộ được hỗ trợ.")] // may be a part of the 150
    [InlineData("Có 6 chi bộ được kiểm tra; 8 chi bộ khác chưa được kiểm tra.")] // no trong đó
    [InlineData("Có 6 chi bộ được kiểm tra, 8 chi bộ chưa được kiểm tra.")]
    [InlineData("Thu hút 14 dự án với tổng vốn 2.150 tỷ đồng, trong đó có 03 dự án có vốn nước ngoài.")]
    [InlineData("Đảng bộ có 18 chi bộ, trong đó 11 chi bộ thôn, 3 chi bộ nhà trường và 4 chi bộ cơ quan.")]
    [InlineData("Có 6 chi bộ, trong đó 8 tháng đầu năm kết nạp 20 đảng viên.")] // 8 tháng is a time
    [InlineData("Hội nghị tổ chức chiều 14/6 tại hội trường.")]
    [InlineData("Ngày 25/10 là hạn cuối.")]
    [InlineData("Kế hoạch tháng 5/2020 đã hoàn thành.")]
    [InlineData("Đã chỉ đạo 8/8 huyện hoàn thành sắp xếp.")]
    [InlineData("Theo văn bản số 123/2019 của Sở.")]
    [InlineData("Có 12/15 xã đạt chuẩn nông thôn mới.")]
    [InlineData("Có 3.751/5.010 chi bộ hoàn thành tốt nhiệm vụ.")]
    [InlineData("Kỷ niệm 19/5 năm nay được tổ chức trang trọng.")]
    [InlineData("Có 66/68 chi bộ được đánh giá (2 chi bộ mới thành lập), trong đó 15 chi bộ hoàn thành xuất sắc nhiệm vụ.")] // an aside
    public void Is_silent_on_dates_references_and_sound_ratios(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));

    [Theory]
    [InlineData("Hiện nay, Đảng bộ xã có 538 đảng viên, tăng 47 đảng viên (9,57%) so với đầu nhiệm kỳ; trong đó đảng viên nữ 205 (38,10%).")]
    [InlineData("Đảng bộ có 538 đảng viên, tăng thêm 47 đảng viên, trong đó nữ 205 đồng chí.")]
    [InlineData("Năm nay có 96 hộ nghèo, nhiều hơn 8 hộ so với năm trước, trong đó 30 hộ nghèo do già yếu.")]
    [InlineData("Toàn xã có 274 hộ đăng ký tham gia, chiếm 63,7% trong tổng số 430 hộ.")]
    public void A_change_is_never_the_whole_of_a_later_part(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));

    [Theory]
    [InlineData("Thu phí, lệ phí đạt 57,2/40,0 triệu đồng (143,00%).")]
    [InlineData("Thu ngân sách trên địa bàn đạt 1.250/1.000 tỷ đồng, bằng 125% dự toán.")]
    public void A_result_over_its_estimate_with_the_matching_percentage_is_a_rate(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));

    [Theory]
    [InlineData("Năm qua, chi bộ kết nạp 23 đảng viên, đạt 115% chỉ tiêu Nghị quyết Đại hội Chi bộ (23/20 đảng viên).")] // the percentage before
    [InlineData("Đã trồng mới 64 ha rừng, vượt kế hoạch năm (64/50 ha).")] // the target wording alone
    [InlineData("Xã hoàn thành vượt chỉ tiêu giao quân (18/15 thanh niên).")]
    [InlineData("Số hộ sử dụng nước sạch đạt 130% so với kế hoạch (390/300 hộ).")]
    public void A_result_over_its_target_named_before_it_is_no_part(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));

    [Fact]
    public void A_result_over_its_target_with_a_wrong_percentage_is_a_percentage_mismatch()
    {
        const string text = "Chi bộ kết nạp 23 đảng viên, đạt 120% chỉ tiêu Nghị quyết Đại hội (23/20 đảng viên).";
        Assert.Empty(RuleTester.Lint(text, "RL5002"));
        var diagnostic = Findings.Single(text, "RL5001", "120");
        Assert.Equal("Tỷ lệ 120% không khớp với 23/20 = 115%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 120% does not match 23/20 = 115%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("120%", "115%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Có 57/40 hộ đạt chuẩn, vượt kế hoạch.")] // the wording does not open the ratio's parenthesis
    [InlineData("Đạt 100% kế hoạch; có 57/40 hộ đăng ký.")] // another clause
    public void A_ratio_not_stated_against_its_target_is_still_a_part(string text) =>
        Assert.Equal("Phần 57 lớn hơn tổng 40", Findings.Vi(Findings.Single(text, "RL5002", "57/40")));

    [Fact]
    public void A_result_over_its_estimate_with_a_share_that_does_not_match_is_still_a_part_over_its_whole()
    {
        const string text = "Có 57/40 hộ đăng ký (chiếm 95%).";
        Assert.Equal("Phần 57 lớn hơn tổng 40", Findings.Vi(Findings.Single(text, "RL5002", "57")));
    }

    [Fact]
    public void A_part_over_the_whole_named_after_its_share_is_reported()
    {
        const string text = "Toàn xã có 512 hộ đăng ký tham gia, chiếm 119,1% trong tổng số 430 hộ.";
        var diagnostic = Findings.Single(text, "RL5002", "512");
        Assert.Equal("Phần 512 lớn hơn tổng 430", Findings.Vi(diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
    }

    [Theory]
    [InlineData("Toàn tỉnh có 14 sản phẩm OCOP từ 3 sao trở lên, trong đó sản phẩm miến dong đạt 4 sao.")] // a threshold and a rating
    [InlineData("Có 9 cơ sở lưu trú từ 2 sao trở lên, trong đó 3 cơ sở đạt 3 sao.")]
    [InlineData("Có 18 hộ đạt từ 70 điểm trở lên, trong đó 5 hộ đạt 92 điểm.")]
    [InlineData("Có 6 hộ đạt 80 điểm, trong đó 2 hộ đạt 90 điểm.")] // scores, not counts
    [InlineData("Mỗi xã có ít nhất 2 mô hình, trong đó 3 mô hình do thanh niên làm chủ.")] // a bound, not the whole
    [InlineData("Có 30 thôn tổ chức tối thiểu 4 buổi sinh hoạt, trong đó 6 buổi về pháp luật.")]
    public void Thresholds_and_ratings_are_neither_wholes_nor_parts(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));

    [Theory]
    [InlineData("Có 12 điểm trường, trong đó 14 điểm trường đạt chuẩn.", "14")] // `điểm` counts places here
    [InlineData("Có 12 cơ sở đạt 3 sao, trong đó 15 cơ sở có nhà hàng.", "15")]
    public void Counts_beside_ratings_are_still_read(string text, string part) => Findings.Single(text, "RL5002", part);

    [Fact]
    public void A_ratio_upside_down_gets_the_swapped_ratio_when_the_larger_figure_is_stated_as_the_whole()
    {
        const string text = "Thị xã có 17 phường, xã. Đến nay 17/16 phường, xã đã số hóa hồ sơ địa chính.";
        var diagnostic = Findings.Single(text, "RL5002", "17/16");
        Assert.Equal("Phần 17 lớn hơn tổng 16", Findings.Vi(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("17/16", "16/17", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Trên tổng số 22 trường, có 22/19 trường đạt chuẩn quốc gia.", "22/19", "22/19", "19/22")]
    [InlineData("Huyện có 21 xã. Đã có 21/18 xã hoàn thành, chiếm 85,71%.", "21", "21/18", "18/21")] // with its share: the part is marked
    public void The_swapped_ratio_is_offered_for_other_statements_of_the_whole(string text, string span, string ratio, string swapped)
    {
        var diagnostic = Findings.Single(text, "RL5002", span, ratio);
        Assert.Equal(text.Replace(ratio, swapped, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Đến nay đã có 15/13 xã đạt chuẩn nông thôn mới.")] // no whole stated
    [InlineData("Huyện có 15 thôn. Đến nay 15/13 xã đạt chuẩn.")] // another noun
    [InlineData("Huyện có 15 xã, 13 xã miền núi; 15/13 xã đạt chuẩn.")] // both figures stated: which is the whole is unclear
    public void The_swapped_ratio_is_not_offered_when_the_whole_is_unclear(string text) =>
        Assert.Empty(Assert.Single(RuleTester.Lint(text, "RL5002")).Fixes);

    [Fact]
    public void A_ratio_with_its_share_gets_the_one_part_that_share_gives()
    {
        const string text = "Các tổ tự quản đã giải quyết xong 173/154 kiến nghị của cử tri, đạt 87,66%.";
        var diagnostic = Findings.Single(text, "RL5002", "173");
        Assert.Equal("Phần 173 lớn hơn tổng 154", Findings.Vi(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        Assert.Equal("Sửa thành 135/154 (= 87,66%)", fix.Title.Vi);
        Assert.Equal("Change to 135/154 (= 87,66%)", fix.Title.En);
        Assert.Equal(text.Replace("173/154", "135/154", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Đã cấp 1.250/1.200 thẻ bảo hiểm y tế, đạt 95%.")] // many counts give 95% of 1.200
    [InlineData("Đã cấp 250/240 thẻ bảo hiểm y tế, đạt 107,5%.")] // the share is over the whole too
    public void No_part_is_offered_when_the_share_gives_none_or_several(string text) =>
        Assert.Empty(Assert.Single(RuleTester.Lint(text, "RL5002")).Fixes);

    [Theory]
    [InlineData("Kết quả: 99.000/93.000 = 106,45%.")]
    [InlineData("Thu lệ phí trước bạ so với năm trước: 4.000/3.600 triệu đồng = 111,1%.")]
    [InlineData("Tỷ lệ thực hiện so với kế hoạch là 46/40 = 115%.")]
    public void Is_silent_on_a_ratio_worked_out_to_its_percentage_over_100(string text) => Assert.Empty(RuleTester.Lint(text, "RL5002"));

    [Fact]
    public void Reports_a_ratio_worked_out_to_a_percentage_it_does_not_give() =>
        Findings.Single("Số đảng viên dự họp là 45/40 = 95%.", "RL5002", "45"); // with its share: the part is marked
}
