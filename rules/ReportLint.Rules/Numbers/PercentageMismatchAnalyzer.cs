using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5001: a percentage that does not match the ratio or the part and whole it describes, or the target given in
/// parentheses (<see cref="TargetShare"/>), or a share with no whole of its own and the whole its section stated earlier
/// (<see cref="SectionWholes"/>).
/// </summary>
public sealed class PercentageMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5001", "percentage-mismatch",
        new("Tỷ lệ phần trăm không khớp số liệu", "Percentage does not match its figures"),
        // What does not match (the share, or the count it blames), what it is checked against, and a remark.
        new("{0} không khớp với {1}{2}", "{0} does not match {1}{2}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText NoOtherReading = LocalizedText.Same("");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterSentenceAction(Analyze);
        context.RegisterDocumentAction(SectionFigures.Collect, ReportSectionWholes);
        context.RegisterDocumentAction<MotionVoteLine>(MotionVoteLine.Collect, ReportVoteShares);
    }

    /// <summary>
    /// `Có 13/13 đồng chí tham gia biểu quyết. Kết quả: tán thành 12 đồng chí (đạt 93,31%); …`: the share of an answer over
    /// those voting or present, stated in an earlier sentence (<see cref="MotionVoteCheck.Shares"/>). A share the sentence's
    /// own figures already tie to a whole is left to <see cref="Analyze"/>.
    /// </summary>
    private static void ReportVoteShares(DocumentAnalysisContext context, DocumentFacts<MotionVoteLine> facts)
    {
        foreach (var (paragraph, share, value, count, whole, fromVoters) in MotionVoteCheck.Shares(facts))
        {
            if (LinkedInSentence(paragraph, share.Span, context.Options))
            {
                continue;
            }
            var expected = VietnameseNumber.Format(100m * value / whole, share.Decimals);
            var total = VietnameseNumber.FormatGrouped(whole, 0);
            var fix = CodeFix.Replace(paragraph.ToAbsolute(share.PercentSpan), expected, FixSafety.Unsafe,
                new($"Sửa thành {expected}% ({count}/{total})", $"Change to {expected}% ({count}/{total})"));
            var reading = fromVoters
                ? new LocalizedText($" (số người tham gia biểu quyết: {total})", $" (those voting: {total})")
                : new LocalizedText($" (số người có mặt: {total})", $" (those present: {total})");
            context.Report(Rule, paragraph.ToAbsolute(share.Span), [fix], null, ShareMismatch(share.Text, count, total, expected, reading));
        }
    }

    /// <summary>The sentence holding <paramref name="span"/> links a percentage there to figures of its own.</summary>
    private static bool LinkedInSentence(Core.Syntax.Paragraph paragraph, Core.Text.TextSpan span, AnalyzerOptions options)
    {
        foreach (var sentence in paragraph.Sentences)
        {
            if (sentence.Span.Contains(span.Start))
            {
                return PercentageLinker.Find(paragraph, sentence, options)?.Exists(link => link.Span.Start == span.Start) == true;
            }
        }
        return false;
    }

    /// <summary>
    /// `118 hộ nghèo, chiếm 5,28%` with no whole in its sentence, against the whole its section stated earlier, or against the
    /// whole stated just before that the other shares of its list agree with.
    /// </summary>
    private static void ReportSectionWholes(DocumentAnalysisContext context, DocumentFacts<SectionFigures> facts)
    {
        var section = SectionWholes.Find(facts, context.Options);
        List<SectionMismatch> mismatches = [.. section ?? [], .. SiblingShares.Find(facts, section, context.Options) ?? []];
        mismatches.AddRange(ListOpeningWholes.Find(facts, mismatches, context.Options) ?? []);
        foreach (var (paragraph, share, wholeParagraph, whole, expected, source) in mismatches)
        {
            var stated = paragraph.Text.Substring(share.PercentSpan.Start, share.PercentSpan.Length);
            var (part, total) = (share.Part.Text, whole.Text);
            var fix = CodeFix.Replace(paragraph.ToAbsolute(share.PercentSpan), expected, FixSafety.Unsafe,
                new($"Sửa thành {expected}% ({part}/{total})", $"Change to {expected}% ({part}/{total})"));
            // A noun is named by its head (`hộ` of `3.200 hộ với`), a measure as written (`triệu đồng`).
            var named = $"{total} {(whole.Unit.IsMeasure ? whole.Unit.Text : UnitHeads.HeadOf(whole.Unit.Text, context.Options))}";
            var related = new RelatedLocation(wholeParagraph.ToAbsolute(whole.Span), new("Tổng đã dùng để tính", "The whole used"));
            var reading = source switch
            {
                WholeSource.Siblings => new LocalizedText($" (tổng {named} nêu ngay trước đó; các tỷ lệ khác trong danh sách đều khớp với tổng này)",
                    $" (the whole, {named}, stated just before; the other shares of the list agree with it)"),
                WholeSource.ListOpening => new LocalizedText($" (tổng {named} nêu ở dòng mở đầu danh sách; tỷ lệ của các mục khác khớp với tổng này)",
                    $" (the whole, {named}, stated in the line opening the list; the shares of the other items agree with it)"),
                _ => new LocalizedText($" (tổng {named} nêu trước đó trong phần này)", $" (the whole, {named}, stated earlier in the section)"),
            };
            context.Report(Rule, paragraph.ToAbsolute(share.Span), [fix], [related], ShareMismatch(stated, part, total, expected, reading));
        }
    }

    private static void Analyze(SentenceAnalysisContext context)
    {
        foreach (var (span, stated, part, whole, expected) in TargetShare.Read(context.Paragraph.FlatText, context.Sentence.Span))
        {
            var fix = CodeFix.Replace(span, expected, FixSafety.Unsafe, new($"Sửa thành {expected}% ({part}/{whole})", $"Change to {expected}% ({part}/{whole})"));
            context.Report(Rule, span, [fix], null, ShareMismatch(stated, part, whole, expected, NoOtherReading));
        }
        if (PercentageLinker.Find(context.Paragraph, context.Sentence, context.Options) is not { } links)
        {
            return;
        }
        var blamed = PartFromShare.Blames(context.Paragraph, context.Sentence, BreakdownReader.Read(context.Paragraph, context.Sentence, context.Options), context.Options);
        foreach (var link in links)
        {
            // A part over its whole is RL5002's finding.
            if (link.Part > link.Whole || link.AgreesWith(link.Whole))
            {
                continue;
            }
            if (blamed.FindIndex(b => b.Link.Span == link.Span) is var blame and >= 0)
            {
                ReportCount(context, blamed[blame]);
                continue;
            }
            var nearest = new Reading(link.Whole, link.WholeText, link);
            Reading? other = null;
            // `X/Y …, trong đó A …`: A may be a share of X as well as of Y. Either reading that agrees is accepted;
            // otherwise the one nearer the stated percentage is named first (the likelier slip), the other after it.
            if (link.AlternativeWhole is { } numerator && numerator > 0 && link.Part <= numerator)
            {
                if (link.AgreesWith(numerator))
                {
                    continue;
                }
                other = new Reading(numerator, link.AlternativeWholeText!, link);
                if (other.Value.Distance < nearest.Distance)
                {
                    (nearest, other) = (other.Value, nearest);
                }
                // A slip of a few tenths (17,48% for 17,47%) is plainly the near reading: a far one is only noise.
                if (nearest.Distance < NearSlip && other.Value.Distance > FarReading * nearest.Distance)
                {
                    other = null;
                }
            }
            var stated = context.Paragraph.Text.Substring(link.PercentSpan.Start, link.PercentSpan.Length);
            var fixes = new List<CodeFix> { nearest.Fix(link) };
            var suffix = NoOtherReading;
            if (other is { } second)
            {
                fixes.Add(second.Fix(link));
                suffix = new($" hay {link.PartText}/{second.WholeText} = {second.Expected}%", $" or {link.PartText}/{second.WholeText} = {second.Expected}%");
            }
            else if (PartFromShare.Find(context.Paragraph, context.Sentence, link, context.Options) is var (partSpan, count))
            {
                // The share is right for another count that also makes the parts add up (RL5011): mend the count first.
                fixes.Insert(0, CodeFix.Replace(partSpan, count, FixSafety.Unsafe,
                    new($"Sửa {link.PartText} thành {count} ({count}/{link.WholeText} = {stated}%)", $"Change {link.PartText} to {count} ({count}/{link.WholeText} = {stated}%)")));
                suffix = new($"; với {count} thay cho {link.PartText}, tỷ lệ khớp và các phần cộng lại bằng {link.WholeText}",
                    $"; with {count} instead of {link.PartText}, the share matches and the parts add up to {link.WholeText}");
            }
            context.Report(Rule, link.Span, fixes, null, ShareMismatch(stated, link.PartText, nearest.WholeText, nearest.Expected, suffix));
        }
    }

    private static readonly LocalizedText ShareChecked = new("Tỷ lệ đối chiếu", "The share checked");
    private static readonly LocalizedText WholeStated = new("Tổng", "The whole");

    /// <summary>
    /// The share and the parts' sum agree on another count for one part (<see cref="PartFromShare.Blames"/>): the count is
    /// the slip, so it is marked and mended, once; the share and the whole are related locations.
    /// </summary>
    private static void ReportCount(SentenceAnalysisContext context, PartFromShare.BlamedCount blame)
    {
        var (link, part, count, breakdown) = blame;
        var stated = context.Paragraph.Text.Substring(link.PercentSpan.Start, link.PercentSpan.Length);
        var fix = CodeFix.Replace(part.Span, count, FixSafety.Unsafe,
            new($"Sửa {part.Text} thành {count} ({count}/{link.WholeText} = {stated}%)", $"Change {part.Text} to {count} ({count}/{link.WholeText} = {stated}%)"));
        // The count is the finding, so the message says so: the count does not match the share of the whole.
        context.Report(Rule, part.Span, [fix], [new RelatedLocation(link.Span, ShareChecked), new RelatedLocation(breakdown.Whole.Span, WholeStated)],
            new LocalizedText($"Số {part.Text}", $"The count {part.Text}"),
            new LocalizedText($"tỷ lệ {stated}% của tổng {link.WholeText} (ứng với {count})", $"the share {stated}% of the whole {link.WholeText} (which is {count})"),
            new LocalizedText($"; với {count}, các phần cộng lại bằng {link.WholeText}", $"; with {count}, the parts add up to {link.WholeText}"));
    }

    /// <summary>The arguments of a share that is not its part over its whole: `Tỷ lệ 15% không khớp với 4/20 = 20%…`.</summary>
    private static object[] ShareMismatch(string stated, string part, string whole, string expected, LocalizedText remark) =>
        [new LocalizedText($"Tỷ lệ {stated}%", $"The percentage {stated}%"), $"{part}/{whole} = {expected}%", remark];

    private const decimal NearSlip = 0.5m;
    private const decimal FarReading = 3;

    /// <summary>The part as a share of one possible whole, written with the stated number of decimals.</summary>
    private readonly record struct Reading(decimal Whole, string WholeText, string Expected, decimal Distance)
    {
        public Reading(decimal whole, string wholeText, PercentageLink link)
            : this(whole, wholeText, VietnameseNumber.Format(100m * link.Part / whole, link.Decimals), Math.Abs(100m * link.Part / whole - link.Percent))
        {
        }

        public CodeFix Fix(PercentageLink link) =>
            CodeFix.Replace(link.PercentSpan, Expected, FixSafety.Unsafe,
                new($"Sửa thành {Expected}% ({link.PartText}/{WholeText})", $"Change to {Expected}% ({link.PartText}/{WholeText})"));
    }
}
