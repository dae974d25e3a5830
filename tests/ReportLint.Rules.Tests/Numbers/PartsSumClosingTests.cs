using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5011: totals after their parts (`, tổng cộng N`), remainders after a count done out of a whole, splits by class after `trong đó`.</summary>
public class PartsSumClosingTests
{
    [Theory]
    [InlineData("Năm qua Hội đồng thi đua khen 27 tập thể và 64 cá nhân, tổng cộng 93 lượt.", "93", "Các phần cộng lại được 91, khác tổng 93")]
    [InlineData("Năm qua Hội đồng thi đua khen 27 tập thể và 64 cá nhân đã có nhiều đóng góp cho phong trào thi đua yêu nước và xây dựng nông thôn mới, tổng cộng 93 lượt; tỉnh khen 5 tập thể.", "93", "Các phần cộng lại được 91, khác tổng 93")]
    [InlineData("Huyện có 14 xã, 3 thị trấn, cả thảy 18 đơn vị.", "18", "Các phần cộng lại được 17, khác tổng 18")]
    [InlineData("Đợt này kiểm tra 8 trường mầm non và 11 trường tiểu học, tổng số 20 trường.", "20", "Các phần cộng lại được 19, khác tổng 20")]
    public void Reports_a_total_after_a_comma_that_its_parts_do_not_make(string text, string total, string message)
    {
        var diagnostic = Findings.Single(text, "RL5011", total, from: ", ");
        Assert.Equal(message, Findings.Vi(diagnostic));
        Assert.StartsWith("The parts add up to ", Findings.En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
    }

    [Fact]
    public void Offers_the_sum_for_a_total_after_a_comma()
    {
        const string text = "Năm qua Hội đồng thi đua khen 27 tập thể và 64 cá nhân, tổng cộng 93 lượt.";
        var diagnostic = Findings.Single(text, "RL5011", "93");
        Assert.Equal(text.Replace("93", "91", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(["27", "64"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Năm qua Hội đồng thi đua khen 27 tập thể và 64 cá nhân, tổng cộng 91 lượt.")]
    [InlineData("Năm qua Hội đồng thi đua khen 27 tập thể và 64 cá nhân có thành tích xuất sắc trong phong trào thi đua, tổng cộng 91 lượt.")]
    // The total counts something else, or also counts what came before the list.
    [InlineData("Tổ chức 12 buổi tuyên truyền và 5 hội nghị, tổng cộng 1.240 lượt người tham dự.")]
    [InlineData("Mở 3 lớp sơ cấp và 2 lớp trung cấp, tổng cộng 45 ngày.")]
    [InlineData("Khen 27 tập thể và 64 cá nhân, tổng cộng 150 triệu đồng.")]
    [InlineData("Năm 2024 khen 10 tập thể; năm 2025 khen 27 tập thể và 64 cá nhân, tổng cộng 101 lượt.")]
    [InlineData("Kiểm tra 8 trường mầm non và 11 trường tiểu học, tổng số 320 giáo viên.")]
    public void Is_silent_on_right_or_other_totals_after_a_comma(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Theory]
    [InlineData("Đến ngày 30/9, đã giải quyết 41/60 kiến nghị.\nCòn 17 kiến nghị đang được các cơ quan xem xét.", "17", "19")]
    [InlineData("Đã giải quyết 41 kiến nghị trên tổng số 60 kiến nghị; còn 21 kiến nghị chưa có kết quả.", "21", "19")]
    [InlineData("Có 35/42 xã đạt chuẩn nông thôn mới, còn lại 5 xã đang hoàn thiện hồ sơ.", "5", "7")]
    public void Reports_a_remainder_that_does_not_make_the_whole_with_the_count_done(string text, string rest, string expected)
    {
        var diagnostic = Findings.Single(text, "RL5011", rest, from: "òn");
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        Assert.StartsWith($"Sửa số còn lại thành {expected} (", fix.Title.Vi);
        Assert.StartsWith($"Change the remainder to {expected} (", fix.Title.En);
    }

    [Fact]
    public void Says_what_the_remainder_and_the_count_done_add_up_to()
    {
        const string text = "Đến ngày 30/9, đã giải quyết 41/60 kiến nghị, đạt 68,3%.\nCòn 17 kiến nghị đang được các cơ quan xem xét.";
        var diagnostic = Findings.Single(text, "RL5011", "17");
        Assert.Equal("Các phần cộng lại được 58 kiến nghị, khác tổng 60 kiến nghị", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 58 kiến nghị, not the whole 60 kiến nghị", Findings.En(diagnostic));
        Assert.Equal("Sửa số còn lại thành 19 (60 − 41)", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(text.Replace("Còn 17", "Còn 19", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(["41", "60"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Đến ngày 30/9, đã giải quyết 41/60 kiến nghị.\nCòn 19 kiến nghị đang được các cơ quan xem xét.")]
    // Another noun, the rest split in two, no `đang`/`chưa`, two wholes, or too far.
    [InlineData("Đã giải quyết 41/60 kiến nghị; còn 17 đơn thư đang xem xét.")]
    [InlineData("Đã giải quyết 41/60 kiến nghị; còn 17 kiến nghị đang xem xét, 2 kiến nghị chưa giải quyết.")]
    [InlineData("Đã giải quyết 41/60 kiến nghị; còn 17 kiến nghị, trong đó 10 kiến nghị đang xem xét.")]
    [InlineData("Đã giải quyết 41/60 kiến nghị; còn 17 kiến nghị thuộc thẩm quyền của tỉnh.")]
    [InlineData("Đã trả lời 41/60 kiến nghị, giải quyết dứt điểm 30/60 kiến nghị; còn 17 kiến nghị đang xem xét.")]
    [InlineData("Đã giải quyết 41/60 kiến nghị.\nNăm nay rà soát lại quy trình.\nCòn 17 kiến nghị đang xem xét.")]
    [InlineData("Đã giải quyết 41/60 kiến nghị, nhiều kiến nghị giải quyết còn 17 kiến nghị đang chậm.")] // not the head of a clause
    public void Is_silent_on_right_or_unclear_remainders(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Theory]
    [InlineData("Thu phạt 4,35 tỷ đồng, trong đó lĩnh vực đất đai 2,1 tỷ đồng, lĩnh vực xây dựng 2,05 tỷ đồng; đã nộp kho bạc đủ.", "4,35", "Các phần cộng lại được 4,15 tỷ đồng, khác tổng 4,35 tỷ đồng", "4,15")]
    [InlineData("Kinh phí 900 triệu đồng, trong đó khối Đảng 300 triệu đồng, khối chính quyền 450 triệu đồng, khối đoàn thể 100 triệu đồng.", "900", "Các phần cộng lại được 850 triệu đồng, khác tổng 900 triệu đồng", "850")]
    public void Reports_a_split_by_class_after_trong_do_that_falls_short(string text, string whole, string message, string sum)
    {
        var diagnostic = Findings.Single(text, "RL5011", whole);
        Assert.Equal(message, Findings.Vi(diagnostic));
        Assert.Equal(text.Replace(whole + " ", sum + " ", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Thu phạt 4,35 tỷ đồng, trong đó lĩnh vực đất đai 2,2 tỷ đồng, lĩnh vực xây dựng 2,15 tỷ đồng.")]
    // Partial lists: different labels, `chủ yếu`, left open, one part, or a last item that says more.
    [InlineData("Thu phạt 4,35 tỷ đồng, trong đó lĩnh vực đất đai 2,1 tỷ đồng, xây dựng 2,05 tỷ đồng.")]
    [InlineData("Thu phạt 4,35 tỷ đồng, trong đó chủ yếu lĩnh vực đất đai 2,1 tỷ đồng, lĩnh vực xây dựng 2,05 tỷ đồng.")]
    [InlineData("Thu phạt 4,35 tỷ đồng, trong đó lĩnh vực đất đai 2,1 tỷ đồng, lĩnh vực xây dựng 2,05 tỷ đồng, …")]
    [InlineData("Thu phạt 4,35 tỷ đồng, trong đó lĩnh vực đất đai 2,1 tỷ đồng.")]
    [InlineData("Thu phạt 4,35 tỷ đồng, trong đó lĩnh vực đất đai 2,1 tỷ đồng, lĩnh vực xây dựng 2,05 tỷ đồng đã nộp.")]
    [InlineData("Thu phạt 4,35 tỷ đồng, trong đó có lĩnh vực đất đai 2,1 tỷ đồng, lĩnh vực xây dựng 2,05 tỷ đồng.")]
    [InlineData("Tổng chi 4.500 triệu đồng, trong đó chi giáo dục 1.200 triệu đồng, chi y tế 800 triệu đồng.")]
    public void Is_silent_on_right_or_partial_lists_after_trong_do(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Still_reports_a_partial_list_over_its_whole_without_a_fix()
    {
        const string text = "Thu phạt 4,35 tỷ đồng, trong đó chi cục thu 3,1 tỷ đồng, công an thu 1,5 tỷ đồng.";
        var diagnostic = Findings.Single(text, "RL5011", "4,35");
        Assert.Equal("Các phần cộng lại được 4,60 tỷ đồng, lớn hơn tổng 4,35 tỷ đồng", Findings.Vi(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Keeps_the_leading_zero_of_the_whole_in_its_fix()
    {
        const string text = "Trận lốc làm 05 người bị thương. Người bị thương gồm 2 người ở thôn Đông và 1 người ở thôn Tây.";
        var diagnostic = Findings.Single(text, "RL5011", "05");
        Assert.Equal(text.Replace("05", "03", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }
}
