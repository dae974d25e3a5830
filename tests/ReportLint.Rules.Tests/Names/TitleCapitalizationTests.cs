using ReportLint.Rules.Tests.Infrastructure;
using ReportLint.Rules.Tests.Numbers;

namespace ReportLint.Rules.Tests.Names;

public class TitleCapitalizationTests
{
    [Fact]
    public void Reports_a_lower_case_title_before_an_abbreviated_body()
    {
        const string text = "Đồng chí Lê Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy, phó Chủ tịch UBND tỉnh, dự hội nghị.";
        var diagnostic = Findings.Single(text, "RL6002", "phó Chủ tịch");
        Assert.Equal("Chức danh “phó Chủ tịch” đứng trước tên riêng hoặc tên cơ quan cụ thể phải viết “Phó Chủ tịch”", Findings.Vi(diagnostic));
        Assert.Equal("The title “phó Chủ tịch” before a name or a specific body is written “Phó Chủ tịch”", Findings.En(diagnostic));
        Assert.Equal("Đồng chí Lê Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, dự hội nghị.", Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_lower_case_title_before_a_specific_body()
    {
        const string text = "Đồng chí Nguyễn Văn An, phó bí thư Tỉnh ủy, phát biểu.";
        var diagnostic = Findings.Single(text, "RL6002", "phó bí thư");
        Assert.Equal("Chức danh “phó bí thư” đứng trước tên riêng hoặc tên cơ quan cụ thể phải viết “Phó Bí thư”", Findings.Vi(diagnostic));
        Assert.Equal("The title “phó bí thư” before a name or a specific body is written “Phó Bí thư”", Findings.En(diagnostic));
        Assert.Equal("Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, phát biểu.", Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Ý kiến của đồng chí bí thư Huyện ủy được ghi nhận.", "bí thư", "Bí thư")]
    [InlineData("Đồng chí trưởng Ban Tổ chức Tỉnh ủy chủ trì.", "trưởng", "Trưởng")]
    [InlineData("Đồng chí Hoàng Văn Sính, bí thư Chi bộ thôn Nà Pò, phát biểu.", "bí thư", "Bí thư")] // a named cell
    [InlineData("Đồng chí Phó Bí Thư Tỉnh ủy chủ trì.", "Phó Bí Thư", "Phó Bí thư")]
    [InlineData("Đồng chí là ủy viên Ban Thường vụ Tỉnh ủy.", "ủy viên", "Ủy viên")]
    [InlineData("Hội nghị do chủ tịch Nguyễn Văn Bình chủ trì.", "chủ tịch", "Chủ tịch")]
    [InlineData("Đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, phó Chủ tịch HĐND tỉnh, phát biểu.", "phó Chủ tịch", "Phó Chủ tịch")]
    [InlineData("Đồng chí Trần Văn Bình, Phó chủ tịch UBND tỉnh, kiểm tra công trình.", "Phó chủ tịch", "Phó Chủ tịch")]
    [InlineData("Báo cáo gửi đồng chí chủ tịch UBMTTQ huyện.", "chủ tịch", "Chủ tịch")]
    [InlineData("Đồng chí bí thư Huyện đoàn Đinh Thị Hà phát biểu.", "bí thư", "Bí thư")]
    [InlineData("Ông Hoàng Văn Páo, phó chủ tịch Ủy ban MTTQ Việt Nam xã, tham gia đoàn.", "phó chủ tịch", "Phó Chủ tịch")] // a head and an abbreviation
    [InlineData("Bà Lò Thị Mai, chủ tịch Hội LHPN xã Tân Hòa, phát biểu.", "chủ tịch", "Chủ tịch")]
    [InlineData("Đồng chí Lê Văn An, Phó trưởng Công an xã, báo cáo.", "Phó trưởng", "Phó Trưởng")] // a field and its unit
    [InlineData("Trong năm, 1 đảng viên là Phó chủ tịch Ủy ban nhân dân xã Ia Mơ bị khiển trách.", "Phó chủ tịch", "Phó Chủ tịch")] // a count of one names the holder
    [InlineData("Có 1 đồng chí là phó giám đốc Sở Nội vụ được điều động.", "phó giám đốc", "Phó Giám đốc")]
    [InlineData("Ngày 12 đồng chí phó bí thư Huyện ủy về dự sinh hoạt.", "phó bí thư", "Phó Bí thư")] // a date, no count
    [InlineData("Ông Hà Văn Sỹ, chủ tịch Hội đồng nhân dân xã Nậm Ty, chủ trì kỳ họp.", "chủ tịch", "Chủ tịch")]
    [InlineData("Bà Vi Thị Lan, Phó chủ tịch Ủy ban nhân dân xã Nậm Ty, báo cáo.", "Phó chủ tịch", "Phó Chủ tịch")]
    [InlineData("Ông Lù Văn Sáu, Phó giám đốc Sở Giáo dục và Đào tạo, phát biểu.", "Phó giám đốc", "Phó Giám đốc")]
    [InlineData("Trách nhiệm thuộc về đồng chí Mai Văn Khải, bí thư ĐU xã, người chủ trì cuộc họp.", "bí thư", "Bí thư")] // a committee's abbreviation
    [InlineData("Đồng chí Vũ Thị Hạnh, phó bí thư HU, dự và chỉ đạo hội nghị.", "phó bí thư", "Phó Bí thư")]
    [InlineData("Ông Đỗ Văn Kiên, ủy viên TW Đảng, về thăm xã.", "ủy viên", "Ủy viên")]
    [InlineData("Ông Lò Văn Tính, chủ tịch UBND xã, cấp giấy chứng nhận cho 12 hộ.", "chủ tịch", "Chủ tịch")] // `cấp` the verb, no level
    [InlineData("Ông Lò Văn Tính, chủ tịch UBND huyện cấp kinh phí cho xã.", "chủ tịch", "Chủ tịch")]
    [InlineData("Bà Hà Thị Nga, Bí thư Huyện ủy, đồng thời là chủ tịch HĐND huyện.", "chủ tịch", "Chủ tịch")] // one person, no model
    [InlineData("Đồng chí Trần Thị Hoa, phó Giám đốc Trung tâm Y tế huyện, báo cáo.", "phó Giám đốc", "Phó Giám đốc")] // a capitalized title
    [InlineData("Ông Lê Văn Nam, phó Trưởng ban Tổ chức Huyện ủy, dự hội nghị.", "phó Trưởng", "Phó Trưởng")]
    [InlineData("Bà Lò Thị Dung, phó Chủ tịch thường trực, chủ trì.", "phó Chủ tịch", "Phó Chủ tịch")]
    [InlineData("Ông Lê Văn An, giám đốc Trung tâm Y tế huyện, báo cáo.", "giám đốc", "Giám đốc")] // a body's name head and its name
    [InlineData("Bà Vi Thị Hằng, phó giám đốc Chi cục Thuế khu vực, phát biểu.", "phó giám đốc", "Phó Giám đốc")]
    [InlineData("Đồng chí Nguyễn Văn An, ủy viên Ban Chấp hành Đảng bộ tỉnh, phát biểu.", "ủy viên", "Ủy viên")] // one holder
    [InlineData("Ông Lê Văn Ba đã từng là ủy viên Ban Thường vụ Tỉnh ủy.", "ủy viên", "Ủy viên")] // `từng`: once, not each; `Ba` a name
    public void Reports_each_title(string text, string span, string corrected)
    {
        var diagnostic = Findings.Single(text, "RL6002", span);
        Assert.Equal(text.Replace(span, corrected, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void An_abbreviation_a_workspace_gives_a_body_meaning_names_that_body()
    {
        const string configuration = """
            { "data": { "abbreviations": [{ "abbreviation": "BTGTU", "meanings": ["Ban Tuyên giáo Tỉnh ủy"] }] } }
            """;
        const string text = "Đồng chí Lê Văn Tám, phó trưởng BTGTU, phát biểu.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, RuleTester.Options(configuration), "RL6002"));
        Assert.Equal("Đồng chí Lê Văn Tám, Phó Trưởng BTGTU, phát biểu.", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL6002")); // without the pack, nothing says what BTGTU is
    }

    [Fact]
    public void A_malformed_abbreviation_pack_leaves_the_titles_checked()
    {
        // The Abbreviations rules report the pack (RL9001); the titles before the data's bodies are still read.
        var options = RuleTester.Options("""{ "data": { "abbreviations": [ { "meanings": ["quản lý nhà nước"] } ] } }""");
        const string text = "Đồng chí Lê Văn Hà, phó Chủ tịch UBND tỉnh, dự họp.";
        Assert.Equal("phó Chủ tịch", RuleTester.SpanText(text, Assert.Single(RuleTester.Lint(text, options, "RL6002"))));
        Assert.DoesNotContain(RuleTester.Lint(text, options), d => d.Id == "RL9001" && d.GetMessage(Core.Diagnostics.MessageLanguage.English).Contains("Capitalization", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Vai trò của bí thư chi bộ rất quan trọng.")]
    [InlineData("Một số bí thư cấp ủy chưa quan tâm đúng mức.")]
    [InlineData("Các cấp ủy cần chỉ đạo sát sao.")]
    [InlineData("Đồng chí Bí thư Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự hội nghị.")]
    [InlineData("Đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng phát biểu.")]
    [InlineData("Thủ trưởng Cơ quan Điều tra đã ký.")]
    [InlineData("Cơ quan có thủ trưởng Cơ quan Điều tra mới.")] // `thủ trưởng` is one word
    [InlineData("Đồng chí Lê Văn Hà, Phó Chủ tịch UBND tỉnh, và đồng chí Chủ tịch HĐND huyện dự họp.")]
    [InlineData("Hội nghị tập huấn cho các phó chủ tịch UBND xã.")] // plural: generic
    [InlineData("Đồng chí làm việc với chủ tịch UBND các xã, thị trấn.")] // bodies in the plural
    [InlineData("Một số chủ tịch UBND xã chưa sâu sát.")] // not after a word that may precede a title
    [InlineData("Hội nghị tập huấn cho các chủ tịch Hội LHPN xã.")] // plural: generic
    [InlineData("Đồng chí làm việc với chủ tịch Hội CCB các xã.")]
    [InlineData("Đồng chí Bí thư Huyện đoàn và các bí thư chi đoàn dự họp.")]
    [InlineData("Đại hội có 12 đại biểu đương nhiên là ủy viên Ban Chấp hành Đảng bộ xã khóa XXIII.")] // what a count of people are: generic
    [InlineData("Có 3 đảng viên là phó chủ tịch Ủy ban nhân dân xã Ia Mơ và xã Ia Lâu.")] // a count of several: generic
    [InlineData("Hội nghị có các phó chủ tịch xã tham dự.")]
    [InlineData("Hội nghị có các phó Chủ tịch UBND xã tham dự; Ban Thường vụ giao phó Chủ tịch UBND huyện chỉ đạo.")] // plural; `giao phó`
    [InlineData("Đồng chí Trần Thị Hoa, Phó Giám đốc Trung tâm Y tế huyện, báo cáo; Phó Trưởng ban Tổ chức dự họp.")]
    [InlineData("Cán bộ trung tâm Y tế huyện và giám đốc các trung tâm dự họp.")]
    [InlineData("Huyện ủy cử 9 đồng chí ủy viên Ban Thường vụ xuống cơ sở.")] // a count right before the title: generic
    [InlineData("Đoàn giám sát gồm 7 ủy viên Ủy ban Kiểm tra Huyện ủy.")]
    [InlineData("Đề án quy định chức danh phó chủ tịch Ủy ban nhân dân xã.")]
    [InlineData("Đồng chí Vi Thị Lan, Phó Chủ tịch Ủy ban nhân dân xã Nậm Ty, báo cáo.")]
    [InlineData("Đồng chí Mai Văn Khải, Bí thư ĐU xã, chủ trì; các bí thư ĐU xã dự họp; Huyện ủy làm việc với bí thư ĐU các xã.")]
    [InlineData("Trường bồi dưỡng bí thư chi bộ và cấp ủy viên thuộc ĐU xã.")] // the title is not before the body
    [InlineData("Thực hiện thí điểm bí thư đảng ủy xã đồng thời là chủ tịch UBND cấp xã tại 5 đơn vị.")] // a level, not one body
    [InlineData("Có 6 bí thư huyện ủy kiêm chủ tịch HĐND cùng cấp; phó bí thư là chủ tịch Ủy ban nhân dân cùng cấp.")]
    [InlineData("Ban dân vận phối hợp với chủ tịch Ủy ban MTTQ cấp huyện tổ chức đối thoại.")]
    [InlineData("Mô hình bí thư đảng ủy đồng thời là chủ tịch UBND xã được nhân rộng ở 12 xã.")] // a model of posts
    [InlineData("Hội nghị có sự tham dự của các ủy viên Ban Chấp hành Đảng bộ tỉnh.")] // plural holders of a specific body
    [InlineData("Đoàn kiểm tra gồm 03 ủy viên Ban Thường vụ Huyện ủy.")]
    [InlineData("Mời các đồng chí ủy viên Ban Chấp hành dự họp; hai đồng chí ủy viên Ban Thường vụ vắng.")]
    [InlineData("Các phó trưởng Ban Tổ chức Tỉnh ủy và những ủy viên Ủy ban Kiểm tra dự họp.")]
    public void Is_silent_on_correct_and_generic_titles(string text) => Assert.Empty(RuleTester.Lint(text, "RL6002"));
}
