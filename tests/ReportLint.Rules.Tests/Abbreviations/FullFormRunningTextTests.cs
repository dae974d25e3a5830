using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>RL1006 reads running text only, and a list of abbreviations defined together counts as a whole.</summary>
public class FullFormRunningTextTests
{
    [Fact]
    public void Reports_the_full_form_in_running_text_with_the_abbreviation_as_fix()
    {
        const string text = "Các tổ chức cơ sở đảng (TCCSĐ) đã kiện toàn cấp ủy.\nNăm 2024, có 58 tổ chức cơ sở đảng đạt mức tốt trở lên.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1006", diagnostic.Id);
        Assert.Equal(ReportSeverity.Info, diagnostic.Severity);
        AssertSpan(text, diagnostic, "tổ chức cơ sở đảng", 1);
        Assert.Equal("“tổ chức cơ sở đảng” đã được viết tắt là “TCCSĐ” ở dòng 1; dùng chữ viết tắt", Vi(diagnostic));
        Assert.Equal("“tổ chức cơ sở đảng” was abbreviated as “TCCSĐ” on line 1; use the abbreviation", En(diagnostic));
        Assert.Equal(text.Replace("có 58 tổ chức cơ sở đảng", "có 58 TCCSĐ", StringComparison.Ordinal), Apply(text, diagnostic.Fixes[0]));
    }

    [Fact]
    public void The_fix_abbreviates_only_the_words_the_letters_stand_for()
    {
        // `Việt Nam` ends the defined full form, but `MTTQ` gives no letter for it: the fix keeps it.
        const string text = "Mặt trận Tổ quốc Việt Nam (MTTQ) huyện tổ chức hội nghị.\nCác hộ dân hưởng ứng phong trào do Mặt trận Tổ quốc Việt Nam phát động.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "Mặt trận Tổ quốc Việt Nam", 1);
        Assert.Equal("Các hộ dân hưởng ứng phong trào do MTTQ Việt Nam phát động.", Apply(text, diagnostic.Fixes[0]).Split('\n')[1]);
    }

    [Fact]
    public void A_list_defined_together_is_reported_when_written_out_whole()
    {
        const string text = "Cán bộ, công chức (CB, CC) của xã được kiện toàn.\nNăm 2024, cán bộ, công chức của xã đều hoàn thành nhiệm vụ.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1006", diagnostic.Id);
        AssertSpan(text, diagnostic, "cán bộ, công chức");
        Assert.Equal("“cán bộ, công chức” đã được viết tắt là “CB, CC” ở dòng 1; dùng chữ viết tắt", Vi(diagnostic));
        Assert.Equal("“cán bộ, công chức” was abbreviated as “CB, CC” on line 1; use the abbreviation", En(diagnostic));
        Assert.Equal("Cán bộ, công chức (CB, CC) của xã được kiện toàn.\nNăm 2024, CB, CC của xã đều hoàn thành nhiệm vụ.\n", Apply(text, diagnostic.Fixes[0]));
    }

    [Fact]
    public void One_word_of_a_list_defined_together_is_an_ordinary_word()
    {
        const string text =
            "Cán bộ, công chức, viên chức (CB, CC, VC) của xã thực hiện nghiêm việc nêu gương.\n" +
            "Công tác tổ chức, cán bộ luôn được quan tâm; đội ngũ cán bộ, đảng viên được nâng cao chất lượng.\n" +
            "Các công chức trẻ được bồi dưỡng; CB, CC, VC hoàn thành nhiệm vụ.\n";
        Assert.Empty(Family(text));
    }

    [Theory]
    [InlineData("2. Củng cố tổ chức cơ sở đảng\n")] // a numbered section title
    [InlineData("a) Về tổ chức cơ sở đảng và đảng viên\n")]
    [InlineData("Kết quả xây dựng tổ chức cơ sở đảng:\n")]
    [InlineData("Phong trào “Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh” được phát động rộng rãi trong toàn Đảng bộ.\n")] // a quotation
    [InlineData("Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố, xây dựng tổ chức cơ sở đảng, các cấp ủy đã quán triệt sâu rộng.\n")] // a cited title
    [InlineData("Thực hiện Kết luận số 21-KL/ ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII về xây dựng tổ chức cơ sở đảng; các cấp ủy đã triển khai.\n")] // a malformed symbol
    [InlineData("Quy định số 22-QĐ/TW quy định về tổ chức cơ sở đảng được quán triệt đến từng chi bộ.\n")]
    public void Headings_quotations_and_cited_titles_are_not_running_text(string line) =>
        Assert.Empty(Family("Các tổ chức cơ sở đảng (TCCSĐ) đã kiện toàn cấp ủy.\n" + line));

    [Fact]
    public void Running_text_after_a_cited_title_still_counts()
    {
        const string text =
            "Đào tạo đội ngũ cán bộ trong hệ thống chính trị (HTCT) ở cơ sở.\n" +
            "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; "
            + "cán bộ trong hệ thống chính trị được bồi dưỡng.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1006", diagnostic.Id);
        AssertSpan(text, diagnostic, "hệ thống chính trị", 2);
    }

    [Fact]
    public void A_citation_without_a_title_leaves_the_sentence_running_text()
    {
        const string text = "Các tổ chức cơ sở đảng (TCCSĐ) đã kiện toàn cấp ủy.\nTheo Hướng dẫn số 12-HD/BTCTW, tổ chức cơ sở đảng được xếp loại hằng năm.\n";
        var diagnostic = Assert.Single(Family(text));
        AssertSpan(text, diagnostic, "tổ chức cơ sở đảng", 1);
    }

    [Fact]
    public void A_persons_title_keeps_the_body_in_full()
    {
        const string text =
            "Ủy ban Kiểm tra (UBKT) Huyện ủy đã họp. Đồng chí Lê Văn An, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, phát biểu.\n" +
            "Kết luận của Ủy ban Kiểm tra được thông báo.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1006", diagnostic.Id);
        AssertSpan(text, diagnostic, "Ủy ban Kiểm tra", 2);
    }

    [Fact]
    public void A_full_form_capitalized_inside_a_body_name_is_left_alone()
    {
        const string text =
            "Đẩy mạnh chuyển đổi số (CĐS) trong cơ quan. Trung tâm Chuyển đổi số tỉnh và Phòng Chuyển đổi số đã phối hợp.\n" +
            "Công tác chuyển đổi số được quan tâm.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1006", diagnostic.Id);
        AssertSpan(text, diagnostic, "chuyển đổi số", 1);
    }
}
