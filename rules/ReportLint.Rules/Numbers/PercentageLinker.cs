using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>A percentage tied to the part and the whole it is computed from.</summary>
/// <param name="Span">The percentage, `%` included.</param>
/// <param name="PercentSpan">The number of the percentage, `%` excluded.</param>
/// <param name="AlternativeWhole">The ratio's numerator when the part may be a subset of it (`X/Y …, trong đó A …`): a second reading.</param>
/// <param name="Slack">How far, relatively, the figures may be from what they stand for: 0 for exact counts, more for a count
/// written with a scale word (`4,15 triệu lượt`, known to 0,005 triệu) or said to be approximate (`khoảng 120 hộ`).</param>
internal readonly record struct PercentageLink(
    TextSpan Span, TextSpan PercentSpan, decimal Percent, int Decimals,
    TextSpan PartSpan, decimal Part, string PartText,
    decimal Whole, string WholeText, decimal? AlternativeWhole, string? AlternativeWholeText, decimal Slack = 0)
{
    /// <summary>The percentage is the share of the whole, or of the alternative whole.</summary>
    public bool Agrees => AgreesWith(Whole) || (AlternativeWhole is { } other && other > 0 && AgreesWith(other));

    /// <summary>The percentage is the part's share of <paramref name="whole"/>, within the slack of the figures.</summary>
    public bool AgreesWith(decimal whole) => PercentageLinker.Agrees(Part, whole, Percent, Decimals, Slack);
}

/// <summary>A count stated as a part of a whole before it, with no percentage needed: `N chi bộ, trong đó (có) A chi bộ`,
/// `Trong số N hộ, có A hộ`, or `X/Y chi bộ …, trong đó A chi bộ` (whole Y: A may be a part of X, which is at most Y).</summary>
internal readonly record struct SubsetLink(TextSpan PartSpan, decimal Part, string PartText, decimal Whole, string WholeText);

/// <summary>What the figures of one sentence say about each other.</summary>
internal sealed record LinkedFigures(List<PercentageLink>? Percentages, List<SubsetLink>? Subsets);

/// <summary>
/// Links a share (`chiếm P%`, `đạt P%`, `(P%)`) to the quantities before it in the same clause
/// (a sentence cut at `;`, unless the next clause goes on with `trong đó`), or to a ratio opening the
/// parenthesis right after it (`đạt P% (X/Y đảng viên)`). A ratio right after the share is its own
/// (`chiếm 40,48% (17/42)`) and wins over the quantity before, unless that one agrees or the share
/// remarks on it from a parenthesis (`312/450 chi bộ (đạt 69,33% …)`); a figure in that parenthesis
/// is never the quantity before a later share.
/// A ratio `X/Y` (`24,5/156,2 tỷ đồng` too) gives part X and whole Y; a count `A` after a ratio `X/Y` of the same unit gives
/// part A and whole Y, or X (`X/Y chi bộ …, trong đó có A chi bộ …, chiếm P%`); a count after
/// `N <unit>, trong đó` (or `trong đó:`) or `Trong số N <unit>,` gives whole N, and so does each
/// later item of that list (`trong đó: nữ 70 đồng chí (37,63%), dân tộc thiểu số 41 đồng chí (22,04%)`), past a `;`
/// too after `trong đó:` or after an item with its share (`trong đó nữ 11 đồng chí, chiếm 39,29%; dân tộc 19 đồng chí, …`).
/// A whole named right after the share (`chiếm 63,7% trong tổng số 430 hộ`, `chiếm 63,7% tổng số hộ (430 hộ)`) wins;
/// a change (`tăng 47 đảng viên`) is never the whole of a later part.
/// After `trong đó` units agree on their head noun (<see cref="UnitHeads"/>), or the part counts a kind of the whole's
/// noun (`1.246 hộ vay, trong đó 318 hộ nghèo`: <see cref="UnitHeads.Covers"/>), or count the same people when the whole is
/// the only count of people before (<see cref="QuantityUnit.CountSamePeople"/>; after `Trong số` too);
/// elsewhere they must agree as written.
/// </summary>
internal static class PercentageLinker
{
    /// <summary>True when the percentage is the share rounded (or truncated) to its stated decimals.</summary>
    public static bool Agrees(decimal part, decimal whole, decimal percent, int decimals) =>
        VietnameseNumber.Written(100m * part / whole, percent, decimals);

    /// <summary>
    /// True when some share within <paramref name="slack"/> (relative) of the exact one could be written as the percentage,
    /// rounded or truncated: `312.000` of `4,15 triệu` is 7,50% to 7,53%, so 7,5% agrees and 9,5% does not.
    /// </summary>
    public static bool Agrees(decimal part, decimal whole, decimal percent, int decimals, decimal slack)
    {
        if (slack == 0)
        {
            return Agrees(part, whole, percent, decimals);
        }
        var exact = 100m * part / whole;
        var step = 1m;
        for (var d = 0; d < decimals; d++)
        {
            step /= 10;
        }
        // The written percentage stands for a share in [percent - step/2, percent + step): rounded, or truncated.
        return percent + step >= exact * (1 - slack) && percent - step / 2 <= exact * (1 + slack);
    }

    // Words before a percentage that state a share of a whole (not a growth such as `tăng 5%`).
    private static readonly string[] ShareCues = ["chiếm", "đạt", "bằng", "lệ", "là"];

    // Words that make a percentage approximate: no exact recomputation applies.
    private static readonly string[] Approximations = ["khoảng", "gần", "hơn", "trên", "dưới", "xấp", "ước", "chừng", "tới", "gần như"];

    // A number after these is a date, a rank, a reference or a label, not a count.
    private static readonly string[] NotCountBefore =
        ["năm", "tháng", "ngày", "quý", "khóa", "khoá", "lần", "thứ", "số", "kỳ", "kì", "đoạn", "điều", "khoản", "điểm",
         "mục", "trang", "phần", "chương", "lúc", "giờ", "tuần", "sáng", "chiều", "tối", "trưa", "đêm", "hôm",
         "độ", "cấp", "loại", "hạng", "bậc", // a level: `mức độ 2`, `cấp 3`, `loại 1`
         "nhóm", "đợt", "vực"]; // a label even where a list item opens: `nhóm 2`, `đợt 3`, `giai đoạn 2`, `khu vực 1`, `lĩnh vực 3`

    // `tổng số`, `trong số`, `thiểu số` before a number: a count, not a reference (`số 123`).
    private static readonly string[] CountBeforeSo = ["tổng", "trong", "thiểu"];

