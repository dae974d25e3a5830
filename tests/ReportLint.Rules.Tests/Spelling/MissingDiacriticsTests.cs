using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class MissingDiacriticsTests
{
    private const string Context =
        "Đảng ủy xã đã lãnh đạo các chi bộ thực hiện tốt nhiệm vụ chính trị năm qua.\n" +
        "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng, đạt nhiều kết quả.\n";

    [Fact]
    public void Reports_a_paragraph_without_diacritics_once()
    {
        const string plain = "Cac dong chi da thuc hien tot nhiem vu duoc giao trong nam qua.\n";
        var text = Context + plain;
        var diagnostic = Assert.Single(RuleTester.Lint(text, SpellingTestData.SpellingRuleIds));
        Assert.Equal("RL3009", diagnostic.Id);
        Assert.Equal(Context.Length, diagnostic.Span.Start);
        Assert.Equal(plain.Length - 2, diagnostic.Span.Length);
        Assert.Equal("Đoạn văn tiếng Việt viết không dấu (14 từ)", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("A Vietnamese paragraph written without diacritics (14 words)", diagnostic.GetMessage(MessageLanguage.English));
    }

    [Theory]
    [InlineData("The committee approved the annual plan and the budget for next year.\n")]
    [InlineData("Xem them tai\n")]
    [InlineData("UBND, HĐND, MTTQ, THPT\n")]
    public void Is_silent_on_foreign_or_short_paragraphs(string paragraph) =>
        Assert.Empty(RuleTester.Lint(Context + paragraph, "RL3009"));

    [Fact]
    public void A_decomposed_paragraph_is_not_one_without_diacritics()
    {
        var nfd = "Các đồng chí đã thực hiện tốt nhiệm vụ được giao trong năm qua.\n".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Empty(RuleTester.Lint(Context + nfd, "RL3009"));
    }

    [Fact]
    public void Is_silent_when_the_whole_document_has_no_diacritics()
    {
        const string text = "Cac dong chi da thuc hien tot nhiem vu duoc giao trong nam qua.\nBao cao ket qua cong tac xay dung Dang nam nay.\n";
        Assert.Empty(RuleTester.Lint(text, SpellingTestData.SpellingRuleIds));
    }
}
