using System.Text.RegularExpressions;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A change whose current figure ends the sentence before it, for RL5015 (<see cref="ChangeMismatchAnalyzer"/>):
/// `Tỷ lệ hộ dùng nước sạch đạt 16,01%. Tỷ lệ này tăng 3,2 điểm phần trăm so với năm 2025 (13,5%).`, or with the
/// comparison first: `… đạt 16,01%. So với năm 2025 (13,5%), tỷ lệ này tăng 3,2 điểm phần trăm.` The two sentences are
/// linked only when the second plainly points back (`Tỷ lệ này`, `Con số trên`, or the first sentence's own subject
/// repeated before its verb) and the first holds that one figure and no other; otherwise which figure changed is a guess.
/// The groups are named as in RL5015's own phrase, so a match is checked the same way.
/// </summary>
internal static partial class BackReferencedChange
{
    // Words that point back to the figure just given.
    private static readonly string[] Pointers =
    [
        "tỷ lệ này", "tỷ lệ trên", "tỷ lệ đó", "tỉ lệ này", "tỉ lệ trên", "tỉ lệ đó",
        "con số này", "con số trên", "con số đó", "số liệu này", "số liệu trên",
    ];

    // The verbs that give a subject its figure: `Tỷ lệ hộ dùng nước sạch đạt 16,01%`.
    private static readonly string[] Verbs = [" đạt ", " là ", " chiếm ", " ở mức ", " còn "];

    public static IEnumerable<Match> Read(Paragraph paragraph)
    {
        var text = paragraph.FlatText;
        var sentences = paragraph.Sentences;
        // Only a pair of sentences whose second compares a change is read, and the phrase is matched within that pair.
        for (var s = 1; s < sentences.Count; s++)
        {
            var second = sentences[s].Span;
            var opening = text.AsSpan(second.Start, second.Length);
            if (!opening.Contains("o với", StringComparison.Ordinal)
                || !(opening.Contains(" tăng ", StringComparison.Ordinal) || opening.Contains(" giảm ", StringComparison.Ordinal)))
            {
                continue;
            }
            var start = sentences[s - 1].Span.Start;
            var pair = TextSpan.FromBounds(start, second.End);
            var regex = opening.StartsWith("So với ", StringComparison.Ordinal) ? ComparisonFirst() : SubjectFirst();
            Match match;
            try
            {
                match = regex.Match(text, pair.Start, pair.Length);
            }
            catch (RegexMatchTimeoutException)
            {
                continue; // an unusual run of words: silence rather than a slow lint
            }
            for (; match.Success; match = match.NextMatch())
            {
                if (Linked(paragraph, match))
                {
                    yield return match;
                }
            }
        }
    }

    private static bool Linked(Paragraph paragraph, Match match)
    {
        var sentences = paragraph.Sentences;
        var first = IndexOf(sentences, match.Groups["now"].Index);
        var second = IndexOf(sentences, match.Groups["subject"].Index);
        if (first < 0 || second != first + 1)
        {
            return false;
        }
        var span = sentences[first].Span;
        var previous = paragraph.FlatText.Substring(span.Start, span.Length);
        var subject = match.Groups["subject"].Value.ToLowerInvariant();
        var rate = match.Groups["nowRate"].Success;
        return Figures(previous, rate) == 1
            && (Pointers.Contains(subject)
                || (subject.Count(c => c == ' ') >= 2 && Verbs.Any(verb => previous.Contains(subject + verb, StringComparison.OrdinalIgnoreCase))));
    }

    private static int IndexOf(SentenceList sentences, int offset)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            if (sentences[s].Span.Start <= offset && offset < sentences[s].Span.End)
            {
                return s;
            }
        }
        return -1;
    }

    /// <summary>The rates in the sentence, or for a count its figures that are no year nor date.</summary>
    private static int Figures(string sentence, bool rate) =>
        rate ? Rate().Count(sentence) : AnyFigure().Matches(sentence).Count(m => !ChangePercent.IsYear(m.Value, hasUnit: false) && !Dated(sentence, m.Index));

    private static bool Dated(string sentence, int at) =>
        sentence.AsSpan(0, at).TrimEnd().EndsWith("ngày", StringComparison.OrdinalIgnoreCase)
        || sentence.AsSpan(0, at).TrimEnd().EndsWith("tháng", StringComparison.OrdinalIgnoreCase)
        || sentence.AsSpan(0, at).TrimEnd().EndsWith("quý", StringComparison.OrdinalIgnoreCase);

    // The first sentence from its figure to its end: words only after the figure, so it is the last figure given.
    // The unit and the words after it are taken whole (no backtracking letter by letter), so the regex stays cheap.
    private const string Current = @"(?<![\d.,/])(?<now>" + ChangeMismatchAnalyzer.Figure + @")(?![\d/])(?:(?<nowRate> ?%)|(?> (?<nowUnit>"
        + ChangeMismatchAnalyzer.UnitWords + @"))(?![\p{L}\p{M}]))(?>[^.!?;:\d%()]{0,100})\. ";

    private const string Change = @"(?<direction>tăng|giảm) (?:thêm )?(?<change>" + ChangeMismatchAnalyzer.Figure
        + @")(?: ?(?<percent>%)| (?<points>điểm phần trăm|điểm %)| (?<changeUnit>" + ChangeMismatchAnalyzer.UnitWords + @"))?(?![\d\p{L}\p{M}])";

    private const string Earlier = "(?:" + ChangeMismatchAnalyzer.PeriodLabel + ")?(?<before>" + ChangeMismatchAnalyzer.Figure
        + @")(?:(?<beforeRate> ?%)| (?<beforeUnit>" + ChangeMismatchAnalyzer.UnitWords + @"))?\)";

    // `… đạt 16,01%. Tỷ lệ này tăng 3,2 điểm phần trăm so với năm 2025 (13,5%)`.
    [GeneratedRegex(Current + @"(?<subject>\p{Lu}[\p{L}\p{M}]*(?: [\p{L}\p{M}]+){1,8}?) " + Change + "(?:" + ChangePercent.Stated + ")?"
        + ChangeMismatchAnalyzer.ComparedWith + Earlier, RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex SubjectFirst();

    // `… đạt 16,01%. So với năm 2025 (13,5%), tỷ lệ này tăng 3,2 điểm phần trăm`.
    [GeneratedRegex(Current + "So với " + ChangeMismatchAnalyzer.ComparedPeriod + @"\(" + Earlier + @", (?<subject>[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){1,8}?) " + Change,
        RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex ComparisonFirst();

    [GeneratedRegex(@"(?<![\d.,/])(?:" + ChangeMismatchAnalyzer.Figure + @")(?![\d/]) ?%")]
    private static partial Regex Rate();

    [GeneratedRegex(@"(?<![\d.,/])(?:" + ChangeMismatchAnalyzer.Figure + @")(?![\d/])")]
    private static partial Regex AnyFigure();
}
