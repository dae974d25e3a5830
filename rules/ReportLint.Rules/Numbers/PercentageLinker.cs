using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>A percentage tied to the part and the whole it is computed from.</summary>
/// <param name="Span">The percentage, `%` included.</param>
/// <param name="PercentSpan">The number of the percentage, `%` excluded.</param>
/// <param name="AlternativeWhole">The ratio's numerator when the part is a subset of it (`X/Y …, trong đó A …`).</param>
internal readonly record struct PercentageLink(
    TextSpan Span, TextSpan PercentSpan, decimal Percent, int Decimals,
    TextSpan PartSpan, long Part, string PartText,
    long Whole, string WholeText, long? AlternativeWhole);

/// <summary>
/// Links a share (`chiếm P%`, `đạt P%`, `(P%)`) to the quantities before it in the same clause
/// (a sentence cut at `;`), or to a ratio opening the parenthesis right after it (`đạt P% (X/Y đảng viên)`):
/// the nearest quantity before it decides. A ratio `X/Y` gives part X and whole Y;
/// a count `A` after a ratio `X/Y` of the same unit gives part A and whole Y (`X/Y chi bộ …, trong
/// đó có A chi bộ …, chiếm P%`); a count after `N <unit>, trong đó` gives whole N.
/// </summary>
internal static class PercentageLinker
{
    /// <summary>True when the percentage is the share rounded (or truncated) to its stated decimals.</summary>
    public static bool Agrees(long part, long whole, decimal percent, int decimals)
    {
        var exact = 100m * part / whole;
        return Math.Round(exact, decimals, MidpointRounding.AwayFromZero) == percent
            || Math.Round(exact, decimals, MidpointRounding.ToZero) == percent;
    }

    // Words before a percentage that state a share of a whole (not a growth such as `tăng 5%`).
    private static readonly string[] ShareCues = ["chiếm", "đạt", "bằng", "lệ", "là"];

    // Words that make a percentage approximate: no exact recomputation applies.
    private static readonly string[] Approximations = ["khoảng", "gần", "hơn", "trên", "dưới", "xấp", "ước", "chừng", "tới", "gần như"];

    // A number after these is a date, a rank or a reference, not a count.
    private static readonly string[] NotCountBefore =
        ["năm", "tháng", "ngày", "quý", "khóa", "khoá", "lần", "thứ", "số", "kỳ", "kì", "đoạn", "điều", "khoản", "điểm",
         "mục", "trang", "phần", "chương", "lúc", "giờ", "tuần", "sáng", "chiều", "tối", "trưa", "đêm", "hôm"];

    // A percentage followed by these measures against a target or another period, not a share.
    private static readonly string[] Targets = ["kế", "chỉ", "so", "dự", "nghị", "cùng", "mục", "yêu"];

    private static readonly string[] TimeUnits = ["tháng", "năm", "ngày", "giờ", "tuần", "quý", "phút", "lần", "tuổi", "nhiệm"];

