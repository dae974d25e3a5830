using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>RL5004: a date that does not exist (31/4, 29/02/2019, month 13).</summary>
public sealed class ImpossibleDateAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5004", "impossible-date",
        new("Ngày tháng không tồn tại", "Impossible date"),
        new("Ngày “{0}” không tồn tại: {1}", "The date “{0}” does not exist: {1}"),
        RuleFamily.Numbers, ReportSeverity.Error);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.Number);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (!DateRecognizer.TryRead(context.Paragraph, context.TokenIndex, out var date) || date.IsValid
            || DateRecognizer.IsInCitation(context.Paragraph, context.TokenIndex))
        {
            return;
        }
        context.Report(Rule, date.Span, context.Paragraph.Text.Substring(date.Span.Start, date.Span.Length), Reason(date));
    }

    private static LocalizedText Reason(DateValue date)
    {
        if (date.Month is < 1 or > 12)
        {
            return new($"không có tháng {date.Month}", $"there is no month {date.Month}");
        }
        if (date.Month == 2 && date.Day == 29 && date.Year is { } year)
        {
            return new($"năm {year} không phải năm nhuận, tháng 2 chỉ có 28 ngày", $"{year} is not a leap year, February has 28 days");
        }
        return new($"tháng {date.Month} chỉ có {date.DaysInMonth} ngày", $"month {date.Month} has only {date.DaysInMonth} days");
    }
}
