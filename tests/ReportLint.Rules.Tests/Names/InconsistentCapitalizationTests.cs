using ReportLint.Rules.Tests.Infrastructure;
using ReportLint.Rules.Tests.Numbers;

namespace ReportLint.Rules.Tests.Names;

public class InconsistentCapitalizationTests
{
    [Fact]
    public void Reports_the_minority_capitalization_of_a_quarter()
    {
        const string text = "Trong quý I, đơn vị hoàn thành kế hoạch.\nSang quý II, nhiệm vụ nhiều hơn; đến hết Quý II, đạt 60% kế hoạch.\n";
        var diagnostic = Findings.Single(text, "RL6003", "Quý II");
        Assert.Equal("“Quý II” viết hoa không thống nhất với 2 chỗ khác trong văn bản viết “quý II”", Findings.Vi(diagnostic));
        Assert.Equal("“Quý II” is capitalized differently from 2 other places in the document, which write “quý II”", Findings.En(diagnostic));
        Assert.Equal(text.Replace("Quý II", "quý II", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Compares_party_organization_phrases_as_one_group()
    {
        const string text = "Kiểm tra tổ chức đảng và đảng viên. Xếp loại tổ chức cơ sở đảng hằng năm. Củng cố tổ chức Đảng yếu kém.";
        var diagnostic = Findings.Single(text, "RL6003", "tổ chức Đảng");
        Assert.Equal("“tổ chức Đảng” viết hoa không thống nhất với 2 chỗ khác trong văn bản viết “tổ chức đảng”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("tổ chức Đảng", "tổ chức đảng", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_phrase_once_with_the_edits_of_all_its_mixed_words()
    {
        const string text = "Kiểm tra tổ chức đảng và đảng viên. Xếp loại tổ chức đảng hằng năm. Củng cố các Tổ chức Đảng yếu kém.";
        var diagnostic = Findings.Single(text, "RL6003", "Tổ chức Đảng");
        Assert.Equal("“Tổ chức Đảng” viết hoa không thống nhất với 2 chỗ khác trong văn bản viết “tổ chức đảng”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("Tổ chức Đảng", "tổ chức đảng", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Leaves_a_place_name_slip_to_the_place_name_rule()
    {
        const string text = "Đoàn về xã Tân Phú ngày 5/3.\nNhân dân xã Tân Phú phấn khởi.\nChi bộ xã tân Phú đã họp.\n";
        Assert.Empty(RuleTester.Lint(text, "RL6003"));
        Findings.Single(text, "RL6005", "xã tân Phú");
    }

    [Theory]
    [InlineData("Đoàn công tác của tỉnh Phú Thọ làm việc; lãnh đạo tỉnh Phú thọ cảm ơn.", "tỉnh Phú thọ")] // a well-known name
    [InlineData("Đoàn về xã Lạc Sơn làm việc; lãnh đạo xã Lạc sơn cảm ơn; cán bộ xã Lạc sơn tiếp đón.", "xã Lạc sơn")]
    public void Leaves_a_place_name_that_the_document_writes_properly_to_the_place_name_rule(string text, string span)
    {
        Assert.Empty(RuleTester.Lint(text, "RL6003"));
        Assert.All(RuleTester.Lint(text, "RL6005"), d => Assert.Equal(span, RuleTester.SpanText(text, d)));
        Assert.NotEmpty(RuleTester.Lint(text, "RL6005"));
    }

    [Fact]
    public void Reports_the_head_of_an_unknown_body_after_a_title_against_the_documents_majority()
    {
        const string text = "Đồng chí Lê Văn An, Trưởng Ban Quản lý dự án, phát biểu.\nĐồng chí Trần Văn Bình, Trưởng ban Quản lý dự án, dự họp.\n"
            + "Phó Trưởng Ban Quản lý dự án ký; Trưởng Ban Quản lý dự án đồng ý.\n";
        var diagnostic = Findings.Single(text, "RL6003", "Trưởng ban Quản lý");
        Assert.Equal("“Trưởng ban Quản lý” viết hoa không thống nhất với 3 chỗ khác trong văn bản viết “Trưởng Ban Quản lý”", Findings.Vi(diagnostic));
        Assert.Equal("“Trưởng ban Quản lý” is capitalized differently from 3 other places in the document, which write “Trưởng Ban Quản lý”", Findings.En(diagnostic));
        Assert.Single(RuleTester.Lint(text), d => d.Id.StartsWith("RL6", StringComparison.Ordinal));
        Assert.Equal(text.Replace("Trưởng ban", "Trưởng Ban", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void The_majority_may_keep_the_head_in_lower_case()
    {
        const string text = "Trưởng ban Vận động quỹ họp; Trưởng ban Vận động quỹ ký; ý kiến của Trưởng Ban Vận động quỹ.\n";
        var diagnostic = Findings.Single(text, "RL6003", "Trưởng Ban Vận động");
        Assert.Equal("Trưởng ban Vận động quỹ họp; Trưởng ban Vận động quỹ ký; ý kiến của Trưởng ban Vận động quỹ.\n", Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Trưởng Ban Quản lý dự án ký; Trưởng ban Quản lý dự án đồng ý.\n")] // a tie says nothing
    [InlineData("Trưởng Ban Quản lý dự án ký; Trưởng ban Vận động quỹ đồng ý.\n")] // two bodies
    [InlineData("Trưởng phòng Quản lý đô thị ký; Trưởng Ban Quản lý dự án và Trưởng Ban Quản lý dự án đồng ý.\n")]
    [InlineData("Trưởng ban tổ chức hội nghị; Trưởng Ban Quản lý dự án và Trưởng Ban Quản lý dự án đồng ý.\n")]
    [InlineData("Giám đốc trung tâm Dịch vụ ký; Giám đốc trung tâm Dịch vụ và Giám đốc Trung tâm Dịch vụ đồng ý.\n")] // not `Trưởng`
    public void Is_silent_on_one_spelling_of_each_post(string text) => Assert.Empty(RuleTester.Lint(text, "RL6003"));

    [Fact]
    public void Reports_a_post_whose_body_is_in_lower_case_beside_the_capitalized_post()
    {
        const string text = "Đồng chí Lê Văn An, Trưởng Ban Tuyên giáo, phát biểu.\nĐồng chí Trần Văn Bình, Trưởng ban tuyên giáo, dự họp.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text), d => d.Id.StartsWith("RL6", StringComparison.Ordinal));
        Assert.Equal("RL6003", diagnostic.Id);
        Findings.AssertSpan(text, diagnostic, "Trưởng ban tuyên giáo");
        Assert.Equal("“Trưởng ban tuyên giáo” viết hoa không thống nhất với 1 chỗ khác trong văn bản viết “Trưởng Ban Tuyên giáo”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("Trưởng ban tuyên giáo", "Trưởng Ban Tuyên giáo", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void The_fix_of_a_post_mends_the_title_too()
    {
        const string text = "Bà Hà Thị Cúc, Phó Trưởng Ban Dân vận, dự họp; ông Lò Văn Páo, Phó trưởng ban dân vận, báo cáo.";
        var diagnostic = Findings.Single(text, "RL6003", "Phó trưởng ban dân vận");
        Assert.Equal(text.Replace("Phó trưởng ban dân vận", "Phó Trưởng Ban Dân vận", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Đồng chí Trần Văn Bình, Trưởng ban tuyên giáo, dự họp.")] // no capitalized post to compare with
    [InlineData("Đồng chí Trưởng Ban Tổ chức Tỉnh ủy dự họp; ông Lê Văn Tư, Trưởng ban tổ chức hội nghị, phát biểu.")] // another body
    [InlineData("Đồng chí Trưởng Ban Tuyên giáo dự họp; các Trưởng ban tuyên giáo cấp huyện cũng dự.")] // plural: generic
    public void Is_silent_on_posts_that_do_not_mix(string text) => Assert.Empty(RuleTester.Lint(text, "RL6003"));

    [Fact]
    public void On_a_tie_lower_case_wins()
    {
        const string text = "Trong quý I đạt kế hoạch; trong Quý II vượt kế hoạch.";
        Findings.Single(text, "RL6003", "Quý II");
        Findings.Single("Trong Quý I đạt kế hoạch; trong quý II vượt kế hoạch.", "RL6003", "Quý I");
    }

    [Fact]
    public void Reports_a_name_written_two_ways()
    {
        const string text = "Huyện thành lập Ban Chỉ đạo phòng, chống dịch. Ban Chỉ đạo họp hằng tuần; thành viên Ban chỉ đạo phụ trách từng xã. Ý kiến của Ban Chỉ đạo được tiếp thu.";
        var diagnostic = Findings.Single(text, "RL6003", "Ban chỉ");
        Assert.Equal("“Ban chỉ” viết hoa không thống nhất với 2 chỗ khác trong văn bản viết “Ban Chỉ”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("Ban chỉ", "Ban Chỉ", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Đoàn công tác của Tỉnh ủy Lạc Sơn làm việc tại huyện; lãnh đạo Tỉnh ủy Lạc sơn cảm ơn.")]
    [InlineData("Lãnh đạo Tỉnh ủy Lạc sơn cảm ơn; đoàn công tác của Tỉnh ủy Lạc Sơn làm việc tại huyện.")]
    public void On_a_tie_a_proper_name_keeps_its_capitals(string text)
    {
        var diagnostic = Findings.Single(text, "RL6003", "Lạc sơn");
        Assert.Equal("“Lạc sơn” viết hoa không thống nhất với 1 chỗ khác trong văn bản viết “Lạc Sơn”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("Lạc sơn", "Lạc Sơn", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Trung tâm Y tế huyện đã triển khai tiêm chủng; Trung tâm Y Tế cũng phối hợp với các xã.")]
    [InlineData("Trung tâm Y Tế đã triển khai tiêm chủng; Trung tâm Y tế huyện cũng phối hợp với các xã.")]
    public void On_a_tie_a_common_word_takes_lower_case_whichever_comes_first(string text)
    {
        var diagnostic = Findings.Single(text, "RL6003", "Y Tế");
        Assert.Equal("“Y Tế” viết hoa không thống nhất với 1 chỗ khác trong văn bản viết “Y tế”", Findings.Vi(diagnostic));
        Assert.Equal("“Y Tế” is capitalized differently from 1 other places in the document, which write “Y tế”", Findings.En(diagnostic));
        Assert.Equal(text.Replace("Y Tế", "Y tế", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void On_a_tie_a_word_inside_a_persons_name_keeps_its_capital()
    {
        // `văn minh` is a common word, but here `văn` sits between two capitalized words.
        const string text = "Đồng chí Nguyễn văn Minh phát biểu. Hội nghị cảm ơn đồng chí Nguyễn Văn Minh.";
        var diagnostic = Findings.Single(text, "RL6003", "Nguyễn văn");
        Assert.Equal(text.Replace("Nguyễn văn", "Nguyễn Văn", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void On_a_tie_a_name_the_data_capitalizes_keeps_its_capitals()
    {
        // `việt nam` is in the lexicon, but the body names of the data write `Việt Nam`.
        const string text = "Hàng Việt nam có mặt ở nhiều nước; sản phẩm của Việt Nam được ưa chuộng.";
        Findings.Single(text, "RL6003", "Việt nam");
    }

    [Theory]
    [InlineData("Hội Nghị Sơ Kết Công Tác Tổ Chức\nHội nghị sơ kết công tác tổ chức diễn ra sáng nay.\n")] // title-case headline
    [InlineData("Ban Chỉ đạo họp. Ban chỉ đạo các cấp được kiện toàn.")] // sentence starts
    [InlineData("Báo cáo với Ban Thường vụ Huyện ủy; Ban thường vụ Huyện ủy đã cho ý kiến.")] // left to RL6001
    [InlineData("Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, và đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy.")]
    [InlineData("Kiểm tra tổ chức đảng; xếp loại tổ chức đảng; Phó Trưởng Ban Tổ chức Đảng ủy Khối dự họp.")] // a body, not the phrase
    [InlineData("Mặt trận Việt Nam Độc lập Đồng minh ra đời; sau này quân ta tiến vào Dinh Độc Lập.")] // pieces of two names
    [InlineData("Sản phẩm của HTX Chè Shan tuyết Phìn Hồ đạt 4 sao; vùng chè Shan tuyết được mở rộng.")] // a name after an abbreviation
    [InlineData("Hội Cựu chiến binh xã phối hợp với Chi hội Cựu chiến binh thôn và Hội Cựu chiến binh huyện.")] // `hội` of `Chi hội`
    [InlineData("Đồng chí Chỉ huy trưởng Ban Chỉ huy Quân sự huyện và đồng chí Phó Trưởng Ban Tuyên giáo dự họp.")] // across a title's end
    [InlineData("Các phòng, ban chuyên môn và Ban Thường vụ Huyện ủy; sau đó, ban thường vụ huyện ủy các khóa cũng vậy.")] // a body read whole, far into a lower-case stretch
    public void Leaves_names_alone_when_the_case_says_nothing(string text) => Assert.Empty(RuleTester.Lint(text, "RL6003"));

    [Theory]
    [InlineData("Trường mở lớp bồi dưỡng tiếng Việt cho học sinh lớp 1; kết quả môn Tiếng Việt cuối năm khá.")]
    [InlineData("Giáo viên môn Tiếng Anh còn thiếu; cán bộ xã học tiếng Anh và tiếng Mông buổi tối.")]
    public void A_language_and_a_school_subject_are_not_compared(string text) => Assert.Empty(RuleTester.Lint(text, "RL6003"));

    [Theory]
    [InlineData("Phòng Tổ chức đảng, đảng viên đã tham mưu kế hoạch. Giao Phòng Tổ chức đảng, đảng viên theo dõi; Phòng Tổ chức đảng, đảng viên tổng hợp. Các tổ chức đảng trực thuộc thực hiện nghiêm.")]
    [InlineData("Ý kiến của Văn phòng Tổ chức đảng được tiếp thu; các tổ chức đảng cơ sở báo cáo.")] // a head of two words
    [InlineData("Vụ Tổ chức đảng hướng dẫn; tổ chức đảng các cấp thực hiện.")]
    public void A_department_name_is_no_evidence_against_the_common_noun(string text) => Assert.Empty(RuleTester.Lint(text, "RL6003"));

    [Fact]
    public void The_common_noun_is_still_compared_outside_department_names()
    {
        const string text = "Phòng Tổ chức đảng, đảng viên tham mưu; Phòng Tổ chức đảng, đảng viên theo dõi. Kiểm tra tổ chức đảng. Củng cố các Tổ chức đảng yếu kém.";
        var diagnostic = Findings.Single(text, "RL6003", "Tổ chức đảng", from: "các Tổ");
        Assert.Equal("“Tổ chức đảng” viết hoa không thống nhất với 1 chỗ khác trong văn bản viết “tổ chức đảng”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace("các Tổ chức", "các tổ chức", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Quý II năm nay nhiều khó khăn. Trong quý II, đơn vị vẫn hoàn thành kế hoạch.")] // sentence start
    [InlineData("KẾT QUẢ QUÝ II\nTrong quý II, đơn vị hoàn thành kế hoạch.\n")] // heading in capitals
    [InlineData("Trong quý I và quý II, đơn vị hoàn thành kế hoạch của Quốc hội khóa XV.")]
    [InlineData("Xếp loại tổ chức Đảng, tổ chức cơ sở Đảng và đảng viên.")] // one style: Đảng capitalized, đảng viên apart
    [InlineData("Tổ chức đảng ở cơ sở được củng cố; nhiều tổ chức đảng đạt trong sạch.")]
    [InlineData("Bà con nắm tay nhau vào vòng xòe Thái.\nNghệ thuật Xòe Thái được ghi danh là di sản.\n")] // `vòng xòe` is a word: no pair `xòe Thái`
    public void Is_silent_on_consistent_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL6003"));
}
