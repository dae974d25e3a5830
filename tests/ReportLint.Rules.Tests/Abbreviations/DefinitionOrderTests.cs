using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

public class DefinitionOrderTests
{
    [Fact]
    public void Reports_a_use_before_the_definition_and_moves_the_definition()
    {
        const string text = "Đoàn ĐBQH tỉnh tiếp xúc cử tri.\nCác đại biểu Quốc hội (ĐBQH) đã trả lời.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1002", diagnostic.Id);
        AssertSpan(text, diagnostic, "ĐBQH");
        Assert.Equal("Chữ viết tắt “ĐBQH” được dùng trước khi được định nghĩa ở dòng 2", Vi(diagnostic));
        Assert.Equal("The abbreviation “ĐBQH” is used before its definition on line 2", En(diagnostic));
        Assert.Equal(Offset(text, "ĐBQH", 1), Assert.Single(diagnostic.Related).Span.Start);
        var fixedText = Apply(text, Assert.Single(diagnostic.Fixes));
        Assert.Equal("Đoàn đại biểu Quốc hội (ĐBQH) tỉnh tiếp xúc cử tri.\nCác ĐBQH đã trả lời.\n", fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void Reports_the_first_early_use_only_where_moving_the_definition_settles_them_all()
    {
        const string text = "Các ĐBQH và Đoàn ĐBQH tỉnh dự họp.\nTổ chức đảng (TCĐ) và đại biểu Quốc hội (ĐBQH) đã trao đổi.\nMột TCĐ ở xã.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1002", diagnostic.Id);
        AssertSpan(text, diagnostic, "ĐBQH");
        Assert.Single(diagnostic.Fixes);
        Assert.Empty(Family(Apply(text, diagnostic.Fixes[0])));
    }

    [Fact]
    public void Moving_a_definition_that_opened_a_sentence_uses_the_usual_spelling()
    {
        const string text = "Mỗi TCĐ phải gương mẫu.\nTổ chức đảng (TCĐ) là hạt nhân.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("Mỗi tổ chức đảng (TCĐ) phải gương mẫu.\nTCĐ là hạt nhân.\n", Apply(text, diagnostic.Fixes[0]));
    }

    [Fact]
    public void A_heading_before_the_definition_is_not_a_use_before_definition()
    {
        const string text = "KẾT QUẢ PHÁT TRIỂN KT-XH NĂM 2020\nTình hình kinh tế - xã hội (KT-XH) năm 2020 ổn định; KT-XH tiếp tục phát triển.\n";
        Assert.Empty(Family(text));
    }

    [Fact]
    public void Reports_a_second_definition_with_the_same_meaning_and_keeps_only_the_abbreviation()
    {
        const string text = "Hội đồng nhân dân (HĐND) tỉnh họp.\nSau đó Hội đồng nhân dân (HĐND) huyện họp.\n";
        var diagnostic = Assert.Single(Family(text), d => d.Id == "RL1003");
        AssertSpan(text, diagnostic, "HĐND", 1);
        Assert.Equal("Chữ viết tắt “HĐND” đã được định nghĩa ở dòng 1; chỉ định nghĩa một lần", Vi(diagnostic));
        Assert.Equal("The abbreviation “HĐND” was already defined on line 1; define it once", En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Safe, fix.Safety);
        Assert.Equal("Hội đồng nhân dân (HĐND) tỉnh họp.\nSau đó HĐND huyện họp.\n", Apply(text, fix));
    }

    [Fact]
    public void A_second_definition_with_words_the_letters_do_not_cover_keeps_them()
    {
        const string text = "Các hợp tác xã (HTX) nông nghiệp triển khai kế hoạch.\nToàn huyện có 45 hợp tác xã nông nghiệp (HTX), trong đó 38 HTX hoạt động hiệu quả.\n";
        var diagnostic = Assert.Single(Family(text), d => d.Id == "RL1003");
        AssertSpan(text, diagnostic, "HTX", 1);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Safe, fix.Safety);
        Assert.Equal("Bỏ định nghĩa lặp lại: “HTX nông nghiệp”", fix.Title.Vi);
        Assert.Equal("Drop the repeated definition: “HTX nông nghiệp”", fix.Title.En);
        Assert.Equal("Toàn huyện có 45 HTX nông nghiệp, trong đó 38 HTX hoạt động hiệu quả.", Apply(text, fix).Split('\n')[1]);
    }

    [Theory]
    // A kept tail in the parentheses: the letters stand for the words before `đảng`.
    [InlineData("Các tổ chức cơ sở đảng (TCCS đảng) được kiện toàn.\nMỗi tổ chức cơ sở đảng (TCCS đảng) đều có nghị quyết.\n",
        "Mỗi TCCS đảng đều có nghị quyết.")]
    // The reverse order, with a word inside the parentheses the letters do not cover.
    [InlineData("Các đại biểu Quốc hội (ĐBQH) đã trả lời.\nĐoàn ĐBQH (đại biểu Quốc hội tỉnh) tiếp xúc cử tri.\n",
        "Đoàn ĐBQH tỉnh tiếp xúc cử tri.")]
    public void A_repeated_definition_is_dropped_without_losing_words(string text, string second)
    {
        var diagnostic = Assert.Single(Family(text), d => d.Id == "RL1003");
        Assert.Equal(second, Apply(text, Assert.Single(diagnostic.Fixes)).Split('\n')[1]);
    }

    [Fact]
    public void A_repeated_definition_whose_letters_cover_other_words_is_fixed_unsafely()
    {
        // The first definition does not fit its letters: what the second drops is not known to be what `TCĐ` means.
        const string text = "Các tổ chức (TCĐ) được kiện toàn.\nMỗi tổ chức đảng (TCĐ) đều có nghị quyết.\n";
        var diagnostic = Assert.Single(Family(text), d => d.Id == "RL1003");
        Assert.Equal(FixSafety.Unsafe, Assert.Single(diagnostic.Fixes).Safety);
    }

    [Fact]
    public void Moving_a_definition_moves_the_covered_words_and_keeps_the_others_in_place()
    {
        const string text = "Năm nay, 38 HTX hoạt động hiệu quả.\nToàn huyện có 45 hợp tác xã nông nghiệp (HTX).\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1002", diagnostic.Id);
        Assert.Equal("Năm nay, 38 hợp tác xã (HTX) hoạt động hiệu quả.\nToàn huyện có 45 HTX nông nghiệp.\n",
            Apply(text, Assert.Single(diagnostic.Fixes)));
    }

    [Fact]
    public void Reports_two_meanings_of_one_abbreviation()
    {
        const string text = "Đội ngũ cán bộ (CB) được tăng cường.\nMỗi chi bộ (CB) họp hằng tháng.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1004", diagnostic.Id);
        AssertSpan(text, diagnostic, "CB", 1);
        Assert.Equal("Chữ viết tắt “CB” được định nghĩa là “chi bộ”, khác với “cán bộ” ở dòng 1", Vi(diagnostic));
        Assert.Equal("The abbreviation “CB” is defined as “chi bộ”, unlike “cán bộ” on line 1", En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void A_longer_wording_of_the_same_meaning_is_not_a_conflict()
    {
        const string text = "Mặt trận Tổ quốc Việt Nam (MTTQ) tỉnh.\nBan Thường trực Mặt trận Tổ quốc (MTTQ) huyện.\n";
        Assert.Equal(["RL1003"], Family(text).Select(d => d.Id));
    }
}
