using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A whole shared out by who did it: `đã kiểm tra 19 đảng viên; trong đó Ban Thường vụ kiểm tra 7 đồng chí, Ủy ban Kiểm tra
/// kiểm tra 10 đồng chí`. Each item names an actor, repeats the verb written before the whole's figure and gives one figure
/// of the whole's unit (or `đồng chí`, `người` for people), so the list is the whole split even after `trong đó`, as is a
/// split by who of two units (<see cref="PairedCounts"/>). Read only when every item is exactly that, there are two items at
/// least and the list ends the sentence: an item with no figure or with more after it, a list left open (`…`, `v.v.`,
/// `như`), an actor naming an attribute of people (`nữ`), the same actor twice, or a verb that only has or reaches
/// (`có`, `đạt`) gives nothing.
/// </summary>
internal static class ActorSplit
{
    // Words before a figure that say what a place or kind has or reaches, not what an actor did: such lists may name some only.
    private static readonly string[] NotVerbs = ["có", "là", "được", "gồm", "đạt", "chiếm", "còn", "với", "của", "tại", "ở", "như"];

    /// <summary>The breakdown when the tokens from <paramref name="start"/> to the sentence's end share out <paramref name="whole"/> by actor; else null.</summary>
    public static Breakdown? Read(Paragraph paragraph, Sentence sentence, int start, int end, Figure whole, AnalyzerOptions options)
    {
        var verb = WordsBefore(paragraph, whole.Token, sentence.FirstToken);
        if (end != sentence.EndToken || verb.Count == 0 || TokenNavigation.IsWordIn(paragraph, verb[^1], NotVerbs))
        {
            return null;
        }
        var tokens = paragraph.Tokens;
        var parts = new List<Figure>();
        var actors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = new List<int>(); // the item's words before its figure: the actor, then the verb
        Figure? figure = null;
        var depth = 0;
        for (var j = start; j >= 0 && j < end; j = TokenNavigation.Next(tokens, j))
        {
            depth = BreakdownReader.Depth(paragraph, j, depth);
            var kind = tokens[j].Kind;
            if (depth > 0 || kind.IsTrivia() || TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                continue; // `(chiếm 36,8%)`: a remark on the item
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsPunctuation(paragraph, j, ';') || TokenNavigation.IsWord(paragraph, j, "và"))
            {
                if (!Close())
                {
                    return null;
                }
                continue;
            }
            if (figure is not null)
            {
                if (PairedCounts.IsSentenceEnd(paragraph, j, end))
                {
                    continue;
                }
                return null; // `7 đồng chí có dấu hiệu vi phạm`: more than the count
            }
            if (kind == TokenKind.Number)
            {
                if (Part(paragraph, j, whole, options) is not { } part)
                {
                    return null;
                }
                figure = part;
                j = part.Unit.LastToken;
            }
            else if (kind is TokenKind.Word or TokenKind.Abbreviation && !BreakdownReader.SaysMore(paragraph, j) && !TokenNavigation.IsWord(paragraph, j, "như"))
            {
                words.Add(j);
            }
            else
            {
                return null; // `…`, `v.v.`, a dash, a citation
            }
        }
        return Close() && parts.Count >= 2 ? new Breakdown(whole, parts, parts.Count, true) : null;

        // Ends an item: its words must be an actor and then the whole's verb, and it must have a figure.
        bool Close()
        {
            if (figure is not { } part)
            {
                return false;
            }
            var verbWords = CommonEnd(paragraph, words, verb);
            if (verbWords == 0 || verbWords == words.Count)
            {
                return false;
            }
            var actor = words.GetRange(0, words.Count - verbWords);
            if (!PairedCounts.IsLabel(paragraph, actor) || !actors.Add(string.Join(' ', actor.Select(a => paragraph.GetText(tokens[a]).ToString()))))
            {
                return false;
            }
            parts.Add(part);
            words.Clear();
            figure = null;
            return true;
        }
    }

    /// <summary>The figure at <paramref name="number"/> when it is an exact count or amount of the whole's unit.</summary>
    private static Figure? Part(Paragraph paragraph, int number, Figure whole, AnalyzerOptions options) =>
        BreakdownReader.IsPercent(paragraph, number) || BreakdownReader.IsAfterNotQuantity(paragraph, number)
            || BreakdownReader.Plain(paragraph, number) is not { } part || !QuantityUnit.Agree(whole.Unit, part.Unit, options)
            ? null : part;

    /// <summary>The words right before the number at <paramref name="number"/> in its sentence, in order.</summary>
    private static List<int> WordsBefore(Paragraph paragraph, int number, int first)
    {
        var words = new List<int>();
        for (var j = TokenNavigation.Previous(paragraph.Tokens, number); j >= first && paragraph.Tokens[j].Kind == TokenKind.Word; j = TokenNavigation.Previous(paragraph.Tokens, j))
        {
            words.Insert(0, j);
        }
        return words;
    }

    /// <summary>How many words <paramref name="item"/> and <paramref name="verb"/> end with alike (`kiểm tra` of `Ban Thường vụ kiểm tra` and `đã kiểm tra`).</summary>
    private static int CommonEnd(Paragraph paragraph, List<int> item, List<int> verb)
    {
        var count = 0;
        while (count < item.Count && count < verb.Count
            && paragraph.GetText(paragraph.Tokens[item[^(count + 1)]]).Equals(paragraph.GetText(paragraph.Tokens[verb[^(count + 1)]]), StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }
        return count;
    }
}
