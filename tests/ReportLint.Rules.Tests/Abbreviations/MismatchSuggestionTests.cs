using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>RL1005 proposes the initials of the full form when the written letters are a slip (swapped or one wrong).</summary>
public class MismatchSuggestionTests
{
    [Theory]
    [InlineData("Huyện tập trung xây dựng nông thôn mới (NMT) ở các xã.", "NMT", "nông thôn mới", "NTM")]
    [InlineData("Tỉnh đẩy mạnh chuyển đổi số (CSĐ) trong cơ quan nhà nước.", "CSĐ", "chuyển đổi số", "CĐS")]
    [InlineData("Vốn Chương trình mục tiêu quốc gia (CTMTQC) được phân bổ sớm.", "CTMTQC", "Chương trình mục tiêu quốc gia", "CTMTQG")]
    [InlineData("Đẩy mạnh ứng dụng khoa học và công nghệ (KHNC) vào sản xuất.", "KHNC", "khoa học và công nghệ", "KHCN")]
    [InlineData("Hoạt động thương mại điện tử (TMĐ) phát triển nhanh.", "TMĐ", "thương mại điện tử", "TMĐT")] // `điện tử` is one word
    public void Suggests_the_initials_of_the_full_form(string text, string written, string fullForm, string suggestion)
    {
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        AssertSpan(text, diagnostic, written);
        Assert.Equal($"Chữ viết tắt “{written}” không khớp với chữ cái đầu của “{fullForm}”; có lẽ là “{suggestion}”", Vi(diagnostic));
        Assert.Equal($"The letters of “{written}” do not match the initials of “{fullForm}”; perhaps “{suggestion}”", En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        var fixedText = Apply(text, fix);
        Assert.Equal(text.Replace($"({written})", $"({suggestion})", StringComparison.Ordinal), fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void Letters_that_skip_a_word_of_a_body_the_data_abbreviates_are_a_slip()
    {
        const string text = "Ban Dân vận phối hợp với Ủy ban Mặt trận Tổ quốc (UBMTQ) tỉnh tổ chức hội nghị. UBMTQ tỉnh chủ trì giám sát.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        AssertSpan(text, diagnostic, "UBMTQ");
        Assert.Equal("Chữ viết tắt “UBMTQ” không khớp với chữ cái đầu của “Ủy ban Mặt trận Tổ quốc”; có lẽ là “UBMTTQ”", Vi(diagnostic));
        Assert.Empty(Family(Apply(text, diagnostic.Fixes[0])));
    }

    [Fact]
    public void Letters_that_skip_a_word_whose_full_initials_the_draft_uses_are_a_slip()
    {
        const string text = "Vốn ủy thác qua Ngân hàng Chính sách xã hội (NHCXH) tăng.\nDư nợ NHCSXH đạt 68 tỷ đồng.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        AssertSpan(text, diagnostic, "NHCXH");
        Assert.Equal("Chữ viết tắt “NHCXH” không khớp với chữ cái đầu của “Ngân hàng Chính sách xã hội”; có lẽ là “NHCSXH”", Vi(diagnostic));
        Assert.Empty(Family(Apply(text, diagnostic.Fixes[^1])));
        // Without the full initials in the draft, skipping a small word is a chosen shortening.
        Assert.Empty(Family("Sở Kế hoạch và Đầu tư (SKHĐT) đã thẩm định; SKHĐT trình tỉnh.\n"));
    }

    [Fact]
    public void Letters_that_take_one_syllable_of_a_word_and_both_of_another_are_a_slip()
    {
        const string text = "Ban Thanh tra nhân dân (BTTD) xã đã giám sát 12 công trình.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        Assert.Equal("Chữ viết tắt “BTTD” không khớp với chữ cái đầu của “Ban Thanh tra nhân dân”; có lẽ là “BTTND”", Vi(diagnostic));
        const string unit = "Lãnh đạo Ban Quản lý Khu kinh tế tỉnh (BQLKT) dự họp.";
        Assert.EndsWith("có lẽ là “BQLKKT”", Vi(Assert.Single(Family(unit))), StringComparison.Ordinal); // the province is no part of it
    }

    [Theory]
    [InlineData("Năm qua, Hội Liên hiệp Thanh niên (HTN) huyện tổ chức 12 đợt tình nguyện.", "HTN", "Hội Liên hiệp Thanh niên", "HLHTN")]
    [InlineData("Đoàn công tác của Ủy ban Kiểm tra (BKT) tỉnh đã làm việc tại huyện.", "BKT", "Ủy ban Kiểm tra", "UBKT")]
    [InlineData("Đồng chí dự họp với Ban Chỉ huy Quân sự (HQS) huyện.", "HQS", "Ban Chỉ huy Quân sự", "BCHQS")]
    public void Letters_that_fit_only_the_tail_of_a_capitalized_name_are_no_match(string text, string written, string name, string suggestion)
    {
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        AssertSpan(text, diagnostic, written);
        Assert.Equal($"Chữ viết tắt “{written}” không khớp với chữ cái đầu của “{name}”; có lẽ là “{suggestion}”", Vi(diagnostic));
        Assert.Equal($"The letters of “{written}” do not match the initials of “{name}”; perhaps “{suggestion}”", En(diagnostic));
        var fixedText = Apply(text, Assert.Single(diagnostic.Fixes));
        Assert.Equal(text.Replace($"({written})", $"({suggestion})", StringComparison.Ordinal), fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void The_fix_for_a_name_s_tail_renames_the_later_uses_too()
    {
        const string text = "Hội Liên hiệp Thanh niên (HTN) xã ra mắt câu lạc bộ.\nCuối năm, HTN các thôn được biểu dương.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal(2, diagnostic.Fixes.Count);
        var fixedText = Apply(text, diagnostic.Fixes[0]);
        Assert.Equal(text.Replace("HTN", "HLHTN", StringComparison.Ordinal), fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Theory]
    [InlineData("Hội Liên hiệp Thanh niên (LHTN) huyện tổ chức 12 đợt tình nguyện.")] // from a capital: the name without its head
    [InlineData("Hội Liên hiệp Thanh niên (HLHTN) huyện tổ chức 12 đợt tình nguyện.")]
    [InlineData("Lãnh đạo các cơ quan, đơn vị (CQĐV) dự họp; CQĐV báo cáo kết quả.")] // after a lower-case word
    [InlineData("Sở Tài chính làm việc với Ban Chỉ đạo phòng, chống tham nhũng (BCĐ); BCĐ ghi nhận.")]
    [InlineData("Cổng thông tin điện tử (TTĐT) của tỉnh đăng 300 tin; TTĐT được cập nhật.")] // the first word's capital is the sentence's
    [InlineData("Trung tâm Phục vụ hành chính công (HCC) tiếp nhận 900 hồ sơ; HCC trả đúng hạn.")] // after a lower-case word of the name
    public void Is_silent_on_a_tail_that_does_not_cut_a_name(string text) => Assert.Empty(Family(text));

    [Theory]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam (MTTQ) huyện đã họp.")]
    [InlineData("Ủy ban nhân dân huyện (UBND) đã chỉ đạo.")]
    [InlineData("Hoạt động thương mại điện tử (TMĐT) phát triển nhanh.")]
    [InlineData("Sở quản lý tiêu chuẩn, đo lường, chất lượng (TĐC) trên địa bàn.")] // an established shortening, words skipped
    [InlineData("Sở Giáo dục và Đào tạo (SGDĐT) đã tổ chức kỳ thi.")] // a small word skipped
    public void Is_silent_on_a_trailing_name_or_unit_after_the_letters(string text) => Assert.Empty(Family(text));

    [Fact]
    public void The_later_uses_of_the_fitting_abbreviation_are_not_reported_as_undefined()
    {
        const string text = "Xã xây dựng nông thôn mới (NMT) gắn với chuyển đổi số (CSĐ).\nĐến nay 12 xã đạt chuẩn NTM; CĐS được triển khai ở mọi thôn.\n" +
            "Chương trình mục tiêu quốc gia (CTMTQC) được thực hiện đồng bộ; vốn CTMTQG tăng.\n";
        var diagnostics = Family(text);
        Assert.Equal(["RL1005", "RL1005", "RL1005"], diagnostics.Select(d => d.Id));
        AssertSpan(text, diagnostics[0], "NMT");
        AssertSpan(text, diagnostics[1], "CSĐ");
        AssertSpan(text, diagnostics[2], "CTMTQC");
        var fixedText = RuleTester.FixAll(text, includeUnsafe: true, "RL1005");
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void A_use_before_the_mismatched_definition_is_still_undefined()
    {
        const string text = "Các xã đạt chuẩn NTM tăng.\nXã xây dựng nông thôn mới (NMT) bền vững.\n";
        var diagnostics = Family(text);
        Assert.Equal(["RL1001", "RL1005"], diagnostics.Select(d => d.Id).Order());
        AssertSpan(text, diagnostics.Single(d => d.Id == "RL1001"), "NTM");
    }

    [Theory]
    [InlineData("Kỳ họp thứ 5 của Ủy ban nhân dân (HĐND) tỉnh.")] // another body's letters: two apart
    [InlineData("Hợp tác với Tổ chức Y tế Thế giới (WHO) và Ngân hàng Thế giới (WB).")]
    [InlineData("Phụ cấp cho cán bộ (CN) được chi trả.")] // two letters, one wrong: too little to call a slip
    public void Offers_no_suggestion_when_the_letters_are_not_a_slip(string text) =>
        Assert.All(RuleTester.Lint(text, "RL1005"), d => Assert.Empty(d.Fixes));

    [Theory]
    [InlineData("Xã xây dựng nông thôn mới (NTM); các tiêu chí NTM đạt.")]
    [InlineData("Chương trình mục tiêu quốc gia (CTMTQG) được triển khai; vốn CTMTQG tăng.")]
    public void A_fitting_definition_stays_silent(string text) => Assert.Empty(Family(text));
}
