using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>RL3001 gives a word in capitals the verdict of its capitalized form, and reads minority-language name shapes.</summary>
public class NamesInCapitalsTests
{
    [Theory]
    [InlineData("MÙA XUÂN TRÊN BẢN NÀ PỤC")] // read as `Mùa Xuân Trên Bản Nà Pục`
    [InlineData("ĐÔI BỜ SUỐI NẬM KHÒA")]
    [InlineData("NGƯỜI GIỮ NGHỀ DỆT Ở XÃ PHÌN HỒ")]
    [InlineData("PHÌN HỒ VÀO MÙA HOA\nNgười dân xã Phìn Hồ trồng chè shan tuyết.")] // first in the heading: the draft writes `Phìn`
    [InlineData("Phìn Hồ có năm bản.\nNgười dân xã Phìn Hồ trồng chè.")] // opening a sentence, likewise
    [InlineData("Đồng bào Vân Kiều, Pa Kô và Kơ Tu sống dọc dãy Trường Sơn.")] // k before o, ô, ơ
    [InlineData("ĐỒNG BÀO PA KÔ ĐÓN TẾT")]
    [InlineData("Đồng bào Khmer vui Tết Chol Chnăm Thmây.")] // a Vietnamese initial before n or m
    public void Is_silent_on_names(string text) => Assert.Empty(RuleTester.Lint(text, "RL3001", "RL3002"));

    [Fact]
    public void A_slip_in_a_heading_is_still_reported_when_its_correction_makes_a_word()
    {
        const string text = "CHƯƠNG TRÌN HÀNH ĐỘNG NĂM 2025";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal((7, 4), (diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal("“TRÌN” không phải là âm tiết tiếng Việt hợp lệ; có phải “TRÌNH”?", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("CHƯƠNG TRÌNH HÀNH ĐỘNG NĂM 2025", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("NGHỊ QUYẾT ĐẠI HỘI KHÒA XV", "KHÒA", "KHÓA")] // in capitals but after no place noun: no name
    [InlineData("PHÌN HỒ VÀO MÙA HOA", "PHÌN", "PHIN")] // first word, and the draft never writes `Phìn` inside a sentence
    [InlineData("Phìn Hồ vào mùa hoa.", "Phìn", "Phin")] // the same verdict in mixed case
    [InlineData("Xã Phìn Hồ trồng chè.\nBà con ở phìn hồ.", "phìn", "phin")] // the name in lower case
    [InlineData("Các đồng chí kông tham gia.", "kông", "công")] // k before o in lower case is a slip
    [InlineData("Ban Thhường vụ họp.", "Thhường", "Thường")] // a doubled letter is no cluster
    [InlineData("Xã Nhgĩa Hưng họp.", "Nhgĩa", "Nghĩa")] // nor are swapped letters
    public void Still_reports_slips_that_are_no_name(string text, string word, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3001", "RL3002"));
        Assert.Equal(("RL3001", text.IndexOf(word, StringComparison.Ordinal), word.Length), (diagnostic.Id, diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }
}
