using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

public class MismatchAndFullFormTests
{
    [Fact]
    public void Reports_a_definition_whose_letters_do_not_fit_and_suggests_Đ()
    {
        const string text = "Nâng cao chất lượng tổ chức đảng (TCD) ở cơ sở.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        AssertSpan(text, diagnostic, "TCD");
        Assert.Equal("Chữ viết tắt “TCD” không khớp với chữ cái đầu của “tổ chức đảng”; có lẽ là “TCĐ”", Vi(diagnostic));
        Assert.Equal("The letters of “TCD” do not match the initials of “tổ chức đảng”; perhaps “TCĐ”", En(diagnostic));
        Assert.Equal("Nâng cao chất lượng tổ chức đảng (TCĐ) ở cơ sở.", Apply(text, diagnostic.Fixes[0]));
    }

    [Fact]
    public void Reports_a_definition_copied_from_another_body()
    {
        const string text = "Kỳ họp thứ 5 của Ủy ban nhân dân (HĐND) tỉnh.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        AssertSpan(text, diagnostic, "HĐND");
        Assert.Equal("Chữ viết tắt “HĐND” không khớp với chữ cái đầu của “Ủy ban nhân dân”", Vi(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("Các cơ sở đoàn thực hiện 23 công trình thanh niên (CNT) trong 6 tháng.", "CNT", "công trình thanh niên")]
    [InlineData("Huyện đẩy mạnh chuyển đổi số về chính quyền số (CQĐT) ở các xã.", "CQĐT", "chính quyền số")]
    public void Quotes_the_phrase_that_opens_on_the_first_letter_not_a_fixed_count_of_words(string text, string written, string quoted)
    {
        // One letter more or fewer than the words: the message quotes the phrase the writer meant, not `trình thanh niên`.
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        AssertSpan(text, diagnostic, written);
        Assert.Equal($"Chữ viết tắt “{written}” không khớp với chữ cái đầu của “{quoted}”", Vi(diagnostic));
    }

    [Fact]
    public void Reports_the_full_form_repeated_after_the_definition_as_info()
    {
        const string text = "Hội đồng nhân dân (HĐND) tỉnh họp thường kỳ.\nNghị quyết của Hội đồng nhân dân tỉnh đã được ban hành.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1006", diagnostic.Id);
        Assert.Equal(ReportSeverity.Info, diagnostic.Severity);
        AssertSpan(text, diagnostic, "Hội đồng nhân dân", 1);
        Assert.Equal("“Hội đồng nhân dân” đã được viết tắt là “HĐND” ở dòng 1; dùng chữ viết tắt", Vi(diagnostic));
        Assert.Equal("“Hội đồng nhân dân” was abbreviated as “HĐND” on line 1; use the abbreviation", En(diagnostic));
        Assert.Equal(Core.Diagnostics.FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Hội đồng nhân dân (HĐND) tỉnh họp thường kỳ.\nNghị quyết của HĐND tỉnh đã được ban hành.\n", Apply(text, diagnostic.Fixes[0]));
    }

    [Fact]
    public void The_full_form_inside_another_definition_is_not_a_repetition()
    {
        const string text = "Trung ương (TW) đã chỉ đạo.\nBan Chấp hành Trung ương (BCHTW) họp.\n";
        Assert.Empty(Family(text));
    }

    [Fact]
    public void A_heading_that_writes_the_full_form_is_not_a_repetition()
    {
        const string text = "Hội đồng nhân dân (HĐND) tỉnh họp thường kỳ.\nKẾT QUẢ KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH\n";
        Assert.Empty(Family(text));
    }

    [Fact]
    public void A_foreign_acronym_whose_letters_occur_out_of_order_is_no_mismatch() =>
        Assert.Empty(RuleTester.Lint("Cuộc thi Olympic Tiếng Anh trên Internet (IOE) thu hút 300 học sinh.", "RL1005"));
}
