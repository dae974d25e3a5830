using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class NonStandardSymbolTests
{
    [Fact]
    public void A_state_symbol_with_its_year_last_is_rewritten_with_the_year_after_the_number()
    {
        const string text = "Thực hiện Nghị định số 30/NĐ-CP/2020 ngày 05/3/2020 của Chính phủ về công tác văn thư.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL2013"));
        Assert.Equal("30/NĐ-CP/2020", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Số, ký hiệu “30/NĐ-CP/2020” viết sai quy cách (năm ban hành đứng sau ký hiệu loại và cơ quan): viết “30/2020/NĐ-CP”",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("The symbol “30/NĐ-CP/2020” is not written in the standard form (the year comes after the type and issuer codes): write “30/2020/NĐ-CP”",
            diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Replace("30/NĐ-CP/2020", "30/2020/NĐ-CP", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_party_symbol_issued_by_TU_is_written_TW()
    {
        const string text = "Quán triệt Nghị quyết số 18-NQ/TƯ ngày 25/10/2017 của Ban Chấp hành Trung ương.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL2013"));
        Assert.Equal("18-NQ/TƯ", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Số, ký hiệu “18-NQ/TƯ” viết sai quy cách (ký hiệu của Trung ương là TW): viết “18-NQ/TW”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace("18-NQ/TƯ", "18-NQ/TW", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 38/2023/NĐCP ngày 24/6/2023 của Chính phủ.", "38/2023/NĐCP", "38/2023/NĐ-CP")]
    [InlineData("Căn cứ Quyết định số 123/QĐUBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh.", "123/QĐUBND", "123/QĐ-UBND")]
    public void A_state_symbol_without_the_hyphen_before_its_issuer_gets_it(string text, string written, string corrected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL2013"));
        Assert.Equal(written, RuleTester.SpanText(text, diagnostic));
        Assert.Equal($"Số, ký hiệu “{written}” viết sai quy cách (thiếu dấu gạch nối giữa ký hiệu loại văn bản và cơ quan ban hành): viết “{corrected}”",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace(written, corrected, StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Căn cứ Nghị quyết số 27/2022/UBTVQH15 và Luật số 25/2018/QH14.")]
    [InlineData("Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.")]
    [InlineData("Căn cứ Quyết định số 123/QĐ-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh.")]
    [InlineData("Căn cứ Luật số 52/2019/QH14 và Thông tư số 01/2011/TT-BNV.")]
    [InlineData("Quán triệt Nghị quyết số 18-NQ/TW và Kế hoạch số 45-KH/TU của Tỉnh ủy.")]
    [InlineData("Theo Công văn số 12/UBND-VX của Ủy ban nhân dân huyện.")]
    public void Is_silent_on_standard_symbols(string text) => Assert.Empty(RuleTester.Lint(text, "RL2013"));
}