    public static List<PercentageLink>? Find(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        if (!HasPercent(paragraph, sentence))
        {
            return null;
        }
        List<PercentageLink>? links = null;
        Quantity? ratio = null;
        Quantity? last = null;
        Quantity? lastCount = null;
        var namedRate = false;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (TokenNavigation.IsPunctuation(paragraph, i, ';'))
            {
                ratio = last = lastCount = null; // a new clause
                continue;
            }
            if (token.Kind == TokenKind.Word)
            {
                namedRate |= NamesAnotherRate(paragraph, i);
                continue;
            }
            if (token.Kind != TokenKind.Number)
            {
                continue;
            }
            if (TryPercent(paragraph, i, out var percent, out var decimals, out var percentSpan, out var fullSpan))
            {
                if (last is { } quantity && !namedRate && IsShare(paragraph, i) && !AgainstTarget(paragraph, i)
                    && Link(quantity, ratio, fullSpan, percentSpan, percent, decimals) is { Whole: > 0 } link)
                {
                    (links ??= []).Add(link);
                    last = null; // `(90%), đạt 100% kế hoạch`: a quantity has one share
                }
                else if (IsShare(paragraph, i) && !AgainstTarget(paragraph, i) && RatioInParenthesesAfter(paragraph, sentence, fullSpan) is { } after)
                {
                    // `đạt 96,5% (2.316/2.400 đồng chí)`: the figures follow the share they explain.
                    (links ??= []).Add(new PercentageLink(fullSpan, percentSpan, percent, decimals, after.Span, after.Part, after.PartText,
                        after.Whole!.Value, after.WholeText!, null));
                }
                continue;
            }
            var text = paragraph.GetText(token);
            var slash = text.IndexOf('/');
            if (slash > 0 && text.LastIndexOf('/') == slash)
            {
                if (IsRatio(paragraph, i, text, slash, out var part, out var whole))
                {
                    namedRate = false;
                    ratio = last = new Quantity(new TextSpan(token.Start, slash), part, text[..slash].ToString(), whole,
                        text[(slash + 1)..].ToString(), TokenNavigation.UnitAfter(paragraph, i), null, null);
                }
                continue;
            }
            if (IsCount(paragraph, i, text, out var count))
            {
                var unit = TokenNavigation.UnitAfter(paragraph, i);
                // `N chi bộ, trong đó (có) A chi bộ`: the subset names its whole.
                var container = AfterTrongDo(paragraph, i) && lastCount is { } previous && (ratio is null || ratio.Value.Span.Start < previous.Span.Start)
                    && TokenNavigation.UnitsAgree(previous.Unit, unit) ? previous : (Quantity?)null;
                namedRate = false;
                last = lastCount = new Quantity(token.Span, count, text.ToString(), null, null, unit, container?.Part, container?.PartText);
            }
        }
        return links;
    }

    private static PercentageLink? Link(Quantity quantity, Quantity? ratio, TextSpan fullSpan, TextSpan percentSpan, decimal percent, int decimals)
    {
        if (quantity.Whole is { } whole)
        {
            return new PercentageLink(fullSpan, percentSpan, percent, decimals, quantity.Span, quantity.Part, quantity.PartText, whole, quantity.WholeText!, null);
        }
        if (quantity.ContainerWhole is { } container)
        {
            return new PercentageLink(fullSpan, percentSpan, percent, decimals, quantity.Span, quantity.Part, quantity.PartText, container, quantity.ContainerText!, null);
        }
        if (ratio is { } r && TokenNavigation.UnitsAgree(r.Unit, quantity.Unit))
        {
            return new PercentageLink(fullSpan, percentSpan, percent, decimals, quantity.Span, quantity.Part, quantity.PartText, r.Whole!.Value, r.WholeText!, r.Part);
        }
        return null;
    }

    private static bool HasPercent(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = paragraph.Tokens[i];
            if ((token.Kind == TokenKind.Number && paragraph.Text[token.End - 1] == '%') || TokenNavigation.IsPunctuation(paragraph, i, '%'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>`19,22%` (one token) or `19,22 %`: the number's span and the whole span.</summary>
    public static bool TryPercent(Paragraph paragraph, int index, out decimal value, out int decimals, out TextSpan number, out TextSpan full)
    {
        var token = paragraph.Tokens[index];
        var text = paragraph.GetText(token);
        full = number = token.Span;
        if (text[^1] == '%')
        {
            number = new TextSpan(token.Start, token.Length - 1);
            return VietnameseNumber.TryParseDecimal(text[..^1], out value, out decimals);
        }
        value = 0;
        decimals = 0;
        var next = index + 1 < paragraph.Tokens.Count && paragraph.Tokens[index + 1].Kind == TokenKind.Space ? index + 2 : index + 1;
        if (!TokenNavigation.IsPunctuation(paragraph, next, '%'))
        {
            return false;
        }
        full = TextSpan.FromBounds(token.Start, paragraph.Tokens[next].End);
        return VietnameseNumber.TryParseDecimal(text, out value, out decimals);
    }

    /// <summary>
    /// `tỷ lệ che phủ rừng đạt 42%`: a rate named after the last quantity is another measure, so
    /// the percentage that follows is not a share of it (`đạt tỷ lệ 69,33%`, `tỷ lệ đạt …` still are).
    /// </summary>
    private static bool NamesAnotherRate(Paragraph paragraph, int index)
    {
        if (!TokenNavigation.IsWord(paragraph, index, "lệ"))
        {
            return false;
        }
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        if (!TokenNavigation.IsWord(paragraph, previous, "tỷ") && !TokenNavigation.IsWord(paragraph, previous, "tỉ"))
        {
            return false;
        }
        var next = TokenNavigation.Next(tokens, index);
        return next >= 0 && tokens[next].Kind == TokenKind.Word && !TokenNavigation.IsWordIn(paragraph, next, ShareCues);
    }

    /// <summary>`đạt 100% kế hoạch`, `đạt 95% chỉ tiêu`, `bằng 80% so với cùng kỳ`.</summary>
    private static bool AgainstTarget(Paragraph paragraph, int index)
    {
        var next = TokenNavigation.Next(paragraph.Tokens, index);
        if (TokenNavigation.IsPunctuation(paragraph, next, '%'))
        {
            next = TokenNavigation.Next(paragraph.Tokens, next);
        }
        return TokenNavigation.IsWordIn(paragraph, next, Targets);
    }

    private static bool IsShare(Paragraph paragraph, int index)
    {
        var previous = TokenNavigation.Previous(paragraph.Tokens, index);
        if (TokenNavigation.IsPunctuation(paragraph, previous, '('))
        {
            return true;
        }
        if (TokenNavigation.IsWordIn(paragraph, previous, Approximations)
            || (TokenNavigation.IsWord(paragraph, previous, "như") && TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(paragraph.Tokens, previous), "gần")))
        {
            return false;
        }
        return TokenNavigation.IsWordIn(paragraph, previous, ShareCues);
    }

    /// <summary>A ratio opening the parenthesis right after a percentage: `96,5% (2.316/2.400 đồng chí)`.</summary>
    private static Quantity? RatioInParenthesesAfter(Paragraph paragraph, Sentence sentence, TextSpan percent)
    {
        var tokens = paragraph.Tokens;
        var open = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Start >= percent.End)
            {
                open = tokens[i].Kind == TokenKind.Space && tokens[i].Length == 1 ? i + 1 : i;
                break;
            }
        }
        var number = open + 1;
        if (open < 0 || number >= sentence.EndToken || !TokenNavigation.IsPunctuation(paragraph, open, '(') || tokens[number].Kind != TokenKind.Number)
        {
            return null;
        }
        var text = paragraph.GetText(tokens[number]);
        var slash = text.IndexOf('/');
        if (slash <= 0 || text.LastIndexOf('/') != slash || !VietnameseNumber.TryParseInteger(text[..slash], out var part)
            || !VietnameseNumber.TryParseInteger(text[(slash + 1)..], out var whole) || whole == 0)
        {
            return null;
        }
        return new Quantity(new TextSpan(tokens[number].Start, slash), part, text[..slash].ToString(), whole, text[(slash + 1)..].ToString(),
            TokenNavigation.UnitAfter(paragraph, number), null, null);
    }

    private static bool IsRatio(Paragraph paragraph, int index, ReadOnlySpan<char> text, int slash, out long part, out long whole)
    {
        whole = 0;
        if (!VietnameseNumber.TryParseInteger(text[..slash], out part) || !VietnameseNumber.TryParseInteger(text[(slash + 1)..], out whole) || whole == 0)
        {
            return false;
        }
        // `chiều 14/6`, `số 123/2019`: a date or a reference, not a ratio.
        return !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(paragraph.Tokens, index), NotCountBefore);
    }

    private static bool IsCount(Paragraph paragraph, int index, ReadOnlySpan<char> text, out long value)
    {
        if (!VietnameseNumber.TryParseInteger(text, out value) || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(paragraph.Tokens, index), NotCountBefore))
        {
            return false;
        }
        var next = TokenNavigation.Next(paragraph.Tokens, index);
        return !TokenNavigation.IsWordIn(paragraph, next, TimeUnits);
    }

    private static bool AfterTrongDo(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        if (TokenNavigation.IsWord(paragraph, previous, "có"))
        {
            previous = TokenNavigation.Previous(tokens, previous);
        }
        if (!TokenNavigation.IsWord(paragraph, previous, "đó"))
        {
            return false;
        }
        var before = TokenNavigation.Previous(tokens, previous);
        if (TokenNavigation.IsWord(paragraph, before, "số"))
        {
            before = TokenNavigation.Previous(tokens, before);
        }
        return TokenNavigation.IsWord(paragraph, before, "trong");
    }

    /// <summary>A ratio (Whole set) or a count (Whole null, maybe inside a container named by `trong đó`).</summary>
    private readonly record struct Quantity(TextSpan Span, long Part, string PartText, long? Whole, string? WholeText, string? Unit,
        long? ContainerWhole, string? ContainerText);
}
