using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A list of shares with no whole in their sentence (`Cơ cấu: nữ 11 đồng chí (chiếm 35,48%); dân tộc thiểu số 8 đồng chí
/// (chiếm 25,81%); …`) whose whole is stated just before: earlier in their sentence, or in the sentence (or line) before.
/// When two or more shares of the list agree with one figure there, and they outnumber the rest, that figure is the whole
/// of the list, and a share that agrees with it not is a slip. Silent when two figures could be the whole, when the share
/// agrees with another figure stated there (the whole of a subgroup), exceeds the whole, or its item names another group
/// (`nữ trong Ban Thường vụ 3 đồng chí`).
/// </summary>
internal static class SiblingShares
{
    // Words in an item's label that name the group its part is of: `nữ trong Ban Thường vụ`, `đoàn viên của chi đoàn`.
    private static readonly string[] OtherGroupCues = ["trong", "của", "thuộc"];

    /// <summary>The shares of lists whose siblings agree with a whole they do not, skipping those <paramref name="reported"/> already.</summary>
    public static List<SectionMismatch>? Find(DocumentFacts<SectionFigures> facts, List<SectionMismatch>? reported, AnalyzerOptions options)
    {
        List<SectionMismatch>? found = null;
        for (var p = 0; p < facts.Count; p++)
        {
            if (facts[p].Facts.Shares is not { Count: >= 3 } shares)
            {
                continue;
            }
            foreach (var list in shares.GroupBy(s => s.SentenceStart))
            {
                var siblings = list.ToList();
                if (siblings.Count < 3 || WholeOf(facts, p, siblings, options) is not { } whole)
                {
                    continue;
                }
                foreach (var share in siblings)
                {
                    if (!share.Agrees(whole.Figure.Base) && IsSlip(facts[p].Paragraph, share, whole, options)
                        && reported?.Exists(r => r.Share.Span == share.Span) != true)
                    {
                        var expected = share.Expected(whole.Figure.Base);
                        (found ??= []).Add(new SectionMismatch(facts[p].Paragraph, share, whole.Paragraph, whole.Figure, expected, WholeSource.Siblings));
                    }
                }
            }
        }
        return found;
    }

    /// <summary>A figure that may be the whole of a list, with the figures stated beside it (the window read before the list).</summary>
    internal readonly record struct Whole(Paragraph Paragraph, Figure Figure, List<(Paragraph Paragraph, Figure Figure)> Window);

    /// <summary>The one figure stated just before the list that most of its shares agree with; null when none or two.</summary>
    private static Whole? WholeOf(DocumentFacts<SectionFigures> facts, int index, List<OrphanShare> siblings, AnalyzerOptions options)
    {
        var window = WindowBefore(facts, index, siblings[0]);
        Whole? chosen = null;
        foreach (var (paragraph, figure) in window)
        {
            if (figure.Base <= 0 || !siblings.TrueForAll(s => Counts(figure, s.Part, options)))
            {
                continue;
            }
            var agreeing = siblings.Count(s => s.Agrees(figure.Base));
            if (agreeing < 2 || agreeing <= siblings.Count - agreeing)
            {
                continue;
            }
            if (chosen is { } other && other.Figure.Base != figure.Base)
            {
                return null; // two figures that the list could be of
            }
            chosen ??= new Whole(paragraph, figure, window);
        }
        return chosen;
    }

    /// <summary>
    /// The figures stated just before the list: earlier in its sentence, and in the sentence before it, which may end the
    /// paragraph (the line) before. Approximate figures (`khoảng 30 người`) are left out: no exact share is of them.
    /// </summary>
    private static List<(Paragraph, Figure)> WindowBefore(DocumentFacts<SectionFigures> facts, int index, OrphanShare first)
    {
        var window = new List<(Paragraph, Figure)>();
        var paragraph = facts[index].Paragraph;
        var previousSentence = paragraph.Sentences.LastOrDefault(s => s.Span.End <= first.SentenceStart);
        if (previousSentence.TokenCount > 0)
        {
            Add(window, paragraph, facts[index].Facts, previousSentence.Span.Start, first.Part.Span.Start);
        }
        else
        {
            Add(window, paragraph, facts[index].Facts, first.SentenceStart, first.Part.Span.Start);
            if (index > 0 && facts[index - 1] is { Paragraph: var before, Facts: { Heading: false } figures }
                && before.Index == paragraph.Index - 1 && before.Sentences.Count > 0)
            {
                Add(window, before, figures, before.Sentences[^1].Span.Start, before.Text.Length);
            }
        }
        return window;
    }

    private static void Add(List<(Paragraph, Figure)> window, Paragraph paragraph, SectionFigures facts, int start, int end)
    {
        foreach (var (figure, role, _) in facts.Figures)
        {
            if (role != SectionRole.Approximate && figure.Span.Start >= start && figure.Span.Start < end)
            {
                window.Add((paragraph, figure));
            }
        }
    }

    /// <summary>The figure counts what the part does: the same measure, the part's noun or a kind of it, or the same people.</summary>
    internal static bool Counts(Figure whole, Figure part, AnalyzerOptions options) =>
        whole.Unit.IsMeasure || part.Unit.IsMeasure
            ? whole.Unit.Dimension == part.Unit.Dimension && whole.Unit.Dimension != QuantityUnit.BareScale
            : UnitHeads.Covers(whole.Unit.Text, part.Unit.Text, options) || QuantityUnit.CountSamePeople(whole.Unit.Text, part.Unit.Text, options);

    /// <summary>The share disagrees with the list's whole for no reason the text gives: no other whole, no other group.</summary>
    internal static bool IsSlip(Paragraph paragraph, OrphanShare share, Whole whole, AnalyzerOptions options)
    {
        if (share.Part.Base > whole.Figure.Base || NamesOtherGroup(paragraph, share.Part.Token)
            || share.NamesOtherWhole(whole.Figure.Unit.Text, options))
        {
            return false;
        }
        return !whole.Window.Exists(w => w.Figure.Base >= share.Part.Base && w.Figure.Span != share.Part.Span && share.Agrees(w.Figure.Base)
            && Counts(w.Figure, share.Part, options));
    }

    /// <summary>The words of the part's item before it (back to `,`, `;`, `:`) name a group: `nữ trong Ban Thường vụ 3 đồng chí`.</summary>
    private static bool NamesOtherGroup(Paragraph paragraph, int part)
    {
        var tokens = paragraph.Tokens;
        for (var i = TokenNavigation.Previous(tokens, part); i >= 0 && tokens[i].Kind == TokenKind.Word; i = TokenNavigation.Previous(tokens, i))
        {
            if (TokenNavigation.IsWordIn(paragraph, i, OtherGroupCues))
            {
                return true;
            }
        }
        return false;
    }
}
