using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>`TM.`, `KT.`, `TL.`, `TUQ.` over a signature need no definition, also when Markdown joins the block's lines.</summary>
public class SignatureMarkTests
{
    [Theory]
    [InlineData("Trên đây là báo cáo năm 2024./.\n\n**TM. BAN CHẤP HÀNH**\n**CHỦ TỊCH**\nTrần Văn Hùng\n")]
    [InlineData("Trên đây là báo cáo năm 2024./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Pọm\n")]
    public void A_signature_mark_needs_no_definition(string text) => Assert.Empty(RuleTester.LintMarkdown(text, "RL1001"));

    [Fact]
    public void The_same_letters_elsewhere_are_still_an_abbreviation() =>
        Assert.Single(RuleTester.LintMarkdown("Đề nghị TM xem xét hồ sơ trong tháng.\n", "RL1001"));
}
