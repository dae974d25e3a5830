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
    [InlineData("Căn cứ kết quả Đại hội Đoàn tỉnh lần thứ XIV, nhiệm kỳ 2022-2027.\nCác ủy viên Ban Chấp hành Tỉnh đoàn khóa XIIII dự hội nghị.\n")]
    [InlineData("Ban Thường vụ Huyện đoàn khóa XIIII đã họp.\nĐại hội đại biểu Đoàn huyện lần thứ XIV đã thành công.\n")]
    [InlineData("Ban Chấp hành Thành đoàn khóa XIIII đã họp.\nNghị quyết Đại hội Đoàn thành phố lần thứ XIV được quán triệt.\n")]
    public void A_youth_union_s_congress_numbers_the_term_of_its_committee_however_its_name_is_written(string text)
    {
        var diagnostic = CitationTest.Single(text, "RL2007", "XIIII");
        Assert.Equal(["XIV", "XIII"], CitationTest.FixTexts(diagnostic));
        Assert.Equal(text.Replace("XIIII", "XIV", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Đại hội Đoàn huyện lần thứ XIV đã thành công.\nBan Chấp hành Hội Nông dân huyện khóa XIIII đã họp.\n")] // another body
    [InlineData("Đại hội Đoàn tỉnh lần thứ XIV đã thành công.\nBan Chấp hành Huyện đoàn khóa XIIII đã họp.\n")] // another level
    public void Another_union_s_congress_is_no_evidence(string text) =>
        Assert.Equal(["XIII", "XIV"], CitationTest.FixTexts(CitationTest.Single(text, "RL2007", "XIIII")));

    [Theory]
    [InlineData("Ban Chấp hành Đảng bộ tỉnh khóa XVIIII đã họp phiên thứ nhất.")]
    [InlineData("Quý IV năm nay, Ban Chấp hành khóa XVIIII họp. XIX là số thứ tự của mục.")] // not a term or congress
    public void Without_the_document_s_evidence_the_dropped_repeat_comes_first(string text) =>
        Assert.Equal(["XVIII", "XIX"], CitationTest.FixTexts(CitationTest.Single(text, "RL2007", "XVIIII")));

    [Theory]
    [InlineData("Hội Cựu chiến binh tỉnh bám sát Nghị quyết Đại hội đại biểu Cựu chiến binh toàn quốc lần thứ XIIII và Nghị quyết Đại hội XIV của Đảng.")]
    [InlineData("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng được quán triệt.\nĐại hội đại biểu Nông dân toàn quốc lần thứ XIIII đã bế mạc.\n")]
    [InlineData("Đoàn Thanh niên tỉnh hướng tới Đại hội đại biểu Đoàn tỉnh lần thứ XIV.\nĐại hội đại biểu Đoàn tỉnh lần thứ XIIII đã đề ra 5 chỉ tiêu.\n")]
    public void Another_body_s_congress_or_a_coming_one_is_no_evidence(string text)
    {
        var diagnostic = CitationTest.Single(text, "RL2007", "XIIII");
        Assert.Equal(["XIII", "XIV"], CitationTest.FixTexts(diagnostic));
        Assert.Equal(text.Replace("XIIII", "XIII", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Ban Chấp hành Đảng bộ huyện khóa XIIII tập trung chuẩn bị Đại hội đại biểu Đảng bộ huyện lần thứ XIV.")]
    [InlineData("Ban Chấp hành Đảng bộ huyện khóa XIIII lãnh đạo thực hiện tốt nhiệm vụ, tiến tới Đại hội Đảng bộ huyện lần thứ XIV.")]
    [InlineData("Ban Chấp hành Đảng bộ huyện khóa XIIII đã ban hành kế hoạch tổ chức Đại hội Đảng bộ huyện lần thứ XIV sắp tới.")]
    public void The_same_body_s_coming_congress_is_no_evidence_for_the_current_term(string text) =>
        Assert.Equal(["XIII", "XIV"], CitationTest.FixTexts(CitationTest.Single(text, "RL2007", "XIIII")));

    // The previous term named with its years: the congress of the next term carries the next numeral.
    private const string PreviousTerm = "Quy chế này thay thế Quy chế số 02-QC/ĐU ngày 10/11/2020 của Ban Chấp hành Đảng bộ phường khóa XVII, nhiệm kỳ 2020-2025.";

    [Theory]
    [InlineData("Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Tân An lần thứ XIIX, nhiệm kỳ 2025 - 2030.\n" + PreviousTerm)]
    [InlineData("Ban Chấp hành Đảng bộ phường khóa XVII (nhiệm kỳ trước) đã bàn giao hồ sơ.\nBan Chấp hành Đảng bộ phường khóa XIIX họp phiên thứ nhất.\n")]
    [InlineData("Ban Chấp hành khóa trước (khóa XVII) đã bàn giao hồ sơ.\nBan Chấp hành khóa XIIX họp phiên thứ nhất.\n")]
    public void The_previous_term_of_the_same_body_points_to_the_next_numeral(string text)
    {
        var diagnostic = CitationTest.Single(text, "RL2007", "XIIX");
        Assert.Equal("“XIIX” không phải số La Mã hợp lệ", CitationTest.Vi(diagnostic));
        Assert.Equal(["XVIII", "XIX"], CitationTest.FixTexts(diagnostic));
        Assert.Equal(text.Replace("XIIX", "XVIII", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Tân An lần thứ XIIX, nhiệm kỳ 2025 - 2030.")] // no previous term
    [InlineData("Đại hội đại biểu Đảng bộ huyện lần thứ XIIX, nhiệm kỳ 2025 - 2030.\nBan Chấp hành Hội Nông dân huyện khóa XVII, nhiệm kỳ 2020-2025.\n")] // another body
    [InlineData("Đại hội đại biểu Đảng bộ huyện lần thứ XIIX, nhiệm kỳ 2025 - 2030.\nBan Chấp hành Đảng bộ huyện khóa XVII, nhiệm kỳ 2015-2020.\n")] // not the term before
    public void Without_the_previous_term_of_the_same_body_the_dropped_repeat_alone_is_offered(string text) =>
        Assert.Equal(["XIX"], CitationTest.FixTexts(CitationTest.Single(text, "RL2007", "XIIX")));

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
