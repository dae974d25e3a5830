using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>A share with no whole of its own, wrong against the one whole its section states earlier.
/// <paramref name="Source"/>: how the whole was found.</summary>
internal readonly record struct SectionMismatch(Paragraph Paragraph, OrphanShare Share, Paragraph WholeParagraph, Figure Whole, string Expected,
    WholeSource Source = WholeSource.Section);

/// <summary>How the whole of a share with none in its sentence was found.</summary>
internal enum WholeSource
{
    /// <summary>The one whole its section states earlier (<see cref="SectionWholes"/>).</summary>
    Section,

    /// <summary>The figure just before that the other shares of its list agree with (<see cref="SiblingShares"/>).</summary>
    Siblings,

    /// <summary>The figure the line opening its list breaks down (`…, trong đó:`; <see cref="ListOpeningWholes"/>).</summary>
    ListOpening,
}

/// <summary>
/// Checks `118 hộ nghèo, chiếm 5,28%` against the whole its section stated earlier (`Toàn xã có 2.450 hộ dân`), a section
/// being the paragraphs from a heading to the next. Only when nothing else could be the whole: the share agrees with no
/// figure of its unit anywhere in the document, the section states one whole of that unit (restated alike, none smaller
/// than the part), no subgroup of it is named between (`trong số 320 hộ cận nghèo`, `2.300/2.450 hộ`, `khoảng 900 hộ`),
/// and the share's own sentence names no figure of its unit nor a group it belongs to (`Trong đó, …`).
/// </summary>
internal static class SectionWholes
{
    public static List<SectionMismatch>? Find(DocumentFacts<SectionFigures> facts, AnalyzerOptions options)
    {
        List<SectionMismatch>? found = null;
        var sectionStart = 0;
        for (var p = 0; p < facts.Count; p++)
        {
            var figures = facts[p].Facts;
            if (figures.Heading)
            {
                sectionStart = p;
            }
            foreach (var share in figures.Shares ?? [])
            {
                if (!share.Bracketed && WholeOf(facts, sectionStart, p, share, options) is { } whole && !AgreesAnywhere(facts, p, share))
                {
                    var expected = share.Expected(whole.Figure.Base);
                    (found ??= []).Add(new SectionMismatch(facts[p].Paragraph, share, facts[whole.Index].Paragraph, whole.Figure, expected));
                }
            }
        }
        return found;
    }

    private readonly record struct Candidate(int Index, Figure Figure, int Year);

    /// <summary>The one whole the section states for the share, or null when there is none or more than one reading.</summary>
    private static Candidate? WholeOf(DocumentFacts<SectionFigures> facts, int sectionStart, int index, OrphanShare share, AnalyzerOptions options)
    {
        if (share.Subgroup)
        {
            return null;
        }
        var part = share.Part;
        Candidate? whole = null;
        for (var p = sectionStart; p <= index; p++)
        {
            foreach (var (figure, role, year) in facts[p].Facts.Figures)
            {
                if (p == index && figure.Span.Start >= part.Span.Start)
                {
                    break;
                }
                var own = p == index && figure.Span.Start >= share.SentenceStart;
                // Most figures are plain and matter only in the share's own sentence: the units (a lexicon look-up) are compared last.
                if (!own && (role == SectionRole.Plain || (role != SectionRole.Whole && (whole is null || figure.Base < part.Base)))
                    || !Measures(figure, part, options))
                {
                    continue;
                }
                if (own)
                {
                    return null; // a figure of the unit in the share's own sentence, which the linker would not tie to it
                }
                switch (role)
                {
                    case SectionRole.Whole when figure.Base <= part.Base:
                        return null; // a whole of that noun no larger than the part counts another group
                    case SectionRole.Whole when whole is { } first && first.Figure.Base != figure.Base:
                        return null; // two wholes that disagree
                    case SectionRole.Whole:
                        whole ??= new Candidate(p, figure, year);
                        break;
                    case SectionRole.Container or SectionRole.Approximate when whole is not null && figure.Base >= part.Base:
                        return null; // a subgroup named after the whole may be the share's
                }
            }
        }
        if (whole is { } dated && share.Year != 0 && dated.Year != 0 && share.Year != dated.Year)
        {
            return null; // `Năm 2020, toàn xã có 3.050 hộ` is not the whole of a share of 2025
        }
        if (whole is { } w && share.NamesOtherWhole(w.Figure.Unit.Text, options))
        {
            return null; // `chiếm 5,28% tổng số nhân khẩu`: the share names another whole
        }
        return whole;
    }

    /// <summary>
    /// The whole measures what the part does: the same measure written alike (`triệu đồng`), or a noun the part's counts
    /// a kind of (<see cref="UnitHeads.Covers"/>).
    /// </summary>
    private static bool Measures(Figure whole, Figure part, AnalyzerOptions options) =>
        whole.Unit.IsMeasure || part.Unit.IsMeasure
            ? whole.Unit.Text == part.Unit.Text && whole.Unit.Dimension != QuantityUnit.BareScale
            : UnitHeads.Covers(whole.Unit.Text, part.Unit.Text, options);

    /// <summary>
    /// The share is right against some figure in the document that counts or measures alike (any noun, for a count): that
    /// may be its whole, however it is named. Generous on purpose: a silence is cheaper than a false alarm.
    /// </summary>
    private static bool AgreesAnywhere(DocumentFacts<SectionFigures> facts, int index, OrphanShare share)
    {
        var part = share.Part;
        for (var p = 0; p < facts.Count; p++)
        {
            foreach (var (figure, _, _) in facts[p].Facts.Figures)
            {
                if (figure.Base > 0 && figure.Base >= part.Base && !(p == index && figure.Span == part.Span)
                    && share.Agrees(figure.Base)
                    && figure.Unit.Dimension == part.Unit.Dimension)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
