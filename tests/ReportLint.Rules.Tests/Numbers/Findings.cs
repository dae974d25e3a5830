using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>Assertions shared by the Numbers and Names tests.</summary>
internal static class Findings
{
    /// <summary>The only finding of the rule, whose span must cover exactly <paramref name="spanText"/> (its first occurrence unless <paramref name="from"/> says where to look).</summary>
    public static Diagnostic Single(string text, string ruleId, string spanText, string? from = null)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, ruleId));
        AssertSpan(text, diagnostic, spanText, from);
        return diagnostic;
    }

    public static void AssertSpan(string text, Diagnostic diagnostic, string spanText, string? from = null)
    {
        var start = from is null ? text.IndexOf(spanText, StringComparison.Ordinal)
            : text.IndexOf(spanText, text.IndexOf(from, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(start >= 0, $"“{spanText}” is not in the text");
        Assert.Equal(start, diagnostic.Span.Start);
        Assert.Equal(spanText.Length, diagnostic.Span.Length);
    }

    public static string Vi(Diagnostic diagnostic) => diagnostic.GetMessage(MessageLanguage.Vietnamese);

    public static string En(Diagnostic diagnostic) => diagnostic.GetMessage(MessageLanguage.English);

    public static string Fixed(string text, Diagnostic diagnostic) => RuleTester.ApplyFirstFix(text, diagnostic);
}
