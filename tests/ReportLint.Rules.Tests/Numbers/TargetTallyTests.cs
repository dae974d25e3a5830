using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5011 on a count of targets set and the counts reached and missed after it.</summary>
public class TargetTallyTests
{
    [Fact]
    public void Reports_targets_reached_and_missed_that_do_not_make_the_targets_set()
    {
        const string text = "Nghị quyết Đại hội đề ra 18 chỉ tiêu chủ yếu. Đến nay có 14 chỉ tiêu đạt và vượt (9 chỉ tiêu vượt, 5 chỉ tiêu đạt), 5 chỉ tiêu không đạt.";
        var diagnostic = Single(text, "RL5011", "18");
        Assert.Equal("Các phần cộng lại được 19 chỉ tiêu, khác tổng 18 chỉ tiêu", Vi(diagnostic));
        Assert.Equal(text.Replace("18 chỉ", "19 chỉ", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Nghị quyết đề ra 20 chỉ tiêu, trong đó 11 chỉ tiêu vượt, 6 chỉ tiêu đạt và 2 không đạt.", "20")]
    [InlineData("Kế hoạch xác định 12 chỉ tiêu; kết quả có 9 chỉ tiêu hoàn thành, 2 chỉ tiêu chưa đạt.", "12")]
    [InlineData("Trong 16 chỉ tiêu Nghị quyết đề ra, đến cuối nhiệm kỳ có 11 chỉ tiêu đạt và vượt (7 chỉ tiêu vượt, 4 chỉ tiêu đạt), 4 chỉ tiêu chưa đạt (thu ngân sách, tỷ lệ đô thị hóa).", "16")]
    public void Reports_every_form(string text, string whole) => Single(text, "RL5011", whole);

    [Theory]
    [InlineData("Nghị quyết Đại hội đề ra 18 chỉ tiêu chủ yếu. Đến nay có 13 chỉ tiêu đạt và vượt (9 chỉ tiêu vượt, 4 chỉ tiêu đạt), 5 chỉ tiêu không đạt.")]
    [InlineData("Nghị quyết đề ra 18 chỉ tiêu. Có 13 chỉ tiêu đạt và vượt.")] // the missed ones not stated: no whole tally
    [InlineData("Nghị quyết đề ra 18 chỉ tiêu. Có 10 chỉ tiêu đạt và vượt, 6 chỉ tiêu vượt, 3 chỉ tiêu không đạt.")] // overlapping kinds
    [InlineData("Nghị quyết đề ra 18 chỉ tiêu. Năm 2025 tăng trưởng đạt 7%. Có 5 chỉ tiêu không đạt.")] // a part outside the next sentence
    [InlineData("Nghị quyết đề ra 18 chỉ tiêu; tháng 8 đạt 95% kế hoạch, 5 chỉ tiêu không đạt.")] // `8 đạt` is no count of targets
    public void Is_silent_on_a_right_tally_or_one_it_cannot_read(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
