using ReportLint.Rules.Tests.Infrastructure;
using ReportLint.Rules.Tests.Numbers;

namespace ReportLint.Rules.Tests.Names;

public class PersonNameCapitalizationTests
{
    [Fact]
    public void Reports_a_lower_case_middle_name()
    {
        const string text = "Ông Nguyễn văn Hùng, Chủ tịch UBND xã, phát biểu.";
        var diagnostic = Findings.Single(text, "RL6004", "Nguyễn văn Hùng");
        Assert.Equal("Tên người “Nguyễn văn Hùng” phải viết hoa mọi chữ: “Nguyễn Văn Hùng”", Findings.Vi(diagnostic));
        Assert.Equal("The personal name “Nguyễn văn Hùng” capitalizes every syllable: “Nguyễn Văn Hùng”", Findings.En(diagnostic));
        Assert.Equal("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã, phát biểu.", Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Tham dự có bà Lê thị Mai, cán bộ văn phòng.", "Lê thị Mai", "Lê Thị Mai")]
    [InlineData("Bà Nguyễn thị Thu Hà dự họp.", "Nguyễn thị Thu Hà", "Nguyễn Thị Thu Hà")] // the given name runs on
    [InlineData("Đồng chí Trần đức Thắng báo cáo.", "Trần đức Thắng", "Trần Đức Thắng")]
    [InlineData("Em Hoàng thị thu Trang đạt giải nhất.", "Hoàng thị thu Trang", "Hoàng Thị Thu Trang")] // two middle names
    [InlineData("Anh Lò văn Páo\nlàm trưởng bản.", "Lò văn Páo", "Lò Văn Páo")]
    public void Reports_each_name(string text, string span, string corrected)
    {
        var diagnostic = Findings.Single(text, "RL6004", span);
        Assert.Equal(text.Replace(span, corrected, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Ông Nguyễn Văn Hùng và bà Lê Thị Mai dự họp.")]
    [InlineData("Người dân mang họ Nguyễn thì đông nhất xã.")] // no capital after: no name
    [InlineData("Sách của Nguyễn văn bản cũ vẫn được giữ.")]
    [InlineData("Công ty Cao su Đồng Nai ký hợp đồng; Tạp chí Lý luận Chính trị đăng bài.")] // a family name that is a word, no middle name
    [InlineData("Các họ Nguyễn và Trần sống ở xóm Đông.")] // `và` is no middle name
    [InlineData("Đồng chí Nguyễn Văn An phát biểu; đồng chí Hà Văn Lực chủ trì.")]
    [InlineData("NGUYỄN văn Hùng")] // a heading in capitals
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL6004"));
}
