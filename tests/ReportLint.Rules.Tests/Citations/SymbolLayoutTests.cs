using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class SymbolLayoutTests
{
    [Fact]
    public void Party_document_in_State_layout()
    {
        const string text = "Thực hiện Nghị quyết số 18/NQ-TW của Ban Chấp hành Trung ương, các cơ quan đã sắp xếp bộ máy.";
        var diagnostic = CitationTest.Single(text, "RL2002", "18/NQ-TW");
        Assert.Equal("“18/NQ-TW” là văn bản của Đảng nhưng số, ký hiệu viết theo thể thức nhà nước: viết “18-NQ/TW”", CitationTest.Vi(diagnostic));
        Assert.Equal("“18/NQ-TW” is a Party document but its symbol follows the State layout: write “18-NQ/TW”", CitationTest.En(diagnostic));
        Assert.Equal("Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, các cơ quan đã sắp xếp bộ máy.",
            RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void State_document_in_Party_layout()
    {
        const string text = "Căn cứ Quyết định số 1234-QĐ/UBND của Ủy ban nhân dân tỉnh về kiện toàn tổ công tác.";
        var diagnostic = CitationTest.Single(text, "RL2002", "1234-QĐ/UBND");
        Assert.Equal("“1234-QĐ/UBND” là văn bản nhà nước nhưng số, ký hiệu viết theo thể thức của Đảng: viết “1234/QĐ-UBND”", CitationTest.Vi(diagnostic));
        Assert.Contains("1234/QĐ-UBND", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Party_unit_code_in_State_layout()
    {
        const string text = "Theo Hướng dẫn số 12/HD-BTCTU của Ban Tổ chức Tỉnh ủy.";
        Assert.Equal(["12-HD/BTCTU"], CitationTest.FixTexts(CitationTest.Single(text, "RL2002", "12/HD-BTCTU")));
    }

    [Fact]
    public void State_only_type_code_in_Party_layout()
    {
        const string text = "Theo Nghị định số 30-NĐ/CP, văn bản phải ghi rõ nơi nhận.";
        var diagnostic = CitationTest.Single(text, "RL2002", "30-NĐ/CP");
        Assert.Equal(["30/NĐ-CP"], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    [InlineData("Thực hiện Nghị định số 33-NĐ/CP ngày 10/6/2023 của Chính phủ về cán bộ, công chức cấp xã.", "33-NĐ/CP", "33/2023/NĐ-CP")]
    [InlineData("Theo Thông tư số 05-TT/BNV ngày 01/7/2024 của Bộ Nội vụ.", "05-TT/BNV", "05/2024/TT-BNV")]
    [InlineData("Căn cứ Quyết định số 12-QĐ/UBND ngày 01/7/2024 của Ủy ban nhân dân tỉnh.", "12-QĐ/UBND", "12/QĐ-UBND")] // no year: an administrative decision
    public void A_legal_document_s_State_symbol_takes_the_year_of_its_date(string text, string written, string fixedSymbol)
    {
        var diagnostic = CitationTest.Single(text, "RL2002", written);
        Assert.Equal([fixedSymbol], CitationTest.FixTexts(diagnostic));
        Assert.EndsWith($"viết “{fixedSymbol}”", CitationTest.Vi(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Căn cứ Quyết định số 1234/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh.")]
    [InlineData("Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.")]
    [InlineData("Công văn số 125/UBND-VX đã trả lời kiến nghị.")]
    [InlineData("Luật số 52/2019/QH14 có hiệu lực từ năm 2020.")]
    [InlineData("Quyết định số 15/QĐ-NHTW và Kế hoạch số 12/KH-STTU của đơn vị.")]
    [InlineData("Kế hoạch số 45-KH/TWĐTN của Ban Bí thư Trung ương Đoàn.")]
    [InlineData("Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 quy định thể thức văn bản của Đảng.")]
    [InlineData("Nghị quyết số 07-NQ/ĐUK ngày 14/3/2019 của Ban Chấp hành Đảng bộ Khối.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2002"));
}