    // A percentage followed by these measures against a target or another period, not a share.
    private static readonly string[] Targets = ["kế", "chỉ", "so", "dự", "nghị", "cùng", "mục", "yêu"];

    private static readonly string[] TimeUnits = ["tháng", "năm", "ngày", "giờ", "tuần", "quý", "phút", "lần", "tuổi", "nhiệm"];

    // How far an approximate count (`khoảng 120 hộ`, `gần 4 triệu lượt`) may be from the true one, relatively.
    private const decimal ApproximateSlack = 0.05m;

    // A verb before the count of a `trong đó` part after a longer label: `trong đó khách quốc tế đạt 312.000 lượt`.
    private static readonly string[] StatingVerbs = ["đạt", "là", "có"];

    // Words allowed between `trong đó` and the count it introduces (`trong đó kết luận 131 đảng viên`).
    private const int MaxWordsAfterTrongDo = 3;

    // Words allowed before the count of a later item of a `trong đó` list (`, người dân tộc thiểu số 41 đồng chí`).
    private const int MaxWordsBeforeListedCount = 6;

    // Words allowed between `trong đó` and a verb stating the part's figure (`trong đó kinh phí sửa chữa trụ sở là …`).
    private const int MaxWordsBeforeStatingVerb = 8;

    // Words before a number that refer to an item, not a figure: `mục 1`, `Phụ lục 2`, `khoản 3`.
    private static readonly string[] ItemReferences = ["mục", "khoản", "điểm", "điều", "phần", "lục", "biểu", "bảng", "số"];

    /// <summary>The percentages of the sentence linked to their figures; null when it has none.</summary>
    public static List<PercentageLink>? Find(Paragraph paragraph, Sentence sentence, AnalyzerOptions options) =>
        HasPercent(paragraph, sentence) ? WalkOnce(paragraph, sentence, options).Percentages : null;

    /// <summary>The percentages and the stated parts of wholes of the sentence; null when it has neither cue.</summary>
    public static LinkedFigures? FindAll(Paragraph paragraph, Sentence sentence, AnalyzerOptions options) =>
        HasPercent(paragraph, sentence) || HasSubsetCue(paragraph, sentence) ? WalkOnce(paragraph, sentence, options) : null;

    private static readonly SyntaxSlot<SentenceFigures> Slot = new();

    /// <summary>The links of each sentence of a paragraph, read at most once for given options. Callers only read them.</summary>
    private sealed class SentenceFigures(AnalyzerOptions options, int sentences)
    {
        public AnalyzerOptions Options { get; } = options;

        public LinkedFigures?[] BySentence { get; } = new LinkedFigures?[sentences];
    }

