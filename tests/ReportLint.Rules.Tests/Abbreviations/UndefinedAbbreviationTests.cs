using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

public class UndefinedAbbreviationTests
{
    [Fact]
    public void Reports_the_first_use_with_an_unsafe_expansion()
    {
        const string text = "Đồng chí Lê Văn Hùng, ĐBQH khóa XV, dự họp.\nĐoàn ĐBQH tỉnh tiếp xúc cử tri.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "ĐBQH");
        Assert.Equal("Chữ viết tắt “ĐBQH” chưa được định nghĩa; viết “đại biểu Quốc hội (ĐBQH)” ở lần dùng đầu tiên", Vi(diagnostic));
        Assert.Equal("The abbreviation “ĐBQH” is used without a definition; write “đại biểu Quốc hội (ĐBQH)” at its first use", En(diagnostic));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        var fixedText = Apply(text, fix);
        Assert.Equal("Đồng chí Lê Văn Hùng, đại biểu Quốc hội (ĐBQH) khóa XV, dự họp.\nĐoàn ĐBQH tỉnh tiếp xúc cử tri.\n", fixedText);
        Assert.Empty(Family(fixedText));
    }

    [Fact]
    public void Another_abbreviation_of_defined_words_is_told_the_defined_one()
    {
        const string text = "Huyện thực hiện tốt quy chế dân chủ ở cơ sở (QCDC) trong cơ quan.\nViệc thực hiện QCDCCS ở các xã còn hạn chế; QCDC được tuyên truyền.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "QCDCCS");
        Assert.Equal("Chữ viết tắt “QCDCCS” chưa được định nghĩa; văn bản đã định nghĩa “quy chế dân chủ ở cơ sở” là “QCDC”", Vi(diagnostic));
        Assert.Equal("The abbreviation “QCDCCS” is used without a definition; the document defines “quy chế dân chủ ở cơ sở” as “QCDC”", En(diagnostic));
        Assert.Equal(text.Replace("QCDCCS", "QCDC", StringComparison.Ordinal), Apply(text, Assert.Single(diagnostic.Fixes)));
    }

