using System.Globalization;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5030: a quorum or majority count that does not follow from its rule: `Hội nghị hợp lệ khi có ít nhất 2/3 tổng số
/// ủy viên tham dự` then `Ban Chấp hành hiện có 15 đồng chí, … ít nhất 9 đồng chí tham dự` (2/3 of 15, rounded up, is
/// 10); `quá nửa` of 15 is 8. The rule, the members and the count must stand in one paragraph or two adjacent ones, the
/// members and the count in the same unit, the rule and the count about the same act (attending or approving); two
/// different rules or two member totals in reach leave it silent. The count may be `từ 10 đồng chí trở lên`, or in
/// brackets after its rule (`ít nhất 2/3 tổng số ủy viên (10 đồng chí)`): there, a count equal to the members is the
/// members, and a rule naming a body (`ủy viên Ban Thường vụ`) not named before it, where the members stand, is another body's.
/// </summary>
public sealed class QuorumCountMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5030", "quorum-count-mismatch",
        new("Số người tối thiểu không khớp với tỷ lệ quy định", "Quorum or majority count does not match its fraction"),
        new("{0} của {1} {2} là {3} {2}, không phải {4}", "{0} of {1} {2} is {3}, not {4}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => QuorumReader.Read(c.Paragraph), Report);

    private static void Report(DocumentAnalysisContext context, DocumentFacts<QuorumFigures> facts)
    {
        ParagraphFacts<QuorumFigures>? previous = null;
        foreach (var current in facts)
        {
            var before = previous is { } p && Adjacent(context.Document, p.Paragraph, current.Paragraph) ? p : (ParagraphFacts<QuorumFigures>?)null;
            foreach (var count in current.Facts.Counts)
            {
                if (!count.IsTotal && count.Action != QuorumAction.Unknown && Check(before, current, count) is { } finding)
                {
                    var span = current.Paragraph.ToAbsolute(count.Span);
                    var written = StatedCount.Write(count.Written, (int)finding.Expected);
                    context.Report(Rule, span, CodeFix.Replace(span, written, FixSafety.Unsafe),
                        finding.Fraction.Name, Format(finding.Total), count.Unit, Format(finding.Expected), count.Written);
                }
            }
            previous = current;
        }
    }

    private readonly record struct Finding(QuorumFraction Fraction, long Total, long Expected);

    /// <summary>The rule and the members in reach of <paramref name="count"/>, when both are unambiguous and the count is not what they make.</summary>
    private static Finding? Check(ParagraphFacts<QuorumFigures>? before, ParagraphFacts<QuorumFigures> current, QuorumCount count)
    {
        var fractions = new List<QuorumFraction>();
        var totals = new List<long>();
        if (before is { } b)
        {
            fractions.AddRange(b.Facts.Fractions);
            totals.AddRange(b.Facts.Counts.Where(c => c.IsTotal && c.Unit == count.Unit).Select(c => c.Value));
        }
        fractions.AddRange(current.Facts.Fractions.Where(f => f.Span.End <= count.Span.Start));
        totals.AddRange(current.Facts.Counts.Where(c => c.IsTotal && c.Unit == count.Unit && c.Span.End <= count.Span.Start).Select(c => c.Value));
        fractions.RemoveAll(f => f.Action != count.Action);
        if (fractions.Count == 0 || fractions.Exists(f => !f.SameRule(fractions[0])) || totals.Distinct().Count() != 1)
        {
            return null;
        }
        var total = totals[0];
        if (count.Bracketed && (count.Value == total || !NamesBodyInReach(before, current, count)))
        {
            return null; // `2/3 tổng số ủy viên (15 đồng chí)`: the members; or another body's rule than the members'
        }
        var expected = fractions[0].Fewest(total);
        return count.Value != expected && count.Value <= total && expected <= total ? new Finding(fractions[0], total, expected) : null;
    }

    /// <summary>
    /// The body a bracketed count's rule names (`ủy viên Ban Chấp hành (10 đồng chí)`) is named in the sentence of the
    /// members too (`Ban Chấp hành hiện có 15 đồng chí`).
    /// </summary>
    private static bool NamesBodyInReach(ParagraphFacts<QuorumFigures>? before, ParagraphFacts<QuorumFigures> current, QuorumCount count)
    {
        if (count.Body is not { } body)
        {
            return true;
        }
        var (paragraph, members) = current.Facts.Counts.LastOrDefault(c => c.IsTotal && c.Unit == count.Unit && c.Span.End <= count.Span.Start) is { } here
            ? (current.Paragraph, here)
            : (before!.Value.Paragraph, before.Value.Facts.Counts.Last(c => c.IsTotal && c.Unit == count.Unit));
        var sentence = paragraph.Sentences.FirstOrDefault(s => s.Span.Start <= members.Span.Start && members.Span.Start < s.Span.End);
        // Up to the members: the rule's own words may follow in the same sentence.
        var start = sentence.Span.Length > 0 ? sentence.Span.Start : 0;
        return paragraph.FlatText.AsSpan(start, members.Span.End - start).Contains(body, StringComparison.Ordinal);
    }

    /// <summary>The next paragraph, or the one after a blank line.</summary>
    private static bool Adjacent(ReportDocument document, Paragraph first, Paragraph second) =>
        second.Index - first.Index == 1
        || (second.Index - first.Index == 2 && string.IsNullOrWhiteSpace(document.Paragraphs[first.Index + 1].Text));

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
