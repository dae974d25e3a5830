using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Some done out of a whole, then what remains: `đã giải quyết 41/60 kiến nghị` (or `41 kiến nghị trên tổng số 60
/// kiến nghị`), then `còn 17 kiến nghị đang được xem xét` in the same or the next paragraph. The done and the rest make
/// the whole (41 + 17 ≠ 60). Read only when the remainder opens its clause with `còn` (`còn lại`), counts the same noun
/// and says it is not done yet (`đang`, `chưa`), when it is the only count of that noun in its sentence (`còn 15 … đang
/// xem xét, 2 … chưa giải quyết` splits the rest), and when exactly one whole of that noun comes before it.
/// </summary>
internal static class Remainder
{
    /// <summary>
    /// A count done out of a whole, or a remainder (<see cref="Whole"/> is null); spans are relative to the paragraph.
    /// </summary>
    internal sealed record Count(Figure Part, Figure? Whole);

    // After the remainder's noun, within a few words: it is not done yet.
    private static readonly string[] NotYet = ["đang", "chưa"];

    // Words that may stand before `còn` at the head of its clause: `hiện còn`, `vẫn còn`, `số còn lại`.
    private static readonly string[] BeforeCon = ["hiện", "vẫn", "nay"];

    // `41 kiến nghị trên tổng số 60 kiến nghị`: a count done out of the whole written after it.
    private static readonly string[] OfTotal = ["trên", "tổng", "số"];

    // Words of the noun and what follows it before `đang`/`chưa` (the unit read may end on `đang` itself: `xã đang`).
    private const int MaxWordsBeforeNotYet = 6;

