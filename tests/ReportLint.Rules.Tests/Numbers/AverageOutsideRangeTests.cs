using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5037: an average above the highest value, below the lowest, or outside the spread its clause gives.</summary>
public class AverageOutsideRangeTests
{
    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.Lint(text, "RL5037");

    [Fact]
    public void Reports_an_average_above_the_highest_value()
    {
        const string text = "Vụ mùa năm 2026, năng suất lúa bình quân đạt 64,5 tạ/ha, cao nhất là xã Tân Lập đạt 61,2 tạ/ha.";
        var diagnostic = Single(text, "RL5037", "64,5");
        Assert.Equal("Bình quân 64,5 lớn hơn mức cao nhất 61,2: một trong hai số bị sai", Vi(diagnostic));
        Assert.Equal("The average 64,5 is above the highest, 61,2: one of the figures is wrong", En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Thu nhập bình quân đầu người đạt 48 triệu đồng/năm, thấp nhất 52 triệu đồng/năm ở các xã vùng cao.", "48",
        "Bình quân 48 nhỏ hơn mức thấp nhất 52: một trong hai số bị sai")]
    [InlineData("Giai đoạn 2021-2025, kinh tế tăng trưởng bình quân 9,4%/năm, cao nhất năm 2024 đạt 8,6%.", "9,4%",
        "Bình quân 9,4% lớn hơn mức cao nhất 8,6%: một trong hai số bị sai")]
    [InlineData("Diện tích canh tác của các hộ dao động từ 0,5 đến 2,5 ha, bình quân 3,1 ha.", "3,1",
        "Bình quân 3,1 nằm ngoài khoảng 0,5–2,5: một trong hai số bị sai")]
    [InlineData("Bình quân mỗi năm kết nạp 42 đảng viên (năm nhiều nhất 39 đảng viên).", "42",
        "Bình quân 42 lớn hơn mức cao nhất 39: một trong hai số bị sai")]
    public void Reports_every_way_an_average_leaves_its_spread(string text, string span, string message)
    {
        var diagnostic = Single(text, "RL5037", span);
        Assert.Equal(message, Vi(diagnostic));
    }

    [Theory]
    [InlineData("Năng suất lúa bình quân đạt 62,5 tạ/ha, cao nhất là xã Tân Lập đạt 68 tạ/ha, thấp nhất 55 tạ/ha.")]
    [InlineData("Kinh tế tăng trưởng bình quân 7,4%/năm, cao nhất năm 2024 đạt 8,6%.")]
    [InlineData("Diện tích canh tác của các hộ dao động từ 0,5 đến 2,5 ha, bình quân 1,3 ha.")]
    // Two measures: a rate and a count, an area per household and an area, a scale word on one side only.
    [InlineData("Tỷ lệ hộ dùng nước sạch bình quân đạt 96,5%, cao nhất là thôn Đông với 120 hộ.")]
    [InlineData("Diện tích bình quân 3,2 ha/hộ, hộ lớn nhất 2,8 ha đất rừng.")]
    [InlineData("Thu nhập bình quân 65 triệu đồng, cao nhất 1,2 tỷ đồng.")]
    // Two clauses, two sentences: different subjects.
    [InlineData("Năng suất lúa bình quân 62 tạ/ha; năng suất ngô cao nhất 48 tạ/ha.")]
    [InlineData("Năng suất lúa bình quân 62 tạ/ha. Năng suất ngô cao nhất 48 tạ/ha.")]
    // Bounds of a target, grades, a year after `cao nhất`.
    [InlineData("Phấn đấu bình quân mỗi chi bộ kết nạp 2 đảng viên, tối đa 1 lần mỗi quý, ít nhất 3 đảng viên mỗi năm.")]
    [InlineData("Kết quả xếp loại: tốt 12 chi bộ, khá 8 chi bộ, trung bình 5 chi bộ; chi bộ đông nhất có 4 đảng viên yếu.")]
    [InlineData("Lượng khách bình quân 1.250 lượt mỗi tháng, cao nhất là năm 2019.")]
    [InlineData("Giá trị sản xuất bình quân đạt 150 triệu đồng/ha, cao nhất từ trước đến nay.")]
    public void Is_silent_on_averages_within_their_spread_and_figures_it_does_not_compare(string text) => Assert.Empty(Lint(text));
}
