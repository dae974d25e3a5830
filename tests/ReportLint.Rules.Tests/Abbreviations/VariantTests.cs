using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

public class VariantTests
{
    [Fact]
    public void Reports_a_dotted_form_even_alone()
    {
        const string text = "Đồng chí Hà Văn Minh, UVTW Đảng, và các UVT.Ư khác.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1008"));
        AssertSpan(text, diagnostic, "UVT.Ư");
        Assert.Equal("“UVT.Ư” là cách viết tắt không chuẩn; viết “UVTW”", Vi(diagnostic));
        Assert.Equal("“UVT.Ư” is a non-standard abbreviation; write “UVTW”", En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Safe, fix.Safety);
        Assert.Equal("Đồng chí Hà Văn Minh, UVTW Đảng, và các UVTW khác.", Apply(text, fix));
    }

    [Fact]
    public void Reports_mixed_spellings_against_the_first_defined_form()
    {
        const string text = "Ban Chấp hành Trung ương (TW) đã chỉ đạo.\nNghị quyết TƯ 4 được quán triệt.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1007", diagnostic.Id);
        AssertSpan(text, diagnostic, "TƯ");
        Assert.Equal("“TƯ” và “TW” là cùng một chữ viết tắt; viết thống nhất “TW”", Vi(diagnostic));
        Assert.Equal("“TƯ” and “TW” are the same abbreviation; write “TW” throughout", En(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
    }

    [Fact]
    public void The_document_s_own_definition_decides_the_form()
    {
        const string text = "Các cơ quan Trung ương (TƯ) đã chỉ đạo.\nNghị quyết TW 4 và Nghị quyết T.Ư 5.\n";
        var diagnostics = Family(text);
        Assert.Equal(["RL1007", "RL1008"], diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Equal("TƯ", d.Fixes[0].Edits[0].NewText));
    }

    [Fact]
    public void Fix_all_normalises_a_whole_document()
    {
        const string text =
            "Các cơ quan Trung ương (TW) đã chỉ đạo.\n" +
            "Nghị quyết TƯ 4 và Nghị quyết T.Ư 5, Kết luận T.W 6.\n" +
            "Đồng chí Hà Văn Minh, Ủy viên Trung ương (UVTW), và các UVTƯ, UVT.Ư khác.\n";
        var fixedText = RuleTester.FixAll(text);
        Assert.Equal(
            "Các cơ quan Trung ương (TW) đã chỉ đạo.\n" +
            "Nghị quyết TW 4 và Nghị quyết TW 5, Kết luận TW 6.\n" +
            "Đồng chí Hà Văn Minh, Ủy viên Trung ương (UVTW), và các UVTW, UVTW khác.\n", fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void An_unknown_abbreviation_in_two_spellings_gets_an_unsafe_fix()
    {
        const string text = "Kiểm tra QL-NN năm nay; QLNN còn hạn chế.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1007"));
        AssertSpan(text, diagnostic, "QLNN");
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
    }

    [Fact]
    public void One_consistent_spelling_is_not_a_mix()
    {
        Assert.Empty(RuleTester.Lint("Nghị quyết Trung ương (TƯ) 4; Nghị quyết TƯ 5.", "RL1007", "RL1008"));
        Assert.Empty(RuleTester.Lint("Học sinh tại TP.HCM và các trường ở TP.HCM.", "RL1007", "RL1008"));
    }

    [Fact]
    public void A_hyphen_variant_from_the_data_is_a_mix()
    {
        const string text = "Phát triển kinh tế - xã hội (KT-XH) bền vững; tình hình KTXH ổn định.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1007", diagnostic.Id);
        AssertSpan(text, diagnostic, "KTXH");
        Assert.Equal("Phát triển kinh tế - xã hội (KT-XH) bền vững; tình hình KT-XH ổn định.", Apply(text, diagnostic.Fixes[0]));
    }

    [Fact]
    public void Workspace_data_gives_the_canonical_form_of_a_local_abbreviation()
    {
        const string text = "Công tác QLNN được tăng cường; QL.NN về đất đai còn hạn chế.";
        var guess = Assert.Single(RuleTester.Lint(text, "RL1007", "RL1008"));
        Assert.Equal(("RL1007", FixSafety.Unsafe), (guess.Id, guess.Fixes[0].Safety));
        var options = RuleTester.Options("""{ "data": { "abbreviations": [ { "abbreviation": "QLNN", "meanings": ["quản lý nhà nước"], "variants": ["QL.NN"] } ] } }""");
        var diagnostic = Assert.Single(RuleTester.Lint(text, options, "RL1007", "RL1008"));
        Assert.Equal(("RL1008", FixSafety.Safe), (diagnostic.Id, diagnostic.Fixes[0].Safety));
        AssertSpan(text, diagnostic, "QL.NN");
        Assert.Equal("QLNN", diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("NN-MT")]
    [InlineData("NN/MT")]
    public void The_defined_parts_joined_by_another_separator_are_a_variant(string variant)
    {
        var text = $"UBND huyện chỉ đạo Phòng Nông nghiệp và Môi trường (NN&MT) triển khai.\nPhòng {variant} tổng hợp, báo cáo kết quả.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1007", diagnostic.Id);
        AssertSpan(text, diagnostic, variant);
        Assert.Equal($"“{variant}” và “NN&MT” là cùng một chữ viết tắt; viết thống nhất “NN&MT”", Vi(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Safe, fix.Safety);
        Assert.Equal("Phòng NN&MT tổng hợp, báo cáo kết quả.", Apply(text, fix).Split('\n')[1]);
    }

    [Fact]
    public void A_dotted_join_of_the_defined_parts_is_non_standard()
    {
        const string text = "Phòng Nông nghiệp và Môi trường (NN&MT) triển khai.\nPhòng NN.MT tổng hợp.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1008", diagnostic.Id);
        Assert.Equal("NN&MT", Assert.Single(diagnostic.Fixes).Edits[0].NewText);
    }

    [Theory]
    [InlineData("Sở Khoa học và Công nghệ (KH&CN) chủ trì; các đề tài KHCN được nghiệm thu.", "KHCN", "KH&CN")]
    [InlineData("Ngành Giáo dục và Đào tạo (GD&ĐT) tổng kết năm học; GDĐT huyện xếp thứ ba.", "GDĐT", "GD&ĐT")]
    // The other way round: the run-together form defined, the parts joined by `&` later.
    [InlineData("Đẩy mạnh ứng dụng khoa học và công nghệ (KHCN) vào sản xuất; Hội đồng KH&CN cấp tỉnh họp xét duyệt.", "KH&CN", "KHCN")]
    public void The_defined_letters_run_together_or_joined_by_ampersand_are_a_variant(string text, string variant, string defined)
    {
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1007", diagnostic.Id);
        Assert.Equal(text.LastIndexOf(variant, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(variant.Length, diagnostic.Span.Length);
        Assert.Equal($"“{variant}” và “{defined}” là cùng một chữ viết tắt; viết thống nhất “{defined}”", Vi(diagnostic));
        Assert.Equal($"“{variant}” and “{defined}” are the same abbreviation; write “{defined}” throughout", En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal((FixSafety.Safe, defined), (fix.Safety, fix.Edits[0].NewText));
    }

    [Fact]
    public void Run_together_letters_of_another_defined_form_are_not_a_variant()
    {
        // `KHĐT` has other letters than `KH&CN`: an abbreviation of its own.
        const string text = "Sở Khoa học và Công nghệ (KH&CN) chủ trì; các đề tài KHĐT được nghiệm thu.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1001", diagnostic.Id);
        AssertSpan(text, diagnostic, "KHĐT");
    }

    [Theory]
    [InlineData("Chương trình hỗ trợ doanh nghiệp nhỏ và vừa (DNNVV) được triển khai; nhiều DNNV đã tiếp cận vốn vay.", "DNNV", "DNNVV")]
    [InlineData("Chương trình hỗ trợ doanh nghiệp nhỏ và vừa (DNNV) được triển khai; nhiều DNNVV đã tiếp cận vốn vay.", "DNNVV", "DNNV")]
    public void The_defined_letters_with_the_conjunction_dropped_or_kept_are_a_variant_without_a_safe_fix(string text, string variant, string defined)
    {
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1007", diagnostic.Id);
        Assert.Equal(text.LastIndexOf(variant, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(variant.Length, diagnostic.Span.Length);
        Assert.Equal($"“{variant}” và “{defined}” là cùng một chữ viết tắt; viết thống nhất “{defined}”", Vi(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal((FixSafety.Unsafe, defined), (fix.Safety, fix.Edits[0].NewText)); // other letters: a guess
    }

    [Theory]
    // Written as defined, and a definition that reads `và` either way.
    [InlineData("Chương trình hỗ trợ doanh nghiệp nhỏ và vừa (DNNVV) được triển khai; nhiều DNNVV đã tiếp cận vốn vay.")]
    [InlineData("Chương trình hỗ trợ doanh nghiệp nhỏ và vừa (DNNV) được triển khai; nhiều DNNV đã tiếp cận vốn vay.")]
    public void The_defined_form_itself_is_no_variant(string text) => Assert.Empty(Family(text));

    [Fact]
    public void Dropping_a_letter_that_is_no_conjunction_is_not_a_variant()
    {
        const string text = "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa (DNNVV) được triển khai; nhiều DNV đã tiếp cận vốn vay.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1001", diagnostic.Id);
        AssertSpan(text, diagnostic, "DNV");
    }

    [Theory]
    // A slash between other capitals is no variant.
    [InlineData("Sở Khoa học và Công nghệ (KH&CN) chủ trì; các đề tài KH/ĐT được nghiệm thu.", "KH")]
    public void Other_parts_are_not_a_variant_of_the_defined_form(string text, string undefined)
    {
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1001", diagnostic.Id);
        Assert.Equal(text.LastIndexOf(undefined, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(undefined.Length, diagnostic.Span.Length);
    }

    [Fact]
    public void A_definition_fixes_the_form_of_an_abbreviation_the_data_does_not_know()
    {
        const string text = "Công tác quản lý nhà nước (QLNN) được tăng cường; QL.NN về đất đai còn hạn chế.";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal(("RL1008", FixSafety.Safe), (diagnostic.Id, diagnostic.Fixes[0].Safety));
    }

    [Theory]
    [InlineData("BCĐ35")]
    [InlineData("BCĐ-35")]
    public void The_number_of_a_defined_body_run_into_its_capitals_is_a_variant(string variant)
    {
        var text = $"Ban Chỉ đạo 35 huyện (BCĐ 35) họp phiên thường kỳ.\nThường trực {variant} giao các tổ rà soát; BCĐ 35 theo dõi.\n";
        var diagnostic = Assert.Single(Family(text));
        Assert.Equal("RL1007", diagnostic.Id);
        AssertSpan(text, diagnostic, variant);
        Assert.Equal($"“{variant}” và “BCĐ 35” là cùng một chữ viết tắt; viết thống nhất “BCĐ 35”", Vi(diagnostic));
        Assert.Equal($"“{variant}” and “BCĐ 35” are the same abbreviation; write “BCĐ 35” throughout", En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Safe, fix.Safety);
        Assert.Equal("Thường trực BCĐ 35 giao các tổ rà soát; BCĐ 35 theo dõi.", Apply(text, fix).Split('\n')[1]);
    }

    [Theory]
    // Codes the document never defines with a number apart: a road, a directive, a variety.
    [InlineData("Xe tải đi trên QL1A qua thị xã; tỉnh quán triệt Chỉ thị CT20 và gieo giống BC15.")]
    // Another number, or other letters, than the definition keeps.
    [InlineData("Ban Chỉ đạo 35 huyện (BCĐ 35) họp; BCĐ36 của tỉnh bạn và BCH35 không liên quan.")]
    // A definition without a number leaves codes alone.
    [InlineData("Ban Chỉ đạo (BCĐ) họp; đoàn đi kiểm tra tuyến QL14 và ĐT741.")]
    public void Codes_the_document_does_not_define_with_that_number_are_no_variant(string text) =>
        Assert.DoesNotContain(Family(text), d => d.Id == "RL1007");
}
