using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A share that is right for another count of its part: in `kỷ luật 21 đảng viên, trong đó khiển trách 12 đồng chí, …, khai
/// trừ 3 đồng chí (chiếm 9,52%)` the share is 2/21 and the parts add up to 22, not 21. When that other count put in place of
/// the part makes the breakdown add up (RL5011 reports it), the count is the likelier slip: two figures agree on it.
/// </summary>
internal static class PartFromShare
{
    /// <summary>The count the share gives the part, when it mends a breakdown of the sentence that does not add up; else null.</summary>
    public static (TextSpan Span, string Text)? Find(Paragraph paragraph, Sentence sentence, PercentageLink link, AnalyzerOptions options)
    {
        if (CountFor(link) is not { } count || count == link.Part)
        {
            return null;
        }
        foreach (var breakdown in BreakdownReader.Read(paragraph, sentence, options) ?? [])
        {
            if (breakdown.Whole.Unit.IsMeasure || breakdown.Whole.Value != link.Whole || !breakdown.IsWrong())
            {
                continue;
            }
            foreach (var part in breakdown.Parts.Take(breakdown.Listed))
            {
                if (part.Span == link.PartSpan && breakdown.Sum - part.Value + count == breakdown.Whole.Value)
                {
                    var text = VietnameseNumber.FormatGrouped(count, 0);
                    return (part.Span, part.Text.StartsWith('0') && text.Length < part.Text.Length ? text.PadLeft(part.Text.Length, '0') : text);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A share that settles which figure of a breakdown is wrong: `xử lý 20 đảng viên, trong đó …, khiển trách 4 đồng chí
    /// (chiếm 15%)` adds up to 21, and 15% of 20 is 3, the one count that makes the parts add up. The count is then the
    /// defect, reported once by RL5001 on the count; RL5011 leaves the breakdown alone.
    /// </summary>
    internal readonly record struct BlamedCount(PercentageLink Link, Figure Part, string Count, Breakdown Breakdown);

    /// <summary>The counts the shares of the sentence blame in its <paramref name="breakdowns"/>.</summary>
    public static List<BlamedCount> Blames(Paragraph paragraph, Sentence sentence, IReadOnlyList<Breakdown>? breakdowns, AnalyzerOptions options)
    {
        var blamed = new List<BlamedCount>();
        if (breakdowns is null || !breakdowns.Any(b => !b.Whole.Unit.IsMeasure && b.IsWrong())
            || PercentageLinker.Find(paragraph, sentence, options) is not { } links)
        {
            return blamed;
        }
        foreach (var breakdown in breakdowns)
        {
            if (breakdown.Whole.Unit.IsMeasure || !breakdown.IsWrong())
            {
                continue;
            }
            var listed = breakdown.Parts.Take(breakdown.Listed).ToList();
            var shares = links.Where(l => l.Whole == breakdown.Whole.Value && l.WholeText == breakdown.Whole.Text
                && listed.Exists(p => p.Span == l.PartSpan)).ToList();
            // Unambiguous only: every other share of the list agrees, and the one that does not gives a single count.
            var wrong = shares.Where(l => !l.Agrees).ToList();
            if (wrong.Count != 1 || wrong[0] is not { AlternativeWhole: null } link || link.Part > link.Whole
                || OnlyCount(link) is not { } count || count == link.Part)
            {
                continue;
            }
            var part = listed.First(p => p.Span == link.PartSpan);
            if (breakdown.Sum - part.Value + count == breakdown.Whole.Value)
            {
                var text = VietnameseNumber.FormatGrouped(count, 0);
                blamed.Add(new BlamedCount(link, part, part.Text.StartsWith('0') && text.Length < part.Text.Length ? text.PadLeft(part.Text.Length, '0') : text, breakdown));
            }
        }
        return blamed;
    }

    /// <summary>
    /// The one count of the part that the share gives against its whole (`… /139, đạt 90,65%`: 126), or null when none does or
    /// several do (a share of a large whole written with few decimals fits many counts).
    /// </summary>
    public static decimal? OnlyCount(PercentageLink link) =>
        link.Whole == decimal.Truncate(link.Whole) && CountFor(link) is { } count && !Fits(link, count - 1) && !Fits(link, count + 1) ? count : null;

    /// <summary>The count nearest the share of the whole, when it agrees with the share; exact counts only.</summary>
    private static decimal? CountFor(PercentageLink link)
    {
        if (link.Slack != 0 || link.Whole <= 0 || link.Part != decimal.Truncate(link.Part))
        {
            return null;
        }
        var count = Math.Round(link.Percent * link.Whole / 100m);
        return count > 0 && Fits(link, count) ? count : null;
    }

    private static bool Fits(PercentageLink link, decimal count) => count > 0 && PercentageLinker.Agrees(count, link.Whole, link.Percent, link.Decimals, 0);
}
