using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>The names of Vietnam's peoples and the culture terms the press writes about them are no spelling slips.</summary>
public class EthnicTermsTests
{
    private static readonly string[] SpellingRules = ["RL3001", "RL3002", "RL3003", "RL3010", "RL3011", "RL3012"];

    [Theory]
    [InlineData("Tỉnh có đồng bào Kinh, Tày, Thái, Mường, Khmer, Hoa, Nùng, H'Mông, Dao, Gia Rai, Ê Đê, Ba Na, Xơ Đăng, "
        + "Sán Chay, Cơ Ho, Chăm, Sán Dìu, Hrê, Ra Glai, Mnông, Xtiêng, Bru - Vân Kiều, Thổ, Khơ Mú, Cơ Tu, Giáy, Giẻ Triêng, "
        + "Tà Ôi, Mạ, Co, Chơ Ro, Xinh Mun, Hà Nhì, Chu Ru, Lào, Kháng, La Chí, Phù Lá, La Hủ, La Ha, Pà Thẻn, Chứt, Lự, "
        + "Lô Lô, Mảng, Cờ Lao, Bố Y, Cống, Ngái, Si La, Pu Péo, Rơ Măm, Brâu và Ơ Đu cùng sinh sống.")] // the 54 peoples
    [InlineData("Người Ka Tu, Kơ Tu, Pa Cô, Pa Kô, Kơ Ho, K'Ho, Cơ Lao, Mông, M'Nông, Vân Kiều và Khơ-me giữ nghề dệt.")] // other spellings
    [InlineData("Các bà, các chị mặc váy thổ cẩm, đội khăn piêu, múa xòe, hát then, đàn tính tẩu, thổi khèn, đánh cồng chiêng, "
        + "uống rượu cần bên nhà rông và thổi pí pặp.")]
    [InlineData("Du khách xem múa pồn pôông, nghe hát páo dung, ăn cá nướng pa pỉnh tộp, nậm pịa, chẳm chéo và chè thắng dền.")]
    [InlineData("Em chỉ biết nói “ua chê”, tiếng Mông nghĩa là cảm ơn.")] // a Mông phrase, glossed
    [InlineData("Trường Tiểu học Nơ Trang Lơng ở buôn Kmrơng Prông.")] // a hero's name; a cluster closed by r
    [InlineData("Ông Y Thuôn Êñuôl ở buôn Kdun và bà H'Bĭ Niê dự lễ cúng bến nước.")] // Ê Đê letters: ñ, a vowel with a breve
    [InlineData("Người Êđê làm lễ cúng Yàng; ông Rơ Mah Hyơ, già làng Y Krông Hyơ và bà H Yâm kể chuyện.")] // a name goes on after a minority name
    [InlineData("ĐỒNG BÀO KƠ TU ĐÓN TẾT; chị em đội khăn Piêu, thổi Pí Pặp.")] // any case
    [InlineData("Đồng chí Alăng Thị Hoa và anh Bhling Văn Sơn phát biểu.")] // a family name before Thị, Văn
    [InlineData("Xã Tà Rơng đứng đầu.\nĐội xã Tà Rơng giành 5 huy chương.\nChúc mừng xã Tà Rơng.\n")] // a name written the same way three times
    [InlineData("Điểm trường ở plei Hơng Jơ và buôn Ea Wơ đã có sóng điện thoại.")] // a two-letter word with j or w, and the syllable before it
    [InlineData("Đảng bộ xã Cư Mta Đing gửi báo cáo; đồng chí H’Lan Buôn Yă, Bí thư Chi bộ, phát biểu.")] // a run of one name: its opener or prefix tells
    public void Is_silent_on_peoples_and_culture_terms(string text) => Assert.Empty(RuleTester.Lint(text, SpellingRules));

    [Theory]
    [InlineData("Học pí năm nay giảm.", "pí", "pi")] // a phrase's syllable on its own is no term
    [InlineData("Cả tộp đầu đã về đích.", "tộp", "tốp")]
    [InlineData("Chị em đội khăn pieu.", "pieu", "piêu")] // the term without its circumflex
    public void Still_reports_a_terms_syllable_alone_or_misspelt(string text, string word, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal(("RL3001", text.IndexOf(word, StringComparison.Ordinal), word.Length), (diagnostic.Id, diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Cán bộ xã Tân Lâp về dự lễ ở buôn Ea Jơ.", "Lâp", "Lập")] // a place's name with no minority-shaped word in it
    [InlineData("Hội nghị ở thôn Tân Lâp Mới có 40 hộ.", "Lâp", "Lập")]   // the next word is an ordinary syllable
    [InlineData("Đoàn về xã Tân Lâp Tây, gần xã Ea Ring.", "Lâp", "Lập")] // a run of Vietnamese syllables, no minority name in it
    public void A_slip_in_a_place_name_stays_a_slip(string text, string word, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001"));
        Assert.Equal((text.IndexOf(word, StringComparison.Ordinal), word.Length), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal($"“{word}” không phải là âm tiết tiếng Việt hợp lệ; có phải “{expected}”?", diagnostic.GetMessage(ReportLint.Core.Diagnostics.MessageLanguage.Vietnamese));
        Assert.Equal($"“{word}” is not a valid Vietnamese syllable; did you mean “{expected}”?", diagnostic.GetMessage(ReportLint.Core.Diagnostics.MessageLanguage.English));
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void A_slip_for_a_common_family_name_before_Van_stays_a_slip()
    {
        const string text = "Đồng chí Ngyễn Văn An phát biểu; Xã Tà Lâp và xã Tà Lâp.";
        var findings = RuleTester.Lint(text, "RL3001");
        Assert.Equal(["Ngyễn", "Lâp", "Lâp"], findings.Select(d => RuleTester.SpanText(text, d))); // twice is no name yet
    }
}
