using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>
/// The type and issuer codes of a document symbol broken by a stray space are the symbol's, not abbreviations
/// of the text: the abbreviation rules leave them to the citation rules.
/// </summary>
public class BrokenSymbolCodeTests
{
    [Theory]
    [InlineData("Xã triển khai Kế hoạch số 57- KH/HU ngày 02/4/2024 của Huyện ủy.\n")]
    [InlineData("Xã triển khai Kế hoạch số 57 -KH/HU ngày 02/4/2024 của Huyện ủy.\n")]
    [InlineData("Xã triển khai Kế hoạch số 57 - KH/HU ngày 02/4/2024 của Huyện ủy.\n")]
    [InlineData("Xã triển khai Kế hoạch 57- KH/HU của Huyện ủy.\n")]
    [InlineData("Đơn vị lập dự toán theo Thông tư số 18/2023/TT- BNV ngày 10/11/2023.\n")]
    [InlineData("Đơn vị lập dự toán theo Thông tư số 18/2023/TT -BNV ngày 10/11/2023.\n")]
    [InlineData("Xã thực hiện Quyết định số 410/QĐ- UBND ngày 6/5/2024 của huyện.\n")]
    [InlineData("Chi bộ quán triệt Chỉ thị số 09-CT/ HU của Huyện ủy.\n")]
    [InlineData("Xã triển khai Kế hoạch số 57- KH/ HU của Huyện ủy.\n")] // two breaks in one symbol
    [InlineData("Số: 57 - KH/HU\n")]
    public void Codes_of_a_broken_symbol_are_not_abbreviations(string text) =>
        Assert.Empty(Family(text));

    [Theory]
    [InlineData("Năm 2023 - BQL dự án đã hoàn thành kế hoạch.\n", "BQL")] // a dash in prose, spaces on both sides
    [InlineData("Kinh phí còn lại 1.330- BQL tự cân đối.\n", "BQL")]      // an amount, not a symbol's number
    [InlineData("Đã kiện toàn 12 - BCĐ cấp xã.\n", "BCĐ")]
    public void Capitals_after_a_spaced_dash_in_prose_are_still_abbreviations(string text, string abbreviation)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, abbreviation);
    }
}
