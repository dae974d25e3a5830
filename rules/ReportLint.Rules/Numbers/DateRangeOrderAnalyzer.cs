using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5009: a period that ends before it starts, as `từ ngày 15/12/2025 đến ngày 10/12/2025`, `từ quý III/2025 đến quý
/// I/2025`, or as paired verbs of one work or event (`khởi công quý I/2026, hoàn thành quý IV/2025`, see
/// <see cref="ScheduleMilestones"/>). Days, months and quarters compare as intervals (<see cref="Period"/>). Dates of
/// cited documents never form a period here. Times of one day are ranges too (`từ 14h00 đến 11h00`, see <see cref="ClockRange"/>).
/// </summary>
public sealed class DateRangeOrderAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5009", "date-range-end-before-start",
        new("Thời gian kết thúc trước khi bắt đầu", "Period ends before it starts"),
        new("“{0}” kết thúc ({1}) trước khi bắt đầu ({2})", "“{0}” ends ({1}) before it starts ({2})"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.None);

    private static readonly string[] Until = ["đến", "tới"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterTokenAction(Analyze, TokenKind.Word);
        context.RegisterTokenAction(AnalyzeTimes, TokenKind.Code, TokenKind.Number);
    }

    private static void AnalyzeTimes(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        if (ClockRange.TryRead(paragraph, context.TokenIndex, out var start, out var end, out var first)
            && ClockRange.EndsBeforeStart(paragraph, start, end))
        {
            var span = TextSpan.FromBounds(paragraph.Tokens[first].Start, end.Span.End);
            context.Report(Rule, span, Text(paragraph, span), Text(paragraph, end.Span), Text(paragraph, start.Span));
        }
    }

    private static void Analyze(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        if (FromUntil(paragraph, context.TokenIndex, out var start, out var end)
            || ScheduleMilestones.TryRead(paragraph, context.TokenIndex, out start, out end))
        {
            if (Period.EndsBeforeStart(start, end))
            {
                var span = TextSpan.FromBounds(paragraph.Tokens[context.TokenIndex].Start, end.Span.End);
                context.Report(Rule, span, Text(paragraph, span), Text(paragraph, end.Span), Text(paragraph, start.Span));
            }
        }
    }

    /// <summary>`từ ngày 15/12/2025 đến ngày 10/12/2025`, `từ quý III/2025 tới quý I/2025`.</summary>
    private static bool FromUntil(Paragraph paragraph, int index, out Period start, out Period end)
    {
        start = end = default;
        if (!TokenNavigation.IsWord(paragraph, index, "từ") || PeriodReader.After(paragraph, index) is not { } from)
        {
            return false;
        }
        var until = TokenNavigation.Next(paragraph.Tokens, from.LastToken);
        if (!TokenNavigation.IsWordIn(paragraph, until, Until) || PeriodReader.After(paragraph, until) is not { } to)
        {
            return false;
        }
        (start, end) = (from, to);
        return true;
    }

    private static string Text(Paragraph paragraph, TextSpan span) => paragraph.Text.Substring(span.Start, span.Length);
}
