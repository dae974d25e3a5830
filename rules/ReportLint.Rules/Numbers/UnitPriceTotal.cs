using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A count, a price for each of its units and the total of the two in one sentence: `hỗ trợ 80 hộ, mỗi hộ 5 triệu đồng,
/// tổng số tiền 400 triệu đồng`, `80 hộ × 5 triệu đồng/hộ = 400 triệu đồng`, `80 hộ với mức 5 triệu đồng/hộ, tổng kinh
/// phí 400 triệu đồng`, `40 bộ bàn ghế, đơn giá 1,2 triệu đồng, thành tiền 48 triệu đồng`. The price is per the count's
/// own noun (`mỗi hộ`, `/hộ`, or the nearest count's after `đơn giá`); the total is the first sum of money after it, after
/// `tổng`, `thành tiền` or `=`, in the same clause. Anything that could make the total hold more than the product gives
/// nothing: another figure between the price and the total, `và`, `kèm`, `ngoài`, `gồm` there (`mỗi hộ 5 triệu đồng và
/// 10 kg gạo, tổng trị giá …`), a price per another unit too (`5 triệu đồng/hộ/tháng`), an approximate or average figure,
/// a range, or a second count of the same noun before the total (`100 hộ, trong đó 80 hộ …`).
/// </summary>
internal static class UnitPriceTotal
{
    /// <summary>The count, the price for each unit of it, the total stated, and the count's noun as the price names it.</summary>
    internal readonly record struct Reading(Figure Count, Figure Price, Figure Total, string Noun);

    // Words before a figure that make it approximate, bounded or an average: no exact product applies.
    private static readonly string[] NotExact = [.. BreakdownReader.Approximations, "từ", "đến", "đa", "thiểu", "quá", "bình", "quân", "trung"];

    // Between the price and the total, these say the total holds something else as well.
    private static readonly string[] OtherThings = ["và", "cùng", "kèm", "kèm theo", "ngoài", "gồm", "cộng", "thêm", "trong đó", "riêng"];

    private const int MaxWordsCountToPrice = 15;
    private const int MaxWordsPriceToTotal = 10;

    /// <summary>
    /// Each count with its price and the total stated after them, or null for none (a list, not an iterator: every
    /// sentence passes here).
    /// </summary>
    public static List<Reading>? Read(Paragraph paragraph, Sentence sentence)
    {
        List<Reading>? found = null;
        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
        {
            if (PricedCountAt(paragraph, sentence, j) is (var count, var price, var noun) && Total(paragraph, sentence, price) is { } total)
            {
                (found ??= []).Add(new Reading(count, price, total, noun));
            }
        }
        return found;
    }

    /// <summary>
    /// Each count with the price for each of its units in <paramref name="sentence"/> (a sentence, or the tokens of a
    /// table cell), with the count's noun as the price names it; the total is the caller's to find.
    /// </summary>
    public static IEnumerable<(Figure Count, Figure Price, string Noun)> PricedCounts(Paragraph paragraph, Sentence sentence)
    {
        for (var j = sentence.FirstToken; j < sentence.EndToken; j++)
        {
            if (PricedCountAt(paragraph, sentence, j) is { } priced)
            {
                yield return priced;
            }
        }
    }

    /// <summary>The price per unit at the number <paramref name="j"/>, with its count and that count's noun, or null.</summary>
    private static (Figure Count, Figure Price, string Noun)? PricedCountAt(Paragraph paragraph, Sentence sentence, int j) =>
        paragraph.Tokens[j].Kind == TokenKind.Number && Price(paragraph, sentence, j) is ({ } price, { } noun)
        && Count(paragraph, sentence, price, noun) is ({ } count, { } counted)
            ? (count, price, counted)
            : null;

    /// <summary>A word of <see cref="OtherThings"/> starts at <paramref name="index"/>: what it adds up to holds more.</summary>
    public static bool AddsOtherThings(Paragraph paragraph, int index) => BreakdownReader.StartsPhrase(paragraph, index, OtherThings);

