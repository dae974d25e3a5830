using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A count broken down in the parentheses right after it (its unit, or a word or two more, before them), each part named
/// before its number, for RL5011: `thi hành kỷ
/// luật 5 đảng viên (khiển trách 2, cảnh cáo 2, cách chức 2)`, `12 chi bộ (chi bộ thôn 8, chi bộ cơ quan 4)`. The
/// parentheses hold nothing but such items, at least two, joined by `,`, `;` or `và`: a name of a few words, maybe a
/// colon, then a whole number no larger than the count (maybe with the count's unit). The parts must make the count.
/// Not a breakdown, so not read: numbers that name their items (`năm 2024: 3`, `thôn 3, thôn 5`, `mã 01`), a change or
/// a share (`tăng 3`, `chiếm 20`), a list left open (`…`, `v.v.`), a figure larger than the count (`dân số 12.000`), and
/// parts named by different attributes of people (`nữ 3, đoàn viên 4`: they overlap, see <see cref="GroupAttributes"/>).
/// </summary>
internal static class BracketedCounts
{
    private const int MaxLabelWords = 6;

    // The word before a number that names its item rather than counts it: `thôn 3`, `tổ 5`, `lớp 9`, `mã 01`.
    internal static readonly string[] NamingWords =
        ["thôn", "tổ", "khu", "xóm", "ấp", "bản", "phường", "quận", "đội", "lớp", "khối", "lô", "thửa", "tờ", "đường", "cụm",
         "phòng", "tầng", "nhà", "căn", "mã", "hạng", "loại", "cấp", "nhóm", "đợt", "đoạn", "bước", "vùng", "km", "tuyến", "trạm",
         "mẫu", "biểu", "phụ", "lục", "độ", "sao"];

    // An item opening with these is a cue, a target or a result, not a part named: `(trong đó …)`, `(kế hoạch 6, thực hiện 5)`.
    private static readonly string[] NotALabel =
        ["trong", "gồm", "bao", "chia", "cụ", "riêng", "ngoài", "như", "có", "đạt", "kế", "chỉ", "mục", "thực", "ước", "cùng", "năm", "kỳ"];

    /// <summary>The sentence's counts split in parentheses, or null for none (a list, not an iterator: every sentence passes here).</summary>
    public static List<Breakdown>? Read(Paragraph paragraph, Sentence sentence, AnalyzerOptions options)
    {
        List<Breakdown>? found = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (TokenNavigation.IsPunctuation(paragraph, i, '(') && CountBefore(paragraph, sentence, i) is { } whole
                && Parts(paragraph, sentence, i, whole, options) is { } parts)
            {
                (found ??= []).Add(new Breakdown(whole, parts, parts.Count, Exhaustive: true, Closed: true));
            }
        }
        return found;
    }

    // Words between the count's unit and the parenthesis: `12 tổ chức đảng (…)`, `20 vụ vi phạm (…)`.
    private const int MaxWordsAfterUnit = 2;

    /// <summary>The exact whole count whose unit ends right before the parenthesis at <paramref name="open"/>, or a word or two before it.</summary>
    private static Figure? CountBefore(Paragraph paragraph, Sentence sentence, int open)
    {
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var j = TokenNavigation.Previous(tokens, open); j >= sentence.FirstToken; j = TokenNavigation.Previous(tokens, j))
        {
            if (tokens[j].Kind == TokenKind.Number)
            {
                return BreakdownReader.Plain(paragraph, j) is { Unit.IsMeasure: false, Decimals: 0 } count && count.Unit.LastToken < open
                    && CountWords(paragraph, count.Unit.LastToken, open) <= MaxWordsAfterUnit ? count : null;
            }
            if (tokens[j].Kind != TokenKind.Word || ++words > MaxWordsAfterUnit + 2)
            {
                return null;
            }
        }
        return null;
    }

    private static int CountWords(Paragraph paragraph, int from, int to)
    {
        var words = 0;
        for (var j = TokenNavigation.Next(paragraph.Tokens, from); j >= 0 && j < to; j = TokenNavigation.Next(paragraph.Tokens, j))
        {
            words++;
        }
        return words;
    }

    /// <summary>The parts in the parentheses at <paramref name="open"/>, when every item is a name and its count; else null.</summary>
    private static List<Figure>? Parts(Paragraph paragraph, Sentence sentence, int open, Figure whole, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var parts = new List<Figure>();
        var labels = new List<IReadOnlyList<int>>();
        var label = new List<int>();
        for (var j = TokenNavigation.Next(tokens, open); j >= 0 && j < sentence.EndToken; j = TokenNavigation.Next(tokens, j))
        {
            var token = tokens[j];
            if (token.Kind is TokenKind.Word or TokenKind.Abbreviation && !BreakdownReader.SaysMore(paragraph, j)
                && !(label.Count == 0 && TokenNavigation.IsWord(paragraph, j, "và") && parts.Count > 0))
            {
                label.Add(j);
                continue;
            }
            if (label.Count == 0 && parts.Count > 0 && (TokenNavigation.IsWord(paragraph, j, "và") || TokenNavigation.IsPunctuation(paragraph, j, ',')
                || TokenNavigation.IsPunctuation(paragraph, j, ';')))
            {
                continue;
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                return label.Count == 0 && parts.Count >= 2 && Distinct(paragraph, labels) && !GroupAttributes.Overlap(paragraph, labels) ? parts : null;
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, ':') && label.Count > 0)
            {
                continue;
            }
            if (token.Kind != TokenKind.Number || Part(paragraph, j, label, whole, options) is not { } part)
            {
                return null; // a bracket, a dash, `…`, a number that is no count of the whole
            }
            parts.Add(part);
            labels.Add(label);
            label = [];
            j = part.Unit.LastToken;
        }
        return null;
    }

    /// <summary>The number at <paramref name="number"/> as a part: named by <paramref name="label"/>, whole, bare or in the whole's unit, no larger than the whole.</summary>
    private static Figure? Part(Paragraph paragraph, int number, List<int> label, Figure whole, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        var text = paragraph.GetText(tokens[number]);
        if (label.Count is 0 or > MaxLabelWords || TokenNavigation.IsWordIn(paragraph, label[0], BreakdownReader.NotPartCues)
            || TokenNavigation.IsWordIn(paragraph, label[0], NotALabel)
            || TokenNavigation.IsWordIn(paragraph, label[^1], NamingWords) || BreakdownReader.IsAfterNotQuantity(paragraph, number)
            || BreakdownReader.IsPercent(paragraph, number) || !VietnameseNumber.TryParseInteger(text, out var value) || value > whole.Value)
        {
            return null;
        }
        var next = TokenNavigation.Next(tokens, number);
        var unit = whole.Unit with { LastToken = number };
        if (next >= 0 && tokens[next].Kind == TokenKind.Word && !TokenNavigation.IsWord(paragraph, next, "và"))
        {
            // `khiển trách 2 đồng chí`: the count's unit after the number, or a word that says the number is no part.
            if (QuantityUnit.Read(paragraph, number) is not { } written || !QuantityUnit.Agree(whole.Unit, written, options))
            {
                return null;
            }
            unit = written;
        }
        return new Figure(number, tokens[number].Span, text.ToString(), value, 0, unit);
    }

    /// <summary>No two items named alike: `thôn Đông 3, thôn Đông 5` are no parts of one count.</summary>
    private static bool Distinct(Paragraph paragraph, List<IReadOnlyList<int>> labels) =>
        labels.Select(words => string.Join(' ', words.Select(w => paragraph.GetString(paragraph.Tokens[w]).ToLowerInvariant()))).Distinct().Count() == labels.Count;
}
