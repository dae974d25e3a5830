using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5011 on named amounts and the total after them, in the same sentence or opening the next.</summary>
public class PartsSumClosingAmountsTests
{
    [Fact]
    public void Reports_named_amounts_that_do_not_make_the_total_after_them()
    {
        const string text = "Năm 2025, xã đã chi hỗ trợ xây nhà 1.250 triệu đồng, sửa đường giao thông 980 triệu đồng, tổng 2.330 triệu đồng.";
        var diagnostic = Findings.Single(text, "RL5011", "2.330");
        Assert.Equal("Các phần cộng lại được 2.230 triệu đồng, khác tổng 2.330 triệu đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 2.230 triệu đồng, not the whole 2.330 triệu đồng", Findings.En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, Assert.Single(diagnostic.Fixes).Safety);
        Assert.Equal(text.Replace("2.330", "2.230", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(["1.250", "980"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Kinh phí sửa chữa trường học 450 triệu đồng, mua sắm thiết bị 320 triệu đồng và đào tạo giáo viên 80 triệu đồng (tổng cộng 870 triệu đồng).", "870", "Các phần cộng lại được 850 triệu đồng, khác tổng 870 triệu đồng")]
    [InlineData("Xã chi xây nhà 1,25 tỷ đồng, sửa đường 980 triệu đồng, tổng số tiền là 2,33 tỷ đồng.", "2,33", "Các phần cộng lại được 2,23 tỷ đồng, khác tổng 2,33 tỷ đồng")]
    [InlineData("Trong năm, xã thu tiền sử dụng đất 1.420 triệu đồng, thu phí chợ 160 triệu đồng. Tổng thu 1.680 triệu đồng.", "1.680", "Các phần cộng lại được 1.580 triệu đồng, khác tổng 1.680 triệu đồng")]
    [InlineData("Vụ đông gieo trồng ngô 215 ha, khoai lang 87 ha và rau màu các loại 64 ha. Tổng cộng 376 ha.", "376", "Các phần cộng lại được 366 ha, khác tổng 376 ha")]
    public void Reports_the_variants(string text, string total, string message) =>
        Assert.Equal(message, Findings.Vi(Findings.Single(text, "RL5011", total)));

    [Theory]
    [InlineData("Năm 2025, xã đã chi hỗ trợ xây nhà 1.250 triệu đồng, sửa đường giao thông 980 triệu đồng, tổng 2.230 triệu đồng.")]
    [InlineData("Kinh phí sửa chữa trường học 450 triệu đồng, mua sắm thiết bị 320 triệu đồng và đào tạo giáo viên 80 triệu đồng (tổng cộng 850 triệu đồng).")]
    [InlineData("Xã chi xây nhà 1,25 tỷ đồng, sửa đường 980 triệu đồng, tổng số tiền là 2,23 tỷ đồng.")]
    [InlineData("Trong năm, xã thu tiền sử dụng đất 1.420 triệu đồng, thu phí chợ 160 triệu đồng. Tổng thu 1.580 triệu đồng.")]
    // An amount before the list may be a whole it splits, or one the total covers too.
    [InlineData("Dự toán giao 5.000 triệu đồng; đã chi xây nhà 1.250 triệu đồng, sửa đường 980 triệu đồng, tổng 2.330 triệu đồng.")]
    // A change, a remark or a longer name after the total, another kind of total, a receipt total after spending.
    [InlineData("Xã chi xây nhà 1.250 triệu đồng, tăng 200 triệu đồng, tổng 2.330 triệu đồng.")]
    [InlineData("Xã chi xây nhà 1.250 triệu đồng, sửa đường 980 triệu đồng, tổng 2.330 triệu đồng vốn ngân sách.")]
    [InlineData("Xã chi xây nhà 1.250 triệu đồng, sửa đường 980 triệu đồng, tổng kinh phí cả năm 3.100 triệu đồng.")]
    [InlineData("Xã chi xây nhà 1.250 triệu đồng, sửa đường 980 triệu đồng. Tổng cộng có 15 công trình.")]
    [InlineData("Xã chi xây nhà 1.250 triệu đồng, chi sửa đường 980 triệu đồng. Tổng thu 2.330 triệu đồng.")]
    [InlineData("Xã chi xây nhà khoảng 1.250 triệu đồng, sửa đường 980 triệu đồng, tổng 2.330 triệu đồng.")] // approximate
    [InlineData("Hỗ trợ 25 hộ, mỗi hộ 40 triệu đồng, sửa đường 980 triệu đồng, tổng 2.330 triệu đồng.")] // a rate
    public void Is_silent_on_right_or_unclear_totals(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
