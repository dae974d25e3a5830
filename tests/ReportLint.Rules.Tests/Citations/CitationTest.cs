using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>Assertions shared by the citation rule tests.</summary>
internal static class CitationTest
{
    public static string Vi(Diagnostic diagnostic) => diagnostic.GetMessage(MessageLanguage.Vietnamese);

    public static string En(Diagnostic diagnostic) => diagnostic.GetMessage(MessageLanguage.English);

    /// <summary>The single finding of a rule, checked to cover exactly <paramref name="spanText"/> at its first occurrence after the text <paramref name="after"/>.</summary>
    public static Diagnostic Single(string text, string ruleId, string spanText, string after = "", AnalyzerOptions? options = null)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, options ?? RuleTester.Options(), ruleId));
        AssertSpan(text, diagnostic, spanText, after);
        return diagnostic;
    }

    public static void AssertSpan(string text, Diagnostic diagnostic, string spanText, string after = "")
    {
        var from = after.Length == 0 ? 0 : text.IndexOf(after, StringComparison.Ordinal) + after.Length;
        var start = text.IndexOf(spanText, from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"“{spanText}” is not in the text");
        Assert.Equal(start, diagnostic.Span.Start);
        Assert.Equal(spanText.Length, diagnostic.Span.Length);
    }

    /// <summary>Every citation rule together on text that must produce nothing.</summary>
    public static void Silent(string text, AnalyzerOptions? options = null)
    {
        var found = RuleTester.Lint(text, options ?? RuleTester.Options()).Where(d => d.Id.StartsWith("RL2", StringComparison.Ordinal)).ToArray();
        Assert.True(found.Length == 0, string.Join("\n", found.Select(d => $"{d.Id} {RuleTester.SpanText(text, d)}: {Vi(d)}")));
    }

    public static string[] FixTexts(Diagnostic diagnostic) => diagnostic.Fixes.Select(f => string.Concat(f.Edits.Select(e => e.NewText))).ToArray();
}
