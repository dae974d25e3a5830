using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// Reads the breakdowns of a sentence: a whole right before `, gồm`, `: gồm`, `gồm:`, `, bao gồm`, `, trong đó` or
/// `; trong đó` (maybe with a remark between, `12.486 ha, tăng 2,4% so với cùng kỳ; trong đó`), and the figures of its unit
/// listed after the cue up to the sentence end. Whatever could make the sum mean something else gives no breakdown at
/// all: a figure that is approximate, a change or a rate, a bare number, a nested breakdown, counts of people named by
/// different attributes (<see cref="GroupAttributes"/>). A list of a sum's funding sources is read as whole even after
/// `trong đó` (<see cref="FundingSources"/>). A `gồm` list of other nouns than the whole's is read only when
/// closed by `và` (<see cref="KindsList"/>). Two wholes of two units split together by who are summed unit by unit
/// (<see cref="PairedCounts"/>), and so is one whole shared out by who did it (<see cref="ActorSplit"/>); under a measure, an item's amount may sit in parentheses after its count
/// (<see cref="BracketedAmount"/>); a `trong đó` list whose items all name a class of one kind (`lĩnh vực …`, `khối …`)
/// splits the whole and must make it; a `gồm` list left open (`…`, `v.v.`, `như`, `và các nguồn khác`) is read as a subset.
/// A false alarm is worse than a miss.
/// </summary>
internal static class BreakdownReader
{
    /// <summary>
    /// A cue: where the whole must end (<paramref name="Anchor"/>, exclusive) and where its list starts; <paramref name="Restated"/>
    /// is the number of a whole stated in an earlier sentence (<see cref="RestatedWhole"/>), or -1; <paramref name="Sample"/>:
    /// `trong đó có`, which names some of the parts, never the whole split.
    /// </summary>
    private readonly record struct Cue(int Anchor, int ListStart, bool Exhaustive, bool Enumerated, int Restated = -1, bool Sample = false, int Close = -1,
        bool Colon = false)
    {
        /// <summary>`8 đại biểu (trong đó 5 …, 3 …)`: the list is in parentheses right after the whole and ends at <see cref="Close"/>.</summary>
        public bool Bracketed => Close >= 0;
    }

    // Words that make a figure approximate: no exact sum applies.
    internal static readonly string[] Approximations = ["khoảng", "gần", "hơn", "trên", "dưới", "xấp", "chừng", "ngót", "ước", "tới", "hàng", "vài"];

    // A number after these is a date, a rank or a reference, not a quantity (`năm 2024`, `số 12`, `Điều 5`).
    private static readonly string[] NotQuantityBefore =
        ["năm", "tháng", "ngày", "quý", "khóa", "khoá", "lần", "thứ", "số", "kỳ", "kì", "đoạn", "điều", "khoản", "điểm",
         "mục", "trang", "phần", "chương", "lúc", "giờ", "tuần", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "giai"];

    // A figure of the whole's unit after these in its list item is a change, a comparison, a rate or another total, not a part.
    internal static readonly string[] NotPartCues =
        ["tăng", "giảm", "thêm", "vượt", "hụt", "so", "hơn", "kém", "lên", "xuống", "bằng", "chiếm", "gấp", "còn", "mỗi", "tổng",
         "lũy", "luỹ", "đến", "tới", "trên", "dưới", "khoảng", "gần", "ước", "nâng", "bình quân", "trung bình"];

    // A list item opening with these starts another statement: the list has ended (`…; đã giải ngân 40 tỷ đồng`).
    internal static readonly string[] ClauseOpeners =
        ["đã", "đang", "sẽ", "ngoài", "riêng", "tuy", "nhưng", "đồng thời", "bên cạnh", "qua đó", "nhờ đó", "tính đến", "đến nay", "hiện nay", "lũy kế", "luỹ kế"];

    // Verbs that open a statement about another set of the whole's noun (`…; kết nạp mới 3 đảng viên`, `, giới thiệu 25
    // đoàn viên ưu tú cho Đảng`), unless the whole's own clause says them: then they name the action its parts split
    // (`khen thưởng 45 tập thể, gồm: khen thưởng thường xuyên 30 …`). Under a sum of money they label a spending line
    // (`khen thưởng 200 triệu đồng`), so they are read so only under a count.
    internal static readonly string[] NewSetVerbs =
        ["kết nạp", "phát triển", "công nhận", "xét", "khen thưởng", "giới thiệu", "thành lập", "trao", "tặng", "đề nghị", "bầu"];

    // After the whole's unit, a comma may open a remark on it that names no other quantity: `, tăng 2,4% so với cùng kỳ`.
    internal static readonly string[] RemarkOpeners = ["tăng", "giảm", "đạt", "bằng", "vượt", "chiếm", "so", "ước"];

    // A figure after these words is a change, never the whole.
    private static readonly string[] ChangeWords = ["tăng", "giảm", "vượt"];

    // `nhiều hơn 5 vụ`, `tăng thêm 5 vụ`: a comparative before `hơn`, a change before `thêm` make the figure a difference
    // (a bare `hơn 200 hộ` is an estimate, `kết nạp thêm 47 đảng viên` a new set that may be a whole).
    private static readonly string[] Comparatives = ["nhiều", "ít", "cao", "thấp"];

    private const int MaxWordsAfterWhole = 12;
    private const int MaxWordsBetweenWholeAndCue = 20;

