using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>RL1001 expands an abbreviation the data does not know when the document writes out a phrase that spells it.</summary>
public class SpelledOutMeaningTests
{
    [Fact]
    public void A_name_written_elsewhere_gives_the_expansion()
    {
        const string text = "Bảo hiểm Tiền gửi Việt Nam chi nhánh khu vực đã kiểm tra.\nViệc chi trả qua BHTG được thực hiện chặt chẽ.\nBHTG khu vực đã tổng kết.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "BHTG");
        Assert.Equal("Chữ viết tắt “BHTG” chưa được định nghĩa; văn bản đã viết đầy đủ “Bảo hiểm Tiền gửi” ở chỗ khác", Vi(diagnostic));
        Assert.Equal("The abbreviation “BHTG” is used without a definition; the document spells out “Bảo hiểm Tiền gửi” elsewhere", En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        Assert.Equal("Việc chi trả qua Bảo hiểm Tiền gửi (BHTG) được thực hiện chặt chẽ.", Apply(text, fix).Split('\n')[1]);
    }

    [Fact]
    public void A_name_whose_parts_a_dash_joins_gives_the_expansion()
    {
        const string text = "Căn cứ biên bản họp Hội đồng Thi đua - Khen thưởng huyện ngày 07/7/2026;\nTheo đề nghị của HĐTĐKT huyện, UBND huyện xét khen thưởng.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"), d => RuleTester.SpanText(text, d) == "HĐTĐKT");
        Assert.Equal("Chữ viết tắt “HĐTĐKT” chưa được định nghĩa; văn bản đã viết đầy đủ “Hội đồng Thi đua - Khen thưởng” ở chỗ khác", Vi(diagnostic));
        // Written in full on the line before: the definition goes there, or the use is written in full as well.
        Assert.Equal(2, diagnostic.Fixes.Count);
        Assert.Equal("Căn cứ biên bản họp Hội đồng Thi đua - Khen thưởng (HĐTĐKT) huyện ngày 07/7/2026;", Apply(text, diagnostic.Fixes[0]).Split('\n')[0]);
        Assert.Equal("Theo đề nghị của Hội đồng Thi đua - Khen thưởng huyện, UBND huyện xét khen thưởng.", Apply(text, diagnostic.Fixes[1]).Split('\n')[1]);
    }

    [Fact]
    public void A_common_noun_seen_only_at_a_sentence_start_is_written_in_lower_case()
    {
        const string text = "Đầu tư công năm nay tăng mạnh. Các dự án ĐTC triển khai đồng bộ.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "ĐTC");
        Assert.Equal(2, diagnostic.Fixes.Count); // the sentence before writes it: the definition goes there, at its capital
        Assert.Equal("Đầu tư công (ĐTC) năm nay tăng mạnh. Các dự án ĐTC triển khai đồng bộ.", Apply(text, diagnostic.Fixes[0]));
        Assert.Equal("Đầu tư công năm nay tăng mạnh. Các dự án đầu tư công triển khai đồng bộ.", Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void A_capital_taken_from_a_documents_title_is_written_in_lower_case()
    {
        const string text = "Triển khai Luật Bảo vệ môi trường năm 2020 đến cán bộ. Công tác BVMT được quan tâm; kinh phí BVMT tăng.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "BVMT");
        Assert.Equal("Chữ viết tắt “BVMT” chưa được định nghĩa; văn bản đã viết đầy đủ “bảo vệ môi trường” ở chỗ khác", Vi(diagnostic));
        // Only the law's title writes it: a definition never goes into a title.
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal("Triển khai Luật Bảo vệ môi trường năm 2020 đến cán bộ. Công tác bảo vệ môi trường (BVMT) được quan tâm; kinh phí BVMT tăng.", Apply(text, fix));
    }

    [Theory]
    [InlineData("Công tác Bảo vệ môi trường được chú trọng; ý thức bảo vệ môi trường nâng lên. Các điểm nóng về BVMT được xử lý; quỹ BVMT hoạt động.")]
    [InlineData("Ý thức bảo vệ môi trường nâng lên; công tác Bảo vệ môi trường được chú trọng. Các điểm nóng về BVMT được xử lý; quỹ BVMT hoạt động.")]
    public void A_lower_case_writing_inside_a_sentence_makes_the_expansion_lower_case(string text)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "BVMT");
        // The lower-case writing is the first mention of the meaning: it takes the definition.
        Assert.Equal(2, diagnostic.Fixes.Count);
        Assert.Equal(text.Replace("thức bảo vệ môi trường", "thức bảo vệ môi trường (BVMT)", StringComparison.Ordinal), Apply(text, diagnostic.Fixes[0]));
        Assert.Equal(text.Replace("về BVMT", "về bảo vệ môi trường", StringComparison.Ordinal), Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void A_name_after_a_head_that_is_no_document_type_keeps_its_capital()
    {
        const string text = "Trung tâm Phát triển quỹ đất huyện đã đấu giá 12 lô đất; PTQĐ tỉnh hướng dẫn, PTQĐ huyện thực hiện.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "PTQĐ");
        Assert.Equal(2, diagnostic.Fixes.Count);
        Assert.Equal(text.Replace("quỹ đất huyện", "quỹ đất (PTQĐ) huyện", StringComparison.Ordinal), Apply(text, diagnostic.Fixes[0]));
        Assert.Equal(text.Replace("; PTQĐ tỉnh", "; Phát triển quỹ đất tỉnh", StringComparison.Ordinal), Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void A_doubled_space_inside_the_phrase_does_not_make_a_second_phrase()
    {
        const string text = "Xã kiện toàn các tổ hòa giải  cơ sở ở thôn.\nNăm qua, các THGCS đã hòa giải thành 12 vụ.\nTổ hòa giải cơ sở thôn Bắc được khen.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "THGCS");
        Assert.Equal("Chữ viết tắt “THGCS” chưa được định nghĩa; văn bản đã viết đầy đủ “tổ hòa giải cơ sở” ở chỗ khác", Vi(diagnostic));
        Assert.Equal("The abbreviation “THGCS” is used without a definition; the document spells out “tổ hòa giải cơ sở” elsewhere", En(diagnostic));
        Assert.Equal(2, diagnostic.Fixes.Count); // the line before writes it: defining it there comes first
        Assert.Equal("Xã kiện toàn các tổ hòa giải  cơ sở (THGCS) ở thôn.", Apply(text, diagnostic.Fixes[0]).Split('\n')[0]);
        Assert.Equal("Năm qua, các tổ hòa giải cơ sở đã hòa giải thành 12 vụ.", Apply(text, diagnostic.Fixes[1]).Split('\n')[1]);
    }

    [Fact]
    public void A_phrase_with_a_doubled_space_defining_it_leaves_nothing_to_report()
    {
        const string text = "Xã kiện toàn các tổ hòa giải  cơ sở (THGCS) ở thôn.\nNăm qua, các THGCS đã hòa giải thành 12 vụ.\n";
        Assert.Empty(RuleTester.Lint(text, "RL1001"));
    }

    [Fact]
    public void Two_phrases_that_spell_it_leave_the_meaning_unknown()
    {
        const string text = "Ban quản lý dự án và bộ quy luật dân sự được nhắc tới; BQL báo cáo.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        Assert.Empty(diagnostic.Fixes);
        Assert.Equal("Chữ viết tắt “BQL” chưa được định nghĩa; viết đầy đủ rồi ghi chữ viết tắt trong ngoặc đơn ở lần dùng đầu tiên", Vi(diagnostic));
    }

    [Theory]
    [InlineData("Bảo hiểm, tiền gửi và tín dụng; BHTG báo cáo.")] // punctuation between the words
    [InlineData("Cán bộ nghỉ hưu; các CN báo cáo.")]            // two letters fit too many pairs
    [InlineData("Bố trí vốn hoàn thành tuyến đường liên xã; Phòng VH-TT phối hợp.")] // a dashed abbreviation joins dashed parts
    [InlineData("Hoàn thành tuyến đường liên xã; các HTT báo cáo.")] // the phrase cuts `tuyến đường` in two
    [InlineData("Hội nghị họp tại Hội trường huyện; các THT báo cáo kết quả.")] // no term opens with `tại`
    public void No_expansion_without_a_clean_phrase(string text) =>
        Assert.Empty(Assert.Single(RuleTester.Lint(text, "RL1001")).Fixes);

    [Theory]
    [InlineData("Kho bạc Nhà nước huyện giải ngân đúng hạn; kiểm soát chi qua KBNN chặt chẽ, KBNN tỉnh tổng kết.", "KBNN", "Kho bạc Nhà nước (KBNN) huyện")]
    [InlineData("Các chương trình MTQG được triển khai; chỉ tiêu MTQG đạt kế hoạch.", "MTQG", "mục tiêu quốc gia (MTQG)")]
    public void The_data_knows_KBNN_and_MTQG(string text, string abbreviation, string expansion)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, abbreviation);
        Assert.Contains(expansion, Apply(text, diagnostic.Fixes[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_expanded_document_is_clean()
    {
        const string text = "Bảo hiểm Tiền gửi Việt Nam chi nhánh khu vực đã kiểm tra.\nViệc chi trả qua BHTG được thực hiện chặt chẽ.\nBHTG khu vực đã tổng kết.\n";
        var fixedText = Apply(text, RuleTester.Lint(text, "RL1001")[0].Fixes[0]);
        Assert.DoesNotContain(Family(fixedText), d => d.Severity != ReportSeverity.Info);
    }
}
