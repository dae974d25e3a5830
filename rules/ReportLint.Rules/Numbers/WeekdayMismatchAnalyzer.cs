using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>RL5005: a weekday that does not match its date (`thứ Hai, ngày 15/10/2019` was a Tuesday).</summary>
public sealed class WeekdayMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5005", "weekday-mismatch",
        new("Thứ trong tuần không khớp với ngày", "Weekday does not match the date"),
        new("Ngày {0} là {1}, không phải {2}", "{0} was a {3}, not a {4}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterTokenAction(Analyze, TokenKind.Word);

    private static void Analyze(TokenAnalysisContext context)
    {
        if (context.Text[0] is not ('t' or 'T' or 'c' or 'C') || !Weekdays.TryRead(context.Paragraph, context.TokenIndex, out var weekday))
        {
            return;
        }
        if (!DateAfter(context.Paragraph, weekday.LastToken, out var date) && !DateBefore(context.Paragraph, weekday.FirstToken, out date))
        {
            return;
        }
        var actual = new DateTime(date.Year!.Value, date.Month, date.Day!.Value).DayOfWeek;
        if (actual == weekday.Day)
        {
            return;
        }
        var paragraph = context.Paragraph;
        var written = paragraph.Text.Substring(weekday.Span.Start, weekday.Span.Length);
        var correct = Weekdays.Write(actual, weekday, written);
        var dateText = paragraph.Text.Substring(date.Span.Start, date.Span.Length);
        context.Report(Rule, weekday.Span, CodeFix.Replace(weekday.Span, correct, FixSafety.Unsafe),
            dateText, Weekdays.Name(actual), written, actual.ToString(), weekday.Day.ToString());
    }

    /// <summary>`thứ Hai, ngày 15/10/2019`, `thứ Hai (15/10/2019)`, `thứ Hai ngày 15 tháng 10 năm 2019`.</summary>
    private static bool DateAfter(Paragraph paragraph, int last, out DateValue date)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, last);
        if (TokenNavigation.IsPunctuation(paragraph, next, ',') || TokenNavigation.IsPunctuation(paragraph, next, '(') || TokenNavigation.IsDash(paragraph, next))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (TokenNavigation.IsWord(paragraph, next, "ngày"))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        date = default;
        return next >= 0 && DateRecognizer.TryRead(paragraph, next, out date) && date.IsComplete && date.IsValid;
    }

    /// <summary>`ngày 15/10/2019 (thứ Hai)`, `15/10/2019, thứ Hai`.</summary>
    private static bool DateBefore(Paragraph paragraph, int first, out DateValue date)
    {
        date = default;
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, first);
        if (!TokenNavigation.IsPunctuation(paragraph, previous, ',') && !TokenNavigation.IsPunctuation(paragraph, previous, '('))
        {
            return false;
        }
        previous = TokenNavigation.Previous(tokens, previous);
        return previous >= 0 && DateRecognizer.TryRead(paragraph, previous, out date) && date.IsComplete && date.IsValid && date.LastToken == previous;
    }
}
