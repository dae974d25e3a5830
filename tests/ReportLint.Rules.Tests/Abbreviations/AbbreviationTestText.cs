using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>Small helpers for the abbreviation tests (spans by text, messages in both languages).</summary>
internal static class AbbreviationTestText
{
    /// <summary>The offset of the <paramref name="occurrence"/>-th (0-based) occurrence of <paramref name="value"/>.</summary>
    public static int Offset(string text, string value, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"“{value}” occurs fewer than {occurrence + 1} times");
        }
        return index;
    }

    public static void AssertSpan(string text, Diagnostic diagnostic, string value, int occurrence = 0)
    {
        Assert.Equal(Offset(text, value, occurrence), diagnostic.Span.Start);
        Assert.Equal(value.Length, diagnostic.Span.Length);
    }

    public static string Vi(Diagnostic diagnostic) => diagnostic.GetMessage(MessageLanguage.Vietnamese);

    public static string En(Diagnostic diagnostic) => diagnostic.GetMessage(MessageLanguage.English);

    public static string Apply(string text, CodeFix fix) => FixAllApplier.Apply(text, [fix]);

    public static IReadOnlyList<Diagnostic> Family(string text, Core.Analysis.AnalyzerOptions? options = null) =>
        RuleTester.Lint(text, options ?? RuleTester.Options()).Where(d => d.Id.StartsWith("RL1", StringComparison.Ordinal) || d.Id.StartsWith("RL9", StringComparison.Ordinal)).ToArray();
}
