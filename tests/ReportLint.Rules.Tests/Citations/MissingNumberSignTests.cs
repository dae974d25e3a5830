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
