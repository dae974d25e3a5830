using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A breakdown of two figures at once: `đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên; cấp
/// xã 4 chi bộ, 15 đảng viên`. Each group names who (a place, a level, a body) and gives one figure of each unit, so the
/// list splits both wholes by who, and each unit is summed on its own and compared with its own whole: a split by who,
/// closed at the sentence's end, is the whole split even after `trong đó` (a sample is `trong đó có`, left alone by the
/// caller). Read only when every group is a label and the two figures and nothing else, there are two groups at least and
/// the list ends the sentence: `…`, `v.v.`, a third figure, a label naming an attribute of people (`nữ`, `dân tộc`: the
/// same people again) or an item that opens another statement (`đã xử lý …`) gives nothing.
/// </summary>
internal static class PairedCounts
{
    private const int MaxWordsBetweenFigures = 4;

    // Sentence-final marks that may close the list.
    private static readonly char[] Ends = ['.', '!', '?'];

    /// <summary>
    /// The two breakdowns when <paramref name="second"/> is the latter of two figures joined by `và` (or a comma) and the
    /// tokens from <paramref name="start"/> to the sentence's end are groups of one figure of each; else null.
    /// </summary>
    public static Breakdown[]? Read(Paragraph paragraph, Sentence sentence, int start, int end, Figure second, AnalyzerOptions options)
    {
        if (end != sentence.EndToken || First(paragraph, sentence, second, options) is not { } first)
        {
            return null;
        }
        var firstParts = new List<Figure>();
        var secondParts = new List<Figure>();
        return Groups(paragraph, start, end, first, second, firstParts, secondParts, options) && firstParts.Count >= 2
            ? [new Breakdown(first, firstParts, firstParts.Count, true), new Breakdown(second, secondParts, secondParts.Count, true)]
            : null;
    }

