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

    [Theory]
    [InlineData("Đoàn công tác vào thành phố Hồ chí Minh tổ chức hội nghị.", "thành phố Hồ chí Minh", "thành phố Hồ Chí Minh")]
    [InlineData("Bộ đội về thành phố Điện biên Phủ dự lễ kỷ niệm.", "thành phố Điện biên Phủ", "thành phố Điện Biên Phủ")]
    [InlineData("Ủy ban nhân dân xã Phú lộc Hưng báo cáo kết quả.", "xã Phú lộc Hưng", "xã Phú Lộc Hưng")] // not a known name
    [InlineData("Người dân thành phố hồ Chí Minh đã tham gia.", "thành phố hồ Chí Minh", "thành phố Hồ Chí Minh")]
    [InlineData("Đoàn đến xã tân Phú Hòa, huyện Yên Lập.", "xã tân Phú Hòa", "xã Tân Phú Hòa")]
    public void Reports_a_lower_case_syllable_inside_a_longer_name(string text, string span, string corrected)
    {
        var diagnostic = Findings.Single(text, "RL6005", span);
        Assert.Equal($"Địa danh “{span}” phải viết hoa mọi chữ của tên riêng: “{corrected}”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace(span, corrected, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Huyện Yên Thành tổ chức hội nghị sơ kết.")] // the name ended before `tổ chức`
    [InlineData("Đoàn về thăm làng Sen quê Bác.")] // a person after the name
    [InlineData("Năm nay thôn Bắc giành Cờ thi đua của huyện.")] // a verb and a common word in capitals
    [InlineData("Huyện Yên Thành tặng Bằng khen cho xã Tân Phú.")]
    [InlineData("Thôn Đông mời Chủ tịch xã dự họp.")] // a title after a one-syllable name
    [InlineData("Đoàn về làng Sen gặp Ban Thường vụ Huyện ủy.")]
    [InlineData("Xã Cư Ea Lang, thành phố Hồ Chí Minh và thành phố Điện Biên Phủ.")]
    public void Is_silent_when_a_longer_name_is_written_properly_or_no_name_runs_on(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL6005"));

    [Fact]
    public void Reports_a_name_in_lower_case_that_the_document_writes_properly_elsewhere()
    {
        const string text = "Xã Tân Phú có 9 thôn.\nNăm qua, nhân dân xã tân phú tích cực tham gia.\n";
        var diagnostic = Findings.Single(text, "RL6005", "xã tân phú");
        Assert.Equal("Địa danh “xã tân phú” phải viết hoa mọi chữ của tên riêng: “xã Tân Phú” (văn bản viết đúng ở dòng 1)", Findings.Vi(diagnostic));
        Assert.Equal("The place name “xã tân phú” capitalizes every syllable of the name: “xã Tân Phú” (written so on line 1)", Findings.En(diagnostic));
        Assert.Equal(text.Replace("xã tân phú", "xã Tân Phú", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL6003"));
    }

    [Fact]
    public void The_documents_first_proper_spelling_is_the_related_location()
    {
        const string text = "Báo cáo kết quả năm 2025.\nĐoàn về làm việc tại xã Tân Phú và xã Yên Lạc.\nXã Tân Phú có 9 thôn.\nNhân dân xã tân phú tích cực tham gia.\n";
        var diagnostic = Findings.Single(text, "RL6005", "xã tân phú");
        Assert.EndsWith("(văn bản viết đúng ở dòng 2)", Findings.Vi(diagnostic), StringComparison.Ordinal);
        var related = Assert.Single(diagnostic.Related);
        Assert.Equal("xã Tân Phú", text.Substring(related.Span.Start, related.Span.Length));
        Assert.Equal(text.IndexOf("xã Tân Phú", StringComparison.Ordinal), related.Span.Start);
        Assert.Equal("Văn bản viết đúng ở đây", related.Message.Vi);
        Assert.Equal("The document writes it properly here", related.Message.En);
    }

    [Fact]
    public void A_common_word_name_points_at_its_spelling_after_the_same_unit()
    {
        // `Thống Nhất` after `phường` vouches nothing for `xã Thống nhất`: the related location is the `xã` one.
        const string text = "Phường Thống Nhất có 6 tổ dân phố.\nXã Thống Nhất về đích sớm.\nCán bộ xã Thống nhất được khen.\n";
        var diagnostic = Findings.Single(text, "RL6005", "xã Thống nhất");
        Assert.EndsWith("(văn bản viết đúng ở dòng 2)", Findings.Vi(diagnostic), StringComparison.Ordinal);
        var related = Assert.Single(diagnostic.Related).Span;
        Assert.Equal(text.IndexOf("Xã Thống Nhất", StringComparison.Ordinal), related.Start);
        Assert.Equal("Xã Thống Nhất".Length, related.Length);
    }

    [Fact]
    public void A_name_known_from_the_data_or_marked_in_its_own_paragraph_points_nowhere()
    {
        var known = Findings.Single("Đoàn công tác của tỉnh quảng ninh làm việc.", "RL6005", "tỉnh quảng ninh");
        Assert.Equal("Địa danh “tỉnh quảng ninh” phải viết hoa mọi chữ của tên riêng: “tỉnh Quảng Ninh”", Findings.Vi(known));
        Assert.Empty(known.Related);
        var marked = Findings.Single("Đoàn công tác về làm việc tại xã tân Phú, huyện Yên Lập.", "RL6005", "xã tân Phú");
        Assert.Empty(marked.Related);
    }

    [Fact]
    public void Reports_each_mixed_spelling_once_whatever_the_counts()
    {
        // `Tân phú` twice outnumbers `Tân Phú`: the place name is the model, and RL6003 says nothing.
        const string text = "Nhân dân xã Tân phú phấn khởi.\nĐảng bộ phường Tân Phú tổ chức đại hội.\nXã Tân phú tổ chức lễ ra quân.\n";
        var findings = RuleTester.Lint(text, "RL6005");
        Assert.Equal(["xã Tân phú", "Xã Tân phú"], findings.Select(d => RuleTester.SpanText(text, d)));
        Assert.Equal(text.Replace("Tân phú", "Tân Phú", StringComparison.Ordinal), RuleTester.FixAll(text, includeUnsafe: true, "RL6005"));
        Assert.Empty(RuleTester.Lint(text, "RL6003"));
    }

    [Fact]
    public void A_name_that_is_a_common_word_counts_after_the_same_unit_and_with_a_capital()
    {
        // `thống nhất` is a word of the lexicon: agreement, unless a capital marks the name.
        const string text = "Xã Thống Nhất về đích sớm.\nCán bộ xã Thống nhất được khen.\nPhường Thống nhất và các xã thống nhất phương án.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL6005"));
        Assert.Equal("xã Thống nhất", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Cán bộ xã Thống Nhất được khen.", Findings.Fixed(text, diagnostic).Split('\n')[1]);
    }

    [Theory]
    [InlineData("Nhân dân xã tân phú tích cực tham gia.")] // no evidence in the document
    [InlineData("Xã Đồng Tâm về đích; các xã đồng tâm hiệp lực.")] // a follower in lower case
    [InlineData("Xã Tân Phú có 9 thôn; xã tân phú Đông là xã khác.")] // a longer name
    [InlineData("Xã Tân Phú có 9 thôn; xã Tân Phú Đông có 5 thôn.")]
    [InlineData("BÁO CÁO CỦA XÃ TÂN PHÚ\nNhân dân xã tân phú tham gia.")] // a heading in capitals is no evidence of case
    [InlineData("Kế Hoạch Phát Triển Xã Tân Phú\nNhân dân xã tân phú tham gia.")] // nor a headline in title case
    public void Is_silent_without_the_documents_evidence(string text) => Assert.Empty(RuleTester.Lint(text, "RL6005"));

    [Theory]
    [InlineData("Đoàn công tác của tỉnh quảng ninh làm việc.", "tỉnh quảng ninh", "tỉnh Quảng Ninh")]
    [InlineData("Hội nghị tổ chức tại thành phố hồ chí minh.", "thành phố hồ chí minh", "thành phố Hồ Chí Minh")]
    [InlineData("Đoàn về thành phố huế dự lễ.", "thành phố huế", "thành phố Huế")] // one syllable
    [InlineData("Các sở của tỉnh đồng nai phối hợp.", "tỉnh đồng nai", "tỉnh Đồng Nai")] // a follower inside the name
    [InlineData("Tỉnh Thanh hoá tổ chức lễ.", "Tỉnh Thanh hoá", "Tỉnh Thanh Hoá")] // the writer's tone style is kept
    [InlineData("Ngư dân đặc khu phú quốc ra khơi.", "đặc khu phú quốc", "đặc khu Phú Quốc")]
    public void Reports_a_well_known_name_without_the_documents_evidence(string text, string span, string corrected)
    {
        var diagnostic = Findings.Single(text, "RL6005", span);
        Assert.Equal(text.Replace(span, corrected, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Buôn Ma thuột tổ chức lễ hội cà phê lần thứ chín.", "Buôn Ma thuột", "Buôn Ma Thuột")] // a capital inside marks the name
    [InlineData("Nông dân Buôn Ma thuột thu hoạch cà phê.", "Buôn Ma thuột", "Buôn Ma Thuột")]
    [InlineData("Đoàn về thành phố Hồ Chí minh dự hội thảo.", "thành phố Hồ Chí minh", "thành phố Hồ Chí Minh")] // not `Hồ Chí` as a name
    [InlineData("Thành phố Buôn Ma thuột tổ chức lễ hội.", "Thành phố Buôn Ma thuột", "Thành phố Buôn Ma Thuột")]
    [InlineData("Hội nghị được tổ chức tại Quảng ninh.", "Quảng ninh", "Quảng Ninh")] // one capital: the clause ends
    [InlineData("Đoàn công tác tại Cao bằng đã kiểm tra biên giới.", "Cao bằng", "Cao Bằng")] // or a word after a subject follows
    [InlineData("Đoàn về thành phố pleiku dự lễ.", "thành phố pleiku", "thành phố Pleiku")]
    [InlineData("Chợ đêm thành phố Phan rang - Tháp Chàm mở cửa.", "thành phố Phan rang", "thành phố Phan Rang")]
    public void Reports_a_well_known_name_opened_with_a_capital_and_left_in_lower_case(string text, string span, string corrected)
    {
        var diagnostic = Findings.Single(text, "RL6005", span);
        Assert.Equal($"Địa danh “{span}” phải viết hoa mọi chữ của tên riêng: “{corrected}”", Findings.Vi(diagnostic));
        Assert.Equal(text.Replace(span, corrected, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Anh Nam định cư tại xã từ năm 2010.")] // a given name, then `định cư`
    [InlineData("Ngành Hải dương học có nhiều đóng góp.")] // a word the last syllable opens
    [InlineData("Cao bằng nhau thì chọn người trẻ hơn.")] // the capital of a sentence says nothing
    [InlineData("Trường Đại học Quốc gia Hà nội tuyển sinh.")] // one capital and prose after it: not sure where it ends
    [InlineData("Đoàn về Buôn Ma Thuột, Hồ Chí Minh, Quảng Ninh và Pleiku.")] // written properly
    [InlineData("Thủ Dầu Một Bình Dương là đô thị loại I.")]
    [InlineData("Các tháp Chàm ở Phan Rang được trùng tu.")] // a Cham tower is no city
    public void Is_silent_on_well_known_names_read_in_other_words(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL6005"));

    [Theory]
    [InlineData("Sản phẩm từ quảng ninh và hồ chí minh được bày bán.")] // not after a unit word
    [InlineData("Tỉnh Quảng Ninh, thành phố Hồ Chí Minh và thành phố Huế ký kết.")]
    [InlineData("TỈNH QUẢNG NINH")]
    [InlineData("Văn bản hà nội gửi đến chưa đủ.")] // `văn bản`: no unit word
    [InlineData("Tỉnh quảng bá sản phẩm; tỉnh đồng ý.")] // `quảng` alone is nothing
    public void Is_silent_on_well_known_names_written_properly_or_not_after_a_unit(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL6005"));

    [Fact]
    public void The_pages_examples_report_each_slip_and_nothing_on_the_correct_text()
    {
        var page = RuleDocs.Get("RL6005")!;
        string Example(string label)
        {
            var start = page.IndexOf("```text\n", page.IndexOf(label, StringComparison.Ordinal), StringComparison.Ordinal) + 8;
            return page[start..page.IndexOf("```", start, StringComparison.Ordinal)];
        }
        var wrong = Example("Sai:");
        Assert.Equal(["xã tân Phú", "huyện Yên thành", "thành phố Hồ chí Minh", "tỉnh đồng nai", "thành phố huế"],
            RuleTester.Lint(wrong, "RL6005").Select(d => RuleTester.SpanText(wrong, d)));
        Assert.Empty(RuleTester.Lint(Example("Đúng:"), "RL6005", "RL6003"));
    }

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
