using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// RL5011 on parts named before their figure, on a breakdown in parentheses (the reasons of an absence), on those summoned,
/// present and absent, and on where a `;` ends a list; RL5001's fix when the share is right for another count of the part.
/// </summary>
public class PartsSumLabelledTests
{
    [Theory]
    // Labels first after `trong đó:`; `một phần` before a figure is a degree, not a section.
    [InlineData("Cơn lốc làm 430 nhà bị ảnh hưởng, trong đó: đổ sập 25 nhà; hư hại nặng 118 nhà; bay mái, hư hại một phần 296 nhà.", "430", "Các phần cộng lại được 439 nhà, lớn hơn tổng 430 nhà")]
    // Labels first after a bare `trong đó`, each ending its item (a share in parentheses is only a remark on it).
    [InlineData("Năm qua chi bộ đã xử lý 15 đảng viên, trong đó nhắc nhở 9 đồng chí, phê bình 5 đồng chí, khiển trách 2 đồng chí.", "15", "Các phần cộng lại được 16 đảng viên, lớn hơn tổng 15 đảng viên")]
    [InlineData("Hội đã kết nạp 40 hội viên, trong đó thôn Đông 18 người (chiếm 45%), thôn Tây 25 người.", "40", "Các phần cộng lại được 43 hội viên, lớn hơn tổng 40 hội viên")]
    // The reasons of an absence in parentheses right after its count.
    [InlineData("Buổi tập huấn vắng mặt 6 học viên, chiếm 5% (trong đó 3 học viên bị ốm, 2 học viên bận việc riêng, 2 học viên đi học).", "6", "Các phần cộng lại được 7 học viên, lớn hơn tổng 6 học viên")]
    [InlineData("Hội nghị có 5 đại biểu vắng mặt (trong đó: 3 đại biểu đi công tác, 3 đại biểu có việc riêng).", "5", "Các phần cộng lại được 6 đại biểu, lớn hơn tổng 5 đại biểu")]
    // Amounts with decimals whose label says `cấp trên` (the level above), `trên địa bàn`: no approximation.
    [InlineData("Tổng thu ngân sách xã đạt 48,6 tỷ đồng, gồm: thu trên địa bàn 12,4 tỷ đồng, thu bổ sung từ ngân sách cấp trên 35,1 tỷ đồng.", "48,6", "Các phần cộng lại được 47,5 tỷ đồng, khác tổng 48,6 tỷ đồng")]
    public void Reports_labelled_and_bracketed_parts(string text, string whole, string message)
    {
        var diagnostic = Findings.Single(text, "RL5011", whole);
        Assert.Equal(message, Findings.Vi(diagnostic));
        Assert.StartsWith("The parts add up to ", Findings.En(diagnostic));
        // A list that must make its whole offers the sum; a subset over its whole does not say what the whole is.
        Assert.Equal(message.Contains("khác", StringComparison.Ordinal) ? 1 : 0, diagnostic.Fixes.Count);
    }

