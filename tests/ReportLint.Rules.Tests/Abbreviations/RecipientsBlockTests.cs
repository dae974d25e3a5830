using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>The `Nơi nhận:` block and the `Lưu:` line name offices by their codes: no abbreviation finding there.</summary>
public class RecipientsBlockTests
{
    // Written for these tests, in the layout of Nghị định 30/2020/NĐ-CP.
    private const string Closing =
        "Sở Nông nghiệp và Môi trường kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.\n" +
        "Nơi nhận:\n" +
        "- Như trên;\n" +
        "\n" +
        "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n" +
        "- TTHĐND, VPUBND tỉnh;\n" +
        "- Lưu: VT, PTNT.\n" +
        "KT. GIÁM ĐỐC\n" +
        "PHÓ GIÁM ĐỐC\n";

    [Fact]
    public void The_recipients_block_and_the_filing_line_are_silent() => Assert.Empty(Family(Closing));

    [Fact]
    public void A_recipients_name_keeps_a_full_form_the_draft_abbreviates() =>
        Assert.Empty(Family("Xây dựng nông thôn mới (NTM) là nhiệm vụ trọng tâm; các xã đạt chuẩn NTM.\nNơi nhận:\n- Văn phòng Điều phối nông thôn mới tỉnh;\n- Lưu: VT.\n"));

    [Theory]
    [InlineData("Đề nghị các đơn vị báo cáo trước ngày 15/12.\nLưu: VT, VP.\n")]
    [InlineData("Đề nghị các đơn vị báo cáo trước ngày 15/12.\n- Lưu VT, TH.\n")]
    [InlineData("Nơi nhận: TTHĐND, VPUBND tỉnh; Lưu: VT, KT.\n")]
    public void A_filing_line_is_silent_wherever_it_stands(string text) => Assert.Empty(Family(text));

    [Fact]
    public void A_Markdown_list_of_recipients_is_silent() =>
        Assert.Empty(RuleTester.LintMarkdown("Kính trình Ủy ban nhân dân tỉnh xem xét./.\n\nNơi nhận:\n\n- Như trên;\n- TTHĐND, VPUBND tỉnh;\n- Lưu: VT, PTNT.\n", "RL1001"));

    [Fact]
    public void The_block_ends_at_the_first_line_that_is_not_a_list_item()
    {
        const string text = Closing + "Phụ lục: danh sách ĐBQH dự họp.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1001", diagnostic.Id);
        AssertSpan(text, diagnostic, "ĐBQH");
    }

    [Theory]
    [InlineData("Lưu ý: kết quả QLNN năm nay chưa cao.", "QLNN")]
    [InlineData("- Lưu trữ hồ sơ QLNN đúng quy định.", "QLNN")]
    [InlineData("- Các phòng phối hợp với QLNN cấp xã.\n", "QLNN")] // a list item outside a recipients block
    public void Other_lines_keep_their_findings(string text, string abbreviation)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, abbreviation);
    }
}
