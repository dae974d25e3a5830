using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5006: a range of years whose end precedes its start (`nhiệm kỳ 2020 - 2015`). Swapping the years is
/// often wrong (the end was mistyped, not swapped), so the fixes are the end the document writes with
/// that start elsewhere, else the end a five-year term or plan would have, then the swap. A candidate range
/// the document itself writes elsewhere (`2020 - 2025` for `2025-2020`) is the strongest evidence and comes
/// first, then one inside a period the document writes. Document-wide: the evidence may be in any paragraph.
/// </summary>
public sealed class RangeOrderAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5006", "range-end-before-start",
        new("Năm kết thúc trước năm bắt đầu", "Range ends before it starts"),
        new("Khoảng năm “{0}” kết thúc ({1}) trước khi bắt đầu ({2})", "The range “{0}” ends ({1}) before it starts ({2})"),
        RuleFamily.Numbers, ReportSeverity.Error, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Collect, Report);

    private static Periods? Collect(ParagraphFactsContext context)
    {
        if (YearRange.ReadAll(context.Paragraph) is not { } ranges)
        {
            return null;
        }
        var periods = new Period[ranges.Count];
        for (var i = 0; i < periods.Length; i++)
        {
            periods[i] = new Period(ranges[i], KindBefore(context.Paragraph, ranges[i].FirstToken));
        }
        return new Periods(periods);
    }

    private static void Report(DocumentAnalysisContext context, DocumentFacts<Periods> facts)
    {
        Written? written = null;
        foreach (var (paragraph, periods) in facts)
        {
            foreach (var (range, kind) in periods.Items)
            {
                if (range.End >= range.Start)
                {
                    continue;
                }
                written ??= Written.Collect(facts);
                var span = paragraph.ToAbsolute(range.Span);
                var candidates = new List<(CodeFix Fix, int Start, int End)>(3);
                if (written.Ends.TryGetValue(range.Start, out var used))
                {
                    candidates.Add((Replace(span, range, used,
                        new("như ở chỗ khác trong văn bản", "as written elsewhere in the document")), range.Start, used));
                }
                else if (FiveYearEnd(kind, range.Start) is { } end)
                {
                    candidates.Add((Replace(span, range, end,
                        kind == PeriodKind.Term ? new("nhiệm kỳ 5 năm", "a five-year term") : new("giai đoạn 5 năm", "a five-year period")), range.Start, end));
                }
                var swapped = $"{range.End}{range.Separator}{range.Start}";
                candidates.Add((CodeFix.Replace(span, swapped, FixSafety.Unsafe, new($"Đảo thành “{swapped}”", $"Swap to “{swapped}”")), range.End, range.Start));
                // A stable sort: what the document writes first, then what fits inside a period it writes (`2028 - 2030` in a
                // plan for 2026 - 2030), the present order otherwise.
                var ordered = candidates.OrderBy(c => written.Pairs.Contains((c.Start, c.End)) ? 0 : WithinWrittenPeriod(written, c.Start, c.End) ? 1 : 2).ToList();
                // `giai đoạn 2025-2021` beside `2025 - 2030` elsewhere: an end that differs from the written one in more than a
                // digit is no slip of the key, while the same two years make a valid range once swapped: the swap comes first.
                if (ordered.Count > 1 && ordered[0].Start == range.Start && DigitsApart(ordered[0].End, range.End) > 1
                    && (written.Pairs.Contains((range.End, range.Start)) || FiveYearEnd(kind, range.End) == range.Start))
                {
                    var swap = ordered.FindIndex(c => c.Start == range.End);
                    ordered.Insert(0, ordered[swap]);
                    ordered.RemoveAt(swap + 1);
                }
                var fixes = ordered.Select(c => c.Fix).ToArray();
                context.Report(Rule, span, fixes, null, paragraph.Text.Substring(range.Span.Start, range.Span.Length), range.End, range.Start);
            }
        }
    }

    /// <summary>How many of the four digits of two years differ.</summary>
    private static int DigitsApart(int a, int b)
    {
        var count = 0;
        for (; a > 0 || b > 0; a /= 10, b /= 10)
        {
            count += a % 10 != b % 10 ? 1 : 0;
        }
        return count;
    }

    private static bool WithinWrittenPeriod(Written written, int start, int end) =>
        written.Pairs.Any(p => p.Start < p.End && p.Start <= start && end <= p.End);

    private static CodeFix Replace(TextSpan span, YearRange range, int end, LocalizedText why)
    {
        var text = $"{range.Start}{range.Separator}{end}";
        return CodeFix.Replace(span, text, FixSafety.Unsafe, new($"Sửa thành “{text}” ({why.Vi})", $"Change to “{text}” ({why.En})"));
    }

    /// <summary>
    /// The ordered ranges the document writes, whatever their spacing, and for each start year the end it writes
    /// with it: the most frequent, the first on a tie.
    /// </summary>
    private sealed record Written(HashSet<(int Start, int End)> Pairs, Dictionary<int, int> Ends)
    {
        public static Written Collect(DocumentFacts<Periods> facts)
        {
            var counts = new Dictionary<(int Start, int End), int>();
            var best = new Dictionary<int, int>();
            foreach (var (_, periods) in facts)
            {
                foreach (var (range, _) in periods.Items)
                {
                    if (range.End <= range.Start)
                    {
                        continue;
                    }
                    var count = counts[(range.Start, range.End)] = counts.GetValueOrDefault((range.Start, range.End)) + 1;
                    if (!best.TryGetValue(range.Start, out var end) || count > counts[(range.Start, end)])
                    {
                        best[range.Start] = range.End;
                    }
                }
            }
            return new Written([.. counts.Keys], best);
        }
    }

    /// <summary>
    /// Terms (`nhiệm kỳ`) last five years and share their boundary year: 2020 - 2025, 2021 - 2026. Five-year
    /// periods (`giai đoạn`) are written 2020 - 2025 after a term, but 2021 - 2025, 2026 - 2030 for the State's
    /// five-year plans, which count both ends. Any other start is no five-year period that can be guessed.
    /// </summary>
    private static int? FiveYearEnd(PeriodKind kind, int start) => kind switch
    {
        PeriodKind.Term => start + 5,
        PeriodKind.Stage when start % 5 == 0 => start + 5,
        PeriodKind.Stage when start % 5 == 1 => start + 4,
        _ => null,
    };

    private static PeriodKind KindBefore(Paragraph paragraph, int firstToken)
    {
        var tokens = paragraph.Tokens;
        var word = TokenNavigation.Previous(tokens, firstToken);
        var before = TokenNavigation.Previous(tokens, word);
        if ((TokenNavigation.IsWord(paragraph, word, "kỳ") || TokenNavigation.IsWord(paragraph, word, "kì")) && TokenNavigation.IsWord(paragraph, before, "nhiệm"))
        {
            return PeriodKind.Term;
        }
        return TokenNavigation.IsWord(paragraph, word, "đoạn") && TokenNavigation.IsWord(paragraph, before, "giai") ? PeriodKind.Stage : PeriodKind.Other;
    }

    private enum PeriodKind
    {
        Other,
        Term,
        Stage,
    }

    private readonly record struct Period(YearRange Range, PeriodKind Kind);

    private sealed record Periods(Period[] Items);
}
