using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>
/// RL1001 and RL1002 mend an abbreviation with the draft's own wording: the full form the draft writes (before the data's
/// expansion), a definition placed where the draft first writes the full form, the definition's full form at an early use.
/// </summary>
public class DraftWordingTests
{
    private static Diagnostic Undefined(string text, string abbreviation) =>
        Assert.Single(RuleTester.Lint(text, "RL1001"), d => RuleTester.SpanText(text, d) == abbreviation);

    [Fact]
    public void The_draft_s_full_form_followed_by_the_same_words_comes_before_the_data_s()
    {
        const string text = "Ban Chỉ huy Quân sự xã đã huấn luyện dân quân.\nĐề nghị BCH Quân sự xã báo cáo kết quả.\n";
        var diagnostic = Undefined(text, "BCH");
        AssertSpan(text, diagnostic, "BCH");
        Assert.Equal("Chữ viết tắt “BCH” chưa được định nghĩa; văn bản đã viết đầy đủ “Ban Chỉ huy” ở chỗ khác", Vi(diagnostic));
        Assert.Equal("The abbreviation “BCH” is used without a definition; the document spells out “Ban Chỉ huy” elsewhere", En(diagnostic));
        // `Ban Chỉ huy Quân sự` is a name that goes on: no parentheses inside it; the data's `Ban Chấp hành` comes last.
        Assert.Equal(3, diagnostic.Fixes.Count);
        Assert.All(diagnostic.Fixes, f => Assert.Equal(FixSafety.Unsafe, f.Safety));
        Assert.Equal("Đề nghị Ban Chỉ huy Quân sự xã báo cáo kết quả.", Apply(text, diagnostic.Fixes[0]).Split('\n')[1]);
        Assert.Equal("Đề nghị Ban Chỉ huy (BCH) Quân sự xã báo cáo kết quả.", Apply(text, diagnostic.Fixes[1]).Split('\n')[1]);
        Assert.Equal("Đề nghị Ban Chấp hành Quân sự xã báo cáo kết quả.", Apply(text, diagnostic.Fixes[2]).Split('\n')[1]);
        Assert.Equal("Viết đầy đủ “Ban Chỉ huy”", diagnostic.Fixes[0].Title.Get(MessageLanguage.Vietnamese));
        Assert.Equal("Write “Ban Chấp hành” in full", diagnostic.Fixes[2].Title.Get(MessageLanguage.English));
    }

    [Fact]
    public void Of_two_full_forms_the_draft_writes_the_words_after_the_use_decide()
    {
        const string text = "Ban Chấp hành Đảng bộ xã họp thường kỳ; Ban Chỉ huy Quân sự xã dự.\nBCH Quân sự xã trình kế hoạch huấn luyện; BCH Quân sự xã tổ chức thực hiện.\n";
        var diagnostic = Undefined(text, "BCH");
        Assert.Equal("Chữ viết tắt “BCH” chưa được định nghĩa; văn bản đã viết đầy đủ “Ban Chỉ huy” ở chỗ khác", Vi(diagnostic));
        Assert.Equal("Ban Chỉ huy (BCH) Quân sự xã trình kế hoạch huấn luyện; BCH Quân sự xã tổ chức thực hiện.",
            Apply(text, diagnostic.Fixes[0]).Split('\n')[1]);
        Assert.Equal("Ban Chấp hành (BCH) Quân sự xã trình kế hoạch huấn luyện; BCH Quân sự xã tổ chức thực hiện.",
            Apply(text, diagnostic.Fixes[^1]).Split('\n')[1]);
    }

    [Fact]
    public void The_data_s_full_form_stands_when_the_words_after_the_use_follow_it_in_the_draft()
    {
        const string text = "Ban Chấp hành Đảng bộ xã họp thường kỳ; Ban Chỉ huy Quân sự xã dự.\nBCH Đảng bộ xã ra nghị quyết; BCH Đảng bộ xã chỉ đạo.\n";
        var diagnostic = Undefined(text, "BCH");
        Assert.Equal("Chữ viết tắt “BCH” chưa được định nghĩa; văn bản đã viết đầy đủ “Ban Chấp hành” ở chỗ khác", Vi(diagnostic));
        Assert.Equal("Ban Chấp hành (BCH) Đảng bộ xã ra nghị quyết; BCH Đảng bộ xã chỉ đạo.", Apply(text, Assert.Single(diagnostic.Fixes)).Split('\n')[1]);
    }

    [Fact]
    public void A_meaning_of_the_data_decided_by_the_draft_keeps_the_data_s_spelling()
    {
        const string text = "Các chi bộ và ủy ban kiểm tra cơ sở đã rà soát hồ sơ. Ủy ban kiểm tra Đảng ủy xã kiểm tra 3 chi bộ.\nĐề nghị UBKT Đảng ủy xã hoàn thiện hồ sơ; UBKT Đảng ủy xã báo cáo.\n";
        var diagnostic = Undefined(text, "UBKT");
        Assert.Equal("Chữ viết tắt “UBKT” chưa được định nghĩa; văn bản đã viết đầy đủ “Ủy ban Kiểm tra” ở chỗ khác", Vi(diagnostic));
        Assert.Equal("Đề nghị Ủy ban Kiểm tra (UBKT) Đảng ủy xã hoàn thiện hồ sơ; UBKT Đảng ủy xã báo cáo.",
            Apply(text, Assert.Single(diagnostic.Fixes)).Split('\n')[1]);
    }

