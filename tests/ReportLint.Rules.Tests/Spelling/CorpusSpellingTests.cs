using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>
/// The real drafts: the spelling defects DOMAIN.md lists are found with the right first fix, and no
/// other spelling finding is reported. The only others are the tone-placement findings of
/// draft-phu-tho.txt, which DOMAIN.md lists as a defect of that draft (`Tỉnh uỷ`/`Tỉnh ủy`,
/// `khoá`/`khóa`, and `hoá` beside `hóa`).
/// </summary>
public class CorpusSpellingTests
{
    [Fact]
    public void Ninh_Binh_has_only_the_dropped_final()
    {
        var text = Corpus.NinhBinh;
        var diagnostic = Assert.Single(RuleTester.Lint(text, SpellingTestData.SpellingRuleIds));
        Assert.Equal("RL3001", diagnostic.Id);
        Assert.Equal("cấ", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("cấp", diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void Khoi_has_the_merged_syllables_and_the_one_modern_placement()
    {
        var text = Corpus.Khoi;
        var diagnostics = RuleTester.Lint(text, SpellingTestData.SpellingRuleIds);
        Assert.Equal(["RL3004 uỷ → ủy", "RL3002 vẫncòn → vẫn còn"],
            diagnostics.OrderBy(d => d.Id == "RL3004" ? 0 : 1).Select(d => $"{d.Id} {RuleTester.SpanText(text, d)} → {d.Fixes[0].Edits[0].NewText}"));
        var placement = diagnostics.Single(d => d.Id == "RL3004");
        Assert.Equal("Đảng uỷ Khối", text.Substring(placement.Span.Start - 5, 12));
    }

    [Fact]
    public void Phu_Tho_has_only_the_tone_placement_mix()
    {
        var text = Corpus.PhuTho;
        var diagnostics = RuleTester.Lint(text, SpellingTestData.SpellingRuleIds);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("RL3004", d.Id));
        Assert.Equal(["hoá", "khoá", "uỷ"], diagnostics.Select(d => RuleTester.SpanText(text, d)).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(text.Replace("uỷ", "ủy").Replace("khoá", "khóa").Replace("hoá", "hóa"), RuleTester.FixAll(text, false, "RL3004"));
    }
}
