using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class MissingNumberSignTests
{
    private static readonly Core.Analysis.AnalyzerOptions Always = RuleTester.Options("""{ "rules": { "RL2011": { "when": "always" } } }""");

    // Three citations with `số`, one without: the draft keeps the full form and slipped once.
    private const string KeepsTheFullForm = """
        Thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2025 và Kế hoạch số 45-KH/HU ngày 15/02/2025 của Huyện ủy.
        Theo Hướng dẫn số 08-HD/BTGTU, các chi bộ sinh hoạt chuyên đề theo Chỉ thị 10-CT/TU ngày 05/8/2022 của Ban Thường vụ Tỉnh ủy.
        """;

    [Fact]
    public void Reports_the_citation_without_so_in_a_draft_that_keeps_it()
    {
        var diagnostic = CitationTest.Single(KeepsTheFullForm, "RL2011", "Chỉ thị 10-CT/TU");
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Nên viết “số” trước số hiệu: “Chỉ thị số 10-CT/TU”", CitationTest.Vi(diagnostic));
        Assert.Equal("Write “số” before the number: “Chỉ thị số 10-CT/TU”", CitationTest.En(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal(KeepsTheFullForm.Replace("Chỉ thị 10-", "Chỉ thị số 10-", StringComparison.Ordinal), RuleTester.ApplyFirstFix(KeepsTheFullForm, diagnostic));
    }

    // The same draft, one citation without `số` and in the State layout although a District Committee issued it.
    private const string SwappedLayout = """
        Thực hiện Nghị quyết số 12-NQ/HU ngày 10/01/2025 và Kế hoạch số 45-KH/HU ngày 15/02/2025 của Huyện ủy.
        Theo Hướng dẫn số 08-HD/BTGTU, các chi bộ sinh hoạt chuyên đề theo Chỉ thị 10/CT-HU ngày 05/8/2022 của Ban Thường vụ Huyện ủy.
        """;

    [Fact]
    public void A_symbol_in_the_wrong_layout_is_suggested_in_the_right_one()
    {
        var diagnostic = CitationTest.Single(SwappedLayout, "RL2011", "Chỉ thị 10/CT-HU");
        Assert.Equal("Nên viết “số” trước số hiệu: “Chỉ thị số 10-CT/HU”", CitationTest.Vi(diagnostic));
        Assert.Equal("Write “số” before the number: “Chỉ thị số 10-CT/HU”", CitationTest.En(diagnostic));
        Assert.Equal(["số 10-CT/HU", "số "], CitationTest.FixTexts(diagnostic));
        Assert.Equal([FixSafety.Unsafe, FixSafety.Safe], diagnostic.Fixes.Select(f => f.Safety));
        Assert.Equal(SwappedLayout.Replace("Chỉ thị 10/CT-HU", "Chỉ thị số 10-CT/HU", StringComparison.Ordinal), RuleTester.ApplyFirstFix(SwappedLayout, diagnostic));
        // RL2002 still names the layout; fixing everything writes the one correct citation.
        CitationTest.Single(SwappedLayout, "RL2002", "10/CT-HU");
        var expected = SwappedLayout.Replace("Chỉ thị 10/CT-HU", "Chỉ thị số 10-CT/HU", StringComparison.Ordinal);
        Assert.Equal(expected, RuleTester.FixAll(SwappedLayout, includeUnsafe: true, "RL2011", "RL2002"));
        Assert.Equal(expected, RuleTester.FixAll(SwappedLayout, includeUnsafe: true));
        // Safe fixes alone only insert `số`: the layout is RL2002's guess, left for the writer to accept.
        Assert.Equal(SwappedLayout.Replace("Chỉ thị 10/CT-HU", "Chỉ thị số 10/CT-HU", StringComparison.Ordinal), RuleTester.FixAll(SwappedLayout, false, "RL2011", "RL2002"));
    }

    [Fact]
    public void A_state_symbol_in_the_state_layout_keeps_its_symbol_in_the_suggestion()
    {
        var text = KeepsTheFullForm.Replace("Chỉ thị 10-CT/TU", "Quyết định 125/QĐ-UBND", StringComparison.Ordinal);
        var diagnostic = CitationTest.Single(text, "RL2011", "Quyết định 125/QĐ-UBND");
        Assert.Equal("Nên viết “số” trước số hiệu: “Quyết định số 125/QĐ-UBND”", CitationTest.Vi(diagnostic));
        Assert.Equal(["số "], CitationTest.FixTexts(diagnostic));
    }

    [Theory]
    [InlineData("Kế hoạch triển khai Quy định 205-QĐ/TW của Bộ Chính trị.")] // the compact style, kept
    [InlineData("Theo Nghị quyết số 12-NQ/HU, Kế hoạch số 45-KH/HU và Chỉ thị 10-CT/TU, Quy định 205-QĐ/TW.")] // two each: no style kept
    [InlineData("Theo Nghị quyết số 12-NQ/HU và Kế hoạch 45-KH/HU.")] // one each
    [InlineData("Nghị quyết số 26-NQ/TW, Kết luận số 21-KL/TW, Chỉ thị số 35-CT/TW và Nghị quyết Trung ương 4 khóa XII.")] // a familiar name
    [InlineData("Nghị quyết số 26-NQ/TW, Kết luận số 21-KL/TW và Chỉ thị số 35-CT/TW; sau 5 năm thực hiện Chỉ thị 35, …")] // a short name referring back
    public void Is_silent_unless_the_draft_keeps_the_full_form(string text) => Assert.Empty(RuleTester.Lint(text, "RL2011"));

    [Fact]
    public void Inserts_so_everywhere_when_asked_always()
    {
        const string text = "Kế hoạch triển khai Quy định 205-QĐ/TW của Bộ Chính trị.";
        var diagnostic = CitationTest.Single(text, "RL2011", "Quy định 205-QĐ/TW", options: Always);
        Assert.Equal("Kế hoạch triển khai Quy định số 205-QĐ/TW của Bộ Chính trị.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Kế hoạch triển khai Quy định số 205-QĐ/TW của Bộ Chính trị.")]
    [InlineData("Nghị quyết số 26, 27 của Huyện ủy.")]
    [InlineData("Nghị quyết Trung ương 4 khóa XII.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, Always, "RL2011"));
}
