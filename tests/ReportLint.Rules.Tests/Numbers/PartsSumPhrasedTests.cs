using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// RL5011 on parts phrased without `gồm` or `trong đó`: amounts added with `cộng (với)` and their `tổng` after them, and a
/// count split in the parentheses after it, each part named before its number.
/// </summary>
public class PartsSumPhrasedTests
{
    private const string Added =
        "Như vậy, thu cân đối 12.500 triệu đồng cộng với thu bổ sung từ ngân sách tỉnh 30.000 triệu đồng, tổng nguồn thu năm 2026 là 42.500 triệu đồng.";

    private const string Disciplined = "Năm 2025, chi bộ đã thi hành kỷ luật 6 đảng viên (khiển trách 3, cảnh cáo 2, cách chức 1), đúng quy định.";

    [Fact]
    public void Is_silent_when_the_added_amounts_make_their_total() => Assert.Empty(RuleTester.Lint(Added, "RL5011"));

    [Fact]
    public void Reports_a_total_that_is_not_the_sum_of_the_amounts_added()
    {
        var text = Added.Replace("42.500", "42.000", StringComparison.Ordinal);
        var diagnostic = Findings.Single(text, "RL5011", "42.000");
        Assert.Equal("Các phần cộng lại được 42.500 triệu đồng, khác tổng 42.000 triệu đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 42.500 triệu đồng, not the whole 42.000 triệu đồng", Findings.En(diagnostic));
        Assert.Equal(Added, Findings.Fixed(text, diagnostic));
        Assert.Equal(["12.500", "30.000"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Vốn ngân sách tỉnh 2,5 tỷ đồng cộng vốn huyện 800 triệu đồng cộng nhân dân đóng góp 700 triệu đồng, tổng cộng 4 tỷ đồng.", "4", null)]
    [InlineData("Vốn ngân sách tỉnh 2,5 tỷ đồng cộng vốn huyện 800 triệu đồng cộng nhân dân đóng góp 700 triệu đồng, tổng cộng 4,2 tỷ đồng.", "4,2", "Các phần cộng lại được 4,0 tỷ đồng, khác tổng 4,2 tỷ đồng")]
    [InlineData("Diện tích lúa 320 ha cộng với diện tích màu 85 ha thì tổng diện tích gieo trồng là 405 ha.", "405", null)]
    public void Reads_several_parts_and_mixed_units(string text, string total, string? message)
    {
        if (message is null)
        {
            Assert.Empty(RuleTester.Lint(text, "RL5011"));
            return;
        }
        Assert.Equal(message, Findings.Vi(Findings.Single(text, "RL5011", total)));
    }

    [Theory]
    [InlineData("Chi bộ kết nạp 5 đảng viên cộng với 3 đảng viên chuyển đến, tổng số đảng viên hiện nay là 64 đồng chí.")] // a stock
    [InlineData("Thu cân đối 12.500 triệu đồng cộng với 30.000 triệu đồng thu bổ sung.")] // no total
    [InlineData("Thu cân đối 12.500 triệu đồng cộng với thu bổ sung khoảng 30.000 triệu đồng, tổng nguồn thu là 42.000 triệu đồng.")] // an estimate
    [InlineData("Hỗ trợ 12 hộ cộng đồng dân cư thôn Đông với 300 triệu đồng, tổng cộng 400 triệu đồng.")] // `cộng đồng`
    public void Is_silent_when_the_sentence_adds_nothing_up(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Is_silent_when_the_bracketed_parts_make_the_count() => Assert.Empty(RuleTester.Lint(Disciplined, "RL5011"));

    [Theory]
    [InlineData("(khiển trách 3, cảnh cáo 2, cách chức 2)")]
    [InlineData("(khiển trách 3 đồng chí, cảnh cáo 2 đồng chí, cách chức 2 đồng chí)")]
    [InlineData("(khiển trách: 3, cảnh cáo: 2 và cách chức: 2)")]
    public void Reports_bracketed_parts_that_do_not_make_the_count(string parts)
    {
        var text = Disciplined.Replace("(khiển trách 3, cảnh cáo 2, cách chức 1)", parts, StringComparison.Ordinal);
        var diagnostic = Findings.Single(text, "RL5011", "6");
        Assert.Equal("Các phần cộng lại được 7 đảng viên, khác tổng 6 đảng viên", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("luật 6 đảng", "luật 7 đảng", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    // The first parts make the count, the last one is too many: every part in the brackets counts.
    [InlineData("(khiển trách 3, cảnh cáo 3, cách chức 1)", "7")]
    [InlineData("(khiển trách 5, cảnh cáo 1, cách chức 1)", "7")]
    [InlineData("(khiển trách 4, cảnh cáo 1, cách chức 1, khai trừ 1)", "7")]
    public void Reports_bracketed_parts_whose_first_ones_alone_make_the_count(string parts, string sum)
    {
        var text = Disciplined.Replace("(khiển trách 3, cảnh cáo 2, cách chức 1)", parts, StringComparison.Ordinal);
        var diagnostic = Findings.Single(text, "RL5011", "6");
        Assert.Equal($"Các phần cộng lại được {sum} đảng viên, khác tổng 6 đảng viên", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Ủy ban Kiểm tra đã kiểm tra 12 tổ chức đảng (đảng bộ cơ sở 4, chi bộ cơ sở 9).", "12", "13")]
    [InlineData("Trong 6 tháng, xử lý 20 vụ vi phạm (đất đai 8, xây dựng 7 và môi trường 6).", "20", "21")]
    public void Reads_a_count_whose_noun_runs_on_before_the_brackets(string text, string whole, string sum) =>
        Assert.StartsWith($"Các phần cộng lại được {sum} ", Findings.Vi(Findings.Single(text, "RL5011", whole)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Đã kiểm tra 5 hộ (thôn 3, thôn 5).")] // numbers that name
    [InlineData("Đã kiểm tra 2 chi bộ (thôn 1, thôn 2).")] // numbers that name, the first one 1
    [InlineData("Đã kiểm tra 3 tổ (tổ 1, tổ 2, tổ 4).")] // numbers that name, the first two making the count
    [InlineData("Đã kiểm tra 12 chi bộ (chi bộ thôn 7, chi bộ thôn 6).")] // `thôn 7` may name a village
    [InlineData("Đã tổ chức 6 lớp (năm 2024: 3, năm 2025: 4).")] // years
    [InlineData("Kết nạp 5 đảng viên (nữ 3, đoàn viên 4).")] // overlapping attributes
    [InlineData("Sáp nhập 3 xã (dân số 12.000, diện tích 45).")] // not counts of the whole
    [InlineData("Kết nạp 5 đảng viên (kế hoạch 6, thực hiện 5).")] // a target and a result
    [InlineData("Kỷ luật 6 đảng viên (khiển trách 3, cảnh cáo 2, …).")] // left open
    [InlineData("Kết nạp 8 đảng viên (tăng 3).")] // a change
    [InlineData("Kỷ luật 6 đảng viên (trong đó khiển trách 3, cảnh cáo 2).")] // `trong đó`: some of them
    public void Is_silent_when_the_brackets_hold_no_breakdown(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
