using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class TableChangeMismatchTests
{
    private const string Changes = """
        Một số chỉ tiêu chủ yếu:

        | Chỉ tiêu | Năm 2025 | Năm 2026 | Tăng (+), giảm (-) |
        |---|---:|---:|---:|
        | Thu ngân sách (tỷ đồng) | 356,2 | 401,8 | +45,6 |
        | Vốn đầu tư (tỷ đồng) | 1.204,5 | 1.150,3 | -54,2 |
        | Số doanh nghiệp thành lập mới | 86 | 112 | +26 |
        | Số hộ nghèo | 1.245 | 1.032 | -213 |

        Nguồn: Chi cục Thống kê.
        """;

    private const string Growth = """
        | TT | Chỉ tiêu | Cùng kỳ năm 2025 | Thực hiện 2026 | Tăng/giảm (%) |
        |---|---|---:|---:|---:|
        | 1 | Khách du lịch (nghìn lượt) | 250 | 270 | 8,00 |
        | 2 | Sản lượng thủy sản (tấn) | 1.200 | 1.173 | -2,25 |
        | 3 | Số lao động được đào tạo | 80 | 92 | 15,00 |
        | 4 | Số vụ tai nạn giao thông | 64 | 60 | -6,25 |
        """;

    private static IReadOnlyList<Diagnostic> Lint(string text) => RuleTester.LintMarkdown(text, "RL5021");

    private static Diagnostic SingleFinding(string text, string spanText, string from)
    {
        var diagnostic = Assert.Single(Lint(text));
        AssertSpan(text, diagnostic, spanText, from);
        return diagnostic;
    }

    [Fact]
    public void Is_silent_when_every_change_is_later_minus_earlier() => Assert.Empty(Lint(Changes));

    [Fact]
    public void Is_silent_when_every_change_in_percent_is_right() => Assert.Empty(Lint(Growth));

    [Fact]
    public void Reports_a_change_with_the_wrong_sign_and_size_with_the_difference_as_fix()
    {
        var text = Changes.Replace("| +45,6 |", "| -54,6 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "-54,6", "Thu ngân sách");
        Assert.Equal("Cột “Tăng (+), giảm (-)” của “Thu ngân sách (tỷ đồng)” là 401,8 − 356,2 = +45,6, không phải -54,6", Vi(diagnostic));
        Assert.Equal("Column “Tăng (+), giảm (-)” of “Thu ngân sách (tỷ đồng)” is 401,8 − 356,2 = +45,6, not -54,6", En(diagnostic));
        Assert.Equal(Changes, Fixed(text, diagnostic));
    }

    [Fact]
    public void Writes_the_fix_with_the_row_decimals_and_the_column_minus()
    {
        var text = Changes.Replace("| -213 |", "| +213 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "+213", "Số hộ nghèo");
        Assert.Equal("Cột “Tăng (+), giảm (-)” của “Số hộ nghèo” là 1.032 − 1.245 = -213, không phải +213", Vi(diagnostic));
        Assert.Equal(Changes, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_percent_change_whose_sign_is_missing()
    {
        var text = Growth.Replace("| -6,25 |", "| 6,25 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "6,25", "tai nạn");
        Assert.Equal("Cột “Tăng/giảm (%)” của “Số vụ tai nạn giao thông” là (60 − 64)/64 = -6,25%, không phải 6,25%", Vi(diagnostic));
        Assert.Equal(Growth, Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_rate_of_change_heading_and_years_named_in_any_order()
    {
        const string text = """
            | Chỉ tiêu | Đợt mưa lũ năm 2026 | Đợt mưa lũ tháng 9/2025 | Tăng (+), giảm (-) | Tỷ lệ tăng, giảm (%) |
            |---|---:|---:|---:|---:|
            | Nhà bị ngập (cái) | 910 | 650 | +260 | +40,00 |
            | Đường giao thông sạt lở (m) | 1.240 | 1.550 | -310 | -20,00 |
            | Cây ăn quả đổ gãy (ha) | 74,5 | 60,0 | +14,5 | +42,17 |
            """;
        var diagnostic = SingleFinding(text, "+42,17", "Cây ăn quả");
        Assert.Equal("Cột “Tỷ lệ tăng, giảm (%)” của “Cây ăn quả đổ gãy (ha)” là (74,5 − 60,0)/60,0 = +24,17%, không phải +42,17%", Vi(diagnostic));
        Assert.Equal(text.Replace("+42,17", "+24,17", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_percent_change_that_is_off()
    {
        var text = Growth.Replace("| 15,00 |", "| 12,00 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "12,00", "đào tạo");
        Assert.Equal("Cột “Tăng/giảm (%)” của “Số lao động được đào tạo” là (92 − 80)/80 = 15,00%, không phải 12,00%", Vi(diagnostic));
    }

    [Theory]
    [InlineData("| Chỉ tiêu | Kỳ trước | Kỳ này | Chênh lệch |", "| Số hồ sơ tiếp nhận | 420 | 515 | 59 |")]
    [InlineData("| Chỉ tiêu | 2025 | 2026 | +/- |", "| Số hồ sơ tiếp nhận | 420 | 515 | 59 |")]
    [InlineData("| Chỉ tiêu | Năm trước | Năm nay | Tăng, giảm |", "| Số hồ sơ tiếp nhận | 420 | 515 | 59 |")]
    [InlineData("| Chỉ tiêu | Năm học 2024 - 2025 | Năm học 2025-2026 | Tăng, giảm |", "| Số hồ sơ tiếp nhận | 420 | 515 | 59 |")]
    [InlineData("| Chỉ tiêu | Khóa XII | Khóa XIII | Tăng, giảm |", "| Số hồ sơ tiếp nhận | 420 | 515 | 59 |")]
    [InlineData("| Chỉ tiêu | Đại hội lần thứ IX | Đại hội lần thứ X | Tăng, giảm |", "| Số hồ sơ tiếp nhận | 420 | 515 | 59 |")]
    [InlineData("| Chỉ tiêu | Đợt 2 | Đợt 1 | Chênh lệch |", "| Số hồ sơ tiếp nhận | 515 | 420 | 59 |")]
    public void Reads_other_headings_of_the_two_periods(string header, string wrongRow)
    {
        // The later column first when the headings put it there (`Đợt 2 | Đợt 1`).
        string Row(string earlier, string later) => header.Contains("Đợt 2", StringComparison.Ordinal) ? $"| {later} | {earlier} |" : $"| {earlier} | {later} |";
        var text = $"""
            {header}
            |---|---:|---:|---:|
            | Số cuộc họp {Row("36", "30")} -6 |
            | Số văn bản ban hành {Row("1.150", "1.285")} 135 |
            {wrongRow}
            | Số đoàn kiểm tra {Row("12", "15")} 3 |
            """;
        var diagnostic = SingleFinding(text, "59", "hồ sơ");
        Assert.Equal(text.Replace("| 59 |", "| 95 |", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    // A column that writes no sign gives sizes: a fall written 6 is no error.
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | Chênh lệch |", "| Số cuộc họp | 36 | 30 | 6 |")]
    // `So sánh (%)` as a ratio of the two years (83,33 = 30/36), not a change: agrees on no row.
    [InlineData("| Chỉ tiêu | Năm 2025 | Năm 2026 | So sánh (%) |", "| Số cuộc họp | 36 | 30 | 83,33 |")]
    // Plan against performance, written as what the plan was missed by (`+6` for 30 against 36): the two columns read
    // left to right agree on no row.
    [InlineData("| Chỉ tiêu | Kế hoạch | Thực hiện | Chênh lệch |", "| Số cuộc họp | 36 | 30 | +6 |")]
    public void Is_silent_on_columns_it_cannot_read_as_a_change(string header, string firstRow)
    {
        var ratio = header.Contains("So sánh", StringComparison.Ordinal);
        var missed = header.Contains("Kế hoạch", StringComparison.Ordinal);
        var text = $"""
            {header}
            |---|---:|---:|---:|
            {firstRow}
            | Số văn bản ban hành | 1.150 | 1.285 | {(ratio ? "111,74" : missed ? "-135" : "135")} |
            | Số đoàn kiểm tra | 12 | 15 | {(ratio ? "125,00" : missed ? "-3" : "3")} |
            """;
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Is_silent_on_three_years_when_the_change_is_not_between_the_last_two()
    {
        // The change over the whole span, 2024 to 2026: the two columns right before it agree on no row.
        const string text = """
            | Chỉ tiêu | 2024 | 2025 | 2026 | Tăng, giảm |
            |---|---:|---:|---:|---:|
            | Số cuộc họp | 36 | 40 | 30 | -6 |
            | Số văn bản ban hành | 1.150 | 1.200 | 1.285 | 135 |
            | Số đoàn kiểm tra | 12 | 10 | 15 | 3 |
            """;
        Assert.Empty(Lint(text));
    }

    [Theory]
    // Headings that name no two periods: the two figure columns right before the change, read left to right, when
    // most rows agree with them.
    [InlineData("| Chỉ tiêu | Kế hoạch | Thực hiện | Chênh lệch |", "| Số cuộc họp | 36 | 30 | -9 |")]
    [InlineData("| Chỉ tiêu | 2024 | 2025 | 2026 | Tăng, giảm |", "| Số cuộc họp | 40 | 36 | 30 | -9 |")]
    [InlineData("| Chỉ tiêu | Báo cáo lần đầu | Báo cáo bổ sung | Tăng, giảm |", "| Số cuộc họp | 36 | 30 | -9 |")]
    public void Reads_the_two_columns_right_before_the_change_when_the_headings_do_not_say(string header, string wrongRow)
    {
        var figures = header.Contains("2024", StringComparison.Ordinal) ? "| 1.000 | " : "| ";
        var alignment = header.Contains("2024", StringComparison.Ordinal) ? "|---|---:|---:|---:|---:|" : "|---|---:|---:|---:|";
        var text = $"""
            {header}
            {alignment}
            {wrongRow}
            | Số văn bản ban hành {figures}1.150 | 1.285 | 135 |
            | Số đoàn kiểm tra {figures}12 | 15 | 3 |
            """;
        var diagnostic = SingleFinding(text, "-9", "cuộc họp");
        Assert.Equal($"Cột “{header.Split('|')[^2].Trim()}” của “Số cuộc họp” là 30 − 36 = -6, không phải -9", Vi(diagnostic));
        Assert.Equal(text.Replace("| -9 |", "| -6 |", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    private const string Rates = """
        | STT | Nội dung | Năm 2025 | Năm 2026 | Tăng (điểm %) |
        |---|---|---:|---:|---:|
        | 1 | Tỷ lệ trường đạt chuẩn quốc gia | 64,30% | 71,80% | +7,50 |
        | 2 | Tỷ lệ trạm y tế có bác sĩ | 88,00% | 100% | +12,00 |
        | 3 | Tỷ lệ thôn có nhà văn hóa | 93,25 % | 96,50 % | +3,25 |
        | 4 | Tỷ lệ chợ đạt chuẩn văn minh | 40,00% | 55,00% | +15,00 |
        """;

    [Fact]
    public void Is_silent_when_every_change_in_points_between_rates_is_right() => Assert.Empty(Lint(Rates));

    [Fact]
    public void Reports_a_change_in_points_between_rates_written_with_a_percent_sign()
    {
        var text = Rates.Replace("| +3,25 |", "| +4,25 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "+4,25", "nhà văn hóa");
        Assert.Equal("Cột “Tăng (điểm %)” của “Tỷ lệ thôn có nhà văn hóa” là 96,50 % − 93,25 % = +3,25, không phải +4,25", Vi(diagnostic));
        Assert.Equal("Column “Tăng (điểm %)” of “Tỷ lệ thôn có nhà văn hóa” is 96,50 % − 93,25 % = +3,25, not +4,25", En(diagnostic));
        Assert.Equal(Rates, Fixed(text, diagnostic));
    }

    [Theory]
    // Rates under the two years right before an unnamed difference column.
    [InlineData("| STT | Nội dung | Thực hiện 2025 | Kế hoạch 2026 | Chênh lệch (điểm phần trăm) |")]
    [InlineData("| STT | Nội dung | Kỳ trước | Kỳ này | Tăng, giảm |")]
    public void Reads_rates_under_other_headings_of_a_change_in_points(string header)
    {
        var text = Rates.Replace("| STT | Nội dung | Năm 2025 | Năm 2026 | Tăng (điểm %) |", header, StringComparison.Ordinal)
            .Replace("| +15,00 |", "| +5,00 |", StringComparison.Ordinal);
        var diagnostic = SingleFinding(text, "+5,00", "chợ đạt chuẩn");
        Assert.Equal(text.Replace("| +5,00 |", "| +15,00 |", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    // A change of rates in percent may be relative or in points: unread.
    [InlineData("| STT | Nội dung | Năm 2025 | Năm 2026 | Tăng/giảm (%) |")]
    // `Tăng` alone in units may be a part added, not a difference.
    [InlineData("| STT | Nội dung | Năm 2025 | Năm 2026 | Tăng |")]
    public void Is_silent_on_rates_whose_change_column_does_not_say_points(string header)
    {
        var text = Rates.Replace("| STT | Nội dung | Năm 2025 | Năm 2026 | Tăng (điểm %) |", header, StringComparison.Ordinal)
            .Replace("| +15,00 |", "| +5,00 |", StringComparison.Ordinal);
        Assert.Empty(Lint(text));
    }
}
