using ReportLint.Rules.Tests.Infrastructure;
using ReportLint.Rules.Tests.Numbers;

namespace ReportLint.Rules.Tests.Names;

public class PlaceNameCapitalizationTests
{
    [Fact]
    public void Reports_a_lower_case_syllable_before_the_capital()
    {
        const string text = "Đoàn công tác về làm việc tại xã tân Phú, huyện Yên Lập.";
        var diagnostic = Findings.Single(text, "RL6005", "xã tân Phú");
        Assert.Equal("Địa danh “xã tân Phú” phải viết hoa mọi chữ của tên riêng: “xã Tân Phú”", Findings.Vi(diagnostic));
        Assert.Equal("The place name “xã tân Phú” capitalizes every syllable of the name: “xã Tân Phú”", Findings.En(diagnostic));
        Assert.Equal("Đoàn công tác về làm việc tại xã Tân Phú, huyện Yên Lập.", Findings.Fixed(text, diagnostic));
        Assert.Equal(Core.Diagnostics.FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
    }

    [Fact]
    public void Reports_a_lower_case_syllable_that_ends_the_clause()
    {
        const string text = "Hội nghị được tổ chức tại huyện Yên thành.";
        var diagnostic = Findings.Single(text, "RL6005", "huyện Yên thành");
        Assert.Equal("Địa danh “huyện Yên thành” phải viết hoa mọi chữ của tên riêng: “huyện Yên Thành”", Findings.Vi(diagnostic));
        Assert.Equal("Hội nghị được tổ chức tại huyện Yên Thành.", Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Chi bộ thôn đông Hòa đã hoàn thành chỉ tiêu.", "thôn đông Hòa", "thôn Đông Hòa")] // a subject and its verb
    [InlineData("Xã tân Phú, huyện Yên Lập có 12 thôn.", "Xã tân Phú", "Xã Tân Phú")] // the unit opens the sentence
    [InlineData("Người dân phường hạ Long đã tham gia đông đủ.", "phường hạ Long", "phường Hạ Long")]
    [InlineData("Đường về thị trấn Thanh sơn.", "thị trấn Thanh sơn", "thị trấn Thanh Sơn")] // a unit of two words
    [InlineData("Cử tri xã Mường lèo; cử tri xã Nà Hỳ.", "xã Mường lèo", "xã Mường Lèo")]
    [InlineData("Đoàn đến xã tân Lập huyện Sốp Cộp.", "xã tân Lập", "xã Tân Lập")] // another unit follows
    [InlineData("Trạm y tế bản nà Lừa được xây mới.", "bản nà Lừa", "bản Nà Lừa")]
    public void Reports_each_place_name(string text, string span, string corrected)
    {
        var diagnostic = Findings.Single(text, "RL6005", span);
        Assert.Equal(text.Replace(span, corrected, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Xã Tân Phú, huyện Yên Thành, tỉnh Nghệ An đạt chuẩn nông thôn mới.")]
    [InlineData("Toàn huyện có 12 xã nông thôn mới và 3 xã đạt chuẩn.")] // lower-case prose
    [InlineData("Huyện ủy, Ủy ban nhân dân huyện chỉ đạo; tỉnh ủy và các huyện ủy thống nhất.")]
    [InlineData("Đồng chí Bí thư Tỉnh ủy Phú Thọ và Huyện ủy An Phú dự họp.")] // a committee of the unit
    [InlineData("Thành phố trực thuộc Trung ương; thôn bản vùng cao; xã này; các xã vùng cao.")]
    [InlineData("Các xã, phường, thị trấn tổ chức Đại hội.")] // a list of units
    [InlineData("Tổ 5 và khu phố 3 của phường hoàn thành trước thời hạn.")] // numbered units
    [InlineData("Văn bản Kết luận số 12 được ban hành; Bản Kết luận đã ký.")] // `văn bản`, and a document named after `bản`
    [InlineData("Cán bộ làm công tác xã hội Việt Nam dự họp.")] // `xã hội`
    [InlineData("Tặng Cờ thi đua cho xã nhận Cờ thi đua của tỉnh.")] // a verb and its object
    [InlineData("Huyện ban hành bản Kết luận.")] // a common word in capitals
    [InlineData("Treo bản đồ Lào và Campuchia.")] // `bản đồ`
    [InlineData("Nhân dân các bản Vùng cao; Công an xã Chính quy.")] // common words of the data, capitalized by mistake
    [InlineData("Đồng chí Chủ tịch xã phó Chủ tịch Hội đồng dự họp.")] // a title after the unit
    [InlineData("Các tỉnh miền Trung và tỉnh bạn Lào hỗ trợ.")] // a region, a neighbour
    [InlineData("Làm việc với xã ông Lò Văn Páo làm chủ tịch.")] // a person
    [InlineData("XÃ TÂN PHÚ, HUYỆN YÊN thành")] // a heading in capitals
    [InlineData("Huyện đoàn Yên Lập và Xã đội Tân Phú phối hợp.")]
    [InlineData("Giúp xã Tân Phú nhiều việc; hỗ trợ xã Tân Phú xây dựng.")] // a full name and prose after it
    [InlineData("Đến năm 2025 huyện Mường Tè có 5 xã đạt chuẩn.")]
    [InlineData("Các đô thị xã hội hóa đầu tư.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL6005"));

    [Fact]
    public void A_workspace_adds_a_unit_word()
    {
        var options = RuleTester.Options("""{ "data": { "placeUnits": ["khu dân cư"] } }""");
        const string text = "Người dân khu dân cư bắc Sơn đã tham gia.";
        Assert.Empty(RuleTester.Lint(text, "RL6005"));
        var diagnostic = Assert.Single(RuleTester.Lint(text, options, "RL6005"));
        Assert.Equal("khu dân cư bắc Sơn", RuleTester.SpanText(text, diagnostic));
    }
}
