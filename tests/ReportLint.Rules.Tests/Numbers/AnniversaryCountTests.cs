using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class AnniversaryCountTests
{
    [Fact]
    public void Reports_a_count_that_is_not_the_difference_of_the_years()
    {
        const string text = "Tổ chức kỷ niệm 94 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2024) trang trọng.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5013"));
        Assert.Equal((text.IndexOf("94", StringComparison.Ordinal), 2), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Từ năm 1931 đến năm 2024 là 93 năm, không phải 94 năm", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("From 1931 to 2024 is 93 years, not 94", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(text.Replace("94 năm", "93 năm", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reads_years_alone_and_en_dashes()
    {
        const string text = "Kỷ niệm 61 năm (1965 – 2025) ngày thành lập huyện.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5013"));
        Assert.Equal("Kỷ niệm 60 năm (1965 – 2025) ngày thành lập huyện.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reads_every_anniversary_of_a_list_that_ky_niem_opens()
    {
        const string text = "Tuyên truyền kỷ niệm 79 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2024), 80 năm Quốc khánh (2/9/1945 - 2/9/2024) và 56 năm thực hiện Di chúc (1969 - 2024).";
        var findings = RuleTester.Lint(text, "RL5013");
        Assert.Equal(["80", "56"], findings.Select(d => RuleTester.SpanText(text, d)));
        Assert.Equal("Từ năm 1969 đến năm 2024 là 55 năm, không phải 56 năm", findings[1].GetMessage(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void Reads_a_count_between_two_dates_of_the_same_day_without_ky_niem()
    {
        const string text = "Chào mừng 81 năm Ngày Quốc khánh (2/9/1945 - 2/9/2025).";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5013"));
        Assert.Equal("Chào mừng 80 năm Ngày Quốc khánh (2/9/1945 - 2/9/2025).", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reads_a_count_right_before_its_years_anywhere()
    {
        const string text = "Nhìn lại chặng đường 75 năm (1950 - 2030), Đảng bộ luôn đoàn kết.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5013"));
        Assert.Equal((text.IndexOf("75", StringComparison.Ordinal), 2), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Từ năm 1950 đến năm 2030 là 80 năm, không phải 75 năm", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace("75 năm", "80 năm", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Pairs_the_years_with_the_nearest_count_before_them()
    {
        // The wrong count is the one next to the years, never the first of the sentence.
        const string text = "Hướng tới kỷ niệm 80 năm Cách mạng Tháng Tám và 135 năm Ngày sinh của cố Tổng Bí thư (22/5/1891 - 22/5/2025).";
        var diagnostic = Findings.Single(text, "RL5013", "135");
        Assert.Equal("Từ năm 1891 đến năm 2025 là 134 năm, không phải 135 năm", Findings.Vi(diagnostic));
        Assert.Equal("From 1891 to 2025 is 134 years, not 135", Findings.En(diagnostic));
        Assert.Equal(text.Replace("135 năm", "134 năm", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Hướng tới kỷ niệm 80 năm Cách mạng Tháng Tám và 134 năm Ngày sinh của cố Tổng Bí thư (22/5/1891 - 22/5/2025).")]
    [InlineData("Chào mừng 70 năm Ngày Chiến thắng, 45 năm thành lập huyện và 120 năm Ngày sinh đồng chí Bí thư đầu tiên (12/10/1905 - 12/10/2025).")]
    [InlineData("Kỷ niệm 30 năm tái lập tỉnh, 60 năm Ngày truyền thống lực lượng (1965 - 2025).")] // the nearer count matches
    public void Is_silent_when_the_nearest_count_matches_its_years(string text) => Assert.Empty(RuleTester.Lint(text, "RL5013"));

    [Theory]
    [InlineData("Tổng kết 5 năm thực hiện Nghị quyết (2021 - 2025) và 10 năm thực hiện Chỉ thị (2016 - 2025).")] // periods count inclusively
    [InlineData("Kỷ niệm 50 năm Ngày giải phóng (1975 - 2025). Đánh giá 5 năm (2021 - 2025), 10 năm (2016 - 2025).")] // another sentence
    [InlineData("Trong 5 năm (01/01/2021 - 31/12/2025), toàn tỉnh giảm nghèo bền vững.")]
    [InlineData("Sau 4 năm (2021 - 2025), chương trình đạt kết quả tốt.")] // a span counted either way
    [InlineData("Chặng đường 80 năm (1945 - 2025) vẻ vang.")]
    [InlineData("Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025).")]
    [InlineData("Kỷ niệm 50 năm Ngày giải phóng (1975 – 2025); kỷ niệm 10 năm thành lập xã.")]
    [InlineData("Lễ kỷ niệm được tổ chức năm 2015; giai đoạn (2021 - 2025).")] // no count
    [InlineData("Kỷ niệm 70 năm; trước đó (1954 - 2024) đã có nhiều đổi thay.")] // another sentence part
    public void Is_silent_on_right_counts_and_other_parentheses(string text) => Assert.Empty(RuleTester.Lint(text, "RL5013"));
}
