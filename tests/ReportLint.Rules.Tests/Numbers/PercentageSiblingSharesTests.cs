using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5001 on a list of shares whose whole is stated just before, when the other shares of the list agree with it.</summary>
public class PercentageSiblingSharesTests
{
    private const string Committee = "- Ban Chấp hành Hội Nông dân xã dự kiến gồm 25 đồng chí; Ban Thường vụ gồm 5 đồng chí.\n";

    [Fact]
    public void Reports_the_share_of_a_list_that_disagrees_with_the_whole_its_siblings_agree_with()
    {
        const string text = Committee
            + "- Cơ cấu: cán bộ trẻ 10 đồng chí (chiếm 40%); người công giáo 4 đồng chí (chiếm 16%); có trình độ đại học 12 đồng chí (chiếm 50%).";
        var diagnostic = Findings.Single(text, "RL5001", "50%");
        Assert.Equal("Tỷ lệ 50% không khớp với 12/25 = 48% (tổng 25 đồng chí nêu ngay trước đó; các tỷ lệ khác trong danh sách đều khớp với tổng này)",
            Findings.Vi(diagnostic));
        Assert.Equal("The percentage 50% does not match 12/25 = 48% (the whole, 25 đồng chí, stated just before; the other shares of the list agree with it)",
            Findings.En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Sửa thành 48% (12/25)", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(text.Replace("50%", "48%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        var related = Assert.Single(diagnostic.Related!);
        Assert.Equal("25", text.Substring(related.Span.Start, related.Span.Length));
    }

    [Fact]
    public void Reads_bare_shares_in_parentheses_and_a_whole_of_people_in_the_sentence_before()
    {
        const string text = "Chi bộ thôn Bình An hiện có 40 đảng viên. Về cơ cấu, nữ 14 đồng chí (35%), đoàn viên thanh niên 9 đồng chí (22,5%), "
            + "cao tuổi 7 đồng chí (20%).";
        var diagnostic = Findings.Single(text, "RL5001", "20%");
        Assert.Equal("Tỷ lệ 20% không khớp với 7/40 = 18% (tổng 40 đảng viên nêu ngay trước đó; các tỷ lệ khác trong danh sách đều khớp với tổng này)",
            Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("(20%)", "(18%)", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    // The share that disagrees agrees with another figure stated before: the whole of another group.
    [InlineData(Committee + "- Cơ cấu: cán bộ trẻ 10 đồng chí (chiếm 40%); người công giáo 4 đồng chí (chiếm 16%); nữ 2 đồng chí (chiếm 40%).")]
    // Its item names the group it counts.
    [InlineData("- Ban Chấp hành gồm 25 đồng chí.\n- Cơ cấu: cán bộ trẻ 10 đồng chí (chiếm 40%); người công giáo 4 đồng chí (chiếm 16%); "
        + "nữ trong Ban Thường vụ 2 đồng chí (chiếm 33,33%).")]
    // Two shares only: one sibling is no evidence.
    [InlineData("- Ban Chấp hành gồm 25 đồng chí.\n- Cơ cấu: cán bộ trẻ 10 đồng chí (chiếm 40%); người công giáo 4 đồng chí (chiếm 20%).")]
    // No majority of the list agrees with the figure before.
    [InlineData("- Ban Chấp hành gồm 25 đồng chí.\n- Cơ cấu: cán bộ trẻ 10 đồng chí (chiếm 45%); người công giáo 4 đồng chí (chiếm 16%); nữ 12 đồng chí (chiếm 50%).")]
    // The whole is not stated in the line just before.
    [InlineData("- Ban Chấp hành gồm 25 đồng chí.\n- Đại hội diễn ra trong hai ngày.\n- Cơ cấu: cán bộ trẻ 10 đồng chí (chiếm 40%); người công giáo 4 đồng chí (chiếm 16%); "
        + "nữ 12 đồng chí (chiếm 50%).")]
    // The figure before counts something else.
    [InlineData("Xã có 25 thôn. Cơ cấu: cán bộ trẻ 10 đồng chí (40%), người công giáo 4 đồng chí (16%), nữ 12 đồng chí (50%).")]
    // All right.
    [InlineData(Committee + "- Cơ cấu: cán bộ trẻ 10 đồng chí (chiếm 40%); người công giáo 4 đồng chí (chiếm 16%); có trình độ đại học 12 đồng chí (chiếm 48%).")]
    public void Is_silent_when_the_list_has_another_whole_or_no_agreeing_siblings(string text) => Assert.Empty(RuleTester.Lint(text, "RL5001"));
}
