using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5009: `từ ngày 15/12/2025 đến ngày 10/12/2025` (or `từ tháng 5/2025 đến tháng 3/2025`), a period that ends
/// before it starts. A start without its year takes the end's when both are in one month (`từ ngày 15/12 đến ngày
/// 10/12/2025`); `từ ngày 25/12 đến ngày 05/01/2025` may cross the new year. Dates of cited documents never form a
/// period here.
/// </summary>
public sealed class DateRangeOrderAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5009", "date-range-end-before-start",
        new("Thời gian kết thúc trước khi bắt đầu", "Period ends before it starts"),
        new("“{0}” kết thúc ({1}) trước khi bắt đầu ({2})", "“{0}” ends ({1}) before it starts ({2})"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.None);

    private static readonly string[] Until = ["đến", "tới"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.Word);

    private static void Analyze(TokenAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        if (!TokenNavigation.IsWord(paragraph, context.TokenIndex, "từ") || DateAfter(paragraph, context.TokenIndex) is not { } start)
        {
            return;
        }
        var until = TokenNavigation.Next(paragraph.Tokens, start.LastToken);
        if (!TokenNavigation.IsWordIn(paragraph, until, Until) || DateAfter(paragraph, until) is not { } end
            || end.Year is not { } year || (start.Day is null) != (end.Day is null))
        {
            return;
        }
        // `từ ngày 25/12 đến ngày 05/01/2025` may cross the new year: a start without its year is only doubted within the end's month.
        if (start.Year is null && start.Month != end.Month || Order(start.Year ?? year, start) <= Order(year, end))
        {
            return;
        }
        var span = TextSpan.FromBounds(paragraph.Tokens[context.TokenIndex].Start, end.Span.End);
        context.Report(Rule, span, paragraph.Text.Substring(span.Start, span.Length),
            paragraph.Text.Substring(end.Span.Start, end.Span.Length), paragraph.Text.Substring(start.Span.Start, start.Span.Length));
    }

    /// <summary>The date after `từ` or `đến` (`ngày` or `tháng` allowed between), unless it dates a cited document.</summary>
    private static DateValue? DateAfter(Paragraph paragraph, int word)
    {
        var index = TokenNavigation.Next(paragraph.Tokens, word);
        if (TokenNavigation.IsWord(paragraph, index, "ngày") || TokenNavigation.IsWord(paragraph, index, "tháng"))
        {
            index = TokenNavigation.Next(paragraph.Tokens, index);
        }
        return index >= 0 && DateRecognizer.TryRead(paragraph, index, out var date) && date.IsValid && !DateRecognizer.IsInCitation(paragraph, index)
            ? date : null;
    }

    private static int Order(int year, DateValue date) => (year * 13 + date.Month) * 32 + (date.Day ?? 0);
}