    public static List<Count>? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        if (!paragraph.FlatText.Contains("còn", StringComparison.OrdinalIgnoreCase) && !paragraph.FlatText.Contains('/'))
        {
            return null;
        }
        List<Count>? counts = null;
        var tokens = paragraph.Tokens;
        var ofTotal = HasOfTotal(paragraph);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number && OutOfWhole(paragraph, i, ofTotal, context.Options) is { } done)
            {
                (counts ??= []).Add(done);
            }
            else if (TokenNavigation.IsWord(paragraph, i, "còn") && Rest(paragraph, i, context.Options) is { } rest)
            {
                (counts ??= []).Add(rest);
            }
        }
        return counts;
    }

    /// <summary>
    /// Each remainder that does not make its whole with the count done: the remainder and the done count (paragraph and
    /// figure), and the whole.
    /// </summary>
    public static IEnumerable<(Paragraph Paragraph, Figure Remaining, Paragraph DoneParagraph, Figure Done, Figure Whole)> Mismatches(
        DocumentFacts<List<Count>> facts, AnalyzerOptions options)
    {
        for (var p = 0; p < facts.Count; p++)
        {
            var (paragraph, counts) = facts[p];
            for (var k = 0; k < counts.Count; k++)
            {
                if (counts[k].Whole is not null)
                {
                    continue;
                }
                var rest = counts[k].Part;
                // The wholes of its noun before it, in its paragraph and the one right before.
                var found = new List<(Paragraph Paragraph, Count Count)>();
                foreach (var (where, before) in Before(facts, p, k))
                {
                    if (QuantityUnit.Agree(before.Part.Unit, rest.Unit, options))
                    {
                        found.Add((where, before));
                    }
                }
                // Another remainder of the noun between them would share the rest: ambiguous too.
                if (found is not [var (doneParagraph, done)] || done.Whole is not { } whole)
                {
                    continue;
                }
                var difference = done.Part.Base + rest.Base - whole.Base;
                var step = Math.Max(Math.Max(done.Part.Step, rest.Step), whole.Step);
                if (Math.Abs(difference) >= step && rest.Base < whole.Base)
                {
                    yield return (paragraph, rest, doneParagraph, done.Part, whole);
                }
            }
        }
    }

    /// <summary>The counts before the one at <paramref name="k"/> of paragraph <paramref name="p"/>, in it and in the paragraph right before.</summary>
    private static IEnumerable<(Paragraph, Count)> Before(DocumentFacts<List<Count>> facts, int p, int k)
    {
        var (paragraph, counts) = facts[p];
        for (var j = 0; j < k; j++)
        {
            yield return (paragraph, counts[j]);
        }
        if (p > 0 && facts[p - 1].Paragraph.Index == paragraph.Index - 1)
        {
            foreach (var count in facts[p - 1].Facts)
            {
                yield return (facts[p - 1].Paragraph, count);
            }
        }
    }

    /// <summary>`trên tổng số` somewhere in the paragraph: without it, only a count written with its whole (`41/60`) is one done out of a whole.</summary>
    private static bool HasOfTotal(Paragraph paragraph)
    {
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (TokenNavigation.MatchWords(paragraph, i, OfTotal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// `41/60 kiến nghị` or, when the paragraph says <paramref name="ofTotal"/>, `41 kiến nghị trên tổng số 60 kiến nghị`:
    /// a count done out of its whole.
    /// </summary>
    private static Count? OutOfWhole(Paragraph paragraph, int index, bool ofTotal, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var slash = paragraph.GetText(tokens[index]).IndexOf('/');
        if (slash > 0)
        {
            var text = paragraph.GetString(tokens[index]);
            if (BreakdownReader.IsApproximate(paragraph, index) || QuantityUnit.Read(paragraph, index) is not { } unit
                || BreakdownReader.IsPercent(paragraph, index) || text.IndexOf('/', slash + 1) >= 0
                || !VietnameseNumber.TryParseDecimal(text.AsSpan(0, slash), out var done, out var doneDecimals)
                || !VietnameseNumber.TryParseDecimal(text.AsSpan(slash + 1), out var whole, out var wholeDecimals)
                || (!unit.IsMeasure && (doneDecimals > 0 || wholeDecimals > 0)) || done > whole
                || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, index), ["ngày", "số", "năm", "tháng", "quý"]))
            {
                return null; // `ngày 25/11`, `số 12/2024`: a date or a reference
            }
            var span = tokens[index].Span;
            return new Count(new Figure(index, new TextSpan(span.Start, slash), text[..slash], done, doneDecimals, unit),
                new Figure(index, new TextSpan(span.Start + slash + 1, span.Length - slash - 1), text[(slash + 1)..], whole, wholeDecimals, unit));
        }
        if (!ofTotal || BreakdownReader.Plain(paragraph, index) is not { } part
            || TokenNavigation.MatchWords(paragraph, TokenNavigation.Next(tokens, part.Unit.LastToken), OfTotal) is not (var last and >= 0)
            || TokenNavigation.Next(tokens, last) is not (var number and >= 0) || tokens[number].Kind != TokenKind.Number || BreakdownReader.Plain(paragraph, number) is not { } of
            || !QuantityUnit.Agree(of.Unit, part.Unit, options) || part.Base > of.Base)
        {
            return null;
        }
        return new Count(part, of);
    }

    /// <summary>
    /// `còn 17 kiến nghị đang …`, `Còn lại 3 xã chưa …` at the head of a clause: the count of what is not done yet, when no
    /// other count of its noun follows in its sentence.
    /// </summary>
    private static Count? Rest(Paragraph paragraph, int con, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, con);
        if (TokenNavigation.IsWordIn(paragraph, previous, BeforeCon))
        {
            previous = TokenNavigation.Previous(tokens, previous);
        }
        if (previous >= 0 && paragraph.SentenceOf(previous)?.FirstToken == paragraph.SentenceOf(con)?.FirstToken
            && !TokenNavigation.IsPunctuation(paragraph, previous, ',') && !TokenNavigation.IsPunctuation(paragraph, previous, ';'))
        {
            return null; // `… giải quyết còn chậm 5 ý kiến`: not the head of a clause
        }
        var number = TokenNavigation.Next(tokens, con);
        if (TokenNavigation.IsWord(paragraph, number, "lại"))
        {
            number = TokenNavigation.Next(tokens, number);
        }
        if (number < 0 || tokens[number].Kind != TokenKind.Number || BreakdownReader.IsPercent(paragraph, number)
            || BreakdownReader.IsAfterNotQuantity(paragraph, number) || BreakdownReader.Plain(paragraph, number) is not { } rest)
        {
            return null;
        }
        var sentence = paragraph.SentenceOf(number)!.Value;
        var words = 0;
        var notYet = false;
        for (var j = TokenNavigation.Next(tokens, number); j >= 0 && j < sentence.EndToken; j = TokenNavigation.Next(tokens, j))
        {
            if (!notYet && tokens[j].Kind == TokenKind.Word)
            {
                notYet = TokenNavigation.IsWordIn(paragraph, j, NotYet);
                if (!notYet && ++words > MaxWordsBeforeNotYet)
                {
                    return null;
                }
            }
            else if (!notYet)
            {
                return null; // `còn 15 ý kiến, trong đó …`, `còn 15 ý kiến (…)`: it says more of the rest than that it waits
            }
            if (tokens[j].Kind == TokenKind.Number && QuantityUnit.Read(paragraph, j) is { } other && QuantityUnit.Agree(rest.Unit, other, options))
            {
                return null; // `còn 15 … đang xem xét, 2 … chưa giải quyết`: the rest is split
            }
        }
        return notYet ? new Count(rest, null) : null;
    }
}
