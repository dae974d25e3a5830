using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5005: a weekday that does not match its date (`thứ Hai, ngày 15/10/2019` was a Tuesday). A date without its
/// year (`thứ Hai (15/7)`) is read in the year of the draft's own date (the header's place-and-date line). Weekdays listed
/// beside listed dates are paired in order (<see cref="WeekdayDates"/>).
/// </summary>
public sealed class WeekdayMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5005", "weekday-mismatch",
        new("Thứ trong tuần không khớp với ngày", "Weekday does not match the date"),
        new("Ngày {0}{5} là {1}, không phải {2}", "{0}{5} was a {3}, not a {4}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    private static readonly LocalizedText NoYear = new("", "");

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterTokenAction(Analyze, TokenKind.Word);
        context.RegisterDocumentAction(CollectYearless, ReportYearless);
    }

    private static void Analyze(TokenAnalysisContext context)
    {
        if (context.Text[0] is not ('t' or 'T' or 'c' or 'C') || !Weekdays.TryRead(context.Paragraph, context.TokenIndex, out var head))
        {
            return;
        }
        foreach (var (weekday, date) in WeekdayDates.Pairs(context.Paragraph, head))
        {
            if (date.IsComplete && Mismatch(context.Paragraph, weekday, date, date.Year!.Value) is { } finding)
            {
                context.Report(Rule, weekday.Span, finding.Fix, [.. finding.Arguments, NoYear]);
            }
        }
    }

    /// <summary>
    /// A paragraph's weekdays written with a date that has no year, its place-and-date line if it is one, and its first
    /// weekday written with a full date that fits it (`Sáng thứ Bảy, ngày 14/3/2026`): a news item's own date.
    /// </summary>
    private sealed record Yearless(List<(WeekdayMention Weekday, DateValue Date)> Weekdays, (TextSpan Span, DateOnly Date)? Line, DateOnly? Anchor);

    private static Yearless? CollectYearless(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        List<(WeekdayMention, DateValue)>? found = null;
        DateOnly? anchor = null;
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (paragraph.Tokens[i].Kind != TokenKind.Word || paragraph.Text[paragraph.Tokens[i].Start] is not ('t' or 'T' or 'c' or 'C')
                || !Weekdays.TryRead(paragraph, i, out var head))
            {
                continue;
            }
            foreach (var (weekday, date) in WeekdayDates.Pairs(paragraph, head))
            {
                if (date is { Year: null, Day: not null })
                {
                    (found ??= []).Add((weekday, date));
                }
                else if (date is { Year: { } year, Day: { } day } && anchor is null && Mismatch(paragraph, weekday, date, year) is null)
                {
                    anchor = new DateOnly(year, date.Month, day);
                }
            }
        }
        var line = Citations.PlaceAndDateLine.Read(paragraph);
        return found is null && line is null && anchor is null ? null : new Yearless(found ?? [], line, anchor);
    }

    private static void ReportYearless(DocumentAnalysisContext context, DocumentFacts<Yearless> facts)
    {
        // The draft's date line, else the first weekday the draft dates in full and right.
        if ((Citations.PlaceAndDateLine.OfDraft(facts, f => f.Line)?.Date ?? facts.Select(f => f.Facts.Anchor).FirstOrDefault(a => a is not null))
            is not { } draft)
        {
            return;
        }
        var year = draft.Year;
        foreach (var (paragraph, yearless) in facts)
        {
            foreach (var (weekday, date) in yearless.Weekdays)
            {
                // A day later in the year than the draft may be last year's (`29/12` in a January report): then the
                // weekday must fit neither year.
                var later = new DateOnly(year, date.Month, Math.Min(date.Day!.Value, DateTime.DaysInMonth(year, date.Month))) > draft;
                if (date.Day <= DateTime.DaysInMonth(year, date.Month) && Mismatch(paragraph, weekday, date, year) is { } finding
                    && !(later && date.Day <= DateTime.DaysInMonth(year - 1, date.Month) && Mismatch(paragraph, weekday, date, year - 1) is null))
                {
                    var span = paragraph.ToAbsolute(weekday.Span);
                    var fix = CodeFix.Replace(span, finding.Fix.Edits[0].NewText, FixSafety.Unsafe);
                    context.Report(Rule, span, fix, [.. finding.Arguments,
                        new LocalizedText($" (năm {year}, năm của văn bản)", $" ({year}, the draft's year)")]);
                }
            }
        }
    }

    /// <summary>The fix and message arguments when the weekday is not the date's in <paramref name="year"/>.</summary>
    private static (CodeFix Fix, object[] Arguments)? Mismatch(Paragraph paragraph, WeekdayMention weekday, DateValue date, int year)
    {
        var actual = new DateTime(year, date.Month, date.Day!.Value).DayOfWeek;
        if (actual == weekday.Day)
        {
            return null;
        }
        var written = paragraph.Text.Substring(weekday.Span.Start, weekday.Span.Length);
        var correct = Weekdays.Write(actual, weekday, written);
        var dateText = paragraph.Text.Substring(date.Span.Start, date.Span.Length);
        if (date.Span.Length <= 2)
        {
            // A day listed alone (`27` of `27 và 28/6/2024`) is named with the month and year it takes.
            dateText += $"/{date.Month}" + (date.Year is { } listedYear ? $"/{listedYear}" : "");
        }
        return (CodeFix.Replace(weekday.Span, correct, FixSafety.Unsafe),
            [dateText, Weekdays.Name(actual), written, actual.ToString(), weekday.Day.ToString()]);
    }
}
