using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class RepeatedWordTests
{
    [Fact]
    public void Reports_a_repeated_phrase_and_removes_the_second_copy()
    {
        const string text = "Báo cáo Báo cáo kết quả.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3010"));
        Assert.Equal((8, 7), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("“Báo cáo” bị lặp lại", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Báo cáo kết quả.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reports_a_repeated_single_word_case_insensitively()
    {
        const string text = "Ghi rõ số số lượng; Các các đơn vị.";
        var diagnostics = RuleTester.Lint(text, "RL3010");
        Assert.Equal(["số", "các"], diagnostics.Select(d => RuleTester.SpanText(text, d)));
        Assert.Equal("Ghi rõ số lượng; Các đơn vị.", RuleTester.FixAll(text, false, "RL3010"));
    }

    [Fact]
    public void Deleting_a_syllable_that_closes_a_word_is_not_a_safe_fix()
    {
        const string text = "Đề nghị các đơn vị kiểm tra tra lại hồ sơ.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3010"));
        Assert.Equal("tra", RuleTester.SpanText(text, diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Đề nghị các đơn vị kiểm tra lại hồ sơ.", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Equal(FixSafety.Safe, Assert.Single(RuleTester.Lint("Ghi rõ số số lượng.", "RL3010")).Fixes[0].Safety);
    }

    [Theory]
    [InlineData("Năm nay, học sinh tiểu học học bơi miễn phí tại nhà văn hóa xã.")] // `tiểu học` + the verb `học`
    [InlineData("Sinh viên đại học học theo tín chỉ.")]
    [InlineData("Tiến độ thực hiện hiện còn chậm so với kế hoạch.")] // `thực hiện` + `hiện` (now)
    public void A_word_followed_by_its_last_syllable_used_as_a_word_is_no_repeat(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL3010"));

    [Theory]
    [InlineData("Các đơn vị gửi báo cáo cáo về Văn phòng trước ngày 15.", "cáo")] // `cáo` only ends words
    [InlineData("Chính sách đối với với người có công được thực hiện đầy đủ.", "với")] // a function word
    [InlineData("Kinh phí dành cho cho các cháu mầm non được bảo đảm.", "cho")]
    [InlineData("Ý kiến của của cử tri được tổng hợp đầy đủ.", "của")]
    [InlineData("Hồ sơ được được gửi về huyện.", "được")]
    [InlineData("Đề nghị các các đơn vị báo cáo kết quả.", "các")]
    public void A_stutter_after_a_word_is_still_reported(string text, string repeated)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3010"));
        var first = text.IndexOf(repeated + " " + repeated, StringComparison.Ordinal);
        Assert.Equal((first + repeated.Length + 1, repeated.Length), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal($"“{repeated}” bị lặp lại", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal($"“{repeated}” is repeated", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(text.Remove(first, repeated.Length + 1), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Leaves_a_doubled_number_sign_in_a_citation_to_the_citation_rule()
    {
        const string text = "Nghị quyết số số 07-NQ/ĐU của Đảng ủy xã được quán triệt.";
        Assert.Empty(RuleTester.Lint(text, "RL3010"));
        Assert.Single(RuleTester.Lint(text, "RL2005"));
    }

    [Theory]
    [InlineData("Ngày ngày người người thi đua.")]
    [InlineData("Trong năm năm qua, kết quả tốt.")]
    [InlineData("Số lượng, số lượng tăng.")]
    [InlineData("Kết quả: kết quả tốt.")]
    [InlineData("Đảng viên\nđảng viên")]
    [InlineData("Tổ chức đảng, đảng viên và quần chúng.")]
    [InlineData("Tỉnh phấn đấu trở thành thành phố trực thuộc Trung ương.")]
    [InlineData("Đơn vị đã hoàn thành thành công nhiệm vụ được giao.")]
    [InlineData("Hồ chứa nước Nước Trong đã tích đủ nước; trụ sở Sở Tài chính ở số 96.")]
    [InlineData("Đường giao thông nông thôn thôn Phú Mỹ được cứng hóa.")] // a word's end, then a place's name
    [InlineData("Đồng bào Lô Lô ở Mèo Vạc giữ trống đồng.")] // a name that doubles a syllable
    [InlineData("Chương trình kiểm tra, giám sát sát với thực tiễn của từng chi bộ.")] // `giám sát` + `sát với`
    [InlineData("Những kết quả đạt được được cấp ủy đánh giá cao.")] // `đạt được` + the passive `được`
    [InlineData("Công tác chuẩn bị bị chậm so với kế hoạch.")]
    [InlineData("Thôn          Số hộ    Số hộ tham gia    Tỷ lệ")] // the headings of columns laid out with spaces
    [InlineData("Mắt bà rưng rưng, đôi tay run run; nước lũ ào ào, xe chạy bon bon, lòng lâng lâng.")] // reduplications of press features
    public void Is_silent_on_reduplication_and_punctuated_repeats(string text) => Assert.Empty(RuleTester.Lint(text, "RL3010"));

    [Fact]
    public void A_doubled_name_syllable_in_lower_case_is_still_a_repeat()
    {
        const string text = "Mỗi lô lô hàng được kiểm tra.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3010"));
        Assert.Equal((7, 2), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Mỗi lô hàng được kiểm tra.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Năm nay Ủy ban Kiểm tra kiểm tra 6 tổ chức đảng.")]
    [InlineData("Tổ Giám sát giám sát việc thu chi của quỹ.")]
    public void Is_silent_on_a_body_name_ending_with_the_verb_after_it(string text) => Assert.Empty(RuleTester.Lint(text, "RL3010"));

    [Theory]
    [InlineData("Kiểm tra kiểm tra việc chấp hành.", "kiểm tra")] // a stutter opening the sentence
    [InlineData("Đoàn đã kiểm tra kiểm tra 6 tổ chức đảng.", "kiểm tra")] // both lower case
    [InlineData("Năm nay Ủy ban Kiểm tra Kiểm tra 6 tổ chức đảng.", "Kiểm tra")] // the name written twice
    public void Still_reports_a_repeat_that_closes_no_name(string text, string repeated)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3010"));
        Assert.Equal(repeated, RuleTester.SpanText(text, diagnostic));
    }

    [Fact]
    public void A_workspace_pack_can_allow_more_reduplications()
    {
        var options = RuleTester.Options("""{ "data": { "reduplications": ["chầm"] } }""");
        Assert.Empty(RuleTester.Lint("đi chầm chầm", options, "RL3010"));
        Assert.Single(RuleTester.Lint("đi chầm chầm", "RL3010"));
    }
}

public class RealWordNameTests
{
    [Fact]
    public void Capitalized_name_syllables_are_not_lexicon_near_misses()
    {
        Assert.Empty(RuleTester.Lint("Đồng chí Đỗ Thị Hoa phát biểu.", "RL3003"));
        Assert.Single(RuleTester.Lint("Công tác xây dưng Đảng được chú trọng.", "RL3003"));
    }
}
