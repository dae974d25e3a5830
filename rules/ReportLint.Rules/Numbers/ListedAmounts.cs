using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// A total and the list lines that make it, each line ending with its amount: `Tổng kinh phí: 500 triệu đồng, gồm:` then
/// `- Ngân sách tỉnh: 300 triệu đồng;` …, or the lines first and a closing `Tổng số: 74 đại biểu.` right after them. The
/// lines are read as <see cref="BulletListCount"/> reads them (bullets of the first line's mark, or numbered lines going on
/// one from another; other lines under them are sub-items and are not added), and only when the list plainly ends. A
/// line whose amount is not its only figure and its end (`- Hỗ trợ 20 hộ: 100 triệu đồng`, `… 8.200 triệu đồng (chiếm
/// 17%)`, though a note in words after it is let be: `(kèm theo dự toán)`), is approximate, a change or a rate, leaves the whole list unread. A lead line is a total only when it has one
/// figure, after `tổng` or before `gồm`, and does not say `mỗi` (a rate). A `trong đó` after its figure announces a subset,
/// which is read only when every line is a funding source of a sum of money (<see cref="FundingSources"/>): those make it.
/// </summary>
/// <param name="Bullet">The line's bullet (<see cref="BulletListCount.MarkOf"/>), or `\0`.</param>
/// <param name="Numbered">The line's number or letter, if any.</param>
/// <param name="Lead">The line ends with `:`: it announces what follows.</param>
/// <param name="Amount">For a lead, the total it announces; for another list line, its amount; else a closing total.</param>
/// <param name="Subset">The lead says `trong đó` after its total: the lines may be only some of it.</param>
internal sealed partial record ListedAmounts(char Bullet, NumberedItem? Numbered, bool Lead, Figure? Amount, bool Subset = false)
{
    // Words in a line's label that make its figure a change, a rate, a share or another total, not a part.
    private static readonly string[] NotPartInLabel =
        ["tăng", "giảm", "thêm", "vượt", "hụt", "so với", "mỗi", "tổng", "lũy kế", "luỹ kế", "bình quân", "trung bình", "chiếm", "gấp"];

    private bool IsItem => Bullet != '\0' || Numbered is not null;

    private bool IsClosing => !IsItem && !Lead && Amount is not null;

