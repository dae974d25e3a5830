using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class TonePlacementMixTests
{
    private const string Mixed = "Đảng ủy Khối chỉ đạo.\nĐảng uỷ Khối ban hành kế hoạch hòa giải.\n";

    [Fact]
    public void Reports_the_minority_style_with_a_safe_conversion()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(Mixed, "RL3004"));
        Assert.Equal(27, diagnostic.Span.Start);
        Assert.Equal(2, diagnostic.Span.Length);
        Assert.Equal("Văn bản trộn hai kiểu đặt dấu thanh: viết “uỷ” thành “ủy” (kiểu cũ: hòa, ủy)", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("The document mixes tone placement styles: write “uỷ” as “ủy” (traditional: hòa, ủy)", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Đảng ủy Khối chỉ đạo.\nĐảng ủy Khối ban hành kế hoạch hòa giải.\n", RuleTester.FixAll(Mixed, false, "RL3004"));
    }

    [Fact]
    public void The_modern_style_option_converts_the_other_way()
    {
        var options = RuleTester.Options("""{ "rules": { "RL3004": { "style": "modern" } } }""");
        var diagnostics = RuleTester.Lint(Mixed, options, "RL3004");
        Assert.Equal(["ủy", "hòa"], diagnostics.Select(d => RuleTester.SpanText(Mixed, d)));
        Assert.Equal(["uỷ", "hoà"], diagnostics.Select(d => d.Fixes[0].Edits[0].NewText));
    }

    [Fact]
    public void By_default_the_majority_style_wins_so_a_modern_draft_gets_one_finding_for_its_slip()
    {
        const string text = "Thuỷ lợi, khoá học, Tỉnh uỷ và Tỉnh ủy.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3004"));
        Assert.Equal("ủy", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("uỷ", diagnostic.Fixes[0].Edits[0].NewText);
        // Named explicitly, the traditional style converts the three modern words instead.
        var traditional = RuleTester.Options("""{ "rules": { "RL3004": { "style": "traditional" } } }""");
        Assert.Equal(3, RuleTester.Lint(text, traditional, "RL3004").Count);
    }

    [Fact]
    public void Counts_headings_in_capitals()
    {
        const string text = "UỶ BAN NHÂN DÂN TỈNH\nỦy ban nhân dân tỉnh và Tỉnh ủy.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3004"));
        Assert.Equal("UỶ", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("ỦY", diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Đảng ủy Khối, hòa bình, khóa XII, thủy lợi, Tỉnh ủy, khỏe mạnh.")]
    [InlineData("Đảng uỷ Khối, hoà bình, khoá XII, thuỷ lợi, Tỉnh uỷ, khoẻ mạnh.")]
    [InlineData("Quý báu, quả thật, hoàn thành, khoán, thuyết phục, Tỉnh ủy quyết định.")]
    public void Is_silent_on_a_consistent_document(string text) => Assert.Empty(RuleTester.Lint(text, "RL3004"));

    [Fact]
    public void The_corpus_mix_is_found()
    {
        var khoi = Corpus.Khoi;
        var diagnostic = Assert.Single(RuleTester.Lint(khoi, "RL3004"));
        Assert.Equal("uỷ", RuleTester.SpanText(khoi, diagnostic));
        Assert.Equal("Đảng uỷ Khối", khoi.Substring(diagnostic.Span.Start - 5, 12));
        Assert.Equal("ủy", diagnostic.Fixes[0].Edits[0].NewText);

        var phuTho = Corpus.PhuTho;
        var found = RuleTester.Lint(phuTho, "RL3004").Select(d => RuleTester.SpanText(phuTho, d)).Distinct().ToArray();
        Assert.Contains(found, w => w is "uỷ" or "khoá" or "ủy" or "khóa");
    }
}
