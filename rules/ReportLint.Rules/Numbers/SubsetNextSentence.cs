using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A part stated in the sentence after its whole, for RL5002: `Toàn huyện có 46 tổ chức cơ sở đảng.` … `Trong đó có 52 tổ
/// chức cơ sở đảng tổ chức học tập trực tuyến.` Read only when the sentence opens with `Trong đó`, `Trong số đó` or `Trong
/// số này` (maybe `có` and a comma), its first figure comes within a few words, and that figure counts the same head noun
/// (<see cref="UnitHeads.SameHead"/>) as an exact count in one of the two sentences before it (in its paragraph or, when
/// a line ends a paragraph, the one before). The part is reported only when it is larger than every such count (a ratio
/// of the noun, `3.412/3.580 đảng viên`, gives its whole): it may belong to any of them. `52 chi bộ` under `46 tổ chức cơ sở đảng`
/// counts another noun and is left alone. A measure is compared with one of its dimension, in base units.
/// </summary>
internal static class SubsetNextSentence
{
    /// <summary>A figure of the paragraph, in sentence <paramref name="Sentence"/>; <paramref name="Part"/>: the part after an opener.</summary>
    internal readonly record struct Count(int Sentence, Figure Figure, bool Part);

    /// <summary>
    /// The counts of a paragraph and how many sentences it has. Every paragraph has facts, so that a paragraph with no
    /// figure still counts its sentences between a whole and its part.
    /// </summary>
    internal sealed record Facts(List<Count> Counts, int Sentences);

    // Shared facts of paragraphs with no figure (most of them), by their number of sentences; never changed.
    private static readonly Facts[] NoCounts = Enumerable.Range(0, 8).Select(n => new Facts([], n)).ToArray();

    private static readonly string[][] Openers = [["trong", "đó"], ["trong", "số", "đó"], ["trong", "số", "này"]];

    // Words between the opener and the part's figure: `Trong đó có 52`, `Trong số đó, có 12`.
    private const int MaxWordsBeforePart = 2;

    // Sentences before the part in which its whole may be stated.
    private const int Window = 2;

    public static Facts? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var tokens = paragraph.Tokens;
        List<Count>? counts = null;
        for (var s = 0; s < paragraph.Sentences.Count; s++)
        {
            var sentence = paragraph.Sentences[s];
            var part = OpenerPart(paragraph, sentence);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                // A figure in parentheses (a target, an earlier figure) is kept too: the part must exceed every count of its noun.
                if (tokens[i].Kind != TokenKind.Number)
                {
                    continue;
                }
                if (i == part && BreakdownReader.Plain(paragraph, i) is { } figure)
                {
                    (counts ??= []).Add(new Count(s, figure, true));
                }
                else if (RatioOfNoun(paragraph, i) is { } ratio)
                {
                    (counts ??= []).Add(new Count(s, ratio, false));
                }
                else if (BreakdownReader.Plain(paragraph, i) is { } whole && !BreakdownReader.IsAfterNotQuantity(paragraph, i))
                {
                    (counts ??= []).Add(new Count(s, whole, false));
                }
            }
        }
        return counts is not null ? new Facts(counts, paragraph.Sentences.Count)
            : paragraph.Sentences.Count < NoCounts.Length ? NoCounts[paragraph.Sentences.Count] : new Facts([], paragraph.Sentences.Count);
    }

    /// <summary>Each part larger than the whole stated before it: the part, its paragraph, the whole and its paragraph.</summary>
    public static IEnumerable<(Paragraph Paragraph, Figure Part, Paragraph WholeParagraph, Figure Whole)> OverWholes(
        DocumentFacts<Facts> facts, AnalyzerOptions options)
    {
        for (var p = 0; p < facts.Count; p++)
        {
            var (paragraph, own) = facts[p];
            foreach (var count in own.Counts)
            {
                if (count.Part && WholeBefore(facts, p, count, options) is ({ } where, { } whole) && count.Figure.Base > whole.Base)
                {
                    yield return (paragraph, count.Figure, where, whole);
                }
            }
        }
    }

    /// <summary>
    /// The largest count of the part's noun in the <see cref="Window"/> sentences before it (a ratio gives its whole): the
    /// part may belong to any of them (`46 tổ chức … thành lập mới 5 tổ chức … Trong đó có 41 …`), so only a part above
    /// them all is known to be over its whole.
    /// </summary>
    private static (Paragraph?, Figure?) WholeBefore(DocumentFacts<Facts> facts, int p, Count part, AnalyzerOptions options)
    {
        var sentencesBack = 0;
        (Paragraph?, Figure?) largest = (null, null);
        for (var q = p; q >= 0 && sentencesBack < Window; q--)
        {
            var (paragraph, own) = facts[q];
            if (q < p && paragraph.Index != facts[q + 1].Paragraph.Index - 1)
            {
                break; // a paragraph not read lies between
            }
            var first = q == p ? part.Sentence - 1 : own.Sentences - 1;
            for (var s = first; s >= 0 && sentencesBack < Window; s--, sentencesBack++)
            {
                foreach (var count in own.Counts)
                {
                    if (count.Sentence == s && !count.Part && SameNoun(count.Figure.Unit, part.Figure.Unit, options)
                        && (largest.Item2 is not { } found || count.Figure.Base > found.Base))
                    {
                        largest = (paragraph, count.Figure);
                    }
                }
            }
        }
        return largest;
    }

    /// <summary>Counts of one head noun, or measures of one dimension (compared in base units: `1,2 tỷ đồng` and `800 triệu đồng`).</summary>
    private static bool SameNoun(QuantityUnit whole, QuantityUnit part, AnalyzerOptions options) =>
        whole.IsMeasure || part.IsMeasure ? whole.Dimension == part.Dimension : UnitHeads.SameHead(whole.Text, part.Text, options);

    /// <summary>The first number of a sentence that opens with `Trong đó` (…) within a few words of it, or -1.</summary>
    private static int OpenerPart(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && tokens[first].Kind.IsTrivia())
        {
            first++;
        }
        var end = TokenNavigation.MatchAny(paragraph, first, Openers);
        if (end < 0)
        {
            return -1;
        }
        var words = 0;
        for (var j = TokenNavigation.Next(tokens, end); j >= 0 && j < sentence.EndToken; j = TokenNavigation.Next(tokens, j))
        {
            if (tokens[j].Kind == TokenKind.Number)
            {
                return BreakdownReader.IsChange(paragraph, j) || BreakdownReader.IsApproximate(paragraph, j) ? -1 : j;
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, ',') && words == 0)
            {
                continue; // `Trong số đó, 12 …`
            }
            if (tokens[j].Kind != TokenKind.Word || ++words > MaxWordsBeforePart)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>`3.412/3.580 đảng viên`: a ratio of a counted noun, read as a figure of that noun (its whole).</summary>
    private static Figure? RatioOfNoun(Paragraph paragraph, int index)
    {
        var text = paragraph.GetText(paragraph.Tokens[index]);
        var slash = text.IndexOf('/');
        return slash > 0 && text.LastIndexOf('/') == slash && QuantityUnit.Read(paragraph, index) is { IsMeasure: false } unit
            && VietnameseNumber.TryParseDecimal(text[(slash + 1)..], out var whole, out _)
            ? new Figure(index, paragraph.Tokens[index].Span, text.ToString(), whole, 0, unit)
            : null;
    }
}
