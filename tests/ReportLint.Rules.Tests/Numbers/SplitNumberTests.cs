using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5035: a number a hard wrap cut inside a digit group; RL5003 and RL5008 must not read its first part as a decimal.</summary>
public class SplitNumberTests
{
    private const string Opening =
        "Trong quý vừa qua, các cơ quan, đơn vị trên địa bàn huyện đã tích cực triển khai\n" +
        "đồng bộ nhiều giải pháp nhằm thúc đẩy sản xuất, kinh doanh, với tổng vốn 1.293.346\n" +
        "triệu đồng, góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội ở cơ sở.\n\n";

    private static IReadOnlyList<Diagnostic> Lint(string paragraph) =>
        RuleTester.LintAs(DocumentKind.PlainText, Opening + paragraph, "RL5035", "RL5003", "RL5008");

    [Fact]
    public void A_number_cut_inside_a_digit_group_is_one_number_and_not_an_english_decimal()
    {
        const string paragraph =
            "Tổng kinh phí thực hiện các đề án của huyện trong năm là 1.28\n" +
            "4.500.000 đồng, trong đó ngân sách tỉnh hỗ trợ 650.000.000 đồng, phần còn lại\n" +
            "do ngân sách huyện và các nguồn xã hội hóa bảo đảm theo đúng quy định hiện hành.\n";
        var text = Opening + paragraph;
        var diagnostic = Assert.Single(Lint(paragraph));
        Assert.Equal("RL5035", diagnostic.Id);
        Assert.Equal("1.28\n4.500.000", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("“1.28” cuối dòng và “4.500.000” đầu dòng sau là một số bị ngắt giữa nhóm chữ số: viết liền “1.284.500.000”",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Contains("trong năm là 1.284.500.000\nđồng, trong đó", RuleTester.ApplyFirstFix(text, diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2", "84.500.000 đồng", "1.284.500.000")]
    [InlineData("12.345.6", "78 đồng", "12.345.678")]
    [InlineData("1.28", "4.500.000,5 đồng", "1.284.500.000,5")]
    public void Other_cuts_of_a_grouped_number_are_found(string end, string start, string joined)
    {
        var paragraph = "Tổng kinh phí thực hiện các đề án của huyện trong năm là " + end + "\n" + start +
            ", trong đó ngân sách tỉnh hỗ trợ một phần, phần còn lại do các nguồn xã hội hóa.\n";
        var diagnostic = Assert.Single(Lint(paragraph));
        Assert.Equal("RL5035", diagnostic.Id);
        Assert.Equal(joined, diagnostic.Arguments[2]);
    }

    [Theory]
    // A decimal and the next figure, two whole numbers, a date, a percentage: each ends the line whole.
    [InlineData("Tỷ lệ hộ nghèo của huyện cuối năm giảm còn 2,5\n% so với năm trước; số hộ thoát nghèo là 312 hộ, vượt kế hoạch đề ra.\n")]
    [InlineData("Tổng kinh phí thực hiện các đề án của huyện trong năm là 1.284\n500.000 đồng theo số liệu của các phòng, ban chuyên môn và các xã, thị trấn.\n")]
    [InlineData("Tổng kinh phí thực hiện các đề án của huyện trong năm đạt tỷ lệ 1,28\n4 lần so với cùng kỳ theo số liệu của các phòng, ban chuyên môn của huyện.\n")]
    [InlineData("Hội nghị sơ kết được tổ chức theo Kế hoạch của Ban Thường vụ ngày 12/5\n2024 và có sự tham dự của đại diện lãnh đạo các ban, ngành, đoàn thể của huyện.\n")]
    [InlineData("Tổng kinh phí thực hiện các đề án của huyện trong năm là 12\n4.500.000 đồng theo số liệu của các phòng, ban chuyên môn và các xã, thị trấn.\n")]
    public void Numbers_that_end_a_line_whole_stay_silent(string paragraph) =>
        Assert.DoesNotContain(Lint(paragraph), d => d.Id == "RL5035");

    // A line ending with `.` closes a paragraph of a plain-text draft (WrappedPlainText), so the cut after a mark is read
    // where a paragraph keeps its line breaks: a Markdown paragraph.
    private static IReadOnlyList<Diagnostic> LintMarkdown(string paragraph) =>
        RuleTester.LintAs(DocumentKind.Markdown, Opening + paragraph, "RL5035", "RL5003", "RL5008");

    [Fact]
    public void A_number_cut_right_after_a_group_mark_is_one_number()
    {
        const string paragraph =
            "Tổng kinh phí thực hiện các đề án của huyện trong năm là 1.284.\n" +
            "500.000 đồng, trong đó ngân sách tỉnh hỗ trợ 650.000.000 đồng, phần còn lại\n" +
            "do ngân sách huyện và các nguồn xã hội hóa bảo đảm theo đúng quy định hiện hành.\n";
        var text = Opening + paragraph;
        var diagnostic = Assert.Single(LintMarkdown(paragraph));
        Assert.Equal("RL5035", diagnostic.Id);
        Assert.Equal("1.284.\n500.000", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("“1.284.” cuối dòng và “500.000” đầu dòng sau là một số bị ngắt ngay sau dấu chấm phân cách nhóm: viết liền “1.284.500.000”",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“1.284.” at the end of the line and “500.000” at the start of the next are one number cut right after a group mark: write “1.284.500.000”",
            diagnostic.GetMessage(MessageLanguage.English));
        Assert.Contains("trong năm là 1.284.500.000\nđồng, trong đó", RuleTester.ApplyFirstFix(text, diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.284.", "500 triệu đồng", "1.284.500")]
    [InlineData("12.345.", "678 đồng", "12.345.678")]
    [InlineData("1.284.", "500.000,5 đồng", "1.284.500.000,5")]
    public void Other_cuts_after_a_group_mark_are_found(string end, string start, string joined)
    {
        var paragraph = "Tổng kinh phí thực hiện các đề án của huyện trong năm là " + end + "\n" + start +
            ", trong đó ngân sách tỉnh hỗ trợ một phần, phần còn lại do các nguồn xã hội hóa.\n";
        var diagnostic = Assert.Single(LintMarkdown(paragraph));
        Assert.Equal("RL5035", diagnostic.Id);
        Assert.Equal(joined, diagnostic.Arguments[2]);
    }

    [Theory]
    // A sentence that ends with a figure, then one that opens with a count, a year or a capital: no cut.
    [InlineData("Số hộ được hỗ trợ vay vốn trong năm của toàn huyện là 1.284.\n500 hộ còn lại đã được các tổ chức đoàn thể giúp đỡ về giống, vật tư.\n")]
    [InlineData("Số lượt người được tư vấn, hỗ trợ pháp lý của toàn huyện là 1.284.\n2025 là năm đầu tiên triển khai mô hình ở tất cả các xã, thị trấn.\n")]
    [InlineData("Số lượt người được tư vấn, hỗ trợ pháp lý của toàn huyện là 1.284.\n500 Đoàn viên thanh niên tham gia hỗ trợ tại các điểm tư vấn lưu động.\n")]
    [InlineData("Số lượt người được tư vấn, hỗ trợ pháp lý của toàn huyện là 1.284.\n50 đồng chí tham gia hỗ trợ tại các điểm tư vấn lưu động của huyện.\n")]
    [InlineData("Tổng kinh phí thực hiện các đề án của huyện trong năm là 2,5.\n500 triệu đồng còn lại được bố trí từ nguồn kinh phí của các xã, thị trấn.\n")]
    [InlineData("Tổng kinh phí thực hiện các đề án của huyện trong năm là 1.284.\n500% kế hoạch được giao theo số liệu của các phòng, ban chuyên môn của huyện.\n")]
    public void A_sentence_ending_with_a_figure_before_one_opening_with_a_number_stays_silent(string paragraph) =>
        Assert.DoesNotContain(LintMarkdown(paragraph), d => d.Id == "RL5035");

    [Fact]
    public void An_english_decimal_in_a_wrapped_paragraph_is_still_reported_by_RL5003()
    {
        const string paragraph =
            "Tốc độ tăng trưởng kinh tế của huyện trong năm đạt 8.25% so với năm trước,\n" +
            "theo số liệu của Chi cục Thống kê, cao hơn mức bình quân chung của cả tỉnh.\n";
        Assert.Equal(["RL5003"], Lint(paragraph).Select(d => d.Id));
    }
}
