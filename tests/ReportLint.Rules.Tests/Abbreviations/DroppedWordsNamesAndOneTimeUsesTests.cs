using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>
/// Letters that leave out a whole word the data's abbreviation keeps (RL1005, and RL1006 writing the right letters),
/// full forms inside a body's name (RL1006), fix order for an abbreviation used once (RL1001) and a use in a heading
/// (RL1002).
/// </summary>
public class DroppedWordsNamesAndOneTimeUsesTests
{
    [Fact]
    public void Letters_that_leave_out_a_word_the_data_keeps_are_a_slip()
    {
        const string text = "Huyện có 48 tổ chức cơ sở đảng (TCĐ) trực thuộc.\nCác TCĐ sinh hoạt đúng định kỳ.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1005", diagnostic.Id);
        AssertSpan(text, diagnostic, "TCĐ");
        Assert.Equal("Chữ viết tắt “TCĐ” không khớp với chữ cái đầu của “tổ chức cơ sở đảng”; có lẽ là “TCCSĐ”", Vi(diagnostic));
        Assert.Equal("The letters of “TCĐ” do not match the initials of “tổ chức cơ sở đảng”; perhaps “TCCSĐ”", En(diagnostic));
        Assert.Equal("Huyện có 48 tổ chức cơ sở đảng (TCCSĐ) trực thuộc.\nCác TCCSĐ sinh hoạt đúng định kỳ.\n", Apply(text, diagnostic.Fixes[0]));
        Assert.Empty(Family(Apply(text, diagnostic.Fixes[0])));
    }

    [Theory]
    [InlineData("Huyện có 48 tổ chức cơ sở đảng (TCCSĐ) trực thuộc; các TCCSĐ sinh hoạt đều.")]
    [InlineData("Huyện có 48 tổ chức cơ sở đảng (TCCS đảng) trực thuộc; các TCCS đảng sinh hoạt đều.")]
    [InlineData("Xã kiện toàn các tổ chức đảng (TCĐ) trực thuộc; các TCĐ sinh hoạt đều.")]
    [InlineData("Tăng cường quản lý an toàn vệ sinh thực phẩm (ATTP) ở chợ; ATTP được kiểm tra.")] // the data knows no `ATVSTP`
    public void Fitting_or_unknown_shortenings_stay_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL1005"));

    [Fact]
    public void The_full_form_after_a_slipped_definition_gets_the_intended_letters()
    {
        const string text = "Huyện có 48 tổ chức cơ sở đảng (TCĐ) trực thuộc.\nNhiều tổ chức cơ sở đảng đạt trong sạch, vững mạnh.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "tổ chức cơ sở đảng", 1);
        Assert.Equal("“tổ chức cơ sở đảng” đã được viết tắt là “TCCSĐ” ở dòng 1; dùng chữ viết tắt", Vi(diagnostic));
        Assert.Equal("“tổ chức cơ sở đảng” was abbreviated as “TCCSĐ” on line 1; use the abbreviation", En(diagnostic));
        Assert.EndsWith("Nhiều TCCSĐ đạt trong sạch, vững mạnh.\n", Apply(text, Assert.Single(diagnostic.Fixes)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tỉnh hỗ trợ kinh tế hợp tác xã (HTX).\nNăm nay Quỹ Hỗ trợ phát triển hợp tác xã tỉnh cho 14 HTX vay vốn.\n")]
    [InlineData("Tỉnh đẩy mạnh chuyển đổi số (CĐS).\nCán bộ của Trung tâm Điều hành thông minh chuyển đổi số huyện đã được tập huấn về CĐS.\n")]
    [InlineData("Tỉnh hỗ trợ kinh tế hợp tác xã (HTX).\nLãnh đạo Liên minh Kinh tế hợp tác xã tỉnh làm việc với 14 HTX.\n")]
    public void A_full_form_inside_a_body_name_stays_written_out(string text) => Assert.Empty(RuleTester.Lint(text, "RL1006"));

    [Fact]
    public void A_full_form_after_a_linking_word_is_outside_the_name()
    {
        const string text = "Tỉnh hỗ trợ kinh tế hợp tác xã (HTX).\nQuỹ Đầu tư phát triển tỉnh cho các hợp tác xã vay 12 tỷ đồng.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "hợp tác xã", 1);
        Assert.Equal("Quỹ Đầu tư phát triển tỉnh cho các HTX vay 12 tỷ đồng.\n", Apply(text, Assert.Single(diagnostic.Fixes)).Split('\n', 2)[1]);
    }

    [Fact]
    public void An_abbreviation_used_once_is_first_written_in_full()
    {
        const string text = "Đoàn kiểm tra công tác bảo đảm ATTP tại 6 bếp ăn tập thể.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "ATTP");
        Assert.Equal(2, diagnostic.Fixes.Count);
        Assert.Equal("Viết đầy đủ “an toàn thực phẩm”", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal("Đoàn kiểm tra công tác bảo đảm an toàn thực phẩm tại 6 bếp ăn tập thể.", Apply(text, diagnostic.Fixes[0]));
        Assert.Equal("Đoàn kiểm tra công tác bảo đảm an toàn thực phẩm (ATTP) tại 6 bếp ăn tập thể.", Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void An_abbreviation_used_twice_is_first_defined()
    {
        const string text = "Đoàn kiểm tra ATTP tại 6 bếp ăn tập thể.\nCác vi phạm về ATTP đã được xử lý.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        Assert.Equal("Đoàn kiểm tra an toàn thực phẩm (ATTP) tại 6 bếp ăn tập thể.\nCác vi phạm về ATTP đã được xử lý.\n",
            Apply(text, Assert.Single(diagnostic.Fixes)));
    }

    [Fact]
    public void A_markdown_heading_before_the_definition_is_no_use_before_it()
    {
        const string text = "# HĐND tỉnh khai mạc kỳ họp thứ 5\n\nSáng 3/7, Hội đồng nhân dân (HĐND) tỉnh khai mạc kỳ họp; HĐND xem xét 20 nội dung.\n";
        Assert.Empty(RuleTester.LintMarkdown(text, "RL1002"));
    }

    [Fact]
    public void A_plain_text_headline_on_the_first_line_is_no_use_before_the_definition()
    {
        const string text = "HĐND tỉnh thông qua 18 nghị quyết\nChiều 9/7, Hội đồng nhân dân (HĐND) tỉnh bế mạc kỳ họp; HĐND đã thông qua 18 nghị quyết.\n";
        Assert.Empty(RuleTester.Lint(text, "RL1002"));
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_still_counts()
    {
        const string text = "Chiều 9/7, HĐND tỉnh bế mạc kỳ họp.\nHội đồng nhân dân (HĐND) tỉnh đã thông qua 18 nghị quyết.\n";
        AssertSpan(text, Assert.Single(RuleTester.Lint(text, "RL1002")), "HĐND");
    }

    [Fact]
    public void A_body_use_after_a_markdown_heading_and_before_the_definition_is_reported()
    {
        const string text = "## Kết quả CĐS\n\nNăm qua, CĐS đạt kết quả. Huyện triển khai chuyển đổi số (CĐS) ở 15 xã.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL1002"));
        AssertSpan(text, diagnostic, "CĐS", 1);
    }

    [Fact]
    public void A_heading_that_uses_the_abbreviation_is_written_in_full()
    {
        const string text = "1. Đẩy mạnh CĐS ở cấp xã\n\nNăm qua, huyện triển khai chuyển đổi số (CĐS) ở 15 xã; CĐS đạt kết quả bước đầu.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1002"));
        AssertSpan(text, diagnostic, "CĐS");
        Assert.Equal("Chữ viết tắt “CĐS” được dùng trước khi được định nghĩa ở dòng 3", Vi(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal("Viết đầy đủ trong đề mục: “chuyển đổi số”", fix.Title.Vi);
        Assert.Equal("Write it in full in the heading: “chuyển đổi số”", fix.Title.En);
        var fixedText = Apply(text, fix);
        Assert.Equal(text.Replace("Đẩy mạnh CĐS", "Đẩy mạnh chuyển đổi số", StringComparison.Ordinal), fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void A_heading_use_is_written_in_full_and_the_definition_moves_to_the_first_body_use()
    {
        const string text = "2. Kết quả CCHC\n\nCác xã đã thực hiện CCHC đồng bộ. Công tác cải cách hành chính (CCHC) được chú trọng.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1002"));
        AssertSpan(text, diagnostic, "CCHC");
        var fixedText = Apply(text, Assert.Single(diagnostic.Fixes));
        Assert.Equal("2. Kết quả cải cách hành chính\n\nCác xã đã thực hiện cải cách hành chính (CCHC) đồng bộ. Công tác CCHC được chú trọng.\n", fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void A_use_in_body_text_still_receives_the_definition()
    {
        const string text = "Các xã đã thực hiện CCHC đồng bộ.\nCông tác cải cách hành chính (CCHC) được chú trọng.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1002"));
        Assert.Equal("Các xã đã thực hiện cải cách hành chính (CCHC) đồng bộ.\nCông tác CCHC được chú trọng.\n", Apply(text, Assert.Single(diagnostic.Fixes)));
    }
}
