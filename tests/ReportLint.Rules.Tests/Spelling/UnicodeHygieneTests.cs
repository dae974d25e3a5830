using System.Text;
using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class UnicodeHygieneTests
{
    [Fact]
    public void Reports_a_decomposed_word_with_a_safe_fix_to_NFC()
    {
        var nfd = "việc".Normalize(NormalizationForm.FormD);
        var text = "Công " + nfd + " này.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3005"));
        Assert.Equal(5, diagnostic.Span.Start);
        Assert.Equal(nfd.Length, diagnostic.Span.Length);
        Assert.Equal("“việc” được ghép bằng dấu rời (Unicode tổ hợp), không phải chữ dựng sẵn (NFC)", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Công việc này.", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL3001", "RL3002"));
    }

    [Fact]
    public void A_run_of_decomposed_words_is_one_finding_until_a_precomposed_word()
    {
        var nfd = "chuyển đổi số".Normalize(NormalizationForm.FormD);
        var text = "Đẩy mạnh " + nfd + " trong cơ quan, " + "xuất sắc".Normalize(NormalizationForm.FormD) + ".";
        var diagnostics = RuleTester.Lint(text, "RL3005");
        // `trong` is the same in both forms and does not end the run; `cơ` is precomposed and does.
        Assert.Equal([9, text.Length - 1 - "xuất sắc".Normalize(NormalizationForm.FormD).Length], diagnostics.Select(d => d.Span.Start));
        Assert.Equal(nfd.Length, diagnostics[0].Span.Length);
        Assert.Equal("“chuyển đổi số” được ghép bằng dấu rời (Unicode tổ hợp), không phải chữ dựng sẵn (NFC)",
            diagnostics[0].GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Đẩy mạnh chuyển đổi số trong cơ quan, xuất sắc.", RuleTester.FixAll(text, false, "RL3005"));
    }

    [Fact]
    public void A_long_decomposed_run_is_quoted_shortened()
    {
        var text = "Toàn bộ đoạn văn này được dán từ một tệp PDF cũ của cơ quan.".Normalize(NormalizationForm.FormD);
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3005"));
        Assert.Equal("“Toàn bộ đoạn văn này được dán từ một tệp…” được ghép bằng dấu rời (Unicode tổ hợp), không phải chữ dựng sẵn (NFC)",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Normalize(NormalizationForm.FormC), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reports_a_mixed_word_once()
    {
        const string text = "Công vi\u00EA\u0323c này."; // precomposed ê plus a combining dot below
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3005"));
        Assert.Equal("Công việc này.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reports_an_eth_for_D_with_stroke()
    {
        const string text = "Ðảng ủy Khối.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3006"));
        Assert.Equal(0, diagnostic.Span.Start);
        Assert.Equal(1, diagnostic.Span.Length);
        Assert.Equal("Ký tự “Ð” (U+00D0) trong “Ðảng” trông giống “Đ” nhưng là ký tự khác", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Đảng ủy Khối.", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL3001", "RL3002"));
    }

    [Fact]
    public void Reports_Cyrillic_letters_inside_a_Vietnamese_word()
    {
        const string text = "Cộng hòа xã hội"; // Cyrillic а (U+0430) in hòа
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3006"));
        Assert.Equal(7, diagnostic.Span.Start);
        Assert.Equal("Cộng hòa xã hội", RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL3001", "RL3002"));
    }

    // The ends of the look-alike set: a small eth, Greek omicron (U+03BF), Cyrillic і (U+0456), each inside a Latin word.
    [Theory]
    [InlineData("\u00F0ồng chí", 0, "đồng chí")]
    [InlineData("Bá\u03BF cáo", 2, "Báo cáo")]
    [InlineData("k\u0456nh tế", 1, "kinh tế")]
    public void Reports_each_kind_of_look_alike(string text, int start, string fixedText)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3006"));
        Assert.Equal(start, diagnostic.Span.Start);
        Assert.Equal(1, diagnostic.Span.Length);
        Assert.Equal(fixedText, RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reports_zero_width_spaces_and_soft_hyphens()
    {
        const string text = "Nghị\u200B quyết và chuyên\u00ADmôn.";
        var diagnostics = RuleTester.Lint(text, "RL3007");
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(4, diagnostics[0].Span.Start);
        Assert.Equal("Ký tự vô hình khoảng trắng độ rộng 0 (U+200B)", diagnostics[0].GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Invisible character soft hyphen (U+00AD)", diagnostics[1].GetMessage(MessageLanguage.English));
        Assert.Equal("Nghị quyết và chuyênmôn.", RuleTester.FixAll(text, false, "RL3007"));
        Assert.Empty(RuleTester.Lint(text, "RL3001", "RL3002"));
    }

    [Theory]
    [InlineData("Đảng ủy Khối, Đại hội, đồng chí.")]
    [InlineData("Tên tiếng Nga Москва viết bằng chữ Kirin.")]
    [InlineData("Cô ấy gửi 👨‍👩‍👧 lời chúc.")]
    public void Is_silent_on_clean_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL3005", "RL3006", "RL3007"));
}
