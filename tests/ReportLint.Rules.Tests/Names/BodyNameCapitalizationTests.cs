using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using ReportLint.Rules.Tests.Numbers;

namespace ReportLint.Rules.Tests.Names;

public class BodyNameCapitalizationTests
{
    [Fact]
    public void Reports_a_body_name_with_a_lower_case_word_and_fixes_it()
    {
        const string text = "Đồng chí báo cáo với Ban thường vụ Huyện ủy về kết quả.";
        var diagnostic = Findings.Single(text, "RL6001", "Ban thường vụ Huyện ủy");
        Assert.Equal("Tên cơ quan “Ban thường vụ Huyện ủy” viết hoa chưa đúng: viết “Ban Thường vụ Huyện ủy”", Findings.Vi(diagnostic));
        Assert.Equal("The body name “Ban thường vụ Huyện ủy” is not capitalized correctly: write “Ban Thường vụ Huyện ủy”", Findings.En(diagnostic));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Đồng chí báo cáo với Ban Thường vụ Huyện ủy về kết quả.", Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void The_fix_after_a_capitalized_title_gives_the_title_its_capitals_too()
    {
        const string text = "Đồng chí Hà Văn Cường, Phó trưởng ban Tuyên giáo Huyện ủy, dự họp.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL6001", "RL6002"));
        Findings.AssertSpan(text, diagnostic, "ban Tuyên giáo Huyện ủy");
        Assert.Equal("Tên cơ quan “ban Tuyên giáo Huyện ủy” viết hoa chưa đúng: viết “Ban Tuyên giáo Huyện ủy”", Findings.Vi(diagnostic));
        Assert.Equal("Sửa thành “Phó Trưởng Ban Tuyên giáo Huyện ủy”", diagnostic.Fixes[0].Title.Vi);
        Assert.Equal("Đồng chí Hà Văn Cường, Phó Trưởng Ban Tuyên giáo Huyện ủy, dự họp.", Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void A_document_mixing_trưởng_ban_and_trưởng_Ban_reports_the_lower_case_head_once()
    {
        // `Trưởng Ban Tuyên giáo` is right whatever the majority (DOMAIN §7): RL6001 reports the other; RL6003 leaves known bodies to it.
        const string text = "Đồng chí Lê Văn An, Trưởng Ban Tuyên giáo, phát biểu.\nĐồng chí Trưởng Ban Tuyên giáo kết luận.\nĐồng chí Trần Văn Bình, Trưởng ban Tuyên giáo, dự họp.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text), d => d.Id.StartsWith("RL6", StringComparison.Ordinal));
        Assert.Equal("RL6001", diagnostic.Id);
        Findings.AssertSpan(text, diagnostic, "ban Tuyên giáo");
        Assert.Equal(text.Replace("Trưởng ban", "Trưởng Ban", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Kết luận của Ban thường vụ Tỉnh uỷ đã rõ.", "Ban thường vụ Tỉnh uỷ", "Ban Thường vụ Tỉnh uỷ")] // modern tone style kept
    [InlineData("Đồng chí Trưởng ban Tuyên giáo Huyện ủy phát biểu.", "ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy")]
    [InlineData("Theo kết luận của bộ chính trị, các cấp triển khai.", "bộ chính trị", "Bộ Chính trị")] // unique body
    [InlineData("Nghị quyết của Ban Chấp Hành Trung Ương được quán triệt.", "Ban Chấp Hành Trung Ương", "Ban Chấp hành Trung ương")]
    [InlineData("Báo cáo của ủy ban Kiểm tra Đảng ủy Khối đã thông qua.", "ủy ban Kiểm tra Đảng ủy Khối", "Ủy ban Kiểm tra Đảng ủy Khối")]
    [InlineData("Các đồng chí trong Ban Thường Vụ đều có mặt.", "Ban Thường Vụ", "Ban Thường vụ")]
    [InlineData("Đồng chí Nguyễn Văn An, Bí thư huyện ủy, phát biểu.", "huyện ủy", "Huyện ủy")] // after a title
    [InlineData("Đồng chí Phó Bí thư tỉnh uỷ chủ trì.", "tỉnh uỷ", "Tỉnh uỷ")]
    [InlineData("Ban chấp hành Đảng bộ huyện họp phiên thường kỳ.", "Ban chấp hành Đảng bộ", "Ban Chấp hành Đảng bộ")] // a specific committee
    [InlineData("Phối hợp với Sở nông nghiệp và Môi trường thẩm định hồ sơ.", "Sở nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường")] // a department
    [InlineData("Hồ sơ gửi sở Tài chính trước ngày 15/12.", "sở Tài chính", "Sở Tài chính")]
    [InlineData("Hồ sơ gửi Sở Kế Hoạch và Đầu tư trước ngày 15/12.", "Sở Kế Hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư")]
    [InlineData("Đồng chí đề nghị bộ Y tế hỗ trợ vắc xin.", "bộ Y tế", "Bộ Y tế")]
    [InlineData("Đề nghị ủy ban nhân dân Huyện hỗ trợ kinh phí.", "ủy ban nhân dân Huyện", "Ủy ban nhân dân huyện")] // an administrative unit
    [InlineData("Báo cáo gửi Ủy ban nhân dân Tỉnh.", "Ủy ban nhân dân Tỉnh", "Ủy ban nhân dân tỉnh")]
    [InlineData("Thường trực Hội đồng nhân dân Huyện đã họp.", "Hội đồng nhân dân Huyện", "Hội đồng nhân dân huyện")]
    [InlineData("Ủy ban nhân dân Thị Trấn đã triển khai.", "Ủy ban nhân dân Thị Trấn", "Ủy ban nhân dân thị trấn")]
    [InlineData("Thường trực huyện ủy chỉ đạo các xã.", "Thường trực huyện ủy", "Thường trực Huyện ủy")] // a committee of its own, at a sentence start
    [InlineData("Ban thường trực Ủy ban Mặt trận Tổ quốc huyện đã họp.", "Ban thường trực Ủy ban Mặt trận Tổ quốc", "Ban Thường trực Ủy ban Mặt trận Tổ quốc")]
    [InlineData("Đoàn công tác của ủy ban nhân dân huyện về làm việc tại xã.", "ủy ban nhân dân", "Ủy ban nhân dân")] // one unit's body
    [InlineData("Đầu năm, Ban thường vụ Huyện ủy ban hành chỉ thị về du lịch.", "Ban thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy")] // `ban hành`, not `ủy ban`
    [InlineData("Thường trực hội đồng nhân dân tỉnh đã giám sát.", "hội đồng nhân dân", "Hội đồng nhân dân")]
    [InlineData("Đại biểu hội đồng nhân dân xã Tân Lập tiếp xúc cử tri.", "hội đồng nhân dân", "Hội đồng nhân dân")]
    [InlineData("Vốn vay của ngân hàng chính sách xã hội đến 1.240 hộ.", "ngân hàng chính sách xã hội", "Ngân hàng Chính sách xã hội")] // unique
    [InlineData("Đại diện Hội Liên hiệp phụ nữ xã dự họp.", "Hội Liên hiệp phụ nữ", "Hội Liên hiệp Phụ nữ")] // mass organisations
    [InlineData("Đồng chí Chủ tịch hội Cựu chiến binh xã phát biểu.", "hội Cựu chiến binh", "Hội Cựu chiến binh")]
    [InlineData("Ủy ban Mặt trận tổ quốc xã tổ chức ngày hội.", "Mặt trận tổ quốc", "Mặt trận Tổ quốc")]
    [InlineData("Đồng chí Chỉ huy trưởng Ban chỉ huy Quân sự huyện báo cáo.", "Ban chỉ huy Quân sự", "Ban Chỉ huy Quân sự")]
    [InlineData("Chi bộ đề nghị đảng ủy xã Tân Lập xét khen thưởng.", "đảng ủy", "Đảng ủy")] // a body, a unit and its name: one body
    [InlineData("Dưới sự lãnh đạo của đảng bộ huyện Yên Sơn, nhân dân đoàn kết.", "đảng bộ", "Đảng bộ")]
    [InlineData("Giao hội nông dân xã Tân Lập tổ chức tập huấn.", "hội nông dân", "Hội Nông dân")]
    [InlineData("Ban thường vụ Hội Cựu chiến binh xã đã ban hành kế hoạch.", "Ban thường vụ", "Ban Thường vụ")] // a sentence start before a capitalized body
    [InlineData("Kết quả tốt. Ban chấp hành Hội Liên hiệp Phụ nữ huyện họp định kỳ.", "Ban chấp hành", "Ban Chấp hành")]
    [InlineData("Ban thường vụ Đoàn Thanh niên xã phát động phong trào.", "Ban thường vụ", "Ban Thường vụ")]
    [InlineData("Tồn tại: Ủy ban kiểm tra HU chưa kịp thời giám sát.", "Ủy ban kiểm tra", "Ủy ban Kiểm tra")] // a sentence start before an abbreviated body
    [InlineData("Đánh giá chung. Ban chấp hành ĐU xã họp thường kỳ mỗi tháng.", "Ban chấp hành", "Ban Chấp hành")]
    [InlineData("Ủy ban nhân dân xã đề nghị Ban kinh tế - xã hội Hội đồng nhân dân xã thẩm tra tờ trình.", "Ban kinh tế - xã hội", "Ban Kinh tế - Xã hội")] // two fields joined by a dash
    [InlineData("Báo cáo gửi Ban Văn hóa - xã hội HĐND huyện trước kỳ họp.", "Ban Văn hóa - xã hội", "Ban Văn hóa - Xã hội")]
    [InlineData("Hồ sơ chuyển Phòng Tài chính – kế hoạch thẩm định.", "Phòng Tài chính – kế hoạch", "Phòng Tài chính – Kế hoạch")] // any dash
    public void Reports_each_miscapitalized_body(string text, string span, string corrected)
    {
        var diagnostic = Findings.Single(text, "RL6001", span);
        Assert.Equal(text.Replace(span, corrected, StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư đã ban hành nhiều văn bản.")]
    [InlineData("Ban Thường vụ Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và Đảng ủy Khối đã họp.")]
    [InlineData("Thường trực Tỉnh uỷ và Đảng uỷ Khối thống nhất chủ trương.")] // modern tone style
    [InlineData("Đồng chí Trưởng Ban Tuyên giáo Huyện ủy phát biểu.")]
    [InlineData("Kiện toàn các ban thường vụ cấp ủy và các tỉnh ủy, thành ủy.")] // generic
    [InlineData("Ban tuyên giáo ở một số cấp ủy còn lúng túng.")] // sentence start, generic
    [InlineData("NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY")] // heading in capitals
    [InlineData("Đồng chí phụ trách văn phòng của đơn vị.")]
    [InlineData("Hội nghị tập huấn cho các Bí thư huyện ủy, thành ủy.")] // plural: generic
    [InlineData("Vai trò của bí thư huyện ủy rất quan trọng.")]
    [InlineData("Ban Chấp hành Đảng bộ huyện và các đảng bộ trực thuộc đã họp.")]
    [InlineData("Ban chấp hành các đảng bộ cơ sở được kiện toàn.")] // generic
    [InlineData("Sở Tài chính, Sở Kế hoạch và Đầu tư, Sở Công Thương và Phòng Tài chính - Kế hoạch huyện phối hợp.")]
    [InlineData("Sở Văn hóa, Thể thao và Du lịch và Bộ Nông nghiệp và Môi trường đã thống nhất.")]
    [InlineData("Lãnh đạo các sở, ngành, đoàn thể cấp tỉnh; sở ngành liên quan phối hợp.")] // generic
    [InlineData("Ủy ban nhân dân các cấp và hội đồng nhân dân các xã đã triển khai.")] // generic
    [InlineData("Theo luật, các ủy ban nhân dân xã phải báo cáo; ủy ban nhân dân huyện, xã phối hợp; ủy ban nhân dân cấp tỉnh chỉ đạo.")] // plural, list of levels, `cấp`
    [InlineData("Quan hệ giữa hội đồng nhân dân và ủy ban nhân dân ở cơ sở được làm rõ.")] // no unit: the kinds of body
    [InlineData("Tiểu ban Tổ chức phục vụ đại hội đã họp; Phân ban Văn kiện và Chi hội Cựu chiến binh thôn làm việc.")] // bodies of their own
    [InlineData("Tồn tại: Ủy ban Kiểm tra ĐU xã chưa kịp thời giám sát; Văn phòng UBND xã chưa tổng hợp; Thường trực HĐND xã đã nhắc.")]
    [InlineData("Ban Kinh tế - Xã hội Hội đồng nhân dân xã thẩm tra; Ban Kinh tế - Ngân sách HĐND tỉnh và Ban Pháp chế đã họp.")]
    [InlineData("Sở ngành phát triển kinh tế - xã hội; Ban Tổ chức - cơ quan tham mưu của Huyện ủy - đã thẩm định.")] // a dash before no field of the name
    [InlineData("Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên và Liên đoàn Lao động huyện phối hợp; các hội nông dân cơ sở tham gia.")]
    [InlineData("Ủy ban nhân dân huyện, Hội đồng nhân dân tỉnh và Ủy ban nhân dân Thành phố Hà Nội đã họp.")]
    [InlineData("Ủy ban nhân dân Phường Nguyễn Du và Ủy ban nhân dân Quận 1 phối hợp.")] // a name or number after the unit
    [InlineData("Sở tài chính thẩm định dự toán.")] // a sentence start: nothing says it is the name
    [InlineData("Thường trực huyện ủy, thành ủy các tỉnh dự hội nghị.")] // a list of committees: generic
    [InlineData("Thường trực Huyện ủy và Ban Thường vụ Tỉnh ủy thống nhất.")]
    [InlineData("Ban Thường vụ Tỉnh đoàn và Ban Chấp hành Huyện đoàn đã ban hành kế hoạch.")]
    [InlineData("Các đảng ủy xã Tân Lập, Tân Phú và đảng ủy xã Hòa Bình và Hòa Thuận đã sơ kết.")] // plural, a list of names: generic
    [InlineData("Đảng ủy xã Tân Lập lãnh đạo; các đảng ủy xã chủ động; đảng ủy, chính quyền các cấp vào cuộc.")]
    [InlineData("Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo; đồng chí Lê Văn Minh, Đảng ủy viên, phụ trách.")] // no name ends inside a word
    [InlineData("Tổ chức Ngày hội Nông dân huyện lần thứ II; hội diễn Văn nghệ quần chúng.")] // `ngày hội` is a word
    [InlineData("Đồng chí Hà Văn Sơn, Phó Trưởng ban Thường trực Ban Tổ chức Đại hội, báo cáo.")] // `Thường trực` qualifies the title
    [InlineData("Ban thường vụ các hội đoàn thể được kiện toàn.")] // sentence start, generic
    [InlineData("Ban tổ chức hội thi đã chuẩn bị chu đáo.")] // no capitalized body after it
    [InlineData("Ban Thường vụ Hội Cựu chiến binh xã đã ban hành kế hoạch.")]
    public void Is_silent_on_correct_and_generic_names(string text) => Assert.Empty(RuleTester.Lint(text, "RL6001"));

    [Theory]
    [InlineData("Trong năm, chi đoàn có 5 đoàn viên trưởng thành Đoàn và được giới thiệu kết nạp Đảng.")]
    [InlineData("Các chi đoàn đã hoàn thành Đoàn phí trước ngày 15/12.")]
    [InlineData("Đa số ý kiến tán thành Đoàn công tác đề xuất.")]
    [InlineData("Nhiều thanh niên trở thành Đoàn viên ưu tú.")]
    [InlineData("Tham dự đại hội Nông dân cấp xã có 120 đại biểu.")]
    [InlineData("Mỗi xã bố trí một cán bộ Tư pháp - hộ tịch.")]
    public void A_name_does_not_start_inside_a_word_begun_before_it(string text) => Assert.Empty(RuleTester.Lint(text, "RL6001"));

    [Fact]
    public void A_head_after_a_title_still_opens_a_body_it_makes_a_word_with()
    {
        const string text = "Ý kiến của Trưởng ban Dân vận huyện đã rõ.";
        var diagnostic = Findings.Single(text, "RL6001", "ban Dân vận");
        Assert.Equal("Ý kiến của Trưởng Ban Dân vận huyện đã rõ.", Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Ông Nguyễn Văn An, Trưởng phòng Nội vụ huyện, báo cáo tại hội nghị.")]
    [InlineData("Đồng chí Lê Thị Bình, Phó Trưởng phòng Tài chính - Kế hoạch, dự họp.")]
    [InlineData("Ý kiến của trưởng phòng Tư pháp huyện đã rõ.")]
    [InlineData("Bà Hà Thị Mai, Trưởng Phòng Nội vụ, trình bày tờ trình.")]
    public void A_State_compound_title_keeps_the_department_head_in_lower_case(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL6001"));

    [Fact]
    public void The_rest_of_a_department_name_after_a_compound_title_is_still_checked()
    {
        const string text = "Theo đề nghị của Trưởng phòng văn hóa và Thông tin huyện.";
        var diagnostic = Findings.Single(text, "RL6001", "phòng văn hóa và Thông tin");
        Assert.Equal("Tên cơ quan “phòng văn hóa và Thông tin” viết hoa chưa đúng: viết “phòng Văn hóa và Thông tin”", Findings.Vi(diagnostic));
        Assert.Equal("Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.", Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void A_body_after_a_word_it_does_not_join_is_still_reported()
    {
        const string text = "Đồng chí Phó Bí thư thành Đoàn phát biểu.";
        var diagnostic = Findings.Single(text, "RL6001", "thành Đoàn");
        Assert.Equal("Tên cơ quan “thành Đoàn” viết hoa chưa đúng: viết “Thành đoàn”", Findings.Vi(diagnostic));
        Assert.Equal("Đồng chí Phó Bí thư Thành đoàn phát biểu.", Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_a_capitalized_unit_after_a_body_with_the_body_in_one_finding()
    {
        const string text = "Gửi sở Nội vụ và ủy ban nhân dân Tỉnh.";
        var diagnostics = RuleTester.Lint(text, "RL6001");
        Assert.Equal(2, diagnostics.Count);
        Findings.AssertSpan(text, diagnostics[0], "sở Nội vụ");
        Findings.AssertSpan(text, diagnostics[1], "ủy ban nhân dân Tỉnh");
        Assert.Equal("Tên cơ quan “ủy ban nhân dân Tỉnh” viết hoa chưa đúng: viết “Ủy ban nhân dân tỉnh”", Findings.Vi(diagnostics[1]));
        Assert.Equal("The body name “ủy ban nhân dân Tỉnh” is not capitalized correctly: write “Ủy ban nhân dân tỉnh”", Findings.En(diagnostics[1]));
        Assert.Equal("Gửi sở Nội vụ và Ủy ban nhân dân tỉnh.", Findings.Fixed(text, diagnostics[1]));
    }
}

public class NameDataTests
{
    [Fact]
    public void A_workspace_adds_its_own_body_names_and_consistency_phrases()
    {
        const string configuration = """
            {
              "data": {
                "bodyHeads": ["Ban Chỉ đạo"],
                "capitalizationConsistency": [{ "group": "nông thôn mới", "phrases": ["nông thôn mới"] }]
              }
            }
            """;
        var options = RuleTester.Options(configuration);
        const string body = "Báo cáo gửi Ban chỉ đạo Huyện ủy.";
        var diagnostic = Assert.Single(RuleTester.Lint(body, options, "RL6001"));
        Assert.Equal("Báo cáo gửi Ban Chỉ đạo Huyện ủy.", RuleTester.ApplyFirstFix(body, diagnostic));
        const string phrase = "Xây dựng nông thôn mới đạt kết quả; có 12 xã đạt chuẩn nông thôn mới và 1 xã đạt chuẩn Nông thôn mới.";
        var inconsistent = Assert.Single(RuleTester.Lint(phrase, options, "RL6003"));
        Assert.Equal("Nông thôn mới", RuleTester.SpanText(phrase, inconsistent));
        Assert.Empty(RuleTester.Lint(body, "RL6001")); // not a built-in name
    }
}
