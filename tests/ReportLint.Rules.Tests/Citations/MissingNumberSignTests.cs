using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class MissingNumberSignTests
{
    private static readonly Core.Analysis.AnalyzerOptions Enabled = RuleTester.Options("""{ "rules": { "RL2011": "info" } }""");

    [Fact]
    public void Off_by_default()
    {
        Assert.Equal(ReportSeverity.Off, Rules.Citations.MissingNumberSignAnalyzer.Rule.DefaultSeverity);
        Assert.Empty(RuleTester.Lint("Kế hoạch triển khai Quy định 205-QĐ/TW của Bộ Chính trị.", "RL2011"));
    }

    [Fact]
    public void Inserts_so_when_enabled()
    {
        const string text = "Kế hoạch triển khai Quy định 205-QĐ/TW của Bộ Chính trị.";
        var diagnostic = CitationTest.Single(text, "RL2011", "Quy định 205-QĐ/TW", options: Enabled);
        Assert.Equal("Nên viết “số” trước số hiệu: “Quy định số 205-QĐ/TW”", CitationTest.Vi(diagnostic));
        Assert.Equal("Write “số” before the number: “Quy định số 205-QĐ/TW”", CitationTest.En(diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        Assert.Equal("Kế hoạch triển khai Quy định số 205-QĐ/TW của Bộ Chính trị.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Theory]
    [InlineData("Kế hoạch triển khai Quy định số 205-QĐ/TW của Bộ Chính trị.")]
    [InlineData("Nghị quyết số 26, 27 của Huyện ủy.")]
    [InlineData("Nghị quyết Trung ương 4 khóa XII.")]
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, Enabled, "RL2011"));
}
