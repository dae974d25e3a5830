using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// The lines of a list whose whole is the figure the paragraph before opens it with (`Toàn huyện xây dựng 213 mô hình, trong
/// đó:`, `Tổng chi là 4.700.000.000 đồng, gồm:`; <see cref="SectionFigures.Opens"/>), each line stating its part and share
/// (`- Lĩnh vực kinh tế: 97 mô hình, chiếm 45,54%;`, `c) … tổng kinh phí 420.000.000 đồng, chiếm 8,94%.`). When another line's
/// share agrees with that whole, and the lines that agree are no fewer than those that do not, a share that disagrees is
/// a slip. Lines of a lower level (a bullet under `a)`) are read past, not as items; a plain paragraph ends the list.
/// Silent for a line with two shares of the whole's unit, and where <see cref="SiblingShares.IsSlip"/> is (another
/// figure the share agrees with, another group named, a part over the whole).
/// </summary>
internal static class ListOpeningWholes
{
    public static List<SectionMismatch>? Find(DocumentFacts<SectionFigures> facts, List<SectionMismatch>? reported, AnalyzerOptions options)
    {
        List<SectionMismatch>? found = null;
        for (var p = 0; p + 1 < facts.Count; p++)
        {
            if (facts[p].Facts.Opens is not { } whole || whole.Base <= 0)
            {
                continue;
            }
            var opening = facts[p].Paragraph;
            var items = ItemShares(facts, p, whole, options);
            var agreeing = items.Count(i => i.Share.Agrees(whole.Base));
            if (agreeing == 0 || agreeing < items.Count - agreeing)
            {
                continue;
            }
            var window = new List<(Core.Syntax.Paragraph, Figure)>();
            foreach (var (figure, _, _) in facts[p].Facts.Figures)
            {
                window.Add((opening, figure));
            }
            foreach (var (q, _) in items)
            {
                foreach (var (figure, _, _) in facts[q].Facts.Figures)
                {
                    window.Add((facts[q].Paragraph, figure));
                }
            }
            var stated = new SiblingShares.Whole(opening, whole, window);
            foreach (var (q, share) in items)
            {
                if (!share.Agrees(whole.Base) && SiblingShares.IsSlip(facts[q].Paragraph, share, stated, options)
                    && reported?.Exists(r => r.Share.Span == share.Span && r.Paragraph == facts[q].Paragraph) != true)
                {
                    (found ??= []).Add(new SectionMismatch(facts[q].Paragraph, share, opening, whole, share.Expected(whole.Base), WholeSource.ListOpening));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The share of each item of the list that follows the opening at <paramref name="opening"/>: the one share of the line
    /// whose part counts what the whole does. Items with none or two are left out.
    /// </summary>
    private static List<(int Index, OrphanShare Share)> ItemShares(DocumentFacts<SectionFigures> facts, int opening, Figure whole, AnalyzerOptions options)
    {
        var items = new List<(int, OrphanShare)>();
        ListLine? first = null;
        ListLine? last = null;
        for (var q = opening + 1; q < facts.Count && facts[q].Paragraph.Index == facts[q - 1].Paragraph.Index + 1; q++)
        {
            if (facts[q].Facts.Line is not { } line)
            {
                break;
            }
            var place = first is null ? ListPlace.Item : line.PlaceAfter(first, last!);
            if (place == ListPlace.End)
            {
                break;
            }
            if (place == ListPlace.SubItem)
            {
                continue;
            }
            first ??= line;
            last = line;
            OrphanShare? only = null;
            var count = 0;
            foreach (var share in facts[q].Facts.Shares ?? [])
            {
                if (!share.Subgroup && SiblingShares.Counts(whole, share.Part, options))
                {
                    only = share;
                    count++;
                }
            }
            if (count == 1)
            {
                items.Add((q, only!.Value));
            }
        }
        return items;
    }
}
