using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class RangeOrderTests
{
    [Fact]
    public void Reports_a_term_that_ends_before_it_starts_and_offers_the_five_year_term_first()
    {
        const string text = "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2020 thành công.";
        var diagnostic = Findings.Single(text, "RL5006", "2025-2020");
        Assert.Equal("Khoảng năm “2025-2020” kết thúc (2020) trước khi bắt đầu (2025)", Findings.Vi(diagnostic));
        Assert.Equal("The range “2025-2020” ends (2020) before it starts (2025)", Findings.En(diagnostic));
        Assert.Equal(["2025-2030", "2020-2025"], NewTexts(diagnostic));
        Assert.Equal(["Sửa thành “2025-2030” (nhiệm kỳ 5 năm)", "Đảo thành “2020-2025”"], diagnostic.Fixes.Select(f => f.Title.Vi));
        Assert.Equal(["Change to “2025-2030” (a five-year term)", "Swap to “2020-2025”"], diagnostic.Fixes.Select(f => f.Title.En));
        Assert.All(diagnostic.Fixes, f => Assert.Equal(FixSafety.Unsafe, f.Safety));
        Assert.Equal(text.Replace("2025-2020", "2025-2030", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Offers_first_the_end_the_document_writes_with_that_start_elsewhere()
    {
        const string text = "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 đề ra 18 chỉ tiêu.\n"
            + "Các tổ chức cơ sở đảng đánh giá kết quả thực hiện nhiệm vụ nhiệm kỳ 2020 - 2015, trong đó tập trung vào công tác cán bộ.\n";
        var diagnostic = Findings.Single(text, "RL5006", "2020 - 2015");
        Assert.Equal(["2020 - 2025", "2015 - 2020"], NewTexts(diagnostic));
        Assert.Equal("Sửa thành “2020 - 2025” (như ở chỗ khác trong văn bản)", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal("Change to “2020 - 2025” (as written elsewhere in the document)", diagnostic.Fixes[0].Title.En);
        Assert.Equal(text.Replace("2020 - 2015", "2020 - 2025", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void The_documents_own_end_wins_over_the_five_year_guess()
    {
        // The strategy runs ten years; a five-year guess would say 2021 - 2025.
        const string text = "Chiến lược phát triển giai đoạn 2021 - 2030 được triển khai.\nKế hoạch giai đoạn 2021 - 2016 đã được phê duyệt.\n";
        var diagnostic = Findings.Single(text, "RL5006", "2021 - 2016");
        Assert.Equal(["2021 - 2030", "2016 - 2021"], NewTexts(diagnostic));
    }

    [Fact]
    public void The_most_frequent_end_with_that_start_is_offered()
    {
        const string text = "Giai đoạn 2020 - 2030 là tầm nhìn. Nhiệm kỳ 2020 - 2025 đã qua nửa chặng; mục tiêu nhiệm kỳ 2020 - 2025 cơ bản đạt.\n"
            + "Nhiệm kỳ 2020 - 2019 có nhiều khó khăn.\n";
        var diagnostic = Findings.Single(text, "RL5006", "2020 - 2019");
        Assert.Equal("2020 - 2025", diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Triển khai kế hoạch giai đoạn 2026 - 2020 của huyện.", "2026 - 2020", "2026 - 2030")] // State five-year plans count both ends
    [InlineData("Tổng kết kết quả giai đoạn 2020-2015 của Đảng bộ.", "2020-2015", "2020-2025")]
    [InlineData("Chương trình hành động nhiệm kỳ 2021 – 2016 của Hội đồng nhân dân.", "2021 – 2016", "2021 – 2026")]
    public void Offers_the_five_year_end_before_the_swap(string text, string range, string expected)
    {
        var diagnostic = Findings.Single(text, "RL5006", range);
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
        Assert.Equal(2, diagnostic.Fixes.Count);
        Assert.StartsWith("Đảo thành", diagnostic.Fixes[1].Title.Vi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đại hội nhiệm kỳ 2020 - 2025 đã thành công.\nBan Chấp hành nhiệm kỳ 2025-2020 đã họp.\n", "2025-2020", "2020-2025", "2025-2030")]
    [InlineData("Đại hội nhiệm kỳ 2020-2025 đã thành công. Ban Chấp hành nhiệm kỳ 2025-2020 đã họp.", "2025-2020", "2020-2025", "2025-2030")]
    [InlineData("Kế hoạch giai đoạn 2021-2025 đã xong.\nTổng kết giai đoạn 2025-2021 của tỉnh.\n", "2025-2021", "2021-2025", "2025-2030")]
    [InlineData("Kế hoạch giai đoạn 2021 – 2025 đã xong.\nTổng kết giai đoạn 2025-2021 của tỉnh.\n", "2025-2021", "2021-2025", "2025-2030")]
    public void The_swap_comes_first_when_the_document_writes_it_elsewhere(string text, string range, string swapped, string fiveYear)
    {
        var diagnostic = Findings.Single(text, "RL5006", range);
        Assert.Equal([swapped, fiveYear], NewTexts(diagnostic));
        Assert.Equal($"Đảo thành “{swapped}”", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal($"Swap to “{swapped}”", diagnostic.Fixes[0].Title.En);
        Assert.Equal(text.Replace(range, swapped, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void A_swap_inside_a_period_the_document_writes_comes_before_the_five_year_guess()
    {
        const string text = "Kế hoạch đầu tư công giai đoạn 2026 - 2030.\nDự án thực hiện giai đoạn 2030 - 2028.\n";
        var diagnostic = Findings.Single(text, "RL5006", "2030 - 2028");
        Assert.Equal(["2028 - 2030", "2030 - 2035"], NewTexts(diagnostic));
    }

    [Fact]
    public void The_end_written_with_that_start_stays_first_when_the_swap_is_written_too()
    {
        const string text = "Nhiệm kỳ 2015 - 2020 đã kết thúc; nhiệm kỳ 2020 - 2025 đã bắt đầu.\nTổng kết nhiệm kỳ 2020 - 2015 của Đảng bộ.\n";
        var diagnostic = Findings.Single(text, "RL5006", "2020 - 2015");
        Assert.Equal(["2020 - 2025", "2015 - 2020"], NewTexts(diagnostic));
    }

    [Theory]
    [InlineData("Kế hoạch giai đoạn 2025 - 2030 đang xây dựng.\nTổng kết giai đoạn 2025-2021, tỉnh đạt nhiều kết quả.\n", "2025-2021", "2021-2025", "2025-2030")]
    [InlineData("Kế hoạch giai đoạn 2021-2025 và giai đoạn 2025-2030 của tỉnh.\nTổng kết giai đoạn 2025-2021 của tỉnh.\n", "2025-2021", "2021-2025", "2025-2030")]
    [InlineData("Giai đoạn 2030 - 2035 sắp bắt đầu.\nTổng kết giai đoạn 2030 - 2026 của tỉnh.\n", "2030 - 2026", "2026 - 2030", "2030 - 2035")]
    public void The_swap_of_a_valid_range_comes_before_an_end_that_is_no_slip_of_one_digit(string text, string range, string swapped, string other)
    {
        var diagnostic = Findings.Single(text, "RL5006", range);
        Assert.Equal([swapped, other], NewTexts(diagnostic));
        Assert.Equal($"Đảo thành “{swapped}”", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal(text.Replace(range, swapped, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void The_written_end_stays_first_when_the_swap_is_no_valid_range()
    {
        // The swap 2025 - 2035 is no five-year term and the document does not write it.
        const string text = "Nhiệm kỳ 2035 - 2040 được định hướng.\nNhiệm kỳ 2035 - 2025 của Đảng bộ.\n";
        var diagnostic = Findings.Single(text, "RL5006", "2035 - 2025");
        Assert.Equal(["2035 - 2040", "2025 - 2035"], NewTexts(diagnostic));
    }

    [Fact]
    public void A_reversed_range_is_no_evidence_for_itself()
    {
        const string text = "Nhiệm kỳ 2020 - 2015 có nhiều đổi mới. Tổng kết nhiệm kỳ 2020 - 2015 đã hoàn thành.";
        var diagnostics = RuleTester.Lint(text, "RL5006");
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(["2020 - 2025", "2015 - 2020"], NewTexts(d)));
    }

    [Fact]
    public void Reports_a_spaced_range_and_keeps_its_spacing_in_the_fix()
    {
        // Not a five-year period: 2018 starts no term or plan, so only the swap is offered.
        const string text = "Kết quả giai đoạn 2018 – 2012 được đánh giá cao.";
        var diagnostic = Findings.Single(text, "RL5006", "2018 – 2012");
        Assert.Single(diagnostic.Fixes);
        Assert.Equal(text.Replace("2018 – 2012", "2012 – 2018", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void A_range_with_no_term_or_period_before_it_is_only_swapped()
    {
        const string text = "Chủ tịch Hồ Chí Minh (1969 - 1890) là lãnh tụ vĩ đại.";
        var diagnostic = Findings.Single(text, "RL5006", "1969 - 1890");
        Assert.Equal(["1890 - 1969"], NewTexts(diagnostic));
    }

    [Theory]
    [InlineData("Nhiệm kỳ 2020-2025 có nhiều đổi mới.")]
    [InlineData("Nhiệm kỳ 2020 - 2025 có nhiều đổi mới.")]
    [InlineData("Từ tháng 8-2020 đến nay.")]
    [InlineData("Ngày 10-10-2012 là ngày ban hành.")]
    [InlineData("Gọi đường dây nóng 1900-1234 để phản ánh.")]
    [InlineData("Chủ tịch Hồ Chí Minh (1890 - 1969).")]
    [InlineData("Giai đoạn 2021 - 2025 và giai đoạn 2026 - 2030.")]
    public void Is_silent_on_ordered_ranges(string text) => Assert.Empty(RuleTester.Lint(text, "RL5006"));

    private static string[] NewTexts(Diagnostic diagnostic) => diagnostic.Fixes.Select(f => f.Edits[0].NewText).ToArray();
}