    [Fact]
    public void With_nothing_to_decide_the_draft_s_single_full_form_is_preferred_to_the_data_s()
    {
        const string text = "Ban Chỉ huy đã sơ tán 120 hộ dân.\nKinh phí do BCH tỉnh hỗ trợ.\n";
        var diagnostic = Undefined(text, "BCH");
        Assert.Equal("Chữ viết tắt “BCH” chưa được định nghĩa; văn bản đã viết đầy đủ “Ban Chỉ huy” ở chỗ khác", Vi(diagnostic));
        Assert.Equal(3, diagnostic.Fixes.Count);
        Assert.Equal("Ban Chỉ huy (BCH) đã sơ tán 120 hộ dân.\nKinh phí do BCH tỉnh hỗ trợ.\n", Apply(text, diagnostic.Fixes[0]));
        Assert.Equal("Ban Chỉ huy đã sơ tán 120 hộ dân.\nKinh phí do Ban Chỉ huy tỉnh hỗ trợ.\n", Apply(text, diagnostic.Fixes[1]));
        Assert.Equal("Ban Chỉ huy đã sơ tán 120 hộ dân.\nKinh phí do Ban Chấp hành tỉnh hỗ trợ.\n", Apply(text, diagnostic.Fixes[2]));
    }

    [Theory]
    [InlineData("Bộ Chỉ huy Quân sự tỉnh giao chỉ tiêu; BCH Quân sự huyện thực hiện.\n")] // another head: not the data's kind of body
    [InlineData("Bên cạnh hoạt động chung, BCH huyện đã họp.\n")]                          // a chance run of initials
    public void Phrases_without_the_data_s_head_leave_the_data_s_full_form(string text)
    {
        var diagnostic = Undefined(text, "BCH");
        Assert.Equal("Chữ viết tắt “BCH” chưa được định nghĩa và chỉ dùng một lần; viết đầy đủ “Ban Chấp hành”", Vi(diagnostic));
        Assert.Contains("Ban Chấp hành", Apply(text, diagnostic.Fixes[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_is_offered_where_the_draft_first_writes_the_full_form()
    {
        const string text = "Ủy ban nhân dân xã kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh; định kỳ BCĐ họp hằng tháng.\nBCĐ phân công thành viên phụ trách từng thôn.\n";
        var diagnostic = Undefined(text, "BCĐ");
        AssertSpan(text, diagnostic, "BCĐ");
        Assert.Equal("Chữ viết tắt “BCĐ” chưa được định nghĩa; văn bản đã viết đầy đủ “Ban Chỉ đạo” ở chỗ khác", Vi(diagnostic));
        Assert.Equal(2, diagnostic.Fixes.Count);
        var define = diagnostic.Fixes[0];
        Assert.Equal(FixSafety.Unsafe, define.Safety);
        Assert.Equal("Định nghĩa ở chỗ viết đầy đủ đầu tiên: “Ban Chỉ đạo (BCĐ)”", define.Title.Get(MessageLanguage.Vietnamese));
        Assert.Equal("Define it where it is first written in full: “Ban Chỉ đạo (BCĐ)”", define.Title.Get(MessageLanguage.English));
        var edit = Assert.Single(define.Edits);
        Assert.Equal(Offset(text, "Ban Chỉ đạo") + "Ban Chỉ đạo".Length, edit.Span.Start);
        Assert.Equal(0, edit.Span.Length);
        var defined = Apply(text, define);
        Assert.Equal("Ủy ban nhân dân xã kiện toàn Ban Chỉ đạo (BCĐ) phòng, chống dịch bệnh; định kỳ BCĐ họp hằng tháng.", defined.Split('\n')[0]);
        Assert.Empty(RuleTester.Lint(defined, "RL1001"));
        // The alternative writes the name in full at the use.
        Assert.Equal("Ủy ban nhân dân xã kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh; định kỳ Ban Chỉ đạo họp hằng tháng.",
            Apply(text, diagnostic.Fixes[1]).Split('\n')[0]);
    }

    [Fact]
    public void A_name_the_data_does_not_know_takes_its_definition_where_the_draft_first_writes_it()
    {
        const string text = "Trạm Khí tượng thủy văn huyện cảnh báo mưa lớn. Theo số liệu của KTTV, lũ trên sông lên nhanh.\n";
        var diagnostic = Undefined(text, "KTTV");
        Assert.Equal("Trạm Khí tượng thủy văn (KTTV) huyện cảnh báo mưa lớn. Theo số liệu của KTTV, lũ trên sông lên nhanh.\n",
            Apply(text, diagnostic.Fixes[0]));
        Assert.Equal("Trạm Khí tượng thủy văn huyện cảnh báo mưa lớn. Theo số liệu của Khí tượng thủy văn, lũ trên sông lên nhanh.\n",
            Apply(text, diagnostic.Fixes[1]));
    }

    [Theory]
    [InlineData("Ban Chỉ đạo huyện\nBCĐ đã họp và giao nhiệm vụ; BCĐ kiểm tra.\n")]                                    // only a heading writes it
    [InlineData("Thành viên (thuộc Ban Chỉ đạo huyện) đã đủ.\nBCĐ đã họp và giao nhiệm vụ; BCĐ kiểm tra.\n")]           // inside parentheses
    [InlineData("Ban Chỉ đạo Phòng thủ dân sự huyện đã họp.\nBCĐ đã giao nhiệm vụ; BCĐ kiểm tra.\n")]                  // a name that goes on
    [InlineData("Cử tri phản ánh: “Ban Chỉ đạo huyện chưa về thôn”.\nBCĐ đã họp và giao nhiệm vụ; BCĐ kiểm tra.\n")]          // a quotation
    [InlineData("Ngày 12/3, BCĐ đã họp và giao nhiệm vụ; BCĐ kiểm tra.\nBan Chỉ đạo huyện tổng kết.\n")]                // written only after the use
    public void No_definition_goes_where_it_would_cut_a_name_or_sits_after_the_use(string text)
    {
        var diagnostic = Undefined(text, "BCĐ");
        var fix = Assert.Single(diagnostic.Fixes);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal(Offset(text, "BCĐ"), edit.Span.Start);
        Assert.Equal("Ban Chỉ đạo (BCĐ)", edit.NewText);
    }

    [Fact]
    public void A_name_that_goes_on_after_a_wrapped_line_takes_no_definition()
    {
        const string text = "Các xã báo cáo Ban Chỉ đạo\nPhòng thủ dân sự huyện trước ngày 15.\n\nBCĐ đã họp và giao nhiệm vụ; BCĐ kiểm tra.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL1001"));
        var edit = Assert.Single(Assert.Single(diagnostic.Fixes).Edits);
        Assert.Equal(Offset(text, "BCĐ"), edit.Span.Start);
    }

    [Fact]
    public void A_line_that_stops_on_the_name_takes_no_definition()
    {
        const string text = "Thực hiện hướng dẫn của Ban Thường vụ\nTỉnh đoàn, các cơ sở đoàn đã giới thiệu 20 đoàn viên; BTV Huyện đoàn xét chọn.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"), d => RuleTester.SpanText(text, d) == "BTV");
        Assert.DoesNotContain(diagnostic.Fixes, f => f.Edits.Any(e => e.Span.Length == 0));
    }