    public static List<Breakdown>? Read(Paragraph paragraph, Sentence sentence, AnalyzerOptions options)
    {
        var cues = Cues(paragraph, sentence);
        if (cues is null)
        {
            return null;
        }
        var wholes = new Figure?[cues.Count];
        for (var k = 0; k < cues.Count; k++)
        {
            wholes[k] = cues[k].Restated >= 0 ? Plain(paragraph, cues[k].Restated) : Whole(paragraph, sentence, cues[k].Anchor);
        }
        List<Breakdown>? breakdowns = null;
        var nested = new bool[cues.Count];
        for (var k = 0; k < cues.Count; k++)
        {
            var end = cues[k].Bracketed ? cues[k].Close : sentence.EndToken;
            // A list in parentheses is read on its own: the list around it skips the parentheses.
            var after = k + 1;
            while (!cues[k].Bracketed && after < cues.Count && cues[after].Bracketed)
            {
                after++;
            }
            if (!cues[k].Bracketed && after < cues.Count)
            {
                end = cues[after].Anchor;
                // `gồm: A 50 tỷ đồng, trong đó …`: a breakdown inside a part of this list. Neither sum can be trusted.
                if (wholes[after] is { } inner && (wholes[k] is not { } outer || QuantityUnit.Agree(outer.Unit, inner.Unit, options)))
                {
                    nested[k] = nested[after] = true;
                }
            }
            if (nested[k] || wholes[k] is not { } whole)
            {
                continue;
            }
            var cue = cues[k];
            if (BareCounts.IsJoined(whole.Unit))
            {
                // `215 tin, bài; trong đó: tin 134, bài 62`: only counts with no unit can be parts of two nouns.
                if (!cue.Colon && !cue.Sample && Parts(paragraph, cue.ListStart, end, whole, cue.Exhaustive, options) is ({ Count: >= 2 } bareParts, var bareItems, var bareListed)
                    && bareListed >= 2 && BareCounts.AllBare(bareParts)
                    && (cue.Exhaustive || cue.Enumerated || SplitsTheWhole(paragraph, sentence, cue, end, whole, bareParts, bareListed))
                    && !GroupAttributes.Overlap(paragraph, Labels(paragraph, bareParts, bareItems, end, options)))
                {
                    (breakdowns ??= []).Add(new Breakdown(whole, bareParts, bareListed, cue.Exhaustive && !LeftOpen(paragraph, cue.ListStart, end)));
                }
                continue;
            }
            if (cue.Colon)
            {
                // `19 chi bộ: …`: a bare colon lists the parts only when the list is shut by `và` (<see cref="ClosedAfterColon"/>).
                if (ClosedAfterColon(paragraph, sentence, whole, cue, end, options) is { } shut)
                {
                    (breakdowns ??= []).Add(shut);
                }
                continue;
            }
            if (cue.Restated < 0 && !cue.Sample && PairedCounts.Read(paragraph, sentence, cue.ListStart, end, whole, options) is { } pair)
            {
                (breakdowns ??= []).AddRange(pair); // `6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên; …`
                continue;
            }
            if (!cue.Exhaustive && !cue.Sample && cue.Restated < 0 && ActorSplit.Read(paragraph, sentence, cue.ListStart, end, whole, options) is { } byActor)
            {
                (breakdowns ??= []).Add(byActor); // `; trong đó Ban Thường vụ kiểm tra 7 đồng chí, …`: the actors share out the whole
                continue;
            }
            // `trong đó 420 đảng viên nữ, 380 đảng viên dân tộc thiểu số`: counts of people or units after a bare `trong đó`
            // may overlap; they are read only as a list that names each part and ends with it, or as the reasons of an absence.
            var mayOverlap = !cue.Exhaustive && !cue.Enumerated && !whole.Unit.IsMeasure;
            if (mayOverlap && cue.Sample)
            {
                continue;
            }
            if (Parts(paragraph, cue.ListStart, end, whole, cue.Exhaustive, options) is ({ Count: >= 2 } parts, var items, var listed) && listed >= 2)
            {
                if (mayOverlap && !SplitsTheWhole(paragraph, sentence, cue, end, whole, parts, listed))
                {
                    continue;
                }
                if (whole.Unit.IsMeasure || !GroupAttributes.Overlap(paragraph, Labels(paragraph, parts, items, end, options)))
                {
                    var bySource = whole.Unit.IsMoney && FundingSources.ListIsAllSources(paragraph, cue.ListStart, end, parts, listed);
                    // `gồm: …, v.v.`: a list left open names some of the parts; they may only not exceed the whole.
                    var exhaustive = (cue.Exhaustive || (!cue.Sample && SplitByClass(paragraph, sentence, end, parts, items, listed)))
                        && !LeftOpen(paragraph, cue.ListStart, end);
                    var closed = exhaustive && cue.Exhaustive && ClosedByVa(paragraph, whole, parts, items, listed, options);
                    (breakdowns ??= []).Add(new Breakdown(whole, parts, listed, exhaustive, bySource, closed));
                }
            }
            else if (cue.Exhaustive && !whole.Unit.IsMeasure && KindsList.Read(paragraph, sentence, cue.ListStart, end, whole, options) is { } kinds)
            {
                (breakdowns ??= []).Add(new Breakdown(whole, kinds, kinds.Count, true));
            }
        }
        return breakdowns;
    }