    [Theory]
    [InlineData("Năm qua chi bộ đã xử lý 15 đảng viên, trong đó nhắc nhở 9 đồng chí, phê bình 4 đồng chí, khiển trách 2 đồng chí.")]
    [InlineData("Buổi tập huấn vắng mặt 6 học viên (trong đó 3 học viên bị ốm, 2 học viên bận việc riêng, 1 học viên đi học).")]
    [InlineData("Tổng thu ngân sách xã đạt 48,6 tỷ đồng, gồm: thu trên địa bàn 12,4 tỷ đồng, thu bổ sung từ ngân sách cấp trên 36,2 tỷ đồng.")]
    // A bare `trong đó` with counts that may overlap or are not all named, or a list that does not end the sentence.
    [InlineData("Chi bộ có 40 đảng viên, trong đó 25 đảng viên nữ, 20 đảng viên trẻ.")]
    [InlineData("Chi bộ có 40 đảng viên, trong đó nữ 25 đồng chí, đoàn viên 20 đồng chí.")]
    [InlineData("Chi bộ có 40 đảng viên, trong đó thôn Đông 25 đồng chí, thôn Tây 20 đồng chí có dấu hiệu vi phạm.")]
    [InlineData("Chi bộ có 40 đảng viên, trong đó thôn Đông 25 đồng chí, thôn Tây 20 đồng chí; đã xem xét 12 hồ sơ.")]
    [InlineData("Chi bộ có 40 đảng viên, trong đó thôn Đông 25 đồng chí, thôn Tây 20 đồng chí, v.v.")]
    [InlineData("Chi bộ có 40 đảng viên, trong đó có thôn Đông 25 đồng chí, thôn Tây 20 đồng chí.")]
    [InlineData("Chi bộ có 40 đảng viên, trong đó thôn Đông 25 đồng chí, các thôn còn lại đều có đảng viên.")]
    // Parentheses that are no absence, or whose reasons leave one without a count.
    [InlineData("Chi bộ có 40 đảng viên (trong đó 25 đảng viên nữ, 20 đảng viên trẻ).")]
    [InlineData("Buổi tập huấn vắng mặt 6 học viên (trong đó 5 học viên bị ốm, số còn lại bận việc riêng).")]
    // Past a `;`, an item written the other way round names another subject: only the first item was the part.
    [InlineData("Diện tích ngô bị đổ là 300 ha, trong đó thiệt hại hoàn toàn 120 ha; 90 ha rau màu và 40 ha cây ăn quả bị ngập.")]
    [InlineData("Diện tích ngô bị đổ là 300 ha, trong đó: thiệt hại hoàn toàn 120 ha; thiệt hại một phần 150 ha.")]
    // A share of a section (`phần 2`) is still no count.
    [InlineData("Tổng số 30 đề xuất, gồm: phần 1 có 12 đề xuất; phần 2 có 18 đề xuất.")]
    public void Is_silent_on_right_or_unclear_lists(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void A_semicolon_before_another_subject_ends_the_list_even_when_its_part_is_too_big()
    {
        // Only `thiệt hại hoàn toàn 320 ha` belongs to the 300 ha: one part, which is RL5002's finding, not a sum.
        const string text = "Diện tích ngô bị đổ là 300 ha, trong đó thiệt hại hoàn toàn 320 ha; 90 ha rau màu và 40 ha cây ăn quả bị ngập.";
        Assert.Empty(RuleTester.Lint(text, "RL5011"));
    }

    [Fact]
    public void A_semicolon_list_written_label_first_is_read_whole()
    {
        const string text = "Diện tích ngô bị đổ là 300 ha, trong đó: thiệt hại hoàn toàn 120 ha; thiệt hại nặng 150 ha; thiệt hại nhẹ 60 ha.";
        var diagnostic = Findings.Single(text, "RL5011", "300");
        Assert.Equal("Các phần cộng lại được 330 ha, lớn hơn tổng 300 ha", Findings.Vi(diagnostic));
        Assert.Equal(["120", "150", "60"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Đại hội triệu tập 180 đại biểu, có mặt 172 đại biểu, vắng mặt 9 đại biểu.", "Các phần cộng lại được 181 đại biểu, khác tổng 180 đại biểu")]
    [InlineData("Hội nghị được triệu tập 64 đồng chí. Đến giờ khai mạc, có mặt 60 đồng chí, vắng mặt 3 đồng chí.", "Các phần cộng lại được 63 đồng chí, khác tổng 64 đồng chí")]
    public void Those_present_and_absent_make_those_summoned(string text, string message)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5011"));
        Assert.Equal(text.IndexOf(message.Contains("180") ? "180" : "64", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Đại hội triệu tập 180 đại biểu, có mặt 172 đại biểu, vắng mặt 8 đại biểu.")]
    [InlineData("Đại hội triệu tập 180 đại biểu chính thức và 4 đại biểu khách mời, có mặt 175 đại biểu, vắng mặt 8 đại biểu.")] // another count between
    public void Is_silent_on_right_or_unclear_summons(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void A_share_right_for_the_count_that_mends_the_sum_blames_the_count_once()
    {
        const string text = "Năm qua chi bộ đã xử lý 20 đảng viên, trong đó nhắc nhở 12 đồng chí (chiếm 60%), phê bình 5 đồng chí (chiếm 25%), khiển trách 4 đồng chí (chiếm 15%).";
        Assert.Empty(RuleTester.Lint(text, "RL5011")); // one defect, one finding: RL5001's, on the count
        var diagnostic = Findings.Single(text, "RL5001", "4", "khiển trách");
        Assert.Equal("Số 4 không khớp với tỷ lệ 15% của tổng 20 (ứng với 3); với 3, các phần cộng lại bằng 20", Findings.Vi(diagnostic));
        Assert.Equal("The count 4 does not match the share 15% of the whole 20 (which is 3); with 3, the parts add up to 20", Findings.En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal("Sửa 4 thành 3 (3/20 = 15%)", fix.Title.Vi);
        Assert.Equal(text.Replace("khiển trách 4", "khiển trách 3", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(["15%", "20"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void A_share_blames_a_count_of_a_gom_list()
    {
        const string text = "Chi bộ có 25 đảng viên, gồm 15 đảng viên chính thức (chiếm 60%), 12 đảng viên dự bị (chiếm 40%).";
        Assert.Empty(RuleTester.Lint(text, "RL5011"));
        var diagnostic = Findings.Single(text, "RL5001", "12");
        Assert.Equal("Số 12 không khớp với tỷ lệ 40% của tổng 25 (ứng với 10); với 10, các phần cộng lại bằng 25", Findings.Vi(diagnostic));
        Assert.Equal("The count 12 does not match the share 40% of the whole 25 (which is 10); with 10, the parts add up to 25", Findings.En(diagnostic));
        Assert.Equal(text.Replace("), 12", "), 10", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Năm qua chi bộ đã xử lý 20 đảng viên, trong đó nhắc nhở 12 đồng chí (chiếm 60%), phê bình 5 đồng chí (chiếm 25%), khiển trách 3 đồng chí (chiếm 15%).")]
    [InlineData("Chi bộ có 25 đảng viên, gồm 15 đảng viên chính thức (chiếm 60%), 10 đảng viên dự bị (chiếm 40%).")]
    public void Is_silent_when_counts_shares_and_whole_agree(string text)
    {
        Assert.Empty(RuleTester.Lint(text, "RL5001"));
        Assert.Empty(RuleTester.Lint(text, "RL5011"));
    }

    [Fact]
    public void Two_wrong_shares_leave_the_count_unblamed()
    {
        // 12 is not 55% of 20 either: which figure slipped is not plain, so the share is marked and the sum reported.
        const string text = "Năm qua chi bộ đã xử lý 20 đảng viên, trong đó nhắc nhở 12 đồng chí (chiếm 55%), phê bình 5 đồng chí (chiếm 25%), khiển trách 4 đồng chí (chiếm 15%).";
        Findings.Single(text, "RL5011", "20");
        var findings = RuleTester.Lint(text, "RL5001");
        Assert.Equal(2, findings.Count);
        Findings.AssertSpan(text, findings[1], "15%");
        Assert.Equal("Tỷ lệ 15% không khớp với 4/20 = 20%; với 3 thay cho 4, tỷ lệ khớp và các phần cộng lại bằng 20", Findings.Vi(findings[1]));
        Assert.Equal(2, findings[1].Fixes.Count);
        Assert.Equal(text.Replace("(chiếm 15%)", "(chiếm 20%)", StringComparison.Ordinal), FixAllApplierFirst(text, findings[1].Fixes[1]));
    }

    [Fact]
    public void A_share_wrong_for_a_right_sum_still_fixes_the_share()
    {
        const string text = "Năm qua chi bộ đã xử lý 20 đảng viên, trong đó nhắc nhở 12 đồng chí (chiếm 60%), phê bình 5 đồng chí (chiếm 25%), khiển trách 3 đồng chí (chiếm 20%).";
        Assert.Empty(RuleTester.Lint(text, "RL5011"));
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5001"));
        Assert.Equal("Tỷ lệ 20% không khớp với 3/20 = 15%", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("(chiếm 20%)", "(chiếm 15%)", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    private static string FixAllApplierFirst(string text, ReportLint.Core.Fixes.CodeFix fix) => ReportLint.Core.Fixes.FixAllApplier.Apply(text, [fix]);
}
