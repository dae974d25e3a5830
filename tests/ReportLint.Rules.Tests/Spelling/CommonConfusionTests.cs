using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class CommonConfusionTests
{
    [Fact]
    public void Reports_a_consonant_confusion_with_the_right_form()
    {
        const string text = "Đẩy mạnh sản suất nông nghiệp trên địa bàn.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3012"));
        Assert.Equal((9, "sản suất".Length), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("“sản suất” là cách viết sai thường gặp; viết “sản xuất”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“sản suất” is a common misspelling; write “sản xuất”", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Đẩy mạnh sản xuất nông nghiệp trên địa bàn.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Nâng cao năng xuất lao động.", "năng xuất", "năng suất")]
    [InlineData("Bổ xung kinh phí cho các xã.", "Bổ xung", "Bổ sung")] // a sentence's capital is kept
    [InlineData("Cần trú trọng công tác dữ gìn an ninh.", "trú trọng", "chú trọng")]
    [InlineData("Các đơn vị sử lý dứt điểm.", "sử lý", "xử lý")]
    [InlineData("Đề nghị sát nhập hai thôn.", "sát nhập", "sáp nhập")]
    [InlineData("Hội viên tham gia giám xát việc sử dụng kinh phí.", "giám xát", "giám sát")]
    [InlineData("Ban hành trương trình công tác năm.", "trương trình", "chương trình")]
    [InlineData("Tăng nâng xuất lao động.", "nâng xuất", "năng suất")]
    [InlineData("Tuyên chuyền trên hệ thống loa.", "Tuyên chuyền", "Tuyên truyền")]
    [InlineData("Hoàn thành phân bố vốn đầu tư công năm 2026.", "phân bố vốn", "phân bổ vốn")] // the context decides
    [InlineData("Ủy ban nhân dân xã phân bố kinh phí cho các thôn.", "phân bố kinh phí", "phân bổ kinh phí")]
    [InlineData("Đội tuyển của huyện dành chiến thắng thuyết phục.", "dành chiến thắng", "giành chiến thắng")]
    [InlineData("Các đồng chí cần giành thời gian nghiên cứu.", "giành thời gian", "dành thời gian")]
    public void Reports_each_listed_confusion(string text, string wrong, string right)
    {
        var diagnostic = RuleTester.Lint(text, "RL3012").First();
        Assert.Equal(text.IndexOf(wrong, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(text.Replace(wrong, right, StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Đẩy mạnh sản xuất, nâng cao năng suất; bổ sung kinh phí; xuất sắc; sắp xếp; xử lý; sáp nhập; chú trọng; giữ gìn.")]
    [InlineData("Suất ăn bán trú được bảo đảm; xuất khẩu tăng; năng lực sản xuất được nâng lên.")] // the syllables alone are right
    [InlineData("SẢN XUẤT NÔNG NGHIỆP")]
    [InlineData("Phấn đấu nâng xuất khẩu nông sản lên 5 tỷ USD.")] // nâng + xuất khẩu
    [InlineData("Giải quyết vấn đề suất ăn bán trú.")] // vấn đề + suất ăn
    [InlineData("Giám sát, kiểm soát, rà soát, tập trung, chương trình, chủ trương, dữ liệu, rõ ràng, ràng buộc; cọ xát.")]
    [InlineData("Mạng lưới trường học phân bố đều; phân bố dân cư hợp lý; phân bổ vốn, phân bổ kinh phí kịp thời.")] // the word alone is right
    [InlineData("Nhân dân giành chính quyền; dành thời gian; giành chiến thắng; dành kinh phí cho thôn.")]
    [InlineData("Kinh phí phân bố\nvốn đầu tư")] // a line break is no single space: the form is not read across it
    public void Is_silent_on_the_right_forms(string text) => Assert.Empty(RuleTester.Lint(text, "RL3012"));

    [Fact]
    public void A_longer_form_replaces_all_its_syllables_once()
    {
        const string text = "Kịp thời phân bố dự toán ngân sách cho các đơn vị.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3012"));
        Assert.Equal((text.IndexOf("phân bố", StringComparison.Ordinal), "phân bố dự toán".Length), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("“phân bố dự toán” là cách viết sai thường gặp; viết “phân bổ dự toán”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Kịp thời phân bổ dự toán ngân sách cho các đơn vị.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_malformed_entry_is_reported_not_thrown()
    {
        var options = RuleTester.Options("""{ "data": { "confusions": ["sản suất"] } }""");
        var diagnostic = Assert.Single(RuleTester.Lint("Đẩy mạnh sản xuất.", options, "RL3012", "RL9001"));
        Assert.Equal("RL9001", diagnostic.Id);
    }

    [Theory]
    [InlineData("Giá trị sản xuất công nghiệp tang 10,5% so với cùng kỳ.", "tang", "tăng")]
    [InlineData("Số hộ nghèo giam 1,2 % so với đầu năm.", "giam", "giảm")]
    public void A_verb_of_change_without_its_mark_before_a_percentage_is_reported(string text, string wrong, string right)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3012"));
        Assert.Equal(wrong, RuleTester.SpanText(text, diagnostic));
        Assert.Equal(text.Replace(wrong + " ", right + " ", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Cả nước để quốc tang 2 ngày; bị can bị tạm giam 3 tháng.")] // not a percentage
    [InlineData("Gia tri san xuat tang 10,5% so voi cung ky.")] // no marks anywhere: RL3009's paragraph
    public void Is_silent_on_those_words_elsewhere(string text) => Assert.Empty(RuleTester.Lint(text, "RL3012"));
}
