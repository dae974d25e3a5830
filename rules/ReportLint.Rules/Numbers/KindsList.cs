using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A `gồm` list of counts of other nouns than the whole's, closed by `và`: `52 tổ chức cơ sở đảng, gồm 30 đảng bộ cơ sở và
/// 21 chi bộ cơ sở`. Closed so, the list names every kind of the whole, and the counts must make it. Read only when every
/// item is a count and its words (`30 đảng bộ cơ sở`) and nothing else; a list left open (`và các …`, `…`, `v.v.`, no `và`),
/// a part as large as the whole (`5 lớp, gồm 320 học viên và 15 giảng viên`: not its kinds) or people under a whole that
/// is not people, or the reverse, gives nothing; so does a list of the noun of another count before the whole (`bắt 19 vụ,
/// 31 đối tượng, gồm: 12 vụ …`: the list breaks down the 19 cases).
/// </summary>
internal static class KindsList
{
    public static List<Figure>? Read(Paragraph paragraph, Sentence sentence, int start, int end, Figure whole, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var parts = new List<Figure>();
        var closing = false; // the item after `và`: the last one
        var j = tokens[start].Kind.IsTrivia() ? TokenNavigation.Next(tokens, start) : start;
        while (true)
        {
            if (j < 0 || j >= end || tokens[j].Kind != TokenKind.Number || BreakdownReader.Read(paragraph, j) is not { } part
                || part.Unit.IsMeasure || part.Value >= whole.Value
                || (!QuantityUnit.Agree(whole.Unit, part.Unit, options)
                    && QuantityUnit.IsPerson(whole.Unit.Text, options) != QuantityUnit.IsPerson(part.Unit.Text, options)))
            {
                return null;
            }
            parts.Add(part);
            var next = ItemEnd(paragraph, part.Token, end);
            if (next == Open)
            {
                return null;
            }
            if (closing)
            {
                return EndsList(paragraph, next, end) && !CountedBefore(paragraph, sentence, whole, parts, options) ? Checked(parts, whole, options) : null;
            }
            if (next < 0 || next >= end || !(TokenNavigation.IsPunctuation(paragraph, next, ',') || TokenNavigation.IsWord(paragraph, next, "và")))
            {
                return null; // no `và`: the list may go on
            }
            closing = TokenNavigation.IsWord(paragraph, next, "và");
            j = TokenNavigation.Next(tokens, next);
        }
    }

    private const int Open = -2;

    /// <summary>
    /// The separator after an item's words (a `,`, `;`, `và`, or the end), skipping parentheses; <see cref="Open"/> when
    /// the item holds another figure or says the list goes on (`…`, `v.v.`).
    /// </summary>
    private static int ItemEnd(Paragraph paragraph, int number, int end)
    {
        var tokens = paragraph.Tokens;
        var depth = 0;
        for (var k = TokenNavigation.Next(tokens, number); k >= 0 && k < end; k = TokenNavigation.Next(tokens, k))
        {
            if (TokenNavigation.IsPunctuation(paragraph, k, '('))
            {
                depth++;
                continue;
            }
            if (TokenNavigation.IsPunctuation(paragraph, k, ')'))
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (depth > 0)
            {
                continue;
            }
            if (tokens[k].Kind == TokenKind.Number || BreakdownReader.SaysMore(paragraph, k))
            {
                return Open;
            }
            if (TokenNavigation.IsPunctuation(paragraph, k, ',') || TokenNavigation.IsPunctuation(paragraph, k, ';')
                || TokenNavigation.IsWord(paragraph, k, "và") || tokens[k].Kind == TokenKind.Punctuation)
            {
                return k;
            }
        }
        return end;
    }

    /// <summary>
    /// What follows the last item closes the list: the sentence's end, a `;`, or a comma before words (`, với 412 chi bộ
    /// trực thuộc`), not before another count.
    /// </summary>
    private static bool EndsList(Paragraph paragraph, int separator, int end)
    {
        if (separator < 0 || separator >= end || TokenNavigation.IsPunctuation(paragraph, separator, ';'))
        {
            return true;
        }
        var after = TokenNavigation.Next(paragraph.Tokens, separator);
        var last = after < 0 || after >= end;
        return (TokenNavigation.IsPunctuation(paragraph, separator, '.') && last)
            || (TokenNavigation.IsPunctuation(paragraph, separator, ',') && !last && paragraph.Tokens[after].Kind == TokenKind.Word);
    }

    /// <summary>A count before the whole in the sentence has the noun of a part that is not the whole's.</summary>
    private static bool CountedBefore(Paragraph paragraph, Sentence sentence, Figure whole, List<Figure> parts, AnalyzerOptions options)
    {
        for (var j = sentence.FirstToken; j < whole.Token; j++)
        {
            if (paragraph.Tokens[j].Kind == TokenKind.Number && QuantityUnit.Read(paragraph, j) is { IsMeasure: false } unit
                && parts.Exists(p => !QuantityUnit.Agree(whole.Unit, p.Unit, options) && QuantityUnit.Agree(unit, p.Unit, options)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The parts, when one at least is another noun than the whole's (else the plain list was read already).</summary>
    private static List<Figure>? Checked(List<Figure> parts, Figure whole, AnalyzerOptions options) =>
        parts.Count >= 2 && parts.Exists(p => !QuantityUnit.Agree(whole.Unit, p.Unit, options)) ? parts : null;
}
