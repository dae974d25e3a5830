using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Named amounts listed one after another and their total after them, for RL5011: in the same sentence after a comma or in
/// parentheses (`hỗ trợ xây nhà 1.250 triệu đồng, sửa đường 980 triệu đồng, tổng 2.330 triệu đồng`), or opening the next
/// sentence (`… sửa đường 980 triệu đồng. Tổng cộng 2.330 triệu đồng.`; `Tổng thu`, `Tổng chi` only after a list that
/// opens with `thu`, `chi`). Each item is a few words naming the amount, then the amount (a measure: money, area, mass…)
/// and nothing after its unit; the list starts where an item stops being one. Read only when the sentence states no
/// amount of that measure before the list (it could be a whole the list splits, or the total could cover it too).
/// </summary>
internal static class ClosingAmounts
{
    private const int MaxNameWords = 12;

    // `, tổng 2.230 triệu đồng`, `(tổng cộng: …)`, `, tổng số tiền là …`, `, cả thảy …`: the words of a total after a list.
    private static readonly string[][] SameSentenceTotals =
        [["tổng", "cộng"], ["tổng", "số", "tiền"], ["tổng", "số"], ["tổng"], ["cả", "thảy"]];

    // A sentence opening with these states the total of the list that ended the sentence before.
    private static readonly string[][] NextSentenceTotals = [["tổng", "cộng"], ["tổng", "số"], ["cộng"], ["tổng", "thu"], ["tổng", "chi"]];

    // `cộng` adds amounts (<see cref="AddedAmounts"/>); `đơn giá`, `định mức`, `mức` name a price for each unit, not an amount spent.
    private static readonly string[] NotAmountWords = ["cộng", "đơn giá", "mức"];