    /// <summary>The cues of the sentence outside parentheses, in order.</summary>
    private static List<Cue>? Cues(Paragraph paragraph, Sentence sentence)
    {
        var tokens = paragraph.Tokens;
        List<Cue>? cues = null;
        var depth = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (depth == 0 && TokenNavigation.IsPunctuation(paragraph, i, '(') && BracketedCue(paragraph, sentence, i) is { } bracketed)
            {
                (cues ??= []).Add(bracketed);
            }
            depth = Depth(paragraph, i, depth);
            // Only a sentence's first cue may be a bare colon: inside a `gồm` list a colon only labels an item (`vốn tỉnh: 20 tỷ đồng`).
            if (depth == 0 && cues is null && IsColonCue(paragraph, i) && Whole(paragraph, sentence, i) is not null)
            {
                (cues ??= []).Add(new Cue(i, TokenNavigation.Next(tokens, i), true, true, Colon: true));
                continue;
            }
            if (depth > 0 || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            if (TokenNavigation.IsWord(paragraph, i, "gồm"))
            {
                var start = TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(tokens, i), "bao") ? TokenNavigation.Previous(tokens, i) : i;
                var before = TokenNavigation.Previous(tokens, start);
                var after = SkipCo(paragraph, TokenNavigation.Next(tokens, i));
                var colon = TokenNavigation.IsPunctuation(paragraph, after, ':');
                var punctuated = TokenNavigation.IsPunctuation(paragraph, before, ',') || TokenNavigation.IsPunctuation(paragraph, before, ':');
                if (punctuated || colon)
                {
                    (cues ??= []).Add(new Cue(punctuated ? before : start, colon ? after + 1 : after, true, true));
                }
                else if (RestatedWhole(paragraph, sentence, start) is var restated and >= 0)
                {
                    (cues ??= []).Add(new Cue(start, after, true, true, restated));
                }
            }
            else if (TokenNavigation.IsWord(paragraph, i, "trong"))
            {
                var next = TokenNavigation.Next(tokens, i);
                if (TokenNavigation.IsWord(paragraph, next, "số"))
                {
                    next = TokenNavigation.Next(tokens, next);
                }
                var before = TokenNavigation.Previous(tokens, i);
                if (!TokenNavigation.IsWord(paragraph, next, "đó")
                    || !(TokenNavigation.IsPunctuation(paragraph, before, ',') || TokenNavigation.IsPunctuation(paragraph, before, ';')))
                {
                    continue;
                }
                var after = SkipCo(paragraph, TokenNavigation.Next(tokens, next));
                var colon = TokenNavigation.IsPunctuation(paragraph, after, ':');
                var sample = after != TokenNavigation.Next(tokens, next);
                (cues ??= []).Add(new Cue(before, colon ? after + 1 : next + 1, false, colon, Sample: sample));
            }
        }
        return cues;
    }

    /// <summary>
    /// `8 đại biểu (trong đó 5 đại biểu ốm đau, 3 đại biểu đi công tác)`, `(gồm: …)`: a list in the parentheses at
    /// <paramref name="open"/>, which close in the sentence; its whole is the figure before them.
    /// </summary>
    private static Cue? BracketedCue(Paragraph paragraph, Sentence sentence, int open)
    {
        var tokens = paragraph.Tokens;
        var first = TokenNavigation.Next(tokens, open);
        var close = -1;
        var depth = 0;
        for (var j = open; j < sentence.EndToken && close < 0; j++)
        {
            depth = Depth(paragraph, j, depth);
            if (depth == 0)
            {
                close = j;
            }
        }
        if (close < 0)
        {
            return null;
        }
        if (TokenNavigation.IsWord(paragraph, first, "gồm"))
        {
            var after = TokenNavigation.Next(tokens, first);
            var colon = TokenNavigation.IsPunctuation(paragraph, after, ':');
            return new Cue(open, colon ? after + 1 : after, true, true, Close: close);
        }
        var that = TokenNavigation.Next(tokens, first);
        if (!TokenNavigation.IsWord(paragraph, first, "trong") || !TokenNavigation.IsWord(paragraph, that, "đó"))
        {
            return null;
        }
        var listStart = SkipCo(paragraph, TokenNavigation.Next(tokens, that));
        var enumerated = TokenNavigation.IsPunctuation(paragraph, listStart, ':');
        var sample = listStart != TokenNavigation.Next(tokens, that);
        return new Cue(open, enumerated ? listStart + 1 : TokenNavigation.Next(tokens, that), false, enumerated, Sample: sample, Close: close);
    }

    /// <summary>
    /// Counts after a bare `trong đó` split the whole when the list runs to the end of its sentence (or parentheses), is not
    /// left open, gives each item exactly one figure, and either names each part before its figure with nothing after its
    /// unit (`kỷ luật 21 đảng viên, trong đó khiển trách 12 đồng chí, cảnh cáo 6 đồng chí (chiếm 28,57%)`) or gives the
    /// reasons of an absence, one each (`vắng mặt 8 đại biểu (trong đó 5 đại biểu ốm đau, 3 đại biểu đi công tác)`).
    /// </summary>
    private static bool SplitsTheWhole(Paragraph paragraph, Sentence sentence, Cue cue, int end, Figure whole, List<Figure> parts, int listed)
    {
        if (listed != parts.Count || (!cue.Bracketed && end != sentence.EndToken) || LeftOpen(paragraph, cue.ListStart, end))
        {
            return false;
        }
        var (onePartEach, labelsFirst) = ItemShapes(paragraph, cue.ListStart, end, parts);
        return onePartEach && (labelsFirst || CountsTheAbsent(paragraph, whole));
    }

    private const int MaxLabelWords = 6;

    /// <summary>
    /// Whether each item from <paramref name="start"/> to <paramref name="end"/> holds exactly one of <paramref name="parts"/>
    /// (in order) and no other number, and whether each also opens with a label of a few words and ends with its unit.
    /// </summary>
    private static (bool OnePartEach, bool LabelsFirst) ItemShapes(Paragraph paragraph, int start, int end, List<Figure> parts)
    {
        var tokens = paragraph.Tokens;
        var depth = 0;
        var k = 0;
        var words = 0; // the item's words before its figure
        var trailing = 0; // the item's words after its unit
        var figure = false;
        var labelsFirst = true;
        for (var j = start; j >= 0 && j < end; j = TokenNavigation.Next(tokens, j))
        {
            depth = Depth(paragraph, j, depth);
            if (depth > 0 || tokens[j].Kind.IsTrivia() || TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                continue; // `(chiếm 28,57%)`: a remark on the item
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsPunctuation(paragraph, j, ';') || TokenNavigation.IsWord(paragraph, j, "và"))
            {
                if (!CloseItem())
                {
                    return (false, false);
                }
                continue;
            }
            if (k < parts.Count && j == parts[k].Token && !figure)
            {
                figure = true;
                j = parts[k++].Unit.LastToken;
            }
            else if (tokens[j].Kind is TokenKind.Word or TokenKind.Abbreviation && !SaysMore(paragraph, j))
            {
                _ = figure ? trailing++ : words++;
            }
            else if (!PairedCounts.IsSentenceEnd(paragraph, j, end))
            {
                return (false, false); // another number, `…`, a dash
            }
        }
        return CloseItem() && k == parts.Count ? (true, labelsFirst) : (false, false);

        bool CloseItem()
        {
            if (!figure)
            {
                return false; // `số còn lại đi công tác`: an item with no count
            }
            labelsFirst &= words is > 0 and <= MaxLabelWords && trailing == 0;
            (words, trailing, figure) = (0, 0, false);
            return true;
        }
    }

    // A colon after these opens a list the cue before it owns (`gồm:`, `trong đó:`) or announces text (`như sau:`).
    private static readonly string[] NotColonWholes = ["gồm", "đó", "có", "sau", "là", "số"];

    /// <summary>`… 2.230 triệu đồng: …`, `19 chi bộ: …`: a colon right after the words of a quantity (outside parentheses).</summary>
    private static bool IsColonCue(Paragraph paragraph, int index)
    {
        if (!TokenNavigation.IsPunctuation(paragraph, index, ':'))
        {
            return false;
        }
        var before = TokenNavigation.Previous(paragraph.Tokens, index);
        return before >= 0 && paragraph.Tokens[before].Kind is TokenKind.Word or TokenKind.Abbreviation
            && !TokenNavigation.IsWordIn(paragraph, before, NotColonWholes);
    }

    /// <summary>
    /// A list after a bare colon, read only when shut by `và` before its last item, which must then make the whole:
    /// amounts named before their figure (`Tổng kinh phí 2.230 triệu đồng: ngân sách tỉnh 1.250 triệu đồng, … và ngân
    /// sách xã 100 triệu đồng`), or counts of the whole's noun each opening its item (<see cref="ClosedByVa"/>). Levels
    /// are names, not parts: `3 cấp: cấp tỉnh …` is never such a whole.
    /// </summary>
    private static Breakdown? ClosedAfterColon(Paragraph paragraph, Sentence sentence, Figure whole, Cue cue, int end, AnalyzerOptions options)
    {
        if (CountedItems(paragraph, sentence, whole, cue, end, options) is { } counted)
        {
            return counted;
        }
        if (TokenNavigation.IsWord(paragraph, TokenNavigation.Next(paragraph.Tokens, whole.Token), "cấp")
            || Parts(paragraph, cue.ListStart, end, whole, false, options) is not ({ Count: >= 2 } parts, var items, var listed)
            || listed != parts.Count || items.Count != parts.Count
            || !TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(paragraph.Tokens, items[^1]), "và"))
        {
            return null;
        }
        var shut = whole.Unit.IsMeasure ? !LeftOpen(paragraph, cue.ListStart, end) : ClosedByVa(paragraph, whole, parts, items, listed, options);
        return shut ? new Breakdown(whole, parts, listed, Exhaustive: true, Closed: true) : null;
    }

    /// <summary>
    /// `2.230 triệu đồng từ 3 nguồn: ngân sách tỉnh …, ngân sách huyện …, ngân sách xã …`: the count before the colon says how
    /// many items the list has; when it has exactly that many amounts, one each and nothing left open, they are all the
    /// parts of the amount before the count and must make it.
    /// </summary>
    private static Breakdown? CountedItems(Paragraph paragraph, Sentence sentence, Figure count, Cue cue, int end, AnalyzerOptions options)
    {
        if (count.Unit.IsMeasure || TokenNavigation.Next(paragraph.Tokens, count.Unit.LastToken) != cue.Anchor
            || Whole(paragraph, sentence, count.Token) is not { Unit.IsMeasure: true } whole
            || Parts(paragraph, cue.ListStart, end, whole, false, options) is not ({ Count: >= 2 } parts, var items, var listed)
            || listed != parts.Count || items.Count != parts.Count || parts.Count != count.Value || LeftOpen(paragraph, cue.ListStart, end))
        {
            return null;
        }
        var (onePartEach, _) = ItemShapes(paragraph, cue.ListStart, end, parts);
        return onePartEach ? new Breakdown(whole, parts, listed, Exhaustive: true, Closed: true) : null;
    }

    /// <summary>
    /// `19 chi bộ, gồm 11 chi bộ nông thôn, …, 2 chi bộ công an và 1 chi bộ y tế`: a `gồm` list whose every item opens with
    /// its count of the whole's noun and whose last item is joined by `và` names all the parts, so all of them must make the
    /// whole; a run of the first that happens to make it (11 + 5 + 1 + 2) does not excuse the last.
    /// </summary>
    private static bool ClosedByVa(Paragraph paragraph, Figure whole, List<Figure> parts, List<int> items, int listed, AnalyzerOptions options)
    {
        if (whole.Unit.IsMeasure || listed != parts.Count || items.Count != parts.Count
            || !TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(paragraph.Tokens, items[^1]), "và"))
        {
            return false;
        }
        for (var k = 0; k < parts.Count; k++)
        {
            if (items[k] != parts[k].Token || !UnitHeads.SameHead(whole.Unit.Text, parts[k].Unit.Text, options))
            {
                return false;
            }
        }
        return true;
    }

    // `lĩnh vực giao thông`, `khối đoàn thể`: a list whose every item names one class of the same kind splits its whole by it.
    private static readonly string[][] Classes = [["lĩnh", "vực"], ["khối"]];

    /// <summary>
    /// `trong đó lĩnh vực giao thông 5,9 tỷ đồng, lĩnh vực trật tự xã hội 0,7 tỷ đồng`: after `trong đó`, two or more items
    /// each opening with the same class word (<see cref="Classes"/>), its name of a few words and its one figure, the last
    /// closing the clause (`;` or the sentence end), split the whole: they must make it, not only not exceed it.
    /// </summary>
    private static bool SplitByClass(Paragraph paragraph, Sentence sentence, int end, List<Figure> parts, List<int> items, int listed)
    {
        if (listed < 2 || items.Count < listed)
        {
            return false;
        }
        var tokens = paragraph.Tokens;
        var after = TokenNavigation.Next(tokens, parts[listed - 1].Unit.LastToken);
        if (!(after < 0 || after >= Math.Min(end, sentence.EndToken) || TokenNavigation.IsPunctuation(paragraph, after, ';')
              || PairedCounts.IsSentenceEnd(paragraph, after, end)))
        {
            return false; // `…, lĩnh vực khác 0,1 tỷ đồng chưa thu`: the last item says more
        }
        int? kind = null;
        for (var k = 0; k < listed; k++)
        {
            var matched = Array.FindIndex(Classes, c => TokenNavigation.MatchWords(paragraph, items[k], c) >= 0);
            if (matched < 0 || (kind ?? matched) != matched)
            {
                return false;
            }
            kind = matched;
            var words = 0;
            for (var j = items[k]; j >= 0 && j < parts[k].Token; j = TokenNavigation.Next(tokens, j))
            {
                if (tokens[j].Kind != TokenKind.Word || ++words > MaxLabelWords + 2)
                {
                    return false; // a number, a bracket or a long clause before the figure: not a plain class name
                }
            }
            var next = TokenNavigation.Next(tokens, parts[k].Unit.LastToken);
            if (k < listed - 1 && !TokenNavigation.IsPunctuation(paragraph, next, ',') && !TokenNavigation.IsWord(paragraph, next, "và"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>`vắng mặt 8 đại biểu`, `8 đại biểu vắng mặt`: each absent member has one reason, so the reasons split the count.</summary>
    private static bool CountsTheAbsent(Paragraph paragraph, Figure whole)
    {
        var tokens = paragraph.Tokens;
        var before = TokenNavigation.Previous(tokens, whole.Token);
        if (TokenNavigation.IsWord(paragraph, before, "mặt"))
        {
            before = TokenNavigation.Previous(tokens, before);
        }
        return TokenNavigation.IsWord(paragraph, before, "vắng") || TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, whole.Unit.LastToken), "vắng");
    }

    /// <summary>`khoảng 30 tỷ đồng`, `trên 400 hộ`; but `từ ngân sách cấp trên 463,1 tỷ đồng` is exact.</summary>
    internal static bool IsApproximate(Paragraph paragraph, int number)
    {
        var previous = TokenNavigation.Previous(paragraph.Tokens, number);
        return TokenNavigation.IsWordIn(paragraph, previous, Approximations) && !IsLabelNotCue(paragraph, previous);
    }

    /// <summary>
    /// `còn lại` (the rest), `nâng cấp` (an upgrade), `cấp trên` (the level above), `trên địa bàn` (in the area): words of an
    /// item's label that begin like a restating or comparing cue but are none.
    /// </summary>
    private static bool IsLabelNotCue(Paragraph paragraph, int index)
    {
        var next = TokenNavigation.Next(paragraph.Tokens, index);
        return (TokenNavigation.IsWord(paragraph, index, "còn") && TokenNavigation.IsWord(paragraph, next, "lại"))
            || (TokenNavigation.IsWord(paragraph, index, "nâng") && TokenNavigation.IsWord(paragraph, next, "cấp"))
            || (TokenNavigation.IsWord(paragraph, index, "trên")
                && (TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(paragraph.Tokens, index), "cấp") || TokenNavigation.IsWord(paragraph, next, "địa")));
    }

    /// <summary>
    /// The list from <paramref name="start"/> to <paramref name="end"/> says it names only some of the parts: `…`, `v.v.`,
    /// `như` (`gồm các nguồn như: …`), or an item with no figure that names the rest (`và các nguồn khác`).
    /// </summary>
    private static bool LeftOpen(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        var depth = 0;
        var figure = false; // the item has a number
        var others = false; // the item says `khác`
        for (var j = start; j >= 0 && j < end; j = TokenNavigation.Next(tokens, j))
        {
            if (TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsPunctuation(paragraph, j, ';')
                || TokenNavigation.IsWord(paragraph, j, "và"))
            {
                if (others && !figure)
                {
                    return true;
                }
                (figure, others) = (false, false);
                continue;
            }
            depth = Depth(paragraph, j, depth);
            if (depth > 0)
            {
                continue;
            }
            if (SaysMore(paragraph, j) || TokenNavigation.IsWord(paragraph, j, "như"))
            {
                return true;
            }
            figure |= tokens[j].Kind == TokenKind.Number;
            others |= TokenNavigation.IsWord(paragraph, j, "khác");
        }
        return others && !figure;
    }

    /// <summary>The token says a list goes on: `…`, `...`, `v.v.`.</summary>
    internal static bool SaysMore(Paragraph paragraph, int index)
    {
        var text = paragraph.GetText(paragraph.Tokens[index]);
        return text.Contains('…') || text.Contains("..", StringComparison.Ordinal) || text.StartsWith("v.v", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The number is a change (`tăng 47 đảng viên`, `tăng thêm 5 vụ`, `vượt 2 chỉ tiêu`, `nhiều hơn 3 xã`): a difference
    /// between two figures, never the whole of a part stated after it.
    /// </summary>
    internal static bool IsChange(Paragraph paragraph, int number)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, number);
        var before = TokenNavigation.Previous(tokens, previous);
        return TokenNavigation.IsWordIn(paragraph, previous, ChangeWords)
            || (TokenNavigation.IsWord(paragraph, previous, "thêm") && TokenNavigation.IsWordIn(paragraph, before, ChangeWords))
            || (TokenNavigation.IsWord(paragraph, previous, "hơn") && TokenNavigation.IsWordIn(paragraph, before, Comparatives));
    }

    /// <summary>The word at <paramref name="index"/> is one of <paramref name="phrases"/>, or starts one of two words.</summary>
    internal static bool StartsPhrase(Paragraph paragraph, int index, string[] phrases)
    {
        var word = paragraph.GetText(paragraph.Tokens[index]);
        foreach (var phrase in phrases)
        {
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 ? word.Equals(phrase, StringComparison.OrdinalIgnoreCase)
                : word.Equals(phrase.AsSpan(0, space), StringComparison.OrdinalIgnoreCase)
                  && TokenNavigation.IsWord(paragraph, TokenNavigation.Next(paragraph.Tokens, index), phrase[(space + 1)..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// `… 05 người bị thương. Người bị thương gồm 3 người ở …`: a sentence that opens with the words of a count stated
    /// earlier in the paragraph (its noun and at least one more word, maybe after `Số`), then `gồm`, lists that count's
    /// parts. The number of the nearest such count, or -1.
    /// </summary>
    private static int RestatedWhole(Paragraph paragraph, Sentence sentence, int cue)
    {
        var tokens = paragraph.Tokens;
        var words = new List<int>();
        for (var j = sentence.FirstToken; j >= 0 && j < cue; j = TokenNavigation.Next(tokens, j))
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return -1;
            }
            words.Add(j);
        }
        if (words.Count > 0 && TokenNavigation.IsWord(paragraph, words[0], "số"))
        {
            words.RemoveAt(0);
        }
        if (words.Count is < 2 or > 6)
        {
            return -1;
        }
        for (var j = sentence.FirstToken - 1; j >= 0; j--)
        {
            if (tokens[j].Kind == TokenKind.Number && Restates(paragraph, j, words))
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>The words after the number at <paramref name="number"/> are those at <paramref name="words"/>.</summary>
    private static bool Restates(Paragraph paragraph, int number, List<int> words)
    {
        var j = number;
        foreach (var word in words)
        {
            j = TokenNavigation.Next(paragraph.Tokens, j);
            if (!TokenNavigation.IsWord(paragraph, j, paragraph.GetString(paragraph.Tokens[word])))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The figure at <paramref name="index"/> when it is exact (no `khoảng`, `hơn` before it) and not a change.</summary>
    internal static Figure? Plain(Paragraph paragraph, int index) =>
        IsApproximate(paragraph, index) || IsChange(paragraph, index)
            ? null : Read(paragraph, index);

    private static int SkipCo(Paragraph paragraph, int index) =>
        TokenNavigation.IsWord(paragraph, index, "có") ? TokenNavigation.Next(paragraph.Tokens, index) : index;

    /// <summary>The depth of parentheses after the token at <paramref name="index"/>, from the depth before it.</summary>
    internal static int Depth(Paragraph paragraph, int index, int depth) =>
        TokenNavigation.IsPunctuation(paragraph, index, '(') ? depth + 1
        : TokenNavigation.IsPunctuation(paragraph, index, ')') ? Math.Max(0, depth - 1)
        : depth;

    /// <summary>
    /// The quantity the cue at <paramref name="anchor"/> breaks down: the last number before it, with only words
    /// (a few after its unit) and remarks such as `, tăng 2,4% so với cùng kỳ` between.
    /// </summary>
    private static Figure? Whole(Paragraph paragraph, Sentence sentence, int anchor)
    {
        var tokens = paragraph.Tokens;
        var depth = 0;
        var words = 0;
        var candidate = -1;
        for (var j = anchor - 1; j >= sentence.FirstToken && candidate < 0; j--)
        {
            var token = tokens[j];
            if (token.Kind.IsTrivia() || TokenNavigation.IsPunctuation(paragraph, j, '%') || TokenNavigation.IsPunctuation(paragraph, j, ','))
            {
                continue;
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                depth++;
            }
            else if (TokenNavigation.IsPunctuation(paragraph, j, '('))
            {
                if (--depth < 0)
                {
                    return null;
                }
            }
            else if (token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Code or TokenKind.RomanNumeral or TokenKind.Symbol)
            {
                if (++words > MaxWordsBetweenWholeAndCue)
                {
                    return null;
                }
            }
            else if (token.Kind == TokenKind.Number)
            {
                if (depth > 0 || IsPercent(paragraph, j) || IsYear(paragraph, j))
                {
                    continue; // `(180 đảng viên)`, `tăng 2,4%`, `so với năm 2024`
                }
                if (IsChange(paragraph, j) || TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(tokens, j), "thêm"))
                {
                    continue; // `48 vụ, giảm 5 vụ so với năm 2023, gồm:`: the change is a remark on the whole before it
                }
                if (IsAfterNotQuantity(paragraph, j))
                {
                    return null; // `18/22 xã`, `số 12`: the figure right before the cue is no whole
                }
                candidate = j;
            }
            else
            {
                return null; // `;`, `:`, a dash: the figure before belongs to another statement
            }
        }
        if (candidate < 0 || Read(paragraph, candidate) is not { } whole || IsApproximate(paragraph, candidate))
        {
            return null;
        }
        if (BareCounts.JoinedNoun(paragraph, whole, anchor) is { } joined)
        {
            return joined;
        }
        return OnlyRemarksBetween(paragraph, whole.Unit.LastToken, anchor) ? whole : null;
    }

    /// <summary>
    /// After the whole's unit: at most a few words (`18 chi bộ trực thuộc`, `58 tổ chức cơ sở đảng (TCCSĐ)`), then only
    /// comma-led remarks (`, đạt 49,1% dự toán`). `và` would mean the cue follows another noun than the whole's.
    /// </summary>
    private static bool OnlyRemarksBetween(Paragraph paragraph, int unitEnd, int anchor)
    {
        var words = 0;
        var remark = false;
        for (var j = TokenNavigation.Next(paragraph.Tokens, unitEnd); j >= 0 && j < anchor; j = TokenNavigation.Next(paragraph.Tokens, j))
        {
            if (TokenNavigation.IsPunctuation(paragraph, j, ','))
            {
                remark = true;
                if (!TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(paragraph.Tokens, j), RemarkOpeners))
                {
                    return false;
                }
            }
            else if (!remark && (TokenNavigation.IsWord(paragraph, j, "và") || TokenNavigation.IsWord(paragraph, j, "hoặc") || ++words > MaxWordsAfterWhole))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The figures of the whole's unit from <paramref name="start"/> to <paramref name="end"/>, outside parentheses; null when
    /// one of them cannot be added as a part. A list separated by commas ends at a `;` (<paramref name="listed"/> parts);
    /// any list ends at an item that opens another statement (`đã`, `đồng thời`). After a `gồm` the figures past that `;`
    /// are read on while they can be parts, so that a list punctuated unevenly can still be found to add up. Under a measure,
    /// an item with no figure of it outside parentheses is added the amount its parentheses give (<see cref="BracketedAmount"/>).
    /// </summary>
    private static (List<Figure>? Parts, List<int> Items, int Listed) Parts(Paragraph paragraph, int start, int end, Figure whole,
        bool exhaustive, AnalyzerOptions options)
    {
        var listed = -1;
        var tokens = paragraph.Tokens;
        List<Figure>? parts = null;
        var items = new List<int>(); // the first token of each part's list item, where its label starts
        var depth = 0;
        char separator = '\0';
        var itemStart = true; // no word yet in this list item
        var itemFirst = start;
        var notPart = false; // the item has said `tăng`, `so với`, `mỗi`…: its figure is not a part
        var itemHasPart = false;
        var bracket = -1; // the item's first `(`
        var afterSemicolon = false; // the item follows a `;`
        bool? figureFirst = null; // the first part's item opens with its figure (`86 ha hoa màu`), not its label (`mất trắng 1.420 ha`)
        var bare = 0; // parts read with no unit (<see cref="BareCounts"/>)
        var j = start;
        for (; j < end && j >= 0; j++)
        {
            var outside = depth == 0;
            depth = Depth(paragraph, j, depth);
            var token = tokens[j];
            if (outside && depth > 0 && bracket < 0)
            {
                bracket = j;
            }
            if (depth > 0 || token.Kind.IsTrivia() || TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                continue;
            }
            var separates = TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsPunctuation(paragraph, j, ';')
                || (token.Kind == TokenKind.Word && TokenNavigation.IsWord(paragraph, j, "và"));
            if (separates && !AddBracketed(j))
            {
                if (listed >= 0)
                {
                    break;
                }
                return (null, items, 0);
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsPunctuation(paragraph, j, ';'))
            {
                if (parts is null && !itemStart)
                {
                    if (SharesNextNoun(j))
                    {
                        continue; // `trong đó nhóm hàng nông, lâm sản 96 triệu USD`: one label, two words sharing `sản`
                    }
                    // `gồm: Hội xã Tân An, xã Phúc Lâm; 13 cơ sở …`: the list names the parts; a figure after it is another statement.
                    return (null, items, 0);
                }
                var mark = paragraph.Text[token.Start];
                if (mark == ';' && separator == ',' && listed < 0)
                {
                    listed = parts!.Count;
                    if (!exhaustive)
                    {
                        break;
                    }
                }
                if (parts is not null && separator == '\0')
                {
                    separator = mark;
                }
                NextItem();
                afterSemicolon = mark == ';';
                continue;
            }
            if (token.Kind == TokenKind.Word && TokenNavigation.IsWord(paragraph, j, "và"))
            {
                NextItem();
                continue;
            }
            if (itemStart)
            {
                itemFirst = j;
            }
            if (token.Kind == TokenKind.Word)
            {
                if (itemStart && parts is not null
                    && (StartsPhrase(paragraph, j, ClauseOpeners) || (!whole.Unit.IsMeasure && OpensNewSet(paragraph, j, start))))
                {
                    break;
                }
                notPart |= StartsPhrase(paragraph, j, NotPartCues) && !IsLabelNotCue(paragraph, j);
                itemStart = false;
                continue;
            }
            if (token.Kind != TokenKind.Number)
            {
                itemStart = false;
                continue;
            }
            var opensItem = itemStart;
            itemStart = false;
            if (IsPercent(paragraph, j) || IsAfterNotQuantity(paragraph, j))
            {
                continue;
            }
            var unit = QuantityUnit.Read(paragraph, j);
            if (!whole.Unit.IsMeasure && !opensItem && (unit is null || unit.Value.Text.StartsWith("và", StringComparison.Ordinal))
                && BareCounts.IsBare(paragraph, j, itemFirst, end))
            {
                // `trong đó: tin 134, bài 62`: the kind named before the number stands for the whole's noun.
                if (notPart || !VietnameseNumber.TryParseDecimal(paragraph.GetText(token), out var count, out _) || IsApproximate(paragraph, j))
                {
                    if (listed >= 0)
                    {
                        break;
                    }
                    return (null, items, 0);
                }
                (parts ??= []).Add(new Figure(j, token.Span, paragraph.GetString(token), count, 0, whole.Unit with { LastToken = j }));
                items.Add(itemFirst);
                itemHasPart = true;
                bare++;
                continue;
            }
            if (unit is not { } u)
            {
                // `ngân sách huyện 24,5, vốn …`: a number with no unit may be a part written short; `52 HTX` another count.
                if (whole.Unit.IsMeasure && TokenNavigation.Next(tokens, j) is var next and >= 0 && tokens[next].Kind is TokenKind.Abbreviation or TokenKind.Code)
                {
                    continue;
                }
                if (listed >= 0)
                {
                    break;
                }
                return (null, items, 0);
            }
            if (!QuantityUnit.Agree(whole.Unit, u, options) && !PersonTitles.CountedAmong(whole.Unit, paragraph, j, options))
            {
                // `22 xã và 3 thị trấn` under `25 xã`: another kind listed as a part; the counts cannot be compared.
                if (!whole.Unit.IsMeasure && !u.IsMeasure && opensItem)
                {
                    if (listed >= 0)
                    {
                        break;
                    }
                    return (null, items, 0);
                }
                continue;
            }
            if (notPart || Read(paragraph, j) is not { } part || IsApproximate(paragraph, j))
            {
                if (listed >= 0)
                {
                    break;
                }
                return (null, items, 0);
            }
            if (afterSemicolon && figureFirst is { } first && first != opensItem)
            {
                // `trong đó mất trắng 1.420 ha; 86 ha hoa màu … bị thiệt hại`: past a `;`, an item written the other way
                // round names its own subject; the list has ended.
                if (listed < 0)
                {
                    listed = parts!.Count;
                }
                break;
            }
            figureFirst ??= opensItem;
            (parts ??= []).Add(part);
            items.Add(itemFirst);
            itemHasPart = true;
        }
        if (j >= end && !AddBracketed(end) && listed < 0)
        {
            return (null, items, 0);
        }
        if (bare > 0 && (bare != parts!.Count || !BareCounts.NameDifferentKinds(paragraph, parts)))
        {
            return (null, items, 0); // `mầm non 312, …, trung học cơ sở 452 người`: the bare figures may count something else
        }
        return (parts, items, listed < 0 ? parts?.Count ?? 0 : listed);

        // A comma after a lower-case word that opens the list item (or follows its first words) and before another
        // word: `nông, lâm sản`, `cán bộ, công chức`, where the two words share the noun after them.
        bool SharesNextNoun(int comma)
        {
            var before = TokenNavigation.Previous(tokens, comma);
            var after = TokenNavigation.Next(tokens, comma);
            return TokenNavigation.IsPunctuation(paragraph, comma, ',') && before >= 0 && tokens[before].Kind == TokenKind.Word
                && !char.IsUpper(paragraph.Text[tokens[before].Start]) && after >= 0 && after < end && tokens[after].Kind == TokenKind.Word
                && !char.IsUpper(paragraph.Text[tokens[after].Start]) && !StartsPhrase(paragraph, after, ClauseOpeners)
                && !StartsPhrase(paragraph, after, NotPartCues) && ItemWords(paragraph, itemFirst, comma) <= MaxSharedWords;
        }

        void NextItem()
        {
            itemStart = true;
            afterSemicolon = false;
            notPart = false;
            itemHasPart = false;
            bracket = -1;
        }

        // `5 hộ xây mới (200 triệu đồng)`: the amount in parentheses is the item's part. False when the parentheses hold
        // its amount in a way that cannot be added (`(mỗi hộ 40 triệu đồng)` alone) or the item has said `tăng`, `mỗi`…
        bool AddBracketed(int itemEnd)
        {
            if (!whole.Unit.IsMeasure || itemHasPart || bracket < 0)
            {
                return true;
            }
            var (kind, amount) = BracketedAmount.Read(paragraph, bracket, itemEnd, whole, options);
            if (kind == BracketedAmount.Kind.Amount && !notPart)
            {
                (parts ??= []).Add(amount);
                items.Add(itemFirst);
                itemHasPart = true;
                return true;
            }
            return kind == BracketedAmount.Kind.None;
        }
    }

    // Words of a list item's label before a comma that joins it to the next word (`nhóm hàng nông, lâm sản`).
    private const int MaxSharedWords = 3;

    private static int ItemWords(Paragraph paragraph, int first, int end)
    {
        var words = 0;
        for (var j = first; j >= 0 && j < end; j = TokenNavigation.Next(paragraph.Tokens, j))
        {
            words += paragraph.Tokens[j].Kind == TokenKind.Word ? 1 : 0;
        }
        return words;
    }

    /// <summary>
    /// The list item at <paramref name="word"/> opens with a verb of <see cref="NewSetVerbs"/> that the sentence has not
    /// said before the list at <paramref name="listStart"/>.
    /// </summary>
    private static bool OpensNewSet(Paragraph paragraph, int word, int listStart)
    {
        if (!StartsPhrase(paragraph, word, NewSetVerbs) || paragraph.SentenceOf(listStart) is not { } sentence)
        {
            return false;
        }
        foreach (var phrase in NewSetVerbs)
        {
            var words = phrase.Split(' ');
            if (TokenNavigation.MatchWords(paragraph, word, words) < 0)
            {
                continue;
            }
            for (var j = sentence.FirstToken; j < listStart; j++)
            {
                if (TokenNavigation.MatchWords(paragraph, j, words) >= 0)
                {
                    return false; // `khen thưởng 45 tập thể, gồm: khen thưởng …`: the parts split the verb's own count
                }
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// The words that name each part (`nữ` in `nữ 84 đồng chí (45,16%)`, `dân tộc thiểu số` in `41 đảng viên là người dân
    /// tộc thiểu số`, `dự bị` in `40 người dự bị`): its list item without its figure, its unit's head noun and what is in
    /// parentheses.
    /// </summary>
    private static List<IReadOnlyList<int>> Labels(Paragraph paragraph, List<Figure> parts, List<int> items, int end, AnalyzerOptions options)
    {
        var labels = new List<IReadOnlyList<int>>(parts.Count);
        for (var k = 0; k < parts.Count; k++)
        {
            var words = new List<int>();
            var depth = 0;
            var head = UnitHeads.HeadOf(parts[k].Unit.Text, options).Count(c => c == ' ') + 1; // words of the head noun still to skip
            for (var j = items[k]; j >= 0 && j < end; j = TokenNavigation.Next(paragraph.Tokens, j))
            {
                depth = Depth(paragraph, j, depth);
                var word = paragraph.Tokens[j].Kind == TokenKind.Word;
                if (depth > 0)
                {
                    continue;
                }
                if (j > parts[k].Token)
                {
                    if (TokenNavigation.IsPunctuation(paragraph, j, ',') || TokenNavigation.IsPunctuation(paragraph, j, ';') || TokenNavigation.IsWord(paragraph, j, "và"))
                    {
                        break;
                    }
                    if (word && head > 0)
                    {
                        head--;
                        continue;
                    }
                }
                if (word)
                {
                    words.Add(j);
                }
            }
            labels.Add(words);
        }
        return labels;
    }

    /// <summary>
    /// The number at <paramref name="index"/> as a figure that can be added: plain (no ratio, range or date), read the
    /// Vietnamese way and not ambiguous (`1,248` may be English thousands), a whole count, not a rate (`5 triệu đồng/hộ`).
    /// </summary>
    internal static Figure? Read(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var text = paragraph.GetText(tokens[index]);
        if (!VietnameseNumber.TryParseDecimal(text, out var value, out var decimals) || IsAmbiguous(text)
            || QuantityUnit.Read(paragraph, index) is not { } unit || (!unit.IsMeasure && decimals > 0))
        {
            return null;
        }
        var after = TokenNavigation.Next(tokens, unit.LastToken);
        if (TokenNavigation.IsPunctuation(paragraph, after, '/') || TokenNavigation.IsDash(paragraph, TokenNavigation.Next(tokens, index)))
        {
            return null;
        }
        return new Figure(index, tokens[index].Span, text.ToString(), value, decimals, unit);
    }

    /// <summary>`1,248`: one comma before exactly three digits reads as English thousands as well as a decimal.</summary>
    internal static bool IsAmbiguous(ReadOnlySpan<char> text)
    {
        var comma = text.IndexOf(',');
        return comma >= 0 && text.IndexOf('.') < 0 && text.Length - comma - 1 == 3;
    }

    /// <summary>`so với năm 2024` in a remark.</summary>
    private static bool IsYear(Paragraph paragraph, int index) =>
        paragraph.Tokens[index].Length == 4 && TokenNavigation.IsWord(paragraph, TokenNavigation.Previous(paragraph.Tokens, index), "năm");

    internal static bool IsPercent(Paragraph paragraph, int index) =>
        paragraph.Text[paragraph.Tokens[index].End - 1] == '%' || TokenNavigation.IsPunctuation(paragraph, TokenNavigation.Next(paragraph.Tokens, index), '%');

    /// <summary>
    /// `năm 2024`, `số 12`, `Điều 5` (but `tổng số 46 xã`, `dân tộc thiểu số 41 người`, `hư hỏng một phần 586 nhà` are
    /// quantities); also any ratio or date `X/Y`.
    /// </summary>
    internal static bool IsAfterNotQuantity(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var text = paragraph.GetText(tokens[index]);
        if (text.Contains('/'))
        {
            return true;
        }
        var previous = TokenNavigation.Previous(tokens, index);
        var beforePrevious = TokenNavigation.Previous(tokens, previous);
        return TokenNavigation.IsWordIn(paragraph, previous, NotQuantityBefore)
            && !(TokenNavigation.IsWord(paragraph, previous, "số") && TokenNavigation.IsWordIn(paragraph, beforePrevious, ["tổng", "trong", "thiểu", "đa"]))
            && !(TokenNavigation.IsWord(paragraph, previous, "phần") && TokenNavigation.IsWord(paragraph, beforePrevious, "một")); // `hư hỏng một phần 586 nhà`
    }
}
