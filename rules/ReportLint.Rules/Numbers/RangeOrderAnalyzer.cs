using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>RL5006: a range of years whose end precedes its start (`nhiệm kỳ 2025-2020`).</summary>
public sealed class RangeOrderAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5006", "range-end-before-start",
        new("Năm kết thúc trước năm bắt đầu", "Range ends before it starts"),
        new("Khoảng năm “{0}” kết thúc ({1}) trước khi bắt đầu ({2})", "The range “{0}” ends ({1}) before it starts ({2})"),
        RuleFamily.Numbers, ReportSeverity.Error, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.Number);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (!YearRange.TryRead(context.Paragraph, context.TokenIndex, out var range) || range.End >= range.Start)
        {
            return;
        }
        var swapped = $"{range.End}{range.Separator}{range.Start}";
        context.Report(Rule, range.Span,
            CodeFix.Replace(range.Span, swapped, FixSafety.Unsafe, new($"Đảo thành “{swapped}”", $"Swap to “{swapped}”")),
            context.Paragraph.Text.Substring(range.Span.Start, range.Span.Length), range.End, range.Start);
    }
}