    /// <summary>The sentence's named amounts with their total, or null for none (a list, not an iterator: every sentence passes here).</summary>
    public static List<Breakdown>? Read(Paragraph paragraph, Sentence sentence, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        List<Breakdown>? found = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!TokenNavigation.IsPunctuation(paragraph, i, ',') && !TokenNavigation.IsPunctuation(paragraph, i, '('))
            {
                continue;
            }
            var cue = TokenNavigation.MatchAny(paragraph, TokenNavigation.Next(tokens, i), SameSentenceTotals);
            if (cue >= 0 && Total(paragraph, TokenNavigation.Next(tokens, cue), sentence.EndToken) is { } total
                && NamedAmounts(paragraph, sentence, i, total, options) is { } parts)
            {
                (found ??= []).Add(new Breakdown(total, parts, parts.Count, Exhaustive: true, Closed: true));
            }
        }
        if (FromNextSentence(paragraph, sentence, options) is { } next)
        {
            (found ??= []).Add(next);
        }
        return found;
    }

    /// <summary>`… sửa đường 980 triệu đồng. Tổng cộng 2.330 triệu đồng.`: the list ends this sentence, its total opens the next.</summary>
    private static Breakdown? FromNextSentence(Paragraph paragraph, Sentence sentence, AnalyzerOptions options)
    {
        var sentences = paragraph.Sentences;
        var index = -1;
        for (var k = 0; k < sentences.Count - 1 && index < 0; k++)
        {
            if (sentences[k].FirstToken == sentence.FirstToken)
            {
                index = k;
            }
        }
        if (index < 0)
        {
            return null;
        }
        var following = sentences[index + 1];
        var tokens = paragraph.Tokens;
        var first = following.FirstToken;
        while (first < following.EndToken && tokens[first].Kind.IsTrivia())
        {
            first++;
        }
        var cue = TokenNavigation.MatchAny(paragraph, first, NextSentenceTotals);
        var end = sentence.EndToken - 1;
        while (end > sentence.FirstToken && tokens[end].Kind.IsTrivia())
        {
            end--;
        }
        if (cue < 0 || !PairedCounts.IsSentenceEnd(paragraph, end, sentence.EndToken)
            || Total(paragraph, TokenNavigation.Next(tokens, cue), following.EndToken) is not { } total
            || NamedAmounts(paragraph, sentence, end, total, options) is not { } parts)
        {
            return null;
        }
        // `Tổng thu` closes a list of receipts, `Tổng chi` one of spending: the list must say which.
        var kind = TokenNavigation.Next(tokens, first);
        if (TokenNavigation.IsWordIn(paragraph, kind, ["thu", "chi"]) && !OpensWith(paragraph, sentence, parts[0], paragraph.GetString(tokens[kind])))
        {
            return null;
        }
        return new Breakdown(total, parts, parts.Count, Exhaustive: true, Closed: true);
    }

    /// <summary>
    /// The total after its cue: `[là] [:] N unit`, a measure stated exactly, with nothing after its unit but the end of its
    /// clause (`;`, `,`, `.`, `)`).
    /// </summary>
    private static Figure? Total(Paragraph paragraph, int index, int end)
    {
        var tokens = paragraph.Tokens;
        if (TokenNavigation.IsWord(paragraph, index, "là"))
        {
            index = TokenNavigation.Next(tokens, index);
        }
        if (TokenNavigation.IsPunctuation(paragraph, index, ':'))
        {
            index = TokenNavigation.Next(tokens, index);
        }
        if (index < 0 || index >= end || tokens[index].Kind != TokenKind.Number || BreakdownReader.Plain(paragraph, index) is not { } total
            || !total.Unit.IsMeasure || BreakdownReader.IsPercent(paragraph, index))
        {
            return null;
        }
        var after = TokenNavigation.Next(tokens, total.Unit.LastToken);
        return after < 0 || after >= end || TokenNavigation.IsPunctuation(paragraph, after, ';') || TokenNavigation.IsPunctuation(paragraph, after, ',')
            || TokenNavigation.IsPunctuation(paragraph, after, ')') || PairedCounts.IsSentenceEnd(paragraph, after, end)
            ? total : null;
    }

    /// <summary>
    /// The named amounts that end right before <paramref name="anchor"/>, first to last, when there are two or more and no
    /// amount of their measure comes before them in the sentence; else null.
    /// </summary>
    private static List<Figure>? NamedAmounts(Paragraph paragraph, Sentence sentence, int anchor, Figure total, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var parts = new List<Figure>();
        var itemEnd = anchor;
        var listStart = sentence.FirstToken;
        for (var j = TokenNavigation.Previous(tokens, anchor); ; j = TokenNavigation.Previous(tokens, j))
        {
            var opens = j < sentence.FirstToken || TokenNavigation.IsPunctuation(paragraph, j, ':') || TokenNavigation.IsPunctuation(paragraph, j, ';');
            var boundary = opens || TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsWord(paragraph, j, "và");
            if (!boundary)
            {
                continue;
            }
            var itemStart = j < sentence.FirstToken ? sentence.FirstToken : TokenNavigation.Next(tokens, j);
            if (Item(paragraph, itemStart, itemEnd, total, options) is not { } part)
            {
                listStart = itemStart;
                break;
            }
            parts.Insert(0, part);
            itemEnd = j;
            if (opens)
            {
                // `Dự toán giao 5.000 triệu đồng; đã chi …`: a list of amounts does not run on past a `;` or `:`.
                listStart = itemStart;
                break;
            }
        }
        return parts.Count >= 2 && !AmountBefore(paragraph, sentence.FirstToken, listStart, total, options) ? parts : null;
    }

    /// <summary>
    /// `sửa đường 980 triệu đồng` from <paramref name="start"/> to <paramref name="end"/>: words naming it, then its one amount
    /// in the total's measure, exact, and its unit last; no change, rate or comparison (`tăng`, `so với`, `mỗi`), no other figure.
    /// </summary>
    private static Figure? Item(Paragraph paragraph, int start, int end, Figure total, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var j = start; j >= 0 && j < end; j = TokenNavigation.Next(tokens, j))
        {
            if (tokens[j].Kind.IsTrivia())
            {
                continue;
            }
            if (tokens[j].Kind == TokenKind.Word)
            {
                if (BreakdownReader.StartsPhrase(paragraph, j, BreakdownReader.NotPartCues) || BreakdownReader.StartsPhrase(paragraph, j, NotAmountWords)
                    || ++words > MaxNameWords)
                {
                    return null;
                }
                continue;
            }
            if (tokens[j].Kind != TokenKind.Number || words == 0 || BreakdownReader.IsApproximate(paragraph, j)
                || BreakdownReader.Read(paragraph, j) is not { } part || !QuantityUnit.Agree(total.Unit, part.Unit, options))
            {
                return null; // a figure first, another kind of number, a bracket, a dash
            }
            var after = TokenNavigation.Next(tokens, part.Unit.LastToken);
            return after < 0 || after >= end ? part : null;
        }
        return null;
    }

    /// <summary>The sentence states an amount of the total's measure before the list: a whole it may split, or one the total covers.</summary>
    private static bool AmountBefore(Paragraph paragraph, int from, int listStart, Figure total, AnalyzerOptions options)
    {
        for (var j = from; j >= 0 && j < listStart; j++)
        {
            if (paragraph.Tokens[j].Kind == TokenKind.Number && QuantityUnit.Read(paragraph, j) is { } unit && QuantityUnit.Agree(total.Unit, unit, options))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first part's item names <paramref name="word"/> before its amount: `thu` for `Tổng thu`.</summary>
    private static bool OpensWith(Paragraph paragraph, Sentence sentence, Figure first, string word)
    {
        for (var j = TokenNavigation.Previous(paragraph.Tokens, first.Token); j >= sentence.FirstToken; j = TokenNavigation.Previous(paragraph.Tokens, j))
        {
            if (TokenNavigation.IsWord(paragraph, j, word))
            {
                return true;
            }
            if (paragraph.Tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }
        return false;
    }
}