    /// <summary>The figure of another unit joined to <paramref name="second"/> by `và` or a comma: `6 chi bộ và 23 đảng viên`.</summary>
    private static Figure? First(Paragraph paragraph, Sentence sentence, Figure second, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var join = TokenNavigation.Previous(tokens, second.Token);
        if (!TokenNavigation.IsWord(paragraph, join, "và") && !TokenNavigation.IsPunctuation(paragraph, join, ','))
        {
            return null;
        }
        var words = 0;
        for (var j = TokenNavigation.Previous(tokens, join); j >= sentence.FirstToken; j = TokenNavigation.Previous(tokens, j))
        {
            if (tokens[j].Kind == TokenKind.Number)
            {
                return Figure(paragraph, j) is { } first && first.Unit.LastToken < join && !QuantityUnit.Agree(first.Unit, second.Unit, options)
                    ? first : null;
            }
            if (tokens[j].Kind != TokenKind.Word || ++words > MaxWordsBetweenFigures)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The figure at <paramref name="number"/> when it can be added: exact, not a change, a rate or a share.</summary>
    private static Figure? Figure(Paragraph paragraph, int number) =>
        BreakdownReader.IsPercent(paragraph, number) || BreakdownReader.IsAfterNotQuantity(paragraph, number) ? null
        : BreakdownReader.Plain(paragraph, number);

    /// <summary>Reads the groups `label figure, figure` (split by `;`, `,` or `và`) into the parts of each whole; false when the list is anything else.</summary>
    private static bool Groups(Paragraph paragraph, int start, int end, Figure first, Figure second,
        List<Figure> firstParts, List<Figure> secondParts, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var label = new List<int>();
        Figure? a = null; // the group's first figure
        Figure? b = null;
        var between = false; // the separator between the group's two figures has been read
        var words = 0; // words after the last figure's unit (`tổ chức đảng`)
        var depth = 0;
        for (var j = start; j >= 0 && j < end; j = TokenNavigation.Next(tokens, j))
        {
            depth = BreakdownReader.Depth(paragraph, j, depth);
            var kind = tokens[j].Kind;
            if (depth > 0 || kind.IsTrivia() || TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                continue;
            }
            if (kind == TokenKind.Number)
            {
                if (Figure(paragraph, j) is not { } figure || (a is null ? !IsLabel(paragraph, label) : !between || b is not null))
                {
                    return false;
                }
                if (a is null)
                {
                    a = figure;
                }
                else
                {
                    b = figure;
                }
                words = 0;
                j = figure.Unit.LastToken;
            }
            else if (TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsPunctuation(paragraph, j, ';') || TokenNavigation.IsWord(paragraph, j, "và"))
            {
                if (a is null || (b is null && (between || TokenNavigation.IsPunctuation(paragraph, j, ';'))))
                {
                    return false; // `xã A và xã B 3 chi bộ`, `2 chi bộ; 8 đảng viên`: not one label and two figures
                }
                if (b is null)
                {
                    between = true;
                    continue;
                }
                if (!Add(a.Value, b.Value, first, second, firstParts, secondParts, options))
                {
                    return false;
                }
                (a, b, between) = (null, null, false);
                label.Clear();
            }
            else if (a is null && kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral)
            {
                label.Add(j);
            }
            else if (kind == TokenKind.Word)
            {
                if ((between && b is null) || ++words > MaxWordsBetweenFigures)
                {
                    return false; // the rest of a figure's noun only (`2 tổ chức đảng`), never words before the second figure
                }
            }
            else if (b is null || !IsSentenceEnd(paragraph, j, end))
            {
                return false; // `…`, `v.v.`, a dash
            }
        }
        return a is not null && b is not null && Add(a.Value, b.Value, first, second, firstParts, secondParts, options);
    }

    /// <summary>Adds a group's figures to the parts of the wholes whose units they have, in either order.</summary>
    private static bool Add(Figure a, Figure b, Figure first, Figure second, List<Figure> firstParts, List<Figure> secondParts, AnalyzerOptions options)
    {
        if (QuantityUnit.Agree(first.Unit, a.Unit, options) && QuantityUnit.Agree(second.Unit, b.Unit, options))
        {
            firstParts.Add(a);
            secondParts.Add(b);
            return true;
        }
        if (QuantityUnit.Agree(first.Unit, b.Unit, options) && QuantityUnit.Agree(second.Unit, a.Unit, options))
        {
            firstParts.Add(b);
            secondParts.Add(a);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The words before a group's figures name who: some words, not a sample (`có`, `như`), a change or an estimate
    /// (`tăng`, `khoảng`), another statement (`đã`) or an attribute of people (`nữ`, `đảng viên trẻ`). A body is often
    /// abbreviated (`UBKT Huyện ủy`).
    /// </summary>
    internal static bool IsLabel(Paragraph paragraph, List<int> label) =>
        label.Count > 0 && paragraph.Tokens[label[0]].Kind is TokenKind.Word or TokenKind.Abbreviation
        && !TokenNavigation.IsWordIn(paragraph, label[0], ["có", "như"])
        && !BreakdownReader.StartsPhrase(paragraph, label[0], BreakdownReader.NotPartCues)
        && !BreakdownReader.StartsPhrase(paragraph, label[0], BreakdownReader.ClauseOpeners)
        && !TokenNavigation.IsWordIn(paragraph, label[0], BreakdownReader.Approximations)
        && !GroupAttributes.Names(paragraph, label);

    /// <summary>The mark at <paramref name="index"/> ends the sentence: nothing but spaces after it before <paramref name="end"/>.</summary>
    internal static bool IsSentenceEnd(Paragraph paragraph, int index, int end)
    {
        var token = paragraph.Tokens[index];
        var next = TokenNavigation.Next(paragraph.Tokens, index);
        return token.Kind == TokenKind.Punctuation && token.Length == 1 && Ends.Contains(paragraph.Text[token.Start]) && (next < 0 || next >= end);
    }
}