    /// <summary>
    /// <see cref="Walk"/> once per sentence: RL5001, RL5002 and the section shares of RL5011 each ask for the same sentence.
    /// The walk reads only the paragraph's syntax and the options, so its result is kept with the syntax.
    /// </summary>
    private static LinkedFigures WalkOnce(Paragraph paragraph, Sentence sentence, AnalyzerOptions options)
    {
        var sentences = paragraph.Sentences;
        var index = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i] == sentence)
            {
                index = i;
                break;
            }
        }
        if (index < 0)
        {
            return Walk(paragraph, sentence, options);
        }
        var memo = paragraph.Syntax.GetOrAdd(Slot, (options, sentences.Count), static (_, state) => new SentenceFigures(state.options, state.Count));
        if (!ReferenceEquals(memo.Options, options))
        {
            return Walk(paragraph, sentence, options); // another workspace's options: read afresh
        }
        return memo.BySentence[index] ??= Walk(paragraph, sentence, options);
    }

    private static LinkedFigures Walk(Paragraph paragraph, Sentence sentence, AnalyzerOptions options)
    {
        var tokens = paragraph.Tokens;
        List<PercentageLink>? links = null;
        List<SubsetLink>? subsets = null;
        Quantity? ratio = null;
        Quantity? last = null;
        var lastDepth = 0; // how deep in parentheses `last` was read
        var lastIsAmountOfTarget = false; // `last` is an amount against its target: `giải ngân 1.286,4/5.150 tỷ đồng`
        var lastIsChange = false; // `last` is a change (`giảm 25 hộ`): a percentage right after it is the change's rate (RL5015)
        List<Quantity>? counts = null; // the clause's counts, in order: the container of a part is the last of its unit
        Quantity? opened = null; // `Trong số N <unit>`: the whole of a count still to come
        Quantity? listed = null; // `N <unit>, trong đó A …, B …`: the whole of the parts listed after `trong đó`
        Quantity? item = null; // the last part of that list: a later item may be a part of it rather than of the whole
        var enumerated = false; // `trong đó:` opens a list whose items may be cut by `;`
        var itemShared = false; // the clause's list item has a share: `trong đó nữ 11 đồng chí, chiếm 39,29%; …` may go on after `;`
        var namedRate = false;
        Share? unpaired = null; // the clause's last share with no figures yet: `bằng 12,5% số chi bộ hoàn thành tốt (5/40)`
        var explained = -1; // the token of a ratio read as the figures of the share before it, a few words back
        var depth = 0; // inside parentheses: `đạt 103,33% chỉ tiêu (180 đảng viên)`, `66/68 TCCSĐ (2 TCCSĐ mới thành lập)`
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (TokenNavigation.IsPunctuation(paragraph, i, '('))
            {
                depth++;
                continue;
            }
            if (TokenNavigation.IsPunctuation(paragraph, i, ')'))
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (TokenNavigation.IsPunctuation(paragraph, i, ';'))
            {
                // A new clause has figures of its own, unless it goes on about the last ones (`…, đạt 95,51%; trong đó có 47 …`).
                if (!StartsWithTrongDo(paragraph, i))
                {
                    ratio = last = opened = null;
                    unpaired = null;
                    counts?.Clear();
                    if (!enumerated && !itemShared)
                    {
                        listed = item = null;
                    }
                    itemShared = false;
                }
                continue;
            }
            if (TokenNavigation.IsPunctuation(paragraph, i, ':'))
            {
                enumerated |= ClosesTrongDo(paragraph, TokenNavigation.Previous(tokens, i));
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
                // `giải ngân 1.286,4/5.150 tỷ đồng, đạt 27,3% kế hoạch`: the ratio of an amount is its share of the target.
                var againstTarget = AgainstTarget(paragraph, i);
                // A ratio right after the percentage says what it is a share of, whatever the word before (`giảm còn 2,19% (65/2.235 hộ)`);
                // a share stated as one may give it a few words later (`chiếm 65% tổng số xã toàn huyện (25/40 xã)`).
                var isShare = IsShare(paragraph, i);
                var ownToken = againstTarget ? -1 : ShareRatio.After(paragraph, sentence, fullSpan, isShare, options);
                var own = ownToken < 0 ? (Quantity?)null : RatioAt(paragraph, ownToken);
                if (!(isShare || (own is not null && !IsApproximate(paragraph, i)))
                    || (againstTarget && !(lastIsAmountOfTarget && depth == lastDepth)) || ComparisonReference(paragraph, i)
                    || ThresholdOrRating.IsPercentLimit(paragraph, i) || (lastIsChange && last is { Whole: null } && own is null))
                {
                    // `876/1.210 trẻ …, đạt 72,40% kế hoạch năm, …`: the ratio has its percentage (read as against the plan),
                    // so no later percentage is its share.
                    if (last is { Whole: { } ratioWhole } stated && Agrees(stated.Part, ratioWhole, percent, decimals))
                    {
                        last = null;
                    }
                    continue;
                }
                PercentageLink? before = null;
                if (last is { Whole: null } amount && !namedRate && TotalNamedAfter(paragraph, sentence, i, amount) is { } total)
                {
                    // `…, trong đó chi thiết bị là 85.000.000 đồng, chiếm 40% tổng kinh phí`: the total stated under that name.
                    before = new PercentageLink(fullSpan, percentSpan, percent, decimals, amount.Span, amount.Part, amount.PartText,
                        total.Whole, total.Text, null, null);
                }
                else if (last is { Whole: null } counted && !namedRate && WholeNamedAfter(paragraph, sentence, i, counted.Unit, options) is { } named)
                {
                    // `274 hộ tham gia, chiếm 63,7% trong tổng số 430 hộ`: the whole named after the share wins over any before it.
                    before = new PercentageLink(fullSpan, percentSpan, percent, decimals, counted.Span, counted.Part, counted.PartText,
                        named.Whole, named.Text, null, null);
                }
                else if (last is { } quantity && !namedRate && !NamesAnotherWhole(paragraph, i, quantity.Unit)
                    && Link(quantity, ratio, fullSpan, percentSpan, percent, decimals, options) is { Whole: > 0 } found)
                {
                    before = found;
                }
                // `đạt 96,5% (2.316/2.400 đồng chí)`: the figures follow the share they explain, and are no figures of a later one.
                explained = ownToken;
                var after = own is { } ratioAfter
                    ? new PercentageLink(fullSpan, percentSpan, percent, decimals, ratioAfter.Span, ratioAfter.Part, ratioAfter.PartText,
                        ratioAfter.Whole!.Value, ratioAfter.WholeText!, null, null)
                    : (PercentageLink?)null;
                if (Choose(before, after, depth > lastDepth) is { } link)
                {
                    (links ??= []).Add(link);
                    itemShared |= item is { } shared && link.PartSpan == shared.Span;
                    last = null; // `(90%), đạt 100% kế hoạch`: a quantity has one share
                    unpaired = null;
                }
                else
                {
                    unpaired = new Share(percent, decimals);
                }
                continue;
            }
            if (i == explained || ExplainsPercent(paragraph, i))
            {
                continue; // `chiếm 35,71% (15/42), … chiếm 40,48%`: 15/42 is the first share's, not a figure for the next
            }
            var text = paragraph.GetText(token);
            var slash = text.IndexOf('/');
            if (slash > 0 && text.LastIndexOf('/') == slash)
            {
                if (IsRatio(paragraph, i, text, slash, out var part, out var whole))
                {
                    namedRate = false;
                    lastDepth = depth;
                    lastIsAmountOfTarget = QuantityUnit.Read(paragraph, i) is { IsMeasure: true };
                    lastIsChange = false;
                    ratio = last = new Quantity(new TextSpan(token.Start, slash), part, text[..slash].ToString(), whole,
                        text[(slash + 1)..].ToString(), TokenNavigation.UnitAfter(paragraph, i), null, null, false, null, 0, 0);
                    if (unpaired is { } share && Agrees(part, whole, share.Percent, share.Decimals))
                    {
                        // The figures of the share stated before (`bằng 12,5% số chi bộ hoàn thành tốt (5/40)`): a quantity
                        // has one share, so no later percentage (`thấp hơn tỷ lệ 15% của năm trước`) is its share.
                        last = null;
                        unpaired = null;
                    }
                }
                continue;
            }
            if (CountAt(paragraph, i, text) is { } read)
            {
                var (count, countText, unit, slack) = read;
                var subset = AfterTrongDo(paragraph, i);
                var container = Container(subset, unit, counts, ratio, options);
                if (container is null && opened is { } whole
                    && (UnitHeads.Agree(whole.Unit, unit, options) || QuantityUnit.CountSamePeople(whole.Unit, unit, options)))
                {
                    container = whole; // `Trong số 48 chi bộ, có 12 chi bộ …`, `Trong tổng số 486 đảng viên, có 458 đồng chí …`
                    opened = null;
                    subset = true;
                }
                Quantity? nested = null;
                if (depth == 0)
                {
                    if (subset && container is not null)
                    {
                        listed = container;
                        item = null;
                    }
                    else if (!subset && listed is { } list && unit is not null && OpensListItem(paragraph, i, lastItem: item is not null)
                             && (UnitHeads.Agree(list.Unit, unit, options) || QuantityUnit.CountSamePeople(list.Unit, unit, options)
                                 || QuantityUnit.CountBySex(list.Unit, unit, options)))
                    {
                        container = list; // `trong đó: nữ 70 đồng chí (37,63%), dân tộc thiểu số 41 đồng chí (22,04%)`
                        subset = true;
                        nested = item is { } previous && previous.Part >= count && UnitHeads.Agree(previous.Unit, unit, options) ? previous : null;
                    }
                }
                namedRate = false;
                var quantity = new Quantity(token.Span, count, countText, null, null, unit, container?.Part, container?.PartText, subset, nested?.Part,
                    slack, container?.Slack ?? 0);
                if (listed is not null && container == listed && depth == 0)
                {
                    item = quantity;
                }
                last = quantity;
                lastDepth = depth;
                lastIsAmountOfTarget = false;
                lastIsChange = BreakdownReader.IsChange(paragraph, i);
                // An aside in parentheses (a target, an exception) contains no later part, nor does a change (`tăng 47 đảng viên`).
                if (depth == 0 && !lastIsChange)
                {
                    (counts ??= []).Add(quantity);
                }
                if (AfterTrongSo(paragraph, i))
                {
                    opened = quantity;
                }
                if (subset && unit is not null && StatedWhole(container, ratio, unit, options) is { } stated)
                {
                    (subsets ??= []).Add(new SubsetLink(token.Span, count, quantity.PartText, stated.Whole, stated.Text));
                }
            }
        }
        return new LinkedFigures(links, subsets);
    }

    /// <summary>
    /// `N chi bộ, trong đó (có) A chi bộ`: the count before `trong đó` that names the subset's whole, the last of the
    /// part's unit (`12 dự án với tổng vốn 4.350 tỷ đồng, trong đó 2 dự án`: the amount between is another measure).
    /// </summary>
    private static Quantity? Container(bool subset, string? unit, List<Quantity>? counts, Quantity? ratio, AnalyzerOptions options)
    {
        if (!subset || counts is null)
        {
            return null;
        }
        var first = 0;
        while (first < counts.Count && ratio is { } r && counts[first].Span.Start < r.Span.Start)
        {
            first++;
        }
        for (var k = counts.Count - 1; k >= first; k--)
        {
            if (UnitHeads.Agree(counts[k].Unit, unit, options))
            {
                return counts[k];
            }
        }
        // `1.246 hộ vay, trong đó 318 hộ nghèo`: the last count whose noun the part counts a kind of.
        for (var k = counts.Count - 1; k >= first; k--)
        {
            if (UnitHeads.Covers(counts[k].Unit, unit, options))
            {
                return counts[k];
            }
        }
        // `186 đảng viên; trong đó: nữ 70 đồng chí`: đồng chí counts the đảng viên, when no other count of people could be the whole;
        // so does `nam` or `nữ` (`120 đoàn viên, gồm 70 nam`).
        Quantity? people = null;
        for (var k = first; k < counts.Count; k++)
        {
            if (QuantityUnit.CountSamePeople(counts[k].Unit, unit, options) || QuantityUnit.CountBySex(counts[k].Unit, unit, options))
            {
                if (people is not null)
                {
                    return null;
                }
                people = counts[k];
            }
        }
        return people;
    }

    /// <summary>
    /// The whole a subset may not exceed: its container, or the denominator of the ratio before it. With no percentage to
    /// confirm the link, both units must be written and share their head noun (<see cref="UnitHeads.SameHead"/>).
    /// </summary>
    private static (decimal Whole, string Text)? StatedWhole(Quantity? container, Quantity? ratio, string unit, AnalyzerOptions options)
    {
        if (container is { } c)
        {
            // `khoảng 4 triệu lượt`: a rounded or approximate whole proves no part exceeds it.
            return c.Slack == 0 && UnitHeads.SameHead(c.Unit, unit, options) ? (c.Part, c.PartText) : null;
        }
        return ratio is { } r && UnitHeads.SameHead(r.Unit, unit, options) ? (r.Whole!.Value, r.WholeText!) : null;
    }

    private static PercentageLink? Link(Quantity quantity, Quantity? ratio, TextSpan fullSpan, TextSpan percentSpan, decimal percent, int decimals,
        AnalyzerOptions options)
    {
        if (quantity.Whole is { } whole)
        {
            return new PercentageLink(fullSpan, percentSpan, percent, decimals, quantity.Span, quantity.Part, quantity.PartText, whole, quantity.WholeText!, null, null);
        }
        if (quantity.ContainerWhole is { } container)
        {
            // `40 hồ sơ, trong đó 25 hồ sơ hợp lệ, 20 hồ sơ được chấp thuận (80%)`: a share of the item before is no slip.
            return quantity.NestedWhole is { } nested && Agrees(quantity.Part, nested, percent, decimals) ? null
                : new PercentageLink(fullSpan, percentSpan, percent, decimals, quantity.Span, quantity.Part, quantity.PartText, container, quantity.ContainerText!, null, null,
                    quantity.Slack + quantity.ContainerSlack);
        }
        // A count after a ratio: the same unit as written, or the same head noun when `trong đó` says it is a part.
        if (ratio is { } r && (quantity.Subset ? UnitHeads.Agree(r.Unit, quantity.Unit, options) : TokenNavigation.UnitsAgree(r.Unit, quantity.Unit)))
        {
            return new PercentageLink(fullSpan, percentSpan, percent, decimals, quantity.Span, quantity.Part, quantity.PartText, r.Whole!.Value, r.WholeText!,
                r.Part, r.PartText);
        }
        return null;
    }

    /// <summary>
    /// The link of a share with a figure before it and a ratio in parentheses after it: the ratio after is the share's own
    /// (`… chiếm 35,71% (15/42), … chiếm 40,48% (17/42)`), unless the figure before agrees (`312/450 …, đạt 69,33% (300/450
    /// năm trước)`) or the share sits in a parenthesis opened after that figure, so remarks on it (`312/450 chi bộ (đạt …`).
    /// </summary>
    private static PercentageLink? Choose(PercentageLink? before, PercentageLink? after, bool remarksOnBefore)
    {
        if (before is not { } b || after is null || remarksOnBefore || b.Agrees)
        {
            return before ?? after;
        }
        return after;
    }

    /// <summary>The number opens the parenthesis right after a percentage (`40,48% (17/42)`, `35,71% (15 người)`): it explains that share.</summary>
    private static bool ExplainsPercent(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var open = TokenNavigation.Previous(tokens, index);
        if (!TokenNavigation.IsPunctuation(paragraph, open, '('))
        {
            return false;
        }
        var previous = TokenNavigation.Previous(tokens, open);
        return previous >= 0 && (TokenNavigation.IsPunctuation(paragraph, previous, '%')
            || (tokens[previous].Kind == TokenKind.Number && paragraph.Text[tokens[previous].End - 1] == '%'));
    }

    /// <summary>
    /// The count opens an item of a list: after `,`, `;` or `:` (or `và` once the list has an item, so it opens the
    /// <paramref name="lastItem"/>: `gồm 70 nam (58,3%) và 50 nữ (41,7%)`) come at most a few words naming the item (`người dân tộc
    /// thiểu số 41 đồng chí`), none saying the figure is a change, a comparison or an estimate (`tăng 12 đồng chí`), and
    /// the item does not open another statement (`, đã giải quyết 15 đơn`: see <see cref="BreakdownReader.ClauseOpeners"/>).
    /// </summary>
    private static bool OpensListItem(Paragraph paragraph, int index, bool lastItem)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        var label = -1; // the item's first word
        // An amount's label may name where it comes from at length, as after `trong đó` (`vốn đối ứng của xã huy động 1.400 triệu đồng`).
        var maxWords = QuantityUnit.Read(paragraph, index) is { IsMeasure: true } ? MaxWordsBeforeStatingVerb : MaxWordsBeforeListedCount;
        for (var words = 0; words <= maxWords; words++)
        {
            if (TokenNavigation.IsPunctuation(paragraph, previous, ',') || TokenNavigation.IsPunctuation(paragraph, previous, ';')
                || TokenNavigation.IsPunctuation(paragraph, previous, ':') || (lastItem && TokenNavigation.IsWord(paragraph, previous, "và")))
            {
                return label < 0 || !BreakdownReader.StartsPhrase(paragraph, label, BreakdownReader.ClauseOpeners);
            }
            if (previous < 0 || tokens[previous].Kind != TokenKind.Word || BreakdownReader.StartsPhrase(paragraph, previous, BreakdownReader.NotPartCues))
            {
                return false;
            }
            label = previous;
            previous = TokenNavigation.Previous(tokens, previous);
        }
        return false;
    }

    /// <summary>`trong đó` or `trong đó có` ends at <paramref name="index"/>: a `:` after it opens a list.</summary>
    private static bool ClosesTrongDo(Paragraph paragraph, int index)
    {
        if (TokenNavigation.IsWord(paragraph, index, "có"))
        {
            index = TokenNavigation.Previous(paragraph.Tokens, index);
        }
        return EndsSubsetCue(paragraph, index);
    }

    /// <summary>
    /// <paramref name="index"/> closes `trong đó`, `trong số đó`, or `gồm` (`bao gồm`) after a figure and a comma or a colon:
    /// `Tổng số đảng viên: 45 đồng chí, gồm …` lists the parts of that figure as `trong đó` does.
    /// </summary>
    private static bool EndsSubsetCue(Paragraph paragraph, int index)
    {
        if (TokenNavigation.IsWord(paragraph, index, "đó"))
        {
            return EndsTrongDo(paragraph, index);
        }
        if (!TokenNavigation.IsWord(paragraph, index, "gồm"))
        {
            return false;
        }
        var before = TokenNavigation.Previous(paragraph.Tokens, index);
        if (TokenNavigation.IsWord(paragraph, before, "bao"))
        {
            before = TokenNavigation.Previous(paragraph.Tokens, before);
        }
        return TokenNavigation.IsPunctuation(paragraph, before, ',') || TokenNavigation.IsPunctuation(paragraph, before, ':');
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

    // Words that compare with another figure: `cao hơn`, `thấp hơn`, `so với`, `cùng kỳ`.
    private static readonly string[] ComparisonCues = ["so với", "cùng kỳ", "cùng kì", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "lớn hơn", "nhỏ hơn"];

    // A number after these is a date: `cùng kỳ năm 2023`, `so với quý 3`.
    private static readonly string[] DateWords = ["năm", "tháng", "ngày", "quý", "kỳ", "kì"];

    // Words allowed between a comparison and the parenthesis that gives the figure compared with (`so với cùng kỳ năm 2023 (70,96%)`).
    private const int MaxWordsBeforeReference = 8;

    /// <summary>
    /// `cao hơn cùng kỳ năm 2023 (70,96%)`, `so với năm trước (68,2%)`: a percentage in parentheses after a comparison is the
    /// figure compared with, never a share. Only words and dates may stand between: `so với năm trước còn 52/1.876 hộ (2,8%)` is a share.
    /// </summary>
    private static bool ComparisonReference(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        if (!TokenNavigation.IsPunctuation(paragraph, previous, '('))
        {
            return false;
        }
        previous = TokenNavigation.Previous(tokens, previous);
        for (var words = 0; words < MaxWordsBeforeReference && previous >= 0; words++)
        {
            if (tokens[previous].Kind == TokenKind.Word)
            {
                if (BreakdownReader.StartsPhrase(paragraph, previous, ComparisonCues))
                {
                    return true;
                }
            }
            else if (tokens[previous].Kind != TokenKind.Number || !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, previous), DateWords))
            {
                return false; // a count or a ratio (`còn 52/1.876 hộ (2,8%)`): the percentage is its share
            }
            previous = TokenNavigation.Previous(tokens, previous);
        }
        return false;
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

    /// <summary>
    /// `…; trong đó 7.802 người là hội viên, chiếm 25,0% tổng số HVPN`: the whole is named after the share and it is
    /// not the count before (whose unit is `người`), so the share is of a figure elsewhere.
    /// </summary>
    private static bool NamesAnotherWhole(Paragraph paragraph, int index, string? unit)
    {
        var tokens = paragraph.Tokens;
        if (TongSoAfterShare(paragraph, index) is not { } so)
        {
            return false;
        }
        var named = TokenNavigation.Next(tokens, so);
        if (named < 0 || tokens[named].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }
        var head = paragraph.GetString(tokens[named]).ToLowerInvariant();
        return unit is null || !(unit == head || unit.StartsWith(head + " ", StringComparison.Ordinal));
    }

    /// <summary>The `số` of `tổng số` right after a share (`chiếm 25% tổng số`, `63,7% trong tổng số`), or null.</summary>
    private static int? TongSoAfterShare(Paragraph paragraph, int percentIndex)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, percentIndex);
        if (TokenNavigation.IsPunctuation(paragraph, next, '%'))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (TokenNavigation.IsWordIn(paragraph, next, WholeAfterShareCues))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (!TokenNavigation.IsWord(paragraph, next, "tổng"))
        {
            return null;
        }
        next = TokenNavigation.Next(tokens, next);
        return TokenNavigation.IsWord(paragraph, next, "số") ? next : null;
    }

    /// <summary>
    /// The whole named right after a share of a count: `chiếm 63,7% (trong|trên|của) tổng số 430 hộ` or `chiếm 63,7% tổng số
    /// hộ (430 hộ)`. Its unit must be written and agree with the count's, which must be written too.
    /// </summary>
    private static (decimal Whole, string Text)? WholeNamedAfter(Paragraph paragraph, Sentence sentence, int percentIndex, string? partUnit,
        AnalyzerOptions options)
    {
        if (partUnit is null)
        {
            return null;
        }
        var tokens = paragraph.Tokens;
        if (TongSoAfterShare(paragraph, percentIndex) is not { } so)
        {
            return null;
        }
        var number = TokenNavigation.Next(tokens, so);
        string? unit;
        if (number >= 0 && tokens[number].Kind == TokenKind.Number)
        {
            unit = TokenNavigation.UnitAfter(paragraph, number); // `tổng số 430 hộ`
        }
        else
        {
            // `tổng số hộ (430 hộ)`: a few words name the whole, the parenthesis gives its figure and nothing else.
            // The figure's own unit, when written, is the one to compare (`tổng số hộ dân (430 hộ)`).
            var named = TokenNavigation.UnitAfter(paragraph, so);
            number = ParenthesizedCountAfter(paragraph, so);
            unit = number < 0 ? null : TokenNavigation.UnitAfter(paragraph, number) ?? named;
            if (unit is null || !UnitHeads.Agree(named, unit, options))
            {
                return null;
            }
        }
        if (number < 0 || number >= sentence.EndToken || unit is null
            || !VietnameseNumber.TryParseInteger(paragraph.GetText(tokens[number]), out var whole) || whole <= 0
            || !(UnitHeads.Agree(unit, partUnit, options) || QuantityUnit.CountSamePeople(unit, partUnit, options)))
        {
            return null;
        }
        return (whole, paragraph.GetString(tokens[number]));
    }

    /// <summary>
    /// The whole a share names by a total's name (`chiếm 40% tổng kinh phí`, `tổng vốn`, `tổng thu`, `tổng chi`, `tổng mức
    /// đầu tư`, `tổng số tiền`): the one amount the sentence states under that same name before the part (`Tổng kinh phí
    /// dự kiến là 212.500.000 đồng`), in the part's own unit. None when the name is stated with no figure or with two.
    /// </summary>
    private static (decimal Whole, string Text)? TotalNamedAfter(Paragraph paragraph, Sentence sentence, int percentIndex, Quantity part)
    {
        var tokens = paragraph.Tokens;
        var tong = TokenNavigation.Next(tokens, percentIndex);
        if (TokenNavigation.IsPunctuation(paragraph, tong, '%'))
        {
            tong = TokenNavigation.Next(tokens, tong);
        }
        if (TokenNavigation.IsWordIn(paragraph, tong, WholeAfterShareCues))
        {
            tong = TokenNavigation.Next(tokens, tong);
        }
        // The name ends the clause (`tổng kinh phí.`): `tổng kinh phí sự nghiệp` names another total.
        if (part.Unit is null || TotalName.After(paragraph, tong, TotalNames) is not { } name
            || TokenNavigation.Next(tokens, name.End) is var after && after >= 0 && after < sentence.EndToken && tokens[after].Kind == TokenKind.Word)
        {
            return null;
        }
        (decimal Whole, string Text)? found = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken && tokens[i].Start < part.Span.Start; i++)
        {
            if (TotalName.After(paragraph, i, TotalNames) is not { } stated
                || !ReferenceEquals(stated.Words, name.Words))
            {
                continue;
            }
            if (found is not null || FigureStatedAfter(paragraph, stated.End) is not { } number
                || TokenNavigation.UnitAfter(paragraph, number) is not { } unit || !TokenNavigation.UnitsAgree(unit, part.Unit)
                || !VietnameseNumber.TryParseDecimal(paragraph.GetText(tokens[number]), out var whole, out _) || whole <= 0)
            {
                return null;
            }
            found = (whole, paragraph.GetString(tokens[number]));
        }
        return found;
    }

    /// <summary>
    /// The figure a total's name states right after it (`là 212.500.000`, `dự kiến là …`, `được duyệt: …`), or null:
    /// any other word after the name (`tổng kinh phí sự nghiệp là …`) makes it another total.
    /// </summary>
    private static int? FigureStatedAfter(Paragraph paragraph, int nameEnd)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, nameEnd);
        while (TokenNavigation.IsWordIn(paragraph, next, EstimateWords))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (!(TokenNavigation.IsWordIn(paragraph, next, StatingVerbs) || TokenNavigation.IsPunctuation(paragraph, next, ':')))
        {
            return null;
        }
        var number = TokenNavigation.Next(tokens, next);
        return number >= 0 && tokens[number].Kind == TokenKind.Number ? number : null;
    }

    // Words between a total's name and the verb stating it: `dự kiến`, `được duyệt`, `ước tính`.
    private static readonly string[] EstimateWords = ["dự", "kiến", "được", "duyệt", "ước", "tính"];

    // The names of totals a share may name its whole by; `tổng số` alone is a count's, read by <see cref="WholeNamedAfter"/>.
    private static readonly string[][] TotalNames =
        [["mức", "đầu", "tư"], ["số", "tiền"], ["kinh", "phí"], ["vốn"], ["thu"], ["chi"]];

    // `chiếm 63,7% trong tổng số 430 hộ`: words between a share and the whole it names.
    private static readonly string[] WholeAfterShareCues = ["của", "trên", "trong"];

    // Words allowed between `tổng số` and the parenthesis that gives the whole's figure (`tổng số hộ dân toàn xã (430 hộ)`).
    private const int MaxWordsNamingWhole = 4;

    /// <summary>The count alone in a parenthesis a few words after <paramref name="index"/>: `hộ dân (430 hộ)`; -1 when none.</summary>
    private static int ParenthesizedCountAfter(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, index);
        for (var words = 0; words < MaxWordsNamingWhole && next >= 0 && tokens[next].Kind == TokenKind.Word; words++)
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (!TokenNavigation.IsPunctuation(paragraph, next, '('))
        {
            return -1;
        }
        var number = TokenNavigation.Next(tokens, next);
        if (number < 0 || tokens[number].Kind != TokenKind.Number)
        {
            return -1;
        }
        // Only the figure and its unit: `(năm 2023: 430 hộ)`, `(430 hộ, tăng 12 hộ)` say more than the whole.
        var close = TokenNavigation.Next(tokens, number);
        for (var words = 0; words < 2 && close >= 0 && tokens[close].Kind == TokenKind.Word; words++)
        {
            close = TokenNavigation.Next(tokens, close);
        }
        return TokenNavigation.IsPunctuation(paragraph, close, ')') ? number : -1;
    }

    private static bool IsShare(Paragraph paragraph, int index)
    {
        var previous = TokenNavigation.Previous(paragraph.Tokens, index);
        if (TokenNavigation.IsPunctuation(paragraph, previous, '(') || WrittenRatioResult(paragraph, previous))
        {
            return true;
        }
        return !IsApproximate(paragraph, index) && TokenNavigation.IsWordIn(paragraph, previous, ShareCues);
    }

    /// <summary>`× 100` in `36/40 × 100 = 90%`: a factor, not a count.</summary>
    private static bool IsTimesHundred(Paragraph paragraph, int previous, ReadOnlySpan<char> text) =>
        text.SequenceEqual("100") && IsTimes(paragraph, previous);

    private static bool IsTimes(Paragraph paragraph, int index) =>
        index >= 0 && paragraph.Tokens[index].Length == 1 && paragraph.Text[paragraph.Tokens[index].Start] is 'x' or 'X' or '×' or '*';

    /// <summary>
    /// The `=` at <paramref name="equals"/> gives a ratio's share as its result: `36/40 = 90%`, `36/40 x 100% = 90%`. The
    /// ratio is the last quantity read, so the share links to it like `chiếm 90%` would.
    /// </summary>
    private static bool WrittenRatioResult(Paragraph paragraph, int equals)
    {
        if (!TokenNavigation.IsEquals(paragraph, equals))
        {
            return false;
        }
        var tokens = paragraph.Tokens;
        var before = TokenNavigation.Previous(tokens, equals);
        if (TokenNavigation.IsPunctuation(paragraph, before, '%'))
        {
            before = TokenNavigation.Previous(tokens, before);
        }
        if (before >= 0 && tokens[before].Kind == TokenKind.Number && paragraph.GetText(tokens[before]) is var hundred
            && (hundred.SequenceEqual("100%") || hundred.SequenceEqual("100")))
        {
            // `36/40 x 100% = 90%`, `36/40 × 100 = 90%`: the times sign, then the ratio.
            var times = TokenNavigation.Previous(tokens, before);
            if (!IsTimes(paragraph, times))
            {
                return false;
            }
            before = TokenNavigation.Previous(tokens, times);
        }
        return before >= 0 && tokens[before].Kind == TokenKind.Number && paragraph.GetText(tokens[before]).Count('/') == 1;
    }

    /// <summary>`khoảng 30%`, `gần như 100%`: no exact share to recompute.</summary>
    private static bool IsApproximate(Paragraph paragraph, int index)
    {
        var previous = TokenNavigation.Previous(paragraph.Tokens, index);
        return TokenNavigation.IsWordIn(paragraph, previous, Approximations)
            || (TokenNavigation.IsWord(paragraph, previous, "như") && TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(paragraph.Tokens, previous), "gần"));
    }

    /// <summary>The ratio at <paramref name="number"/> that <see cref="ShareRatio.After"/> found after a share.</summary>
    private static Quantity RatioAt(Paragraph paragraph, int number)
    {
        var tokens = paragraph.Tokens;
        var text = paragraph.GetText(tokens[number]);
        var slash = text.IndexOf('/');
        TryRatio(text, slash, out var part, out var whole);
        return new Quantity(new TextSpan(tokens[number].Start, slash), part, text[..slash].ToString(), whole, text[(slash + 1)..].ToString(),
            TokenNavigation.UnitAfter(paragraph, number), null, null, false, null, 0, 0);
    }

    private static bool IsRatio(Paragraph paragraph, int index, ReadOnlySpan<char> text, int slash, out decimal part, out decimal whole)
    {
        if (!TryRatio(text, slash, out part, out whole))
        {
            return false;
        }
        // `chiều 14/6`, `số 123/2019`: a date or a reference, not a ratio.
        return !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(paragraph.Tokens, index), NotCountBefore);
    }

    /// <summary>`312/450`, `24,5/156,2`, `1.286,4/5.150`: both sides read the Vietnamese way, the whole not zero.</summary>
    public static bool TryRatio(ReadOnlySpan<char> text, int slash, out decimal part, out decimal whole)
    {
        whole = 0;
        return VietnameseNumber.TryParseDecimal(text[..slash], out part, out _) && VietnameseNumber.TryParseDecimal(text[(slash + 1)..], out whole, out _)
            && whole > 0;
    }

    /// <summary>A share as stated: its percentage and the decimals it is written with.</summary>
    private readonly record struct Share(decimal Percent, int Decimals);

    /// <summary>A count read at a number: its value, as written, its unit and its slack (see <see cref="PercentageLink.Slack"/>).</summary>
    private readonly record struct Count(decimal Value, string Text, string? Unit, decimal Slack);

    /// <summary>
    /// A count: `48 chi bộ`, or one written with a scale word, `4,15 triệu lượt khách` (4.150.000, known to half its last
    /// decimal). `khoảng`, `gần`… before it make it approximate. Null for a date, a rank, a duration, a measure, a
    /// threshold or a rating (<see cref="ThresholdOrRating"/>).
    /// </summary>
    private static Count? CountAt(Paragraph paragraph, int index, ReadOnlySpan<char> text)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        var reference = TokenNavigation.IsWordIn(paragraph, previous, NotCountBefore)
            ? !(TokenNavigation.IsWord(paragraph, previous, "số") && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, previous), CountBeforeSo))
            : NamesItem(paragraph, previous, index, text);
        if (reference || ThresholdOrRating.At(paragraph, index) || IsTimesHundred(paragraph, previous, text))
        {
            return null;
        }
        var approximate = TokenNavigation.IsWordIn(paragraph, previous, Approximations);
        if (QuantityUnit.CountScale(paragraph, index) is { } scale)
        {
            if (!VietnameseNumber.TryParseDecimal(text, out var scaled, out var decimals) || scaled <= 0)
            {
                return null;
            }
            var rounding = 0.5m;
            for (var d = 0; d < decimals; d++)
            {
                rounding /= 10;
            }
            var slack = rounding / scaled;
            return new Count(scaled * scale.Factor, $"{text} {paragraph.GetString(tokens[scale.Token])}", TokenNavigation.UnitAfter(paragraph, scale.Token),
                approximate ? Math.Max(slack, ApproximateSlack) : slack);
        }
        if (!VietnameseNumber.TryParseInteger(text, out var value) || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(tokens, index), TimeUnits))
        {
            return null;
        }
        return new Count(value, text.ToString(), TokenNavigation.UnitAfter(paragraph, index), approximate ? ApproximateSlack : 0);
    }

    /// <summary>
    /// `học sinh lớp 9`, `các hộ tổ 5`: a naming word (<see cref="StatedCount.IsNamingWord"/>) at <paramref name="naming"/> inside a
    /// noun phrase makes the plain number after it a name, not a count. An amount is no name (`ngân sách huyện 150 triệu đồng`,
    /// `vốn huyện 12 tỷ đồng`), and opening an item of a list (`trong đó thôn 45, tổ dân phố 12`) the same word may name what
    /// the number counts.
    /// </summary>
    private static bool NamesItem(Paragraph paragraph, int naming, int number, ReadOnlySpan<char> text)
    {
        var tokens = paragraph.Tokens;
        if (naming < 0 || tokens[naming].Kind != TokenKind.Word || !StatedCount.IsNamingWord(paragraph.GetString(tokens[naming]))
            || text.ContainsAnyExceptInRange('0', '9') || QuantityUnit.Read(paragraph, number) is { IsMeasure: true }
            || QuantityUnit.CountScale(paragraph, number) is not null)
        {
            return false;
        }
        var before = TokenNavigation.Previous(tokens, naming);
        return before >= 0 && tokens[before].Kind == TokenKind.Word && !TokenNavigation.IsWord(paragraph, before, "đó");
    }

    /// <summary>
    /// The count follows `trong đó` or `trong số đó`, maybe with a comma and a few words between
    /// (`trong đó có 97`, `trong đó, 12`, `trong đó kết luận 131`): it is a part of the figures before. After `trong đó:`
    /// the words name the list's first item, as long as a later item's label may be (`trong đó: lĩnh vực kinh tế 97 hộ`).
    /// </summary>
    private static bool AfterTrongDo(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        // A longer label, when a verb states the figure (`trong đó khách quốc tế đạt 312.000 lượt`) or the figure is an amount,
        // whose label names where it comes from or goes to (`trong đó ngân sách tỉnh hỗ trợ 1.450 triệu đồng`).
        var stated = TokenNavigation.IsWordIn(paragraph, previous, StatingVerbs) || QuantityUnit.Read(paragraph, index) is { IsMeasure: true };
        var maxWords = stated ? MaxWordsBeforeStatingVerb : MaxWordsAfterTrongDo;
        var label = -1; // the first word between, which opens the item's label after `trong đó:`
        var notPart = false; // a word between says the figure is a change, a comparison or an estimate (`tăng 12 hộ`)
        for (var words = 0; ; words++)
        {
            if (stated && TokenNavigation.IsPunctuation(paragraph, previous, ')') && NoteOpening(paragraph, previous) is var open and >= 0)
            {
                previous = TokenNavigation.Previous(tokens, open); // `trong đó chi mua sắm (mục 1 đến mục 4) là 85 triệu đồng`
            }
            if (TokenNavigation.IsPunctuation(paragraph, previous, ':') && words > maxWords)
            {
                return !notPart && !BreakdownReader.StartsPhrase(paragraph, label, BreakdownReader.ClauseOpeners)
                    && ClosesTrongDo(paragraph, TokenNavigation.Previous(tokens, previous));
            }
            if (TokenNavigation.IsPunctuation(paragraph, previous, ',') || TokenNavigation.IsPunctuation(paragraph, previous, ':'))
            {
                // `trong đó, 12 chi bộ`, `trong đó: nữ 70 đồng chí`: a comma or a colon may close the phrase; any other ends the search.
                return words <= maxWords && ClosesTrongDo(paragraph, TokenNavigation.Previous(tokens, previous));
            }
            if (TokenNavigation.IsWord(paragraph, previous, "đó") || TokenNavigation.IsWord(paragraph, previous, "gồm"))
            {
                return words <= maxWords && EndsSubsetCue(paragraph, previous);
            }
            if (words == Math.Max(maxWords, MaxWordsBeforeListedCount) || previous < 0 || tokens[previous].Kind != TokenKind.Word)
            {
                return false;
            }
            notPart |= BreakdownReader.StartsPhrase(paragraph, previous, BreakdownReader.NotPartCues);
            label = previous;
            previous = TokenNavigation.Previous(tokens, previous);
        }
    }

    /// <summary>
    /// The `(` of a note in a label, closed at <paramref name="close"/>: words, and numbers only as references to items
    /// (`(mục 1 đến mục 4)`, `(chi tiết tại Phụ lục 2)`), so no figure of its own hides in it; else -1.
    /// </summary>
    private static int NoteOpening(Paragraph paragraph, int close)
    {
        var tokens = paragraph.Tokens;
        for (var i = TokenNavigation.Previous(tokens, close); i >= 0; i = TokenNavigation.Previous(tokens, i))
        {
            if (TokenNavigation.IsPunctuation(paragraph, i, '('))
            {
                return i;
            }
            if (tokens[i].Kind == TokenKind.Number ? !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(tokens, i), ItemReferences)
                : tokens[i].Kind != TokenKind.Word)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>`đó` at <paramref name="index"/> closes `trong đó` or `trong số đó`.</summary>
    private static bool EndsTrongDo(Paragraph paragraph, int index)
    {
        var before = TokenNavigation.Previous(paragraph.Tokens, index);
        if (TokenNavigation.IsWord(paragraph, before, "số"))
        {
            before = TokenNavigation.Previous(paragraph.Tokens, before);
        }
        return TokenNavigation.IsWord(paragraph, before, "trong");
    }

    /// <summary>The clause after the `;` at <paramref name="index"/> opens with `trong đó` or `trong số đó`.</summary>
    private static bool StartsWithTrongDo(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var trong = TokenNavigation.Next(tokens, index);
        if (!TokenNavigation.IsWord(paragraph, trong, "trong"))
        {
            return false;
        }
        var next = TokenNavigation.Next(tokens, trong);
        if (TokenNavigation.IsWord(paragraph, next, "số"))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        return TokenNavigation.IsWord(paragraph, next, "đó");
    }

    /// <summary>`Trong số 48 chi bộ`, `Trong tổng số 11 đảng viên`: the count is a whole that a later count of the clause is a part of.</summary>
    private static bool AfterTrongSo(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        if (!TokenNavigation.IsWord(paragraph, previous, "số"))
        {
            return false;
        }
        var before = TokenNavigation.Previous(tokens, previous);
        if (TokenNavigation.IsWord(paragraph, before, "tổng"))
        {
            before = TokenNavigation.Previous(tokens, before);
        }
        return TokenNavigation.IsWord(paragraph, before, "trong");
    }

    /// <summary>`trong đó`, `trong số`, `trong tổng số`: a sentence that may state a part of a whole without a percentage.</summary>
    private static bool HasSubsetCue(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (TokenNavigation.IsWord(paragraph, i, "trong"))
            {
                var next = TokenNavigation.Next(paragraph.Tokens, i);
                if (TokenNavigation.IsWord(paragraph, next, "đó") || TokenNavigation.IsWord(paragraph, next, "số") || TokenNavigation.IsWord(paragraph, next, "tổng"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// A ratio (Whole set) or a count (Whole null, maybe inside a container named by `trong đó` or `trong số`).
    /// Subset: the count follows `trong đó` or its `trong số` container, so it is a part of the figures before it.
    /// </summary>
    /// NestedWhole: the item listed before a later item of a `trong đó` list, which it may be a part of.
    /// Slack, ContainerSlack: how far the count and its container may be from what they stand for (<see cref="PercentageLink.Slack"/>).
    private readonly record struct Quantity(TextSpan Span, decimal Part, string PartText, decimal? Whole, string? WholeText, string? Unit,
        decimal? ContainerWhole, string? ContainerText, bool Subset, decimal? NestedWhole, decimal Slack, decimal ContainerSlack);
}
