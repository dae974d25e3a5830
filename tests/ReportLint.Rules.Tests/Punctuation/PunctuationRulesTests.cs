using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Punctuation;

public class SpaceAfterOpeningTests
{
    [Fact]
    public void Reports_the_space_after_an_opening_bracket()
    {
        const string text = "Đã học tập ( theo kế hoạch).";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4002"));
        Assert.Equal((12, 1), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Thừa khoảng trắng sau dấu “(”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Đã học tập (theo kế hoạch).", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Đã học tập (theo kế hoạch).")]
    [InlineData("Phong trào “Dân vận khéo” được nhân rộng.")]
    [InlineData("Danh sách (")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL4002"));
}

public class MissingSpaceAfterPunctuationTests
{
    [Fact]
    public void Reports_two_sentences_glued_together_and_inserts_a_space()
    {
        const string text = "Bồi dưỡng chuyên môn.Các chi bộ đã họp.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4003"));
        Assert.Equal((20, 1), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Missing space after “.”", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal("Bồi dưỡng chuyên môn. Các chi bộ đã họp.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("cán bộ,công chức", ",")]
    [InlineData("Lưu ý:Các đơn vị", ":")]
    [InlineData("(CB)và đảng viên", ")")]
    public void Reports_other_marks(string text, string mark) =>
        Assert.Equal(mark, Assert.Single(RuleTester.Lint(text, "RL4003")).Arguments[0]);

    [Theory]
    [InlineData("Tỷ lệ 19,22%, tăng 93.346 người.")]
    [InlineData("Xem tinhuy.gov.vn và https://a.vn/b.c để biết thêm.")]
    [InlineData("Nghị quyết T.Ư 4, UVT.Ư, TP.HCM, v.v.")]
    [InlineData("Theo Nghị quyết số 02-NQ/ĐUK ngày 10/10/2012./.")]
    [InlineData("Lúc 8:30 sáng, các nội dung…")]
    [InlineData("Thực hiện các nội dung tại mục III.2.a, mục 1.2.b và Điều 5.3.đ của Kế hoạch.")] // references to an outline's items
    [InlineData("Gửi tệp bao-cao_2026.docx và Báo cáo.pdf qua thư điện tử.")] // file names
    public void Is_silent_on_numbers_domains_abbreviations_and_symbols(string text) => Assert.Empty(RuleTester.Lint(text, "RL4003"));

    [Theory]
    [InlineData("Hoàn thành trong năm 2025.Các chi bộ đã họp.")]
    [InlineData("Kết quả đạt 95.Tốt")]
    public void A_capital_or_a_whole_word_after_a_number_and_a_dot_is_still_reported(string text) =>
        Assert.Single(RuleTester.Lint(text, "RL4003"));

    [Fact]
    public void A_file_extension_after_a_space_is_no_space_before_a_mark()
    {
        const string text = "Văn bản gửi ở định dạng .doc hoặc .docx (không gửi .PDF).";
        Assert.Empty(RuleTester.Lint(text, "RL4001", "RL4003", "RL3001"));
    }

    [Fact]
    public void The_initials_of_a_name_need_no_space_but_an_abbreviation_does()
    {
        const string text = "Học tập tác phẩm của C.Mác, Ph.Ăngghen và V.I.Lênin. Đoàn công tác tới TP.Hồ Chí Minh.";
        Assert.DoesNotContain(RuleTester.Lint(text, "RL1001"), d => RuleTester.SpanText(text, d) == "V.I");
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4003"));
        Assert.Equal(text.IndexOf("TP.", StringComparison.Ordinal) + 2, diagnostic.Span.Start);
    }
}

public class MultipleSpacesTests
{
    [Fact]
    public void Reports_a_double_space_between_words()
    {
        const string text = "Đảng trong thời kỳ  mới.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4004"));
        Assert.Equal((18, 2), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("2 khoảng trắng liền nhau giữa hai từ; chỉ dùng một", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Đảng trong thời kỳ mới.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_no_break_space_beside_a_space_counts_as_two()
    {
        const string text = "thời kỳ\u00A0 mới";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4004"));
        Assert.Equal((7, 2), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("2 khoảng trắng liền nhau giữa hai từ, có khoảng trắng không ngắt (U+00A0); chỉ dùng một",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("2 spaces in a row between words, one of them a no-break space (U+00A0); use one", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal("thời kỳ mới", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("    Thụt lề đầu dòng.")]
    [InlineData("Cuối dòng có khoảng trắng.   ")]
    [InlineData("Một\u00A0khoảng trắng không ngắt.")]
    [InlineData("Cột\tthứ hai.")]
    public void Is_silent_on_indentation_trailing_spaces_and_single_separators(string text) => Assert.Empty(RuleTester.Lint(text, "RL4004"));

    [Theory]
    [InlineData("Số:      /2025/QĐ-UBND")]
    [InlineData("Số       /KH-HU")]
    [InlineData("Hòa Bình, ngày      tháng 12 năm 2025")]
    [InlineData("Nghị quyết được thông qua ngày    tháng      năm 2025 và có hiệu lực.")]
    [InlineData("UBND HUYỆN TÂN PHÚ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")] // columns of a header
    [InlineData("Nơi nhận:                                                     TRƯỞNG PHÒNG")]
    public void Leaves_the_blanks_a_draft_keeps_for_its_number_and_day(string text) => Assert.Empty(RuleTester.Lint(text, "RL4004"));

    [Theory]
    [InlineData("Hòa Bình, ngày  15 tháng 12 năm 2025", 14)] // a filled day: two spaces are a slip
    [InlineData("Thông qua ngày 15      tháng 12.", 17)] // the day is written
    [InlineData("Kế hoạch số  45/KH-UBND", 11)] // two spaces are no blank
    public void Still_reports_spaces_that_are_no_blank(string text, int offset) =>
        Assert.Equal(offset, Assert.Single(RuleTester.Lint(text, "RL4004")).Span.Start);
}

public class DashSpacingTests
{
    [Theory]
    [InlineData("Bảo đảm quốc phòng- an ninh.", 18, "Bảo đảm quốc phòng - an ninh.")]
    [InlineData("Bảo đảm quốc phòng -an ninh.", 19, "Bảo đảm quốc phòng - an ninh.")]
    [InlineData("III- NHIỆM VỤ", 3, "III - NHIỆM VỤ")]
    [InlineData("nhiệm kỳ 2020 -2025", 14, "nhiệm kỳ 2020 - 2025")]
    public void Reports_a_one_sided_dash_and_spaces_it(string text, int offset, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4005"));
        Assert.Equal((offset, 1), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal(expected, RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("quốc phòng - an ninh và quốc phòng-an ninh")]
    [InlineData("- Gạch đầu dòng")]
    [InlineData("nhiệm kỳ 2020 - 2025, tháng 8-2020")]
    [InlineData("Quy định 08- ngày 25/10/2018")]
    [InlineData("Kinh tế – xã hội")]
    public void Is_silent_on_balanced_dashes_bullets_and_truncated_symbols(string text) => Assert.Empty(RuleTester.Lint(text, "RL4005"));

    [Theory]
    [InlineData("Giai đoạn 2021- 2025; năm học 2023-2024 và 2024-2025.", "Giai đoạn 2021-2025; năm học 2023-2024 và 2024-2025.", "-")]
    [InlineData("Giai đoạn 2021 -2025; nhiệm kỳ 2020 – 2025.", "Giai đoạn 2021 – 2025; nhiệm kỳ 2020 – 2025.", " – ")]
    public void Fixes_a_one_sided_range_of_years_to_the_style_of_the_documents_other_ranges(string text, string expected, string separator)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4005"));
        Assert.Equal(text.IndexOf("2021", StringComparison.Ordinal) + (text.Contains("2021-", StringComparison.Ordinal) ? 4 : 5), diagnostic.Span.Start);
        Assert.Equal($"Dấu “-” có khoảng trắng ở một bên; viết “{separator}”", diagnostic.GetMessage(Core.Diagnostics.MessageLanguage.Vietnamese));
        Assert.Equal(expected, RuleTester.ApplyFirstFix(text, diagnostic));
    }
}

public class QuotePairingTests
{
    [Fact]
    public void A_double_quote_closed_by_a_single_one_is_fixed_to_match()
    {
        const string text = "Phong trào “Dân vận khéo’ lan tỏa.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4006"));
        Assert.Equal((24, 1), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Mở bằng ngoặc kép mở (“) nhưng đóng bằng nháy đơn đóng (’); dùng ngoặc kép đóng (”)", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Opened with a left double quote (“) but closed with a right single quote (’); use a right double quote (”)", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal("Phong trào “Dân vận khéo” lan tỏa.", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Equal("Thay bằng ngoặc kép đóng (”)", diagnostic.Fixes[0].Title.Get(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void A_curly_quote_closed_by_a_straight_one_is_fixed_to_match()
    {
        const string text = "Đây là khâu “then chốt\" của nhiệm vụ.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4006"));
        Assert.Equal((22, 1), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Mở bằng ngoặc kép mở (“) nhưng đóng bằng ngoặc kép thẳng (\"); dùng ngoặc kép đóng (”)", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Đây là khâu “then chốt” của nhiệm vụ.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_single_opening_closed_by_a_double_mark_outside_any_quotation_becomes_a_double_opening()
    {
        const string text = "Xã có 12 mô hình ‘Nông dân giỏi” được công nhận.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4006"));
        Assert.Equal((text.IndexOf('‘'), 1), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Mở bằng nháy đơn mở (‘) nhưng đóng bằng ngoặc kép đóng (”); trích dẫn không lồng trong trích dẫn khác mở bằng ngoặc kép mở (“)",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Opened with a left single quote (‘) but closed with a right double quote (”); a quotation not inside another opens with a left double quote (“)",
            diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal("Xã có 12 mô hình “Nông dân giỏi” được công nhận.", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
    }

    [Fact]
    public void Inside_another_quotation_the_double_closing_becomes_a_single_one()
    {
        const string text = "Cuộc thi “Tìm hiểu ‘Chi bộ bốn tốt” trong xã” thu hút 30 đội.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4006"));
        Assert.Equal((text.IndexOf('”'), 1), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Cuộc thi “Tìm hiểu ‘Chi bộ bốn tốt’ trong xã” thu hút 30 đội.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Năm 2024, chi bộ thôn từng bị “nhắc nhở. Năm nay chi bộ đã khắc phục.", "Năm 2024, chi bộ thôn từng bị “nhắc nhở”. Năm nay chi bộ đã khắc phục.")]
    [InlineData("Khâu giải phóng mặt bằng vẫn là “điểm nghẽn.", "Khâu giải phóng mặt bằng vẫn là “điểm nghẽn”.")]
    [InlineData("Một số hộ còn tâm lý ‘trông chờ.", "Một số hộ còn tâm lý ‘trông chờ’.")]
    public void An_unclosed_quoted_term_at_the_end_of_a_sentence_is_closed_there(string text, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4006"));
        Assert.Equal(text.IndexOfAny(['“', '‘']), diagnostic.Span.Start);
        Assert.StartsWith("Dấu mở ", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.EndsWith(" không được đóng trong đoạn", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.EndsWith(" is not closed in the paragraph", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(expected, RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.StartsWith("Đóng bằng ", diagnostic.Fixes[0].Title.Get(MessageLanguage.Vietnamese));
        Assert.StartsWith("Close with ", diagnostic.Fixes[0].Title.Get(MessageLanguage.English));
        Assert.Equal(expected, RuleTester.FixAll(text, true, "RL4006"));
        Assert.Equal(text, RuleTester.FixAll(text, false, "RL4006")); // a guess: not applied by --fix
    }

    [Theory]
    [InlineData("Đồng chí Bí thư nhấn mạnh: “phải làm ngay.")] // speech after a colon may run on
    [InlineData("Nhiều hộ vẫn “nói không làm.")] // three words: the term may end sooner
    [InlineData("Đây là “điểm nghẽn, cần tháo gỡ sớm.")] // a comma may part items inside the quotation
    [InlineData("Phong trào “Thi đua lan tỏa.")] // a capitalized name may be followed by its predicate
    [InlineData("Tiêu chí 1 “đạt. Riêng tiêu chí 3 “chưa đạt”.")] // a later mark may close it
    [InlineData("Xếp loại “tốt./.")]
    public void An_unclosed_quotation_whose_end_is_unsure_gets_no_fix(string text)
    {
        var diagnostics = RuleTester.Lint(text, "RL4006");
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Empty(d.Fixes));
    }

    [Theory]
    [InlineData("Phong trào “Dân vận khéo lan tỏa.", 11)]
    [InlineData("Dân vận khéo” lan tỏa.", 12)]
    [InlineData("Phong trào \"Dân vận khéo lan tỏa.", 11)]
    public void Reports_unpaired_marks(string text, int offset)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4006"));
        Assert.Equal(offset, diagnostic.Span.Start);
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Phong trào “Dân vận khéo” và ‘Thi đua’ lan tỏa.")]
    [InlineData("Khẩu hiệu \"Dân vận khéo\" được nhắc lại.")]
    [InlineData("Bài của O’Neill được dịch.")]
    [InlineData("Phong trào “Khẩu hiệu \"Dân vận khéo\" của xã” lan tỏa.")] // straight marks nested in curly ones
    [InlineData("Khâu giải phóng mặt bằng vẫn là “điểm nghẽn”. Hội thi ‘Dân vận khéo’ đã kết thúc.")]
    [InlineData("Cuộc thi “Tìm hiểu ‘Chi bộ bốn tốt’ trong xã” thu hút 30 đội.")]
    public void Is_silent_on_paired_marks(string text) => Assert.Empty(RuleTester.Lint(text, "RL4006"));
}

public class BracketPairingTests
{
    [Theory]
    [InlineData("Ủy viên Ban Thường vụ (phụ trách khối.", 22, "Dấu “(” không được đóng trong đoạn")]
    [InlineData("Ủy viên Ban Thường vụ phụ trách khối).", 36, "Dấu “)” không có dấu mở tương ứng")]
    [InlineData("Ủy viên (phụ trách khối].", 23, "Mở bằng “(” nhưng đóng bằng “]”")]
    public void Reports_unpaired_and_mismatched_brackets(string text, int offset, string message)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4007"));
        Assert.Equal(offset, diagnostic.Span.Start);
        Assert.Equal(message, diagnostic.GetMessage(MessageLanguage.Vietnamese));
    }

    [Theory]
    [InlineData("a) Nhiệm vụ thứ nhất; b) nhiệm vụ thứ hai.")]
    [InlineData("1) Kết quả; 2) hạn chế; IV) phương hướng.")]
    [InlineData("Hội nghị (mở rộng) [lần thứ 18] đã bế mạc.")]
    public void Is_silent_on_pairs_and_enumeration_markers(string text) => Assert.Empty(RuleTester.Lint(text, "RL4007"));
}
