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
    [InlineData("Các nội dung ...")]
    [InlineData("Theo Chỉ thị số 05-CT/TW, các cấp ủy (theo phân cấp) đã triển khai.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL4001"));
}
