using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Punctuation;

public class SpaceBeforePunctuationTests
{
    [Fact]
    public void Reports_the_space_before_a_comma_with_a_safe_fix()
    {
        const string text = "Hội nghị đã thảo luận , thống nhất.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4001"));
        Assert.Equal(21, diagnostic.Span.Start);
        Assert.Equal(1, diagnostic.Span.Length);
        Assert.Equal("Thừa khoảng trắng trước dấu “,”", diagnostic.GetMessage(Core.Diagnostics.MessageLanguage.Vietnamese));
        Assert.Equal("Hội nghị đã thảo luận, thống nhất.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Các chi bộ triển khai kịp thời ,một số nơi còn chậm.", "Các chi bộ triển khai kịp thời, một số nơi còn chậm.")]
    [InlineData("Nội dung gồm ;báo cáo và kế hoạch.", "Nội dung gồm; báo cáo và kế hoạch.")]
    public void Moves_a_space_that_belongs_after_the_mark(string text, string fixedText) =>
        Assert.Equal(fixedText, RuleTester.ApplyFirstFix(text, Assert.Single(RuleTester.Lint(text, "RL4001"))));

    [Theory]
    [InlineData("Kết quả đạt 19,22% ; tăng 2 điểm.", ";")]
    [InlineData("Xem tại (trang 4 ).", ")")]
    [InlineData("Nơi nhận :", ":")]
    [InlineData("Phong trào “Dân vận khéo ” lan tỏa.", "”")]
    public void Reports_each_closing_mark(string text, string mark)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4001"));
        Assert.Equal(mark, diagnostic.Arguments[0]);
    }

    [Theory]
    [InlineData("Hội nghị đã thảo luận, thống nhất các nội dung./.")]
    [InlineData("Tỷ lệ đạt 19,22%, cao hơn năm trước.")]
    [InlineData("  , dòng bắt đầu bằng khoảng trắng")]
    [InlineData("Theo Chỉ thị số 05-CT/TW, các cấp ủy (theo phân cấp) đã triển khai.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL4001"));

    [Theory]
    [InlineData("Tổ chức sôi nổi các phong trào thi đua ...", "...")] // the end of the line
    [InlineData("Nhiều hoạt động văn hóa, thể thao … Các xã đều có nhà văn hóa.", "…")] // a space and the next sentence
    [InlineData("Cơ sở vật chất (đường, trường, trạm …) được đầu tư.", "…")]
    [InlineData("Xây dựng đường, trường …; nạo vét kênh mương.", "…")]
    public void Reports_the_space_before_an_ellipsis_that_ends_a_list_or_sentence(string text, string ellipsis)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4001"));
        var space = text.IndexOf(" " + ellipsis, StringComparison.Ordinal);
        Assert.Equal(space, diagnostic.Span.Start);
        Assert.Equal(1, diagnostic.Span.Length);
        Assert.Equal($"Thừa khoảng trắng trước dấu “{ellipsis}”", diagnostic.GetMessage(Core.Diagnostics.MessageLanguage.Vietnamese));
        Assert.Equal($"Unexpected space before “{ellipsis}”", diagnostic.GetMessage(Core.Diagnostics.MessageLanguage.English));
        Assert.Equal(Core.Diagnostics.FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal(text.Remove(space, 1), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Tổ chức sôi nổi các phong trào thi đua...")] // no space
    [InlineData("Trích dẫn: (...) các cấp phải gương mẫu.")] // words left out, in brackets
    [InlineData("Trích dẫn: [...] các cấp phải gương mẫu.")]
    [InlineData("Lời dặn “… không chỉ nói mà còn …” vẫn còn nguyên giá trị.")] // words left out of a quotation
    [InlineData("Lời dặn “cán bộ phải gương mẫu … Dân tin thì việc gì cũng thành.” được quán triệt.")]
    [InlineData("Cán bộ phải gương mẫu … và gần dân.")] // words left out mid-sentence
    [InlineData("Các xã đã làm đường, trường …, kênh mương.")] // before a comma: silent, when in doubt
    [InlineData("… các chi bộ đã họp đầy đủ.")] // the start of a line
    [InlineData("Kết quả	…	đạt")] // alone in a cell
    [InlineData("Chỉ tiêu thi đua …	95%")] // the end of a table cell
    [InlineData("Hà Nội, ngày … tháng … năm …")] // blanks to fill in
    [InlineData("Hà Nội, ngày 5 tháng 3 năm ...")]
    [InlineData("Họ và tên người nộp ……")] // dots glued together
    [InlineData("Số: …/BC-UBND")]
    public void Is_silent_on_an_ellipsis_that_does_not_end_a_list(string text) => Assert.Empty(RuleTester.Lint(text, "RL4001"));
}