    [Fact]
    public void An_abbreviation_of_the_last_words_of_a_defined_name_is_not_told_the_defined_one()
    {
        // `TW` spells `Trung ương`, only the end of `Ban Chấp hành Trung ương`: BCHTW is no other writing of it.
        const string text = "Ban Chấp hành Trung ương (BCHTW) đã ban hành nghị quyết.\nCác ban của TW hướng dẫn thực hiện nghị quyết của BCHTW.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "TW", 1); // not the letters inside BCHTW
        Assert.DoesNotContain("BCHTW", Vi(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void Capitalizes_the_expansion_at_the_start_of_a_sentence()
    {
        const string text = "Hội nghị đã kết thúc. ĐBQH tỉnh tiếp xúc cử tri.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        Assert.Equal("Hội nghị đã kết thúc. Đại biểu Quốc hội tỉnh tiếp xúc cử tri.", Apply(text, diagnostic.Fixes[0])); // used once: in full first
        Assert.Equal("Hội nghị đã kết thúc. Đại biểu Quốc hội (ĐBQH) tỉnh tiếp xúc cử tri.", Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void Prefers_the_full_form_when_the_document_writes_it_out_elsewhere()
    {
        const string text = "Các ban của Trung ương đã chỉ đạo.\nCác cơ quan TW phối hợp chặt chẽ.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "TW");
        Assert.Equal("Chữ viết tắt “TW” chưa được định nghĩa; văn bản đã viết đầy đủ “Trung ương” ở chỗ khác", Vi(diagnostic));
        Assert.Equal(2, diagnostic.Fixes.Count);
        Assert.Equal("Các ban của Trung ương đã chỉ đạo.\nCác cơ quan Trung ương phối hợp chặt chẽ.\n", Apply(text, diagnostic.Fixes[0]));
        Assert.Equal("Các ban của Trung ương đã chỉ đạo.\nCác cơ quan Trung ương (TW) phối hợp chặt chẽ.\n", Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void Inside_a_numbered_name_only_writing_in_full_is_offered()
    {
        const string text = "Thực hiện Nghị quyết Trung ương 4 khóa XII.\nGắn với Nghị quyết TW 4 về xây dựng Đảng.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "TW");
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        Assert.Equal("Thực hiện Nghị quyết Trung ương 4 khóa XII.\nGắn với Nghị quyết Trung ương 4 về xây dựng Đảng.\n", Apply(text, fix));
    }

    [Fact]
    public void Lists_the_meanings_of_an_ambiguous_abbreviation_and_offers_no_expansion()
    {
        const string text = "Mỗi CB phải gương mẫu.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        Assert.Equal("Chữ viết tắt “CB” chưa được định nghĩa (có thể là “cán bộ”, “chi bộ”); viết đầy đủ ở lần dùng đầu tiên", Vi(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Of_several_meanings_offers_the_one_the_document_writes_out()
    {
        const string text = "Thành lập Ban Tổ chức Hội thi (sau đây gọi tắt là Ban Tổ chức).\nMỗi CB và BTC chuẩn bị chu đáo.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"), d => RuleTester.SpanText(text, d) == "BTC");
        Assert.Equal("Chữ viết tắt “BTC” chưa được định nghĩa; văn bản đã viết đầy đủ “Ban Tổ chức” ở chỗ khác", Vi(diagnostic));
        Assert.Equal("Thành lập Ban Tổ chức Hội thi (sau đây gọi tắt là Ban Tổ chức).\nMỗi CB và Ban Tổ chức chuẩn bị chu đáo.\n", Apply(text, diagnostic.Fixes[0]));
    }

    [Fact]
    public void A_variant_is_written_in_full_before_it_is_defined_with_the_standard_letters()
    {
        const string text = "Nghị quyết của TƯ đã nêu rõ.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        Assert.Equal("Nghị quyết của Trung ương đã nêu rõ.", Apply(text, diagnostic.Fixes[0]));
        Assert.Equal("Nghị quyết của Trung ương (TW) đã nêu rõ.", Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void Reports_an_unknown_abbreviation_without_a_fix()
    {
        const string text = "Kết quả của đợt kiểm tra QLNN năm nay.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        AssertSpan(text, diagnostic, "QLNN");
        Assert.Equal("The abbreviation “QLNN” is used without a definition; write the full form followed by the abbreviation in parentheses at its first use", En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Theory]
    [InlineData("UBND tỉnh và HĐND tỉnh đã thống nhất; MTTQ các cấp tham gia.")]
    [InlineData("Học sinh THPT và THCS trên địa bàn TP.HCM.")]
    [InlineData("Theo Chỉ thị số 05-CT/TW và Quyết định số 123/QĐ-UBND, Đại hội XIII đã thành công.")]
    [InlineData("PGS.TS Nguyễn Văn An và ThS Trần Thị Bình trình bày tham luận.")]
    [InlineData("Tăng trưởng GDP và thu hút FDI; gia nhập WTO, ASEAN.")]
    [InlineData("Chỉ số cải cách hành chính (PAR INDEX) tăng 2 bậc; SIPAS và DTI của tỉnh đều cải thiện.")]
    [InlineData("BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2020\nUBND TỈNH NINH BÌNH\n")]
    [InlineData("Phòng chống dịch COVID-19 và các việc khác v.v.")]
    [InlineData("ĐA DẠNG HÓA CÁC HÌNH THỨC TUYÊN TRUYỀN\nTU BỔ, TÔN TẠO DI TÍCH\n")]
    public void Is_silent_on_allowed_forms_symbols_numerals_and_headings(string text) => Assert.Empty(RuleTester.Lint(text, "RL1001"));

    [Fact]
    public void An_all_caps_syllable_counts_only_when_known()
    {
        Assert.Empty(RuleTester.Lint("Đồng chí Trần Văn NAM phát biểu.", "RL1001"));
        var diagnostic = Assert.Single(RuleTester.Lint("Ban Thường vụ TU đã chỉ đạo.", "RL1001"));
        Assert.Equal("Ban Thường vụ Tỉnh ủy (TU) đã chỉ đạo.", Apply("Ban Thường vụ TU đã chỉ đạo.", diagnostic.Fixes[1]));
    }

    [Fact]
    public void Workspace_data_allows_an_abbreviation()
    {
        const string text = "Đồng chí Lê Văn Hùng, TVTU, dự họp.";
        Assert.Single(RuleTester.Lint(text, "RL1001"));
        var options = RuleTester.Options("""{ "data": { "abbreviations": [ { "abbreviation": "TVTU", "allowedUndefined": true } ] } }""");
        Assert.Empty(RuleTester.Lint(text, options, "RL1001"));
    }

    [Fact]
    public void Workspace_data_adds_a_new_abbreviation_with_its_meaning()
    {
        const string text = "Kết quả của đợt kiểm tra QLNN năm nay.";
        var options = RuleTester.Options("""{ "data": { "abbreviations": [ { "abbreviation": "QLNN", "meanings": ["quản lý nhà nước"], "source": "văn phòng" } ] } }""");
        var diagnostic = Assert.Single(RuleTester.Lint(text, options, "RL1001"));
        Assert.Equal("Kết quả của đợt kiểm tra quản lý nhà nước (QLNN) năm nay.", Apply(text, diagnostic.Fixes[1]));
    }

    [Fact]
    public void The_allowed_option_silences_an_abbreviation()
    {
        const string text = "Đồng chí Lê Văn Hùng, TVTU, dự họp.";
        var options = RuleTester.Options("""{ "rules": { "RL1001": { "allowed": ["TVTU"] } } }""");
        Assert.Empty(RuleTester.Lint(text, options, "RL1001"));
    }

    [Fact]
    public void The_workspace_word_list_silences_an_abbreviation()
    {
        var options = RuleTester.Options("""{ "words": ["QLNN"] }""");
        Assert.Empty(RuleTester.Lint("Kết quả của đợt kiểm tra QLNN năm nay.", options, "RL1001"));
    }
}
