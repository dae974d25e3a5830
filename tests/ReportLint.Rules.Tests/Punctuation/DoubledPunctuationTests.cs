using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Punctuation;

public class DoubledPunctuationTests
{
    [Fact]
    public void Reports_the_second_period_and_deletes_it()
    {
        const string text = "Việc phát triển đảng viên còn gặp nhiều khó khăn.. Các chi bộ cần khắc phục.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL4008"));
        Assert.Equal((text.IndexOf("..", StringComparison.Ordinal) + 1, 1), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("Dấu “.” bị gõ hai lần", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“.” is typed twice", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Việc phát triển đảng viên còn gặp nhiều khó khăn. Các chi bộ cần khắc phục.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Cán bộ,, đảng viên tham gia đầy đủ.", ",")]
    [InlineData("Kết quả như sau:: đạt yêu cầu.", ":")]
    [InlineData("Đã hoàn thành;; đang triển khai.", ";")]
    [InlineData("Tổ chức học tập, quán triệt v.v.. Các chi bộ đã họp.", ".")]
    [InlineData("Phong trào “Dân vận khéo”.. Các chi bộ đã họp.", ".")]
    [InlineData("Hoàn thành chỉ tiêu (100%).", null)]
    [InlineData("Năm 2024 kết thúc..", ".")]
    [InlineData("Còn nhiều khó khăn .. Các chi bộ đã họp.", ".")] // with RL4001's space before it
    [InlineData("Chúc Đại hội thành công tốt đẹp!!", "!")]
    [InlineData("Vì sao chỉ tiêu chưa đạt?? Các chi bộ cần làm rõ.", "?")]
    public void Reports_each_mark_typed_twice(string text, string? mark)
    {
        var found = RuleTester.Lint(text, "RL4008").Select(d => RuleTester.SpanText(text, d)).ToArray();
        Assert.Equal(mark is null ? [] : new[] { mark }, found);
    }

    [Theory]
    [InlineData("Việc phát triển đảng viên còn gặp nhiều khó khăn...")]
    [InlineData("Nơi nhận: như trên./.")]
    [InlineData("Các mục từ 1..5 của phụ lục.")]
    [InlineData("Xem tại tinhuy.gov.vn, mục tin tức.")]
    [InlineData("Số liệu 1.234,5 đồng; 6.789 đồng.")]
    [InlineData(". Dòng bắt đầu bằng dấu chấm.")]
    [InlineData("Đã học tập, quán triệt.")]
    [InlineData("Thật vậy sao?! Chúc Đại hội thành công!")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL4008"));

    [Fact]
    public void Reports_a_doubled_mark_at_the_end_of_a_line_of_a_longer_draft()
    {
        const string text = "Còn nhiều khó khăn..\nCác chi bộ đã họp;;\nHết.";
        var found = RuleTester.Lint(text, "RL4008").Select(d => (d.Span.Start, RuleTester.SpanText(text, d))).ToArray();
        Assert.Equal([(19, "."), (39, ";")], found);
    }
}
