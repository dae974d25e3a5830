using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>RL5001: a percentage that does not match the ratio or the part and whole it describes.</summary>
public sealed class PercentageMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5001", "percentage-mismatch",
        new("Tỷ lệ phần trăm không khớp số liệu", "Percentage does not match its figures"),
        new("Tỷ lệ {0}% không khớp với {1}/{2} = {3}%", "The percentage {0}% does not match {1}/{2} = {3}%"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        if (PercentageLinker.Find(context.Paragraph, context.Sentence) is not { } links)
        {
            return;
        }
        foreach (var link in links)
        {
            // A part over its whole is RL5002's finding; a share of the numerator is a reading we accept.
            if (link.Part > link.Whole || PercentageLinker.Agrees(link.Part, link.Whole, link.Percent, link.Decimals)
                || (link.AlternativeWhole is { } numerator && numerator > 0 && PercentageLinker.Agrees(link.Part, numerator, link.Percent, link.Decimals)))
            {
                continue;
            }
            var expected = VietnameseNumber.Format(100m * link.Part / link.Whole, link.Decimals);
            var stated = context.Paragraph.Text.Substring(link.PercentSpan.Start, link.PercentSpan.Length);
            context.Report(Rule, link.Span,
                CodeFix.Replace(link.PercentSpan, expected, FixSafety.Unsafe, new($"Sửa thành {expected}%", $"Change to {expected}%")),
                stated, link.PartText, link.WholeText, expected);
        }
    }
}