    /// <summary>
    /// The sum of money at <paramref name="number"/> as a price per unit: `5 triệu đồng/hộ` or `mỗi hộ (được hỗ trợ) 5 triệu
    /// đồng`, with the noun it is per.
    /// </summary>
    private static (Figure? Price, string? Noun) Price(Paragraph paragraph, Sentence sentence, int number)
    {
        var tokens = paragraph.Tokens;
        if (QuantityUnit.Read(paragraph, number) is not { Dimension: "đồng" or "usd" } unit || !Exact(paragraph, number)
            || !VietnameseNumber.TryParseDecimal(paragraph.GetText(tokens[number]), out var value, out var decimals))
        {
            return (null, null);
        }
        var price = new Figure(number, tokens[number].Span, paragraph.GetString(tokens[number]), value, decimals, unit);
        var slash = TokenNavigation.Next(tokens, unit.LastToken);
        if (TokenNavigation.IsPunctuation(paragraph, slash, '/'))
        {
            var noun = TokenNavigation.Next(tokens, slash);
            var after = TokenNavigation.Next(tokens, noun);
            // `mỗi hộ 5 triệu đồng/tháng`, `5 triệu đồng/hộ/năm`: a price per two units.
            return noun >= 0 && tokens[noun].Kind == TokenKind.Word && !TokenNavigation.IsPunctuation(paragraph, after, '/')
                && Each(paragraph, sentence, number) < 0
                ? (price, paragraph.GetString(tokens[noun]).ToLowerInvariant())
                : (null, null);
        }
        if (Each(paragraph, sentence, number) is var each and >= 0)
        {
            return (price, paragraph.GetString(tokens[each]).ToLowerInvariant());
        }
        return AfterUnitPrice(paragraph, number) ? (price, AnyNoun) : (null, null);
    }

    // The noun a price after `đơn giá` is for: the count's own, whatever it is.
    private const string AnyNoun = "";

