using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class InvalidTermNumeralTests
{
    [Fact]
    public void A_letter_typed_twice_is_dropped_first_then_the_letters_are_added_up()
    {
        const string text = "Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XIIII đã bế mạc.";
        var diagnostic = CitationTest.Single(text, "RL2007", "XIIII");
        Assert.Equal("“XIIII” không phải số La Mã hợp lệ", CitationTest.Vi(diagnostic));
        Assert.Equal("“XIIII” is not a valid Roman numeral", CitationTest.En(diagnostic));
        Assert.Equal(["XIII", "XIV"], CitationTest.FixTexts(diagnostic));
        Assert.Equal("Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XIII đã bế mạc.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Badly_ordered_numeral_is_only_offered_the_dropped_repeat()
    {
        Assert.Equal(["IV"], CitationTest.FixTexts(CitationTest.Single("Đại hội đại biểu lần thứ IIV thành công tốt đẹp.", "RL2007", "IIV")));
        Assert.Empty(CitationTest.Single("Đại hội đại biểu lần thứ IXV thành công tốt đẹp.", "RL2007", "IXV").Fixes);
    }

    [Theory]
    [InlineData("Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX đã thành công.\nBan Chấp hành Đảng bộ tỉnh khóa XVIIII đã họp phiên thứ nhất.\n")]
    [InlineData("Ban Chấp hành Đảng bộ tỉnh khóa XVIIII đã họp.\nNghị quyết Đại hội XIX của Đảng bộ được quán triệt.\n")]
    [InlineData("Quy chế làm việc của Ban Thường vụ khóa XX, XIX và khóa XVIIII.")]
    [InlineData("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XIX\nBan Chấp hành Đảng bộ tỉnh khóa XVIIII đã họp.\n")] // a heading in capitals
    public void A_numeral_the_document_writes_as_a_term_or_congress_is_offered_first(string text)
    {
        var diagnostic = CitationTest.Single(text, "RL2007", "XVIIII");
        Assert.Equal("“XVIIII” không phải số La Mã hợp lệ", CitationTest.Vi(diagnostic));
        Assert.Equal("“XVIIII” is not a valid Roman numeral", CitationTest.En(diagnostic));
        Assert.Equal(["XIX", "XVIII"], CitationTest.FixTexts(diagnostic));
        Assert.Equal(text.Replace("XVIIII", "XIX", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Ban Chấp hành Đảng bộ tỉnh khóa XVIIII đã họp phiên thứ nhất.")]
    [InlineData("Quý IV năm nay, Ban Chấp hành khóa XVIIII họp. XIX là số thứ tự của mục.")] // not a term or congress
    public void Without_the_document_s_evidence_the_dropped_repeat_comes_first(string text) =>
        Assert.Equal(["XVIII", "XIX"], CitationTest.FixTexts(CitationTest.Single(text, "RL2007", "XVIIII")));

    [Fact]
    public void Every_numeral_of_a_list_is_checked()
    {
        const string text = "Nghị quyết Trung ương 4 (khoá XI, XIIV) về xây dựng Đảng.";
        CitationTest.Single(text, "RL2007", "XIIV");
    }

    [Theory]
    [InlineData("Khóa XIIV đã hoàn thành nhiệm vụ.")]
    [InlineData("KHOÁ XIIV ĐÃ HOÀN THÀNH NHIỆM VỤ.")]
    [InlineData("Lần thứ XIIV, Đại hội đã biểu quyết.")]
    [InlineData("Đại hội khoa\u0301 XIIV đã bế mạc.")]
    public void Lead_word_is_found_in_any_case_tone_placement_and_normalisation(string text) =>
        CitationTest.Single(text, "RL2007", "XIIV");

    [Theory]
    [InlineData("Ban Chấp hành Trung ương khóa XII và Đại hội lần thứ XIII.")]
    [InlineData("Quy chế làm việc của Tỉnh uỷ khoá XIX, nhiệm kỳ 2020-2025.")]
    [InlineData("Hội nghị lần thứ 18 (mở rộng) của Ban Chấp hành.")]
    [InlineData("Chương trình hành động toàn khóa được chia thành kế hoạch từng năm.")]
    [InlineData("Đại biểu Quốc hội khóa XV, XVI.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL2007"));
}