    public static ListedAmounts? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        var text = paragraph.Text;
        var mark = BulletListCount.MarkOf(text);
        var numbered = mark == '\0' ? NumberedItem.Read(text) : null;
        var item = mark != '\0' || numbered is not null;
        if (text.AsSpan().TrimEnd().EndsWith(':'))
        {
            var (announced, subset) = AnnouncedTotal(paragraph);
            return new ListedAmounts(mark, numbered, true, announced, subset);
        }
        if (item)
        {
            return new ListedAmounts(mark, numbered, false, ItemAmount(paragraph, true, context.Options));
        }
        return Closing().Match(text) is { Success: true } closing && ItemAmount(paragraph, false) is { } total && total.Span.Start == closing.Length
            ? new ListedAmounts('\0', null, false, total)
            : null;
    }

    /// <summary>A total whose list lines do not add up to it: the total, its paragraph, and each part with its paragraph.</summary>
    internal readonly record struct Mismatch(Figure Total, Paragraph Paragraph, Breakdown Breakdown, IReadOnlyList<TextSpan> Parts);

    public static IEnumerable<Mismatch> Mismatches(DocumentFacts<ListedAmounts> facts, ReportDocument document, AnalyzerOptions options)
    {
        for (var s = 0; s < facts.Count; s++)
        {
            var first = facts[s].Facts;
            var led = s > 0 && facts[s - 1].Facts.Lead && BulletListCount.Adjoins(facts, s, document);
            if (!first.IsItem || (led ? SameLevel(facts[s - 1].Facts, first) : !StartsUnannounced(facts, s, document)))
            {
                continue;
            }
            if (Items(facts, s, document) is not ({ } items, var next, var ends))
            {
                continue;
            }
            var closing = next < facts.Count && BulletListCount.Adjoins(facts, next, document) && facts[next].Facts.IsClosing ? facts[next] : (ParagraphFacts<ListedAmounts>?)null;
            if ((!ends && closing is null) || items.Count < 2 || items.Exists(k => facts[k].Facts is not { Lead: false, Amount: not null })
                || (!led && (closing is null || !NoAmountsBefore(facts, s, document))))
            {
                continue;
            }
            // A list with no lead line of its own is read only against the total closing it.
            var lead = led ? facts[s - 1].Facts : null;
            var parts = items.ConvertAll(k => facts[k].Facts.Amount!.Value);
            var bySource = parts[0].Unit.IsMoney && FundingSources.AllSources(items.Select(k => Label(facts[k])));
            // A `trong đó` lead announces all the money only when the lines name its sources.
            var announced = lead is null || (lead.Subset && !bySource) ? null : lead.Amount;
            var spans = items.ConvertAll(k => facts[k].Paragraph.ToAbsolute(facts[k].Facts.Amount!.Value.Span));
            foreach (var (total, paragraph, exhaustive) in new[] { (announced, facts[Math.Max(s - 1, 0)].Paragraph, lead is { Subset: false }), (closing?.Facts.Amount, closing?.Paragraph, true) })
            {
                if (total is { } whole && paragraph is not null && parts.TrueForAll(p => QuantityUnit.Agree(whole.Unit, p.Unit, options))
                    && new Breakdown(whole, parts, parts.Count, exhaustive, bySource) is var breakdown && breakdown.IsWrong())
                {
                    yield return new Mismatch(whole, paragraph, breakdown, spans);
                }
            }
        }
    }

    /// <summary>
    /// A list with no lead line: it follows plain text, or a numbered heading of another level with no amount (`2. Nội dung
    /// và kinh phí hỗ trợ` then `a)`, `b)`); a line adjoining another item of its list is no start.
    /// </summary>
    private static bool StartsUnannounced(DocumentFacts<ListedAmounts> facts, int s, ReportDocument document) =>
        s == 0 || !BulletListCount.Adjoins(facts, s, document)
        || (facts[s - 1].Facts is { Numbered: not null, Lead: false, Amount: null } heading && !SameLevel(heading, facts[s].Facts));

    /// <summary>
    /// No list line with an amount before the list in its part of the document (back to a part heading `II.` or a closing
    /// total): a total closing two groups (`1. Giống` `a)`… `2. Phân bón` `a)`… `Tổng cộng:`) adds them all, not the last.
    /// </summary>
    private static bool NoAmountsBefore(DocumentFacts<ListedAmounts> facts, int s, ReportDocument document)
    {
        var k = s - 1;
        for (var p = facts[s].Paragraph.Index - 1; p >= 0; p--)
        {
            if (Part().IsMatch(document.Paragraphs[p].Text))
            {
                return true;
            }
            if (k >= 0 && facts[k].Paragraph.Index == p)
            {
                var fact = facts[k--].Facts;
                if (fact.IsClosing)
                {
                    return true;
                }
                if (fact.IsItem && fact.Amount is not null)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>The words naming a list line's amount, before it (`Ngân sách tỉnh` in `a) Ngân sách tỉnh: 300 triệu đồng;`).</summary>
    private static (Paragraph Paragraph, IReadOnlyList<int> Words) Label(ParagraphFacts<ListedAmounts> line)
    {
        var paragraph = line.Paragraph;
        var words = new List<int>();
        for (var j = 0; j < line.Facts.Amount!.Value.Token; j++)
        {
            if (paragraph.Tokens[j].Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                words.Add(j);
            }
        }
        if (line.Facts.Numbered is { IsLettered: true } && words.Count > 0)
        {
            words.RemoveAt(0); // the letter of `a)`
        }
        return (paragraph, words);
    }

    /// <summary>`- Tổng vốn …:` then `- …`: a bullet of the lead's own mark, or a number of its style, is no sub-item of it.</summary>
    private static bool SameLevel(ListedAmounts lead, ListedAmounts first) =>
        (lead.Bullet != '\0' && lead.Bullet == first.Bullet) || (lead.Numbered is { } a && first.Numbered is { } b && a.Style == b.Style);

    /// <summary>
    /// The list's own lines from <paramref name="start"/> (sub-items left out), the index of the fact after the list, and
    /// whether the list plainly ends there; null when the lines do not make a list this reader trusts.
    /// </summary>
    private static (List<int>? Items, int Next, bool Ends) Items(DocumentFacts<ListedAmounts> facts, int start, ReportDocument document)
    {
        var items = new List<int> { start };
        var j = start + 1;
        if (facts[start].Facts.Numbered is { } numbered)
        {
            if (!numbered.IsFirst)
            {
                return (null, 0, false);
            }
            var last = numbered;
            for (; j < facts.Count && BulletListCount.Adjoins(facts, j, document) && facts[j].Facts.IsItem; j++)
            {
                if (facts[j].Facts.Numbered is not { } line || (line.Style != last.Style && line.IsLettered && !last.IsLettered))
                {
                    continue; // a bullet or lettered line under a numbered one: a sub-item
                }
                if (!line.Follows(last))
                {
                    break;
                }
                last = line;
                items.Add(j);
            }
            return (items, j, BulletListCount.NumberedListEnds(document, After(facts, j, document), last));
        }
        var mark = facts[start].Facts.Bullet;
        if (mark == BulletListCount.PersonLine)
        {
            return (null, 0, false);
        }
        for (; j < facts.Count && BulletListCount.Adjoins(facts, j, document) && facts[j].Facts is { IsItem: true, Numbered: null } line
            && line.Bullet != BulletListCount.PersonLine; j++)
        {
            if (line.Bullet == mark)
            {
                items.Add(j);
            }
        }
        return (items, j, BulletListCount.EndsThere(document, After(facts, j, document), mark));
    }

    private static int After(DocumentFacts<ListedAmounts> facts, int next, ReportDocument document) =>
        BulletListCount.NextNonBlank(document, facts[next - 1].Paragraph.Index);

    /// <summary>
    /// The one figure of a lead line, after `tổng` or before `gồm` or `trong đó`: the total its list must make, and whether
    /// the line announces only a subset of it (`trong đó` after the figure; before it, the line is itself a part).
    /// </summary>
    private static (Figure? Total, bool Subset) AnnouncedTotal(Paragraph paragraph)
    {
        if (Figures(paragraph) is not [{ } total] || !Plain(paragraph, total) || NotTotal().IsMatch(paragraph.Text))
        {
            return (null, false);
        }
        var subset = SubsetCue().Match(paragraph.Text);
        if (subset.Success && subset.Index < total.Span.Start)
        {
            return (null, false);
        }
        var tokens = paragraph.Tokens;
        var tong = false;
        var gom = false;
        for (var j = 0; j < tokens.Count; j++)
        {
            tong |= j < total.Token && TokenNavigation.IsWord(paragraph, j, "tổng");
            gom |= j > total.Token && TokenNavigation.IsWord(paragraph, j, "gồm");
        }
        return tong || gom || subset.Success ? (total, subset.Success) : (null, false);
    }

    /// <summary>
    /// The figure ending a list line (`: 22 đồng chí;`), when it is the line's only figure and a plain amount; a closing
    /// line is not <paramref name="labelled"/> (its `Tổng số` says what it is).
    /// </summary>
    private static Figure? ItemAmount(Paragraph paragraph, bool labelled, AnalyzerOptions? options = null)
    {
        var figures = Figures(paragraph);
        var found = figures is [{ } only] ? only : options is null ? null : CalculatedAmount(paragraph, figures, options);
        if (found is not { } amount || !Plain(paragraph, amount))
        {
            return null;
        }
        var tokens = paragraph.Tokens;
        var after = TokenNavigation.Next(tokens, amount.Unit.LastToken);
        if (AmountInWords.After(paragraph, amount) is { } words)
        {
            after = TokenNavigation.Next(tokens, words.End); // `(Bằng chữ: Một tỷ … đồng)` restates the amount (RL5029 compares them)
        }
        if (Math.Max(ShareRemarkEnd(paragraph, after), NoteEnd(paragraph, after)) is var remark and >= 0)
        {
            // `: 1.250 triệu đồng (chiếm 45,45%);`, `: 25 triệu đồng (có dự toán kèm theo).`: the remark is on the amount
            after = TokenNavigation.Next(tokens, remark);
        }
        for (var j = after; j >= 0; j = TokenNavigation.Next(tokens, j))
        {
            if (!(TokenNavigation.IsPunctuation(paragraph, j, ';') || TokenNavigation.IsPunctuation(paragraph, j, '.') || TokenNavigation.IsPunctuation(paragraph, j, ',')))
            {
                return null; // `(đã giải ngân 80 triệu đồng)`, `/hộ`, words: the line does not end with its amount
            }
        }
        // The words from the line's last `:` (or its start) to the figure say what the figure is (`khoảng`, `đến`, `trên`);
        // the line's label may say it is no part (`Vốn tăng thêm:`, `Mỗi hộ:`) but may also name a place (`trên địa bàn`).
        var from = 0;
        for (var j = amount.Token - 1; j >= 0; j--)
        {
            if (TokenNavigation.IsPunctuation(paragraph, j, ':'))
            {
                from = j;
                break;
            }
        }
        for (var j = 0; j < amount.Token; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && (j > from || labelled)
                && BreakdownReader.StartsPhrase(paragraph, j, j > from ? BreakdownReader.NotPartCues : NotPartInLabel))
            {
                return null;
            }
        }
        return amount;
    }

    /// <summary>
    /// A list line's amount that is the result of the one calculation written in it, `- Cá nhân: 12 cá nhân x 702.000 đồng
    /// = 8.424.000 đồng;` (<see cref="WrittenCalculation"/>): the value the calculation makes, so that a slip in the result,
    /// which RL5026 reports, does not also make the total look wrong.
    /// </summary>
    private static Figure? CalculatedAmount(Paragraph paragraph, List<Figure?> figures, AnalyzerOptions options)
    {
        if (figures is not [.., { } result])
        {
            return null;
        }
        WrittenCalculation? found = null;
        foreach (var sentence in paragraph.Sentences)
        {
            foreach (var calculation in WrittenCalculation.Read(paragraph, sentence))
            {
                if (found is not null)
                {
                    return null;
                }
                found = calculation;
            }
        }
        return found is { } written && written.Result.Token == result.Token && CalculationValue.Exact(written, options) is { } exact
            ? result with { Value = exact }
            : null;
    }

    /// <summary>
    /// The closing parenthesis of a share right after an amount, `(chiếm 45,45% tổng kinh phí)` or `(45,45%)`: a remark on
    /// the amount holding no other figure than its percentage; or -1.
    /// </summary>
    private static int ShareRemarkEnd(Paragraph paragraph, int open)
    {
        if (!TokenNavigation.IsPunctuation(paragraph, open, '('))
        {
            return -1;
        }
        var tokens = paragraph.Tokens;
        var first = TokenNavigation.Next(tokens, open);
        if (!TokenNavigation.IsWord(paragraph, first, "chiếm") && !(first >= 0 && tokens[first].Kind == TokenKind.Number && BreakdownReader.IsPercent(paragraph, first)))
        {
            return -1;
        }
        var percent = false;
        for (var j = first; j >= 0; j = TokenNavigation.Next(tokens, j))
        {
            if (TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                return percent ? j : -1;
            }
            if (TokenNavigation.IsPunctuation(paragraph, j, '(') || (tokens[j].Kind == TokenKind.Number && !BreakdownReader.IsPercent(paragraph, j)))
            {
                return -1;
            }
            percent |= tokens[j].Kind == TokenKind.Number;
        }
        return -1;
    }

    /// <summary>
    /// The closing parenthesis of a note in words only right after an amount, `(kèm theo dự toán chi tiết)`: it says
    /// nothing of the amount's size unless it names a change, a rate or a bound (`(tăng thêm)`, `(mỗi hộ)`); or -1.
    /// </summary>
    private static int NoteEnd(Paragraph paragraph, int open)
    {
        if (!TokenNavigation.IsPunctuation(paragraph, open, '('))
        {
            return -1;
        }
        var tokens = paragraph.Tokens;
        var words = 0;
        for (var j = TokenNavigation.Next(tokens, open); j >= 0; j = TokenNavigation.Next(tokens, j))
        {
            if (TokenNavigation.IsPunctuation(paragraph, j, ')'))
            {
                return words > 0 ? j : -1;
            }
            if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Punctuation) || TokenNavigation.IsPunctuation(paragraph, j, '(')
                || (tokens[j].Kind == TokenKind.Word && BreakdownReader.StartsPhrase(paragraph, j, BreakdownReader.NotPartCues)))
            {
                return -1;
            }
            words += tokens[j].Kind == TokenKind.Punctuation ? 0 : 1;
        }
        return -1;
    }

    /// <summary>Not approximate (`khoảng 20 tỷ đồng`) nor a change (`tăng 5 người`).</summary>
    private static bool Plain(Paragraph paragraph, Figure figure) =>
        !TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(paragraph.Tokens, figure.Token), BreakdownReader.Approximations)
        && !BreakdownReader.IsChange(paragraph, figure.Token);

    /// <summary>
    /// The figures of the paragraph that a sum could add: numbers with a unit, not percentages, dates, ratios, ranks or
    /// references (`thôn 3:`, `năm 2025`, `số 2`).
    /// </summary>
    private static List<Figure?> Figures(Paragraph paragraph)
    {
        var figures = new List<Figure?>();
        var tokens = paragraph.Tokens;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Kind != TokenKind.Number || BreakdownReader.IsPercent(paragraph, j) || BreakdownReader.IsAfterNotQuantity(paragraph, j))
            {
                continue;
            }
            if (BreakdownReader.Read(paragraph, j) is { } figure)
            {
                figures.Add(figure);
            }
            else if (QuantityUnit.Read(paragraph, j) is not null)
            {
                figures.Add(null); // a figure that cannot be added (`5 triệu đồng/hộ`, `2,5 người`) still counts as one
            }
        }
        return figures;
    }

    // `Tổng số: 74 đại biểu.`, `Tổng cộng 46.300 triệu đồng`, `Cộng: …`: the figure right after the word; or a sum of
    // money named, `Tổng kinh phí đề nghị hỗ trợ: …`, whose label says no part of it (`đã giải ngân`, `ngân sách tỉnh`,
    // `tăng thêm`) and no other scope (`năm 2024`: no digit).
    [GeneratedRegex(@"^\s*(?:(?:Tổng cộng|Tổng số|Tổng|Cộng|TỔNG CỘNG|TỔNG SỐ|TỔNG|CỘNG)\s*:?|(?:Tổng|TỔNG) (?i:kinh phí|chi phí|dự toán|số tiền|giá trị|vốn|nguồn vốn|mức hỗ trợ)(?![^:\n]*?(?<![\p{L}\p{M}])(?i:đã|còn|chưa|giải ngân|tăng|giảm|thêm|vượt|so|mỗi|bình quân|trung bình|lũy kế|luỹ kế|trong đó|ngân sách|nguồn|đối ứng|vay)(?![\p{L}\p{M}]))[^:\d\n]{0,60}:)\s*(?=\d)")]
    private static partial Regex Closing();

    // `II. ĐỐI TƯỢNG, NỘI DUNG`: a part of the document.
    [GeneratedRegex(@"^\s*[IVXLC]+[.)]\s")]
    private static partial Regex Part();

    // A subset (`trong số`) or a rate (`mỗi`, `bình quân`): the lines need not make the figure.
    [GeneratedRegex(@"(?i)(?<![\p{L}\p{M}])(?:trong số|mỗi|bình quân|trung bình)(?![\p{L}\p{M}])")]
    private static partial Regex NotTotal();

    // `trong đó`: a subset, unless the lines name the sources of a sum of money.
    [GeneratedRegex(@"(?i)(?<![\p{L}\p{M}])trong đó(?![\p{L}\p{M}])")]
    private static partial Regex SubsetCue();
}
