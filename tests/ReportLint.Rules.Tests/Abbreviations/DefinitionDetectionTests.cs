using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Abbreviations;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

public class DefinitionDetectionTests
{
    private static IReadOnlyList<AbbreviationDefinition> Definitions(string text) =>
        ParagraphAbbreviations.Of(ParagraphSyntax.Parse(text)).Definitions;

    [Theory]
    [InlineData("Kỳ họp của Hội đồng nhân dân (HĐND) tỉnh.", "HĐND", "Hội đồng nhân dân")]
    [InlineData("Vai trò của tổ chức đảng (TCĐ) ở cơ sở.", "TCĐ", "tổ chức đảng")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam (UBMTTQ) tỉnh.", "UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam")]
    [InlineData("Phối hợp với Mặt trận Tổ quốc Việt Nam (MTTQ) các cấp.", "MTTQ", "Mặt trận Tổ quốc Việt Nam")]
    [InlineData("Lãnh đạo Sở Giáo dục và Đào tạo (SGDĐT) dự họp.", "SGDĐT", "Sở Giáo dục và Đào tạo")]
    [InlineData("Nghị quyết của Ban Chấp hành Trung ương (BCHTW) đã nêu.", "BCHTW", "Ban Chấp hành Trung ương")]
    [InlineData("Thực hiện Chương trình (CTr) hành động.", "CTr", "Chương trình")]
    [InlineData("Phát triển kinh tế - xã hội (KT-XH) bền vững.", "KT-XH", "kinh tế - xã hội")]
    [InlineData("Công tác phòng, chống tham nhũng (PCTN) được chú trọng.", "PCTN", "phòng, chống tham nhũng")]
    [InlineData("Ủy ban nhân dân tỉnh (sau đây gọi tắt là UBND) ban hành.", "UBND", "Ủy ban nhân dân tỉnh")]
    [InlineData("Ban Thường vụ Tỉnh ủy (TU) chỉ đạo.", "TU", "Tỉnh ủy")]
    [InlineData("Bảo đảm quốc phòng - an ninh (QP-AN) trên địa bàn.", "QP-AN", "quốc phòng - an ninh")]
    public void Matches_letters_to_syllable_initials(string text, string abbreviation, string fullForm)
    {
        var definition = Assert.Single(Definitions(text));
        Assert.Equal(abbreviation, definition.Abbreviation);
        Assert.True(definition.Matched);
        Assert.Equal(fullForm, definition.FullForm);
        Assert.Equal(new TextSpan(text.IndexOf(fullForm, StringComparison.Ordinal), fullForm.Length), definition.FullFormSpan);
        Assert.Equal(new TextSpan(text.LastIndexOf(abbreviation, StringComparison.Ordinal), abbreviation.Length), definition.Span);
    }

    [Fact]
    public void Reads_several_definitions_in_one_pair_of_parentheses()
    {
        const string text = "Đội ngũ cán bộ, công chức, viên chức (CB, CC, VC) của tỉnh.";
        var definitions = Definitions(text);
        Assert.Equal(["CB", "CC", "VC"], definitions.Select(d => d.Abbreviation));
        Assert.Equal(["cán bộ", "công chức", "viên chức"], definitions.Select(d => d.FullForm));
        Assert.All(definitions, d => Assert.Null(d.Construct)); // no single-definition rewrite for a group
    }

    [Fact]
    public void Reads_a_definition_pair_joined_by_and()
    {
        var definitions = Definitions("Đẩy mạnh công nghiệp hóa và hiện đại hóa (CNH và HĐH) đất nước.");
        Assert.Equal(["công nghiệp hóa", "hiện đại hóa"], definitions.Select(d => d.FullForm));
    }

    [Fact]
    public void Đ_is_its_own_letter()
    {
        var definition = Assert.Single(Definitions("Vai trò của tổ chức đảng (TCD) ở cơ sở."));
        Assert.False(definition.Matched);
        Assert.True(definition.LikelyIntended);
        Assert.Equal("TCĐ", definition.Suggestion);
    }

    [Theory]
    [InlineData("Hội nghị Trung ương 4 (khóa XII) đã ban hành.")]
    [InlineData("Tin bài của Lan Anh ( theo báo Quảng Trị)")]
    [InlineData("Số liệu năm trước (2019) cho thấy.")]
    [InlineData("Các nhiệm vụ (1) và (2) đã xong.")]
    [InlineData("Thực hiện Chỉ thị số 05-CT/TW (TW) của Bộ Chính trị.")]
    public void Ignores_parentheses_that_are_not_definitions(string text) => Assert.Empty(Definitions(text));

    [Theory]
    [InlineData("Theo Tổ chức Y tế Thế giới (WHO), dịch đã giảm.")]
    [InlineData("Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) tăng.")]
    [InlineData("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tăng 5 bậc.")]
    public void A_foreign_acronym_glossed_in_Vietnamese_is_not_a_mismatch(string text)
    {
        var definition = Assert.Single(Definitions(text));
        Assert.False(definition.LikelyIntended);
        Assert.Empty(RuleTester.Lint(text, "RL1005"));
    }

    [Fact]
    public void A_hyphenated_abbreviation_split_by_the_tokenizer_is_one_mention()
    {
        const string text = "Bảo đảm quốc phòng - an ninh (QP-AN); giữ vững QP-AN và KT-XH.";
        var mentions = ParagraphAbbreviations.Of(ParagraphSyntax.Parse(text)).Mentions;
        Assert.Equal(["QP-AN", "QP-AN", "KT-XH"], mentions.Select(m => m.Text));
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1001"));
        Assert.Equal("KT-XH", RuleTester.SpanText(text, diagnostic));
    }

    [Fact]
    public void Reads_the_reverse_order_abbreviation_then_full_form()
    {
        const string text = "Đoàn ĐBQH (đại biểu Quốc hội) tỉnh tiếp xúc cử tri.";
        var definition = Assert.Single(Definitions(text));
        Assert.Equal("ĐBQH", definition.Abbreviation);
        Assert.Equal("đại biểu Quốc hội", definition.FullForm);
        Assert.Equal(TextSpan.FromBounds(text.IndexOf("ĐBQH", StringComparison.Ordinal), text.IndexOf(')', StringComparison.Ordinal) + 1), definition.Construct);
        Assert.Empty(Family(text + "\nCác ĐBQH đã trả lời.\n"));
    }

    [Theory]
    [InlineData("Đồng chí Lê Văn Hùng, TVTU (nguyên Bí thư Huyện ủy), phát biểu.")]
    [InlineData("Theo BCĐ (số liệu năm 2020) đã nêu.")]
    public void Parentheses_after_an_abbreviation_that_do_not_spell_it_are_not_a_definition(string text) =>
        Assert.Empty(Definitions(text));

    [Fact]
    public void Reads_a_quoted_full_form()
    {
        var definition = Assert.Single(Definitions("Phong trào thi đua “Dân vận khéo” (DVK) được nhân rộng."));
        Assert.Equal("Dân vận khéo", definition.FullForm);
        Assert.Null(definition.Construct); // removing it would orphan the opening quote
    }

    [Fact]
    public void Reads_the_words_before_a_quoted_name_when_the_letters_stand_for_them()
    {
        const string text = "Triển khai Cuộc vận động “Toàn dân chung sức bảo vệ môi trường xanh” (sau đây gọi tắt là CVĐ) ở 12 xã.";
        var definition = Assert.Single(Definitions(text));
        Assert.True(definition.Matched);
        Assert.Equal("Cuộc vận động", definition.FullForm);
        Assert.Equal(new TextSpan(text.IndexOf("Cuộc", StringComparison.Ordinal), "Cuộc vận động".Length), definition.FullFormSpan);
        Assert.Empty(Family(text + "\nKết quả thực hiện CVĐ được nhân dân đồng tình.\n"));
    }

    [Fact]
    public void A_quoted_name_fitting_neither_itself_nor_the_words_before_stays_a_mismatch()
    {
        var definition = Assert.Single(Definitions("Triển khai phong trào “Xanh hóa công sở” (PTQ) ở 12 xã."));
        Assert.False(definition.Matched);
    }

    [Fact]
    public void Reads_parts_written_apart_each_for_its_words()
    {
        const string text = "Các nghị quyết của Ban Chấp hành Trung ương (BCH TW) được quán triệt.";
        var definitions = Definitions(text);
        Assert.Equal(["BCH", "TW"], definitions.Select(d => d.Abbreviation));
        Assert.Equal(["Ban Chấp hành", "Trung ương"], definitions.Select(d => d.FullForm));
        Assert.Empty(Family(text + "\nBCH TW đã ban hành kết luận; Bộ Chính trị và BCH chỉ đạo sát sao.\n"));
    }

    [Fact]
    public void Reads_a_common_noun_kept_before_the_abbreviation()
    {
        const string text = "Kiện toàn Tổ công nghệ số cộng đồng (Tổ CNSCĐ) ở 100% thôn, bản.";
        var definition = Assert.Single(Definitions(text));
        Assert.Equal("CNSCĐ", definition.Abbreviation);
        Assert.Equal("công nghệ số cộng đồng", definition.FullForm);
        Assert.Empty(Family(text + "\nCác Tổ CNSCĐ hướng dẫn người dân cài đặt ứng dụng.\n"));
    }

    [Fact]
    public void A_roman_numeral_closing_the_full_form_closes_the_abbreviation()
    {
        const string text = "Có 12 bác sĩ chuyên khoa II (CKII) và 20 bác sĩ chuyên khoa I (CKI) được đào tạo.";
        var definitions = Definitions(text);
        Assert.Equal(["CKII", "CKI"], definitions.Select(d => d.Abbreviation));
        Assert.Equal(["chuyên khoa II", "chuyên khoa I"], definitions.Select(d => d.FullForm));
        Assert.All(definitions, d => Assert.True(d.Matched));
        Assert.Empty(Family(text + "\nCác bác sĩ CKII đã hướng dẫn các bác sĩ CKI.\n"));
    }

    [Fact]
    public void A_kept_noun_marks_where_the_full_form_starts()
    {
        const string text = "Ban Quản lý dự án đầu tư xây dựng huyện (Ban QLDA) đã giải ngân.";
        var definition = Assert.Single(Definitions(text));
        Assert.Equal("QLDA", definition.Abbreviation);
        Assert.True(definition.Matched);
        Assert.Equal("Quản lý dự án", definition.FullForm);
        Assert.Empty(Family(text + "\nBan QLDA báo cáo đúng hạn.\n"));
    }

    [Fact]
    public void Reads_a_kept_noun_of_several_words_before_abbreviations_joined_by_and()
    {
        const string text = "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh (Ban Chỉ huy PCTT và TKCN) đã họp.";
        var definitions = Definitions(text);
        Assert.Equal(["PCTT", "TKCN"], definitions.Select(d => d.Abbreviation));
        Assert.All(definitions, d => Assert.True(d.Matched));
        Assert.Empty(Family(text + "\nBan Chỉ huy PCTT và TKCN tỉnh chỉ đạo; Ban Chỉ huy PCTT&TKCN các huyện trực ban.\n"));
    }

    [Fact]
    public void Reads_a_common_noun_kept_after_the_abbreviation()
    {
        const string text = "Toàn huyện có 48 tổ chức cơ sở đảng (TCCS đảng) trực thuộc.";
        var definition = Assert.Single(Definitions(text));
        Assert.Equal("TCCS", definition.Abbreviation);
        Assert.True(definition.Matched);
        Assert.Equal("tổ chức cơ sở", definition.FullForm);
        Assert.Empty(Family(text + "\nCác TCCS đảng đã kiện toàn cấp ủy.\n"));
    }

    [Theory]
    [InlineData("Ban Thường vụ Huyện ủy (BTV Huyện ủy) đã họp.", "BTV", "Ban Thường vụ", "\nBTV Huyện ủy chỉ đạo các chi bộ.\n")]
    [InlineData("Ban Chấp hành Đảng ủy xã (BCH Đảng ủy xã) đã họp.", "BCH", "Ban Chấp hành", "\nBCH Đảng ủy xã thống nhất.\n")]
    // The kept words repeat words inside the name: the rest of the name (a place, the organisation's full name) is dropped.
    [InlineData("Ban Thường vụ Huyện ủy Yên Lập (BTV Huyện ủy) đã họp.", "BTV", "Ban Thường vụ", "\nBTV Huyện ủy chỉ đạo các chi bộ.\n")]
    [InlineData("Dự có đại diện Trung ương Hội Nông dân Việt Nam (TW Hội).", "TW", "Trung ương", "\nĐồng chí cảm ơn TW Hội.\n")]
    [InlineData("Hội đồng nhân dân huyện khóa XX (HĐND huyện) họp kỳ thứ mười.", "HĐND", "Hội đồng nhân dân", "\nHĐND huyện thông qua nghị quyết.\n")]
    // A body named by a number keeps it: `Ban Chỉ đạo 35` stands for the steering committee of Resolution 35.
    [InlineData("Ban Chỉ đạo 35 huyện (BCĐ 35) họp quý III.", "BCĐ", "Ban Chỉ đạo", "\nBCĐ 35 chỉ đạo lực lượng cốt cán.\n")]
    [InlineData("Ban Chỉ đạo 389 (BCĐ 389) kiểm tra chợ.", "BCĐ", "Ban Chỉ đạo", "\nSau đợt kiểm tra, BCĐ 389 họp rút kinh nghiệm.\n")]
    public void Reads_a_capitalized_name_kept_after_the_abbreviation(string text, string abbreviation, string fullForm, string use)
    {
        var definition = Assert.Single(Definitions(text));
        Assert.Equal(abbreviation, definition.Abbreviation);
        Assert.True(definition.Matched);
        Assert.Equal(fullForm, definition.FullForm);
        Assert.Empty(Family(text + use));
    }

    [Theory]
    [InlineData("Viễn thông Tây Sơn (VNPT Tây Sơn) lắp đặt đường truyền.")]
    [InlineData("Trung tâm Viễn thông Tây Sơn huyện (VNPT Tây Sơn) lắp đặt đường truyền.")]
    [InlineData("Tổ công tác xã Tây Sơn, huyện Yên Lập (TCT huyện) làm việc.")] // the name does not cross the comma
    [InlineData("Công ty Viễn thông 24 (VNPT 24) lắp đặt đường truyền.")] // a number after a brand is no kept name either
    public void A_name_after_a_brand_is_no_kept_noun(string text) =>
        Assert.Empty(Definitions(text));

    [Fact]
    public void A_word_in_the_parentheses_not_written_before_them_is_no_definition() =>
        Assert.Empty(Definitions("Triển khai công nghệ số cộng đồng (Nhóm CNSCĐ) ở thôn."));

    [Fact]
    public void Reads_a_definition_in_an_all_caps_heading()
    {
        var definition = Assert.Single(Definitions("BÁO CÁO CỦA ỦY BAN KIỂM TRA (UBKT) TỈNH ỦY"));
        Assert.Equal("ỦY BAN KIỂM TRA", definition.FullForm);
    }
}
