using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5011: the parts listed after a whole do not add up to it. After `gồm` the parts must make the whole
/// (`86,5 tỷ đồng, gồm: … 32 tỷ đồng, … 24,5 tỷ đồng, … 28 tỷ đồng`: 84,5); after `trong đó` they are a subset and are
/// reported only when they exceed the whole, and only for a list after `trong đó:` or for measures that cannot overlap
/// (money, area, mass, length, volume), or when they fall short of a sum of money they split by source (<see cref="FundingSources"/>),
/// or when two wholes of two units are split together by who (<see cref="PairedCounts"/>: each unit is summed on its own). <see cref="BreakdownReader"/> says what is read and what is left alone; a
/// split of people by sex (`28 đảng viên, có 11 nam, 16 nữ`) must make the whole too (<see cref="SexBreakdown"/>), and so
/// must counts followed by their total in parentheses or after a comma (`7 HCV, 4 HCB, 5 HCĐ (tổng 17 huy chương)`,
/// `27 tập thể và 64 cá nhân, tổng cộng 93 lượt`, <see cref="ClosingTotal"/>), named amounts and their total after them
/// (`xây nhà 1.250 triệu đồng, sửa đường 980 triệu đồng, tổng 2.330 triệu đồng`, or `Tổng cộng …` opening the next
/// sentence, <see cref="ClosingAmounts"/>), amounts added with `cộng với` and the total
/// after them (<see cref="AddedAmounts"/>), a count split in parentheses after it (`5 đảng viên (khiển trách 3, cảnh cáo
/// 2)`, <see cref="BracketedCounts"/>), a count done out of a whole and what remains
/// (`đã giải quyết 41/60 kiến nghị. Còn 17 kiến nghị đang …`, <see cref="Remainder"/>),
/// those present and absent from a meeting (`Có mặt: 22/25 đồng chí.` … `Vắng: 2 đồng chí`, <see cref="Attendance"/>), and the list lines under a total or above a
/// closing `Tổng số:` line, each ending with its amount (<see cref="ListedAmounts"/>), and shares announced as the split of one
/// whole (`Cơ cấu kinh tế: … chiếm 32,4%; … chiếm 38,5%; … chiếm 30,1%`), whose whole is 100% (<see cref="SharesOfWhole"/>),
/// and a count of targets set with the counts reached and missed after it (<see cref="TargetTally"/>).
/// Where the parts must make the whole, the sum is offered as an unsafe fix of the whole (any part may be the wrong
/// figure instead); a subset that exceeds its whole, and an attendance, get none: the right whole is not known.
/// </summary>
public sealed class PartsSumMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5011", "parts-sum-mismatch",
        new("Các phần không cộng lại thành tổng", "Parts do not add up to the whole"),
        new("Các phần cộng lại được {0}, {1} tổng {2}", "The parts add up to {0}, {1} the whole {2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText Differs = new("khác", "not");
    private static readonly LocalizedText Exceeds = new("lớn hơn", "more than");
    private static readonly LocalizedText FallsShort = new("nhỏ hơn", "less than");
    private static readonly LocalizedText PartAdded = new("Phần được cộng", "A part added");
    private static readonly LocalizedText WholeStated = new("Tổng", "The whole");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterSentenceAction(Analyze);
        context.RegisterParagraphAction(AnalyzeTargetTally);
        context.RegisterDocumentAction<List<Attendance.Count>>(Attendance.Collect, ReportAttendance);
        context.RegisterDocumentAction<ListedAmounts>(ListedAmounts.Collect, ReportListedAmounts);
        context.RegisterDocumentAction<List<Remainder.Count>>(Remainder.Collect, ReportRemainders);
    }

    /// <summary>
    /// What remains after a count done out of a whole does not make the whole with it (<see cref="Remainder"/>): on the
    /// remainder, the figure most often derived, with the difference as an unsafe fix.
    /// </summary>
    private static void ReportRemainders(DocumentAnalysisContext context, DocumentFacts<List<Remainder.Count>> facts)
    {
        foreach (var (paragraph, rest, doneParagraph, done, whole) in Remainder.Mismatches(facts, context.Options))
        {
            var unit = rest.Unit.IsMeasure ? rest.Unit.Text : UnitHeads.HeadOf(rest.Unit.Text, context.Options);
            var sum = (done.Base + rest.Base) / rest.Unit.Factor;
            var expected = VietnameseNumber.FormatGrouped((whole.Base - done.Base) / rest.Unit.Factor, Math.Max(rest.Decimals, Math.Max(done.Decimals, whole.Decimals)));
            var span = paragraph.ToAbsolute(rest.Span);
            var fix = CodeFix.Replace(span, expected, FixSafety.Unsafe,
                new($"Sửa số còn lại thành {expected} ({whole.Text} − {done.Text})", $"Change the remainder to {expected} ({whole.Text} − {done.Text})"));
            context.Report(Rule, span, [fix], [new RelatedLocation(doneParagraph.ToAbsolute(done.Span), PartAdded), new RelatedLocation(doneParagraph.ToAbsolute(whole.Span), WholeStated)],
                $"{VietnameseNumber.FormatGrouped(sum, Math.Max(rest.Decimals, done.Decimals))} {unit}", Differs, $"{whole.Text} {unit}");
        }
    }

    /// <summary>A total and the list lines under it (or above it) that do not make it (<see cref="ListedAmounts"/>).</summary>
    private static void ReportListedAmounts(DocumentAnalysisContext context, DocumentFacts<ListedAmounts> facts)
    {
        foreach (var (whole, paragraph, breakdown, parts) in ListedAmounts.Mismatches(facts, context.Document, context.Options))
        {
            var unit = whole.Unit.IsMeasure ? whole.Unit.Text : UnitHeads.HeadOf(whole.Unit.Text, context.Options);
            var span = paragraph.ToAbsolute(whole.Span);
            context.Report(Rule, span, SumFix(breakdown, span), parts.Select(p => new RelatedLocation(p, PartAdded)).ToArray(),
                $"{breakdown.SumText()} {unit}", Relation(breakdown), $"{whole.Text} {unit}");
        }
    }

    /// <summary>A `gồm` list differs from its whole; a `trong đó` list exceeds it, or falls short of it when it names the sources.</summary>
    private static LocalizedText Relation(Breakdown breakdown) =>
        breakdown.Exhaustive ? Differs : breakdown.Sum > breakdown.Whole.Base ? Exceeds : FallsShort;

    /// <summary>Those present and those absent from a meeting make its members (<see cref="Attendance"/>).</summary>
    private static void ReportAttendance(DocumentAnalysisContext context, DocumentFacts<List<Attendance.Count>> facts)
    {
        foreach (var (total, text, unit, sum, parts) in Attendance.Mismatches(facts))
        {
            context.Report(Rule, total, [], parts.Select(p => new RelatedLocation(p, PartAdded)).ToArray(),
                $"{VietnameseNumber.FormatGrouped(sum, 0)} {unit}", Differs, $"{text} {unit}");
        }
    }

    private static void Analyze(SentenceAnalysisContext context)
    {
        var (paragraph, sentence, options) = (context.Paragraph, context.Sentence, context.Options);
        // One loop per reader rather than a LINQ chain: this runs at every sentence, and the chain allocated a closure,
        // a filter and three concatenations each time. The order of the findings is the chain's.
        if (BreakdownReader.Read(paragraph, sentence, options) is { } read)
        {
            // A share that names the wrong count makes that count RL5001's one finding (PartFromShare.Blames).
            var blamed = PartFromShare.Blames(paragraph, sentence, read, options);
            foreach (var breakdown in read)
            {
                if (!IsBlamed(blamed, breakdown))
                {
                    ReportIfWrong(context, breakdown);
                }
            }
        }
        ReportIfWrong(context, AddedAmounts.Read(paragraph, sentence, options));
        ReportIfWrong(context, BracketedCounts.Read(paragraph, sentence, options));
        ReportIfWrong(context, ClosingAmounts.Read(paragraph, sentence, options));
        foreach (var (total, text, sum, parts) in ClosingTotal.Read(context.Paragraph.FlatText, context.Sentence.Span))
        {
            context.Report(Rule, total, SumFix(total, text, VietnameseNumber.FormatGrouped(sum, 0)), parts.Select(p => new RelatedLocation(p, PartAdded)).ToArray(),
                VietnameseNumber.FormatGrouped(sum, 0), Differs, text);
        }
        if (SharesOfWhole.Read(context.Paragraph, context.Sentence) is { } shares)
        {
            foreach (var (cue, sum, parts) in shares)
            {
                context.Report(Rule, cue, [], parts.Select(p => new RelatedLocation(p, PartAdded)).ToArray(), sum, Differs, "100%");
            }
        }
        foreach (var (whole, text, unit, sum, parts) in SexBreakdown.Read(context.Paragraph.FlatText, context.Sentence.Span))
        {
            context.Report(Rule, whole, SumFix(whole, text, VietnameseNumber.FormatGrouped(sum, 0)), parts.Select(p => new RelatedLocation(p, PartAdded)).ToArray(),
                $"{VietnameseNumber.FormatGrouped(sum, 0)} {unit}", Differs, $"{text} {unit}");
        }
    }

    private static bool IsBlamed(List<PartFromShare.BlamedCount> blamed, Breakdown breakdown)
    {
        foreach (var blame in blamed)
        {
            if (ReferenceEquals(blame.Breakdown, breakdown))
            {
                return true;
            }
        }
        return false;
    }

    private static void ReportIfWrong(SentenceAnalysisContext context, List<Breakdown>? breakdowns)
    {
        // Not `breakdowns ?? []`: that is a new empty list at every sentence.
        if (breakdowns is null)
        {
            return;
        }
        foreach (var breakdown in breakdowns)
        {
            ReportIfWrong(context, breakdown);
        }
    }

    private static void ReportIfWrong(SentenceAnalysisContext context, Breakdown breakdown)
    {
        if (!breakdown.IsWrong())
        {
            return;
        }
        // The span is the whole's number: one short mark where the editor checks the total; the parts that were
        // added are related locations, so the editor can see exactly which figures the rule read.
        var whole = breakdown.Whole;
        var unit = whole.Unit.IsMeasure ? whole.Unit.Text : UnitHeads.HeadOf(whole.Unit.Text, context.Options);
        var related = breakdown.Parts.Take(breakdown.Listed).Select(p => new RelatedLocation(p.Span, PartAdded)).ToArray();
        context.Report(Rule, whole.Span, SumFix(breakdown, whole.Span), related,
            $"{breakdown.SumText()} {unit}", Relation(breakdown), $"{whole.Text} {unit}");
    }

    /// <summary>A count of targets and the counts reached and missed after it (<see cref="TargetTally"/>), across sentences.</summary>
    private static void AnalyzeTargetTally(ParagraphAnalysisContext context)
    {
        foreach (var (whole, text, sum, parts) in TargetTally.Read(context.Paragraph.FlatText))
        {
            var total = sum.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Report(Rule, whole, SumFix(whole, text, total), parts.Select(p => new RelatedLocation(p, PartAdded)).ToArray(),
                $"{total} chỉ tiêu", Differs, $"{text} chỉ tiêu");
        }
    }

    /// <summary>The whole corrected to its parts' sum, only when the parts must make it (not a `trong đó` subset over its whole).</summary>
    private static CodeFix[] SumFix(Breakdown breakdown, TextSpan span) =>
        breakdown.Exhaustive || breakdown.BySource ? SumFix(span, breakdown.Whole.Text, breakdown.SumText()) : [];

    /// <summary>
    /// Unsafe: a part may be the wrong figure. A whole written with a leading zero (`04 người`) keeps its width.
    /// </summary>
    internal static CodeFix[] SumFix(TextSpan span, string wholeText, string sum)
    {
        var replacement = wholeText.Length > sum.Length && wholeText[0] == '0' ? sum.PadLeft(wholeText.Length, '0') : sum;
        return [CodeFix.Replace(span, replacement, FixSafety.Unsafe,
            new($"Sửa tổng thành {replacement} (tổng các phần)", $"Change the whole to {replacement} (the parts' sum)"))];
    }
}