    /// <summary>`đơn giá 1,2 triệu đồng`, `đơn giá là 1,2 triệu đồng`, `đơn giá: …`: a price for each unit of the count before.</summary>
    private static bool AfterUnitPrice(Paragraph paragraph, int number)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, number);
        if (TokenNavigation.IsWord(paragraph, previous, "là") || TokenNavigation.IsPunctuation(paragraph, previous, ':'))
        {
            previous = TokenNavigation.Previous(tokens, previous);
        }
        return TokenNavigation.IsWord(paragraph, previous, "giá") && TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(tokens, previous), "đơn");
    }

    /// <summary>`mỗi hộ 5 triệu đồng`, `mỗi suất trị giá 500.000 đồng`: the noun after `mỗi` a few words before, no figure between; or -1.</summary>
    private static int Each(Paragraph paragraph, Sentence sentence, int number)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var k = TokenNavigation.Previous(tokens, number); k >= sentence.FirstToken && words < 5; k = TokenNavigation.Previous(tokens, k))
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return -1;
            }
            words++;
            if (TokenNavigation.IsWord(paragraph, k, "mỗi"))
            {
                // `bình quân mỗi hộ`, `trung bình mỗi suất`: an average, not a price that multiplies exactly.
                var noun = TokenNavigation.Next(tokens, k);
                return noun < number && !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, k), NotExact) ? noun : -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// The one count of <paramref name="noun"/> (after `đơn giá`, of the nearest count's noun) before the price in the
    /// sentence, in the same clause, and that noun.
    /// </summary>
    private static (Figure? Count, string? Noun) Count(Paragraph paragraph, Sentence sentence, Figure price, string noun)
    {
        var any = noun == AnyNoun;
        var tokens = paragraph.Tokens;
        Figure? count = null;
        var words = 0;
        var between = true; // still between the price and the nearest figure before it
        for (var k = TokenNavigation.Previous(tokens, price.Token); k >= sentence.FirstToken; k = TokenNavigation.Previous(tokens, k))
        {
            // `đơn giá: 15 triệu đồng`: the colon introduces the price, it does not end the clause.
            var priceColon = any && k == TokenNavigation.Previous(tokens, price.Token);
            if (between && (TokenNavigation.IsPunctuation(paragraph, k, ';') || (TokenNavigation.IsPunctuation(paragraph, k, ':') && !priceColon)))
            {
                return (null, null);
            }
            if (tokens[k].Kind == TokenKind.Word && between && ++words > MaxWordsCountToPrice)
            {
                return (null, null);
            }
            if (tokens[k].Kind != TokenKind.Number)
            {
                continue;
            }
            var next = TokenNavigation.Next(tokens, k);
            if (between && noun == AnyNoun && next >= 0 && tokens[next].Kind == TokenKind.Word)
            {
                noun = paragraph.GetString(tokens[next]).ToLowerInvariant(); // `40 bộ bàn ghế, đơn giá …`: per bộ
            }
            var counted = noun != AnyNoun && TokenNavigation.IsWord(paragraph, next, noun);
            if (!between && any)
            {
                return (null, null); // `40 bộ bàn ghế và 20 tủ sách, đơn giá …`: which count the price is for is unclear
            }
            if (between)
            {
                if (!counted || BreakdownReader.Read(paragraph, k) is not { Unit.IsMeasure: false } figure || !Exact(paragraph, k)
                    || BreakdownReader.IsChange(paragraph, k) || BreakdownReader.IsAfterNotQuantity(paragraph, k))
                {
                    return (null, null); // the nearest figure is not the count: `80 hộ, 3 đợt, mỗi hộ …` is left alone
                }
                count = figure;
                between = false;
            }
            else if (counted)
            {
                return (null, null); // `100 hộ, trong đó 80 hộ …`: which count the price multiplies is unclear
            }
        }
        return (count, count is null ? null : noun);
    }

    /// <summary>The sum of money after the price, after `tổng` (a few words before it) or `=`, in the same clause.</summary>
    private static Figure? Total(Paragraph paragraph, Sentence sentence, Figure price)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        var cue = false;
        var start = TokenNavigation.Next(tokens, price.Unit.LastToken);
        if (TokenNavigation.IsPunctuation(paragraph, start, '/'))
        {
            start = TokenNavigation.Next(tokens, TokenNavigation.Next(tokens, start));
        }
        for (var k = start; k >= 0 && k < sentence.EndToken; k = TokenNavigation.Next(tokens, k))
        {
            if (TokenNavigation.IsPunctuation(paragraph, k, ';') || TokenNavigation.IsPunctuation(paragraph, k, ':')
                || TokenNavigation.IsPunctuation(paragraph, k, '/'))
            {
                return null;
            }
            if (TokenNavigation.IsEquals(paragraph, k) || TokenNavigation.IsWord(paragraph, k, "tổng"))
            {
                cue = true;
                continue;
            }
            if (TokenNavigation.IsWord(paragraph, k, "thành") && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, k), "tiền"))
            {
                cue = true; // `đơn giá 1,2 triệu đồng, thành tiền 48 triệu đồng`: the amount of the count at its price
                k = TokenNavigation.Next(tokens, k);
                continue;
            }
            if (tokens[k].Kind == TokenKind.Word)
            {
                // After `tổng` the words name the total (`tổng cộng`, `tổng số tiền`).
                if ((!cue && BreakdownReader.StartsPhrase(paragraph, k, OtherThings)) || ++words > MaxWordsPriceToTotal)
                {
                    return null;
                }
                continue;
            }
            if (tokens[k].Kind == TokenKind.Number)
            {
                return cue && BreakdownReader.Read(paragraph, k) is { } total && total.Unit.Dimension == price.Unit.Dimension && Exact(paragraph, k)
                    ? total
                    : null;
            }
        }
        return null;
    }

    /// <summary>Not after `khoảng`, `từ`, `tối đa`, `bình quân`… nor after a dash (`3 - 5 triệu đồng`).</summary>
    private static bool Exact(Paragraph paragraph, int number)
    {
        var previous = TokenNavigation.Previous(paragraph.Tokens, number);
        return !TokenNavigation.IsWordIn(paragraph, previous, NotExact) && !TokenNavigation.IsDash(paragraph, previous);
    }
}