    [Fact]
    public void A_defined_name_written_earlier_is_left_alone()
    {
        const string text = "Ủy ban nhân dân xã kiện toàn Ban Chỉ đạo (BCĐ) phòng, chống dịch bệnh; BCĐ họp hằng tháng.\n";
        Assert.Empty(Family(text));
    }

    [Theory]
    [InlineData("Hội nghị giúp ĐV nắm vững nghị quyết.\nMỗi cán bộ, đảng viên (CB, ĐV) xây dựng kế hoạch; CB, ĐV gương mẫu.\n",
        "Hội nghị giúp đảng viên nắm vững nghị quyết.", "đảng viên")]
    [InlineData("ĐV ở chi bộ nắm vững nghị quyết.\nMỗi cán bộ, đảng viên (CB, ĐV) xây dựng kế hoạch; CB, ĐV gương mẫu.\n",
        "Đảng viên ở chi bộ nắm vững nghị quyết.", "Đảng viên")]
    public void An_early_use_of_a_definition_shared_with_others_is_written_in_full(string text, string line, string fullForm)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1002"));
        AssertSpan(text, diagnostic, "ĐV");
        Assert.Equal("Chữ viết tắt “ĐV” được dùng trước khi được định nghĩa ở dòng 2", Vi(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        Assert.Equal($"Viết đầy đủ “{fullForm}”", fix.Title.Get(MessageLanguage.Vietnamese));
        Assert.Equal($"Write “{fullForm}” in full", fix.Title.Get(MessageLanguage.English));
        var fixedText = Apply(text, fix);
        Assert.Equal(line, fixedText.Split('\n')[0]);
        Assert.Empty(RuleTester.Lint(fixedText, "RL1002"));
    }

    [Fact]
    public void An_early_use_of_a_definition_of_its_own_still_moves_the_definition()
    {
        const string text = "Các ĐV mới được bồi dưỡng.\nMỗi đảng viên (ĐV) xây dựng kế hoạch; ĐV gương mẫu.\n";
        var fix = Assert.Single(Assert.Single(RuleTester.Lint(text, "RL1002")).Fixes);
        Assert.Equal("Các đảng viên (ĐV) mới được bồi dưỡng.\nMỗi ĐV xây dựng kế hoạch; ĐV gương mẫu.\n", Apply(text, fix));
    }
}
