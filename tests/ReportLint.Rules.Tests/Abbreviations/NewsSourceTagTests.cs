using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>A newspaper's source tag before the first sentence (`(LCĐT) – Sáng 15/7, …`) is neither a use nor a definition.</summary>
public class NewsSourceTagTests
{
    [Theory]
    [InlineData("Lào Cai (LCĐT) – Sáng 15/7, Ban Thường vụ Tỉnh ủy đã họp phiên thường kỳ.\n")] // after a dateline: no definition of LCĐT
    [InlineData("(ĐCSVN) - Chiều nay, hội nghị đã bế mạc.\n")]
    [InlineData("Hà Tĩnh (HTO) — Các đại biểu đã thảo luận về dự thảo.\n")]
    public void A_source_tag_gives_no_finding(string text) => Assert.Empty(Family(text));

    [Theory]
    [InlineData("Lễ hội thu hút hàng nghìn du khách.\nQ.T.\n")]
    [InlineData("Lễ hội thu hút hàng nghìn du khách.\nBài, ảnh: H.L\n")]
    public void A_byline_of_initials_gives_no_finding(string text) => Assert.Empty(Family(text));

    [Fact]
    public void Abbreviations_after_the_tag_are_still_checked()
    {
        const string text = "(ĐCSVN) - Chiều nay, TVTU đã họp phiên thường kỳ.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1001", diagnostic.Id);
        AssertSpan(text, diagnostic, "TVTU");
    }
}
