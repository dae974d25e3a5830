using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Punctuation;

public class LegalBasisPunctuationTests
{
    private const string Decision =
        "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG KHÊ\n" +
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n" +
        "Căn cứ Nghị định số 168/2017/NĐ-CP ngày 31 tháng 12 năm 2017 của Chính phủ.\n" +
        "Căn cứ Quyết định số 1520/QĐ-UBND ngày 14 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh;\n" +
        "Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.\n" +
        "QUYẾT ĐỊNH:\n";

    [Fact]
    public void Reports_a_period_closing_a_basis_that_another_follows()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(Decision, "RL4010"));
        Assert.Equal(Decision.IndexOf("Chính phủ.", StringComparison.Ordinal) + "Chính phủ".Length, diagnostic.Span.Start);
        Assert.Equal(1, diagnostic.Span.Length);
        Assert.Equal("Căn cứ ban hành chưa phải dòng cuối kết thúc bằng dấu “;”, không phải “.”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("A legal basis that is not the last line ends with “;”, not “.”", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Contains("của Chính phủ;\n", RuleTester.ApplyFirstFix(Decision, diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\nCăn cứ Nghị định số 168/2017/NĐ-CP của Chính phủ;\nTheo đề nghị của Trưởng phòng Văn hóa và Thông tin.\nQUYẾT ĐỊNH:\n")]
    [InlineData("Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\nCăn cứ Nghị định số 168/2017/NĐ-CP của Chính phủ.\nQUYẾT ĐỊNH:\n")] // the last basis
    [InlineData("Căn cứ kết quả kiểm tra, đoàn đã kết luận.\nCác đơn vị khắc phục trước ngày 15/12.\n")] // a sentence, no block
    [InlineData("Căn cứ Luật Du lịch.\n\nCăn cứ vào tình hình thực tế, huyện xây dựng kế hoạch.\n")] // apart
    public void Is_silent_on_a_well_punctuated_block_and_lone_sentences(string text) => Assert.Empty(RuleTester.Lint(text, "RL4010"));
}
