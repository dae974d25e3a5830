using System.Text.RegularExpressions;
using ReportLint.Core.Analysis;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Numbers;

/// <summary>
/// RL5015: a change that is not the difference between the figure it follows and the earlier figure given in
/// parentheses: `đạt 33.918 hội viên, tăng 1.124 hội viên so với cùng kỳ năm 2025 (32.894 hội viên)` is 1.024;
/// `đạt 1.250 tỷ đồng, tăng 12,5% so với năm 2025 (1.100 tỷ đồng)` is 13,6%. Only this phrase is read: a figure,
/// `, tăng|giảm C` (a count or a percent) `so với …` and the earlier figure opening the parenthesis; or
/// `từ A lên|xuống B, tăng|giảm C` (`từ 420 triệu đồng lên 504 triệu đồng, tăng 25%` is 20%). Between two rates
/// (`đạt 68,5%, tăng 2,3% so với năm 2025 (66,2%)`) the change is in points: a `%` change that is the relative one
/// passes, else the points are expected (`2,3 điểm phần trăm`). `từ A% lên B%` is RL5010's. The figure's share of
/// its whole may stand before the change (`215 hộ, chiếm 3,2% tổng số hộ, giảm 40 hộ so với …`). A change may also be
/// followed by its two figures (`giảm 3 vụ (42 vụ so với 45 vụ)`, <see cref="ChangeOfFigures"/>), go `tăng từ A đến B`, and
/// give its percentage after `tương đương` (<see cref="ChangePercent"/>), or point back to the figure ending the sentence before
/// (`… đạt 312 mô hình. Con số này tăng 40 mô hình so với năm trước (270 mô hình)`, <see cref="BackReferencedChange"/>).
/// </summary>
public sealed partial class ChangeMismatchAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("RL5015", "change-mismatch",
        new("Mức tăng, giảm không khớp với số liệu so sánh", "Change does not match the figures compared"),
        new("Từ {0} đến {1} là {2} {3}, không phải {4}{5}", "From {0} to {1} is {2} {3}, not {4}{5}"),
        RuleFamily.Numbers, ReportSeverity.Warning, FixSafety.Unsafe);

    private static readonly LocalizedText Increase = new("tăng", "an increase of");
    private static readonly LocalizedText Decrease = new("giảm", "a decrease of");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var text = context.Paragraph.FlatText;
        // The cues: most paragraphs compare nothing.
        var fromTo = text.Contains("từ ", StringComparison.Ordinal) && MayGoFromTo(text) ? FromToChange().Matches(text) : null;
        if (text.Contains("o với", StringComparison.Ordinal)) // `so với`, or `So với` opening a sentence
        {
            foreach (Match match in ComparedChange().Matches(text))
            {
                Check(context, match, earlierInParentheses: true);
            }
            foreach (var match in ChangeOfFigures.Read(text))
            {
                Check(context, match, earlierInParentheses: false);
            }
            if (text.Contains('%'))
            {
                foreach (Match match in ChangePercent.AgainstEarlier().Matches(text))
                {
                    CheckPercent(context, match);
                }
            }
            foreach (var match in BackReferencedChange.Read(context.Paragraph))
            {
                Check(context, match, earlierInParentheses: true);
            }
            foreach (var change in ComparedList.Read(context.Paragraph))
            {
                CheckListed(context, change);
            }
        }
        if (text.Contains("%)", StringComparison.Ordinal) || text.Contains("tương ", StringComparison.Ordinal))
        {
            foreach (Match match in ChangePercent.AgainstCurrent().Matches(text))
            {
                // `từ 500 hộ lên 545 hộ, tăng 45 hộ (9%)`: the figure it went from is written, and read below.
                if (!Within(fromTo, match.Groups["now"].Index))
                {
                    CheckPercentOfCurrent(context, match, text);
                }
            }
        }
        if (text.Contains("gấp ", StringComparison.Ordinal) && MayGoFromTo(text))
        {
            foreach (Match match in ChangeMultiple.Read(text))
            {
                CheckMultiple(context, match);
            }
        }
        foreach (Match match in fromTo ?? Enumerable.Empty<Match>())
        {
            // `xếp hạng từ 45 lên 32, tăng 13 bậc`: a rank rises as its number falls.
            if ((!match.Groups["to"].Success || GoesFromTo(match, text)) && !RankWords.Near(text, match.Index, match.Index + match.Length))
            {
                Check(context, match, earlierInParentheses: false);
            }
        }
    }

    private static bool MayGoFromTo(string text) =>
        text.Contains(" lên ", StringComparison.Ordinal) || text.Contains(" xuống ", StringComparison.Ordinal)
        || text.Contains(" đến ", StringComparison.Ordinal) || text.Contains(" tới ", StringComparison.Ordinal);

    private static bool Within(MatchCollection? matches, int index) =>
        matches is not null && matches.Any(m => m.Index <= index && index < m.Index + m.Length);

    /// <summary>
    /// `tăng từ 1.250 đến 1.410 hộ, tăng 160 hộ`: a figure going from one value to the other only when the verb, the figures
    /// and the change all go one way. With no verb `từ 30 đến 50` is a range; so is `giảm từ 30 đến 50 hộ` (how much it
    /// falls), and `tăng từ 5 đến 7 xã, tăng 2 xã so với …` whose change is against something else.
    /// </summary>
    private static bool GoesFromTo(Match match, string text)
    {
        var verb = match.Groups["verb"];
        var change = match.Groups["change"];
        var rest = text.AsSpan(change.Index + change.Length);
        var clause = rest.IndexOfAny(",;.") is var end and >= 0 ? rest[..end] : rest;
        return verb.Success && verb.Value == match.Groups["direction"].Value && Read(match, "before", out var before, out _)
            && Read(match, "now", out var now, out _) && now != before && (now > before) == (verb.Value == "tăng")
            && !clause.Contains(" so với", StringComparison.Ordinal);
    }

    private static void Check(ParagraphAnalysisContext context, Match match, bool earlierInParentheses)
    {
        var rate = match.Groups["nowRate"].Success;
        var points = match.Groups["points"].Success;
        var percent = match.Groups["percent"].Success;
        // `tăng 1,7 lần` is a multiple (or a percentage in hundreds), not a count of `lần`: see ChangeMultiple.
        if (match.Groups["changeUnit"].Value.StartsWith("lần", StringComparison.Ordinal))
        {
            return;
        }
        // A percentage in parentheses after the change is read by CheckPercent; it follows only a count.
        if ((match.Groups["share"].Success && (rate || percent || points)) || rate != match.Groups["beforeRate"].Success || (rate ? !(points || percent) : points) || !UnitsAgree(match)
            || !Read(match, "now", out var now, out var nowDecimals) || !Read(match, "before", out var before, out var beforeDecimals)
            || !Read(match, "change", out var stated, out var decimals) || before == 0)
        {
            return;
        }
        var increase = match.Groups["direction"].Value == "tăng";
        var beforeText = match.Groups["before"].Value;
        if (earlierInParentheses && !rate && (before * 2 < now || before > now * 2))
        {
            // `8.914,6 triệu đồng, giảm 4,2% so với cùng kỳ (391,6 triệu đồng)`: a figure far from the current one in
            // the parentheses is the change itself, not the earlier figure; a percent is then checked against it.
            var earlier = increase ? now - before : now + before;
            if (!percent || earlier <= 0)
            {
                return;
            }
            (before, beforeText) = (earlier, VietnameseNumber.FormatGrouped(earlier, nowDecimals));
        }
        // A rate's change in `%` is right only as the relative one (`từ 40% lên 50%, tăng 25%`); else it meant points.
        bool Holds(decimal current, decimal earlier)
        {
            var change = 100m * (current - earlier) / earlier;
            var measured = percent && !rate ? change : current - earlier;
            return (measured >= 0) == increase && VietnameseNumber.Written(Math.Abs(rate && percent ? change : measured), stated, decimals);
        }
        var far = beforeText != match.Groups["before"].Value;
        var difference = now - before;
        var relative = 100m * difference / before;
        var actual = percent && !rate ? relative : difference;
        var rightWay = (actual >= 0) == increase;
        if (Holds(now, before))
        {
            // `tăng 45 hộ, tương đương 9,8%`: the count is right, so its percentage is read against the same two figures.
            // In the comparison's own phrase a percentage before `so với` is read by CheckPercent; one after it is not.
            var percentage = match.Groups[earlierInParentheses ? "equivalent" : "share"];
            if (percentage.Success && !rate && !percent && !far)
            {
                ReportPercent(context, percentage, increase, Math.Abs(difference), new(beforeText, before, beforeDecimals, []),
                    new(match.Groups["now"].Value, now, nowDecimals, []));
            }
            return;
        }
        // Between two rates a change is stated in points: `tăng 2,3%` for 66,2% → 68,5% becomes `tăng 2,3 điểm phần trăm`.
        var amount = VietnameseNumber.FormatGrouped(Math.Abs(actual), decimals);
        var (unitVi, unitEn) = rate ? (" điểm phần trăm", " percentage points") : percent ? ("%", "%") : ("", "");
        var change = match.Groups["change"];
        var statedEnd = rate && percent ? match.Groups["percent"].Index + 1 : change.Index + change.Length;
        var span = new TextSpan(change.Index, change.Length);
        var replacement = amount + (rate && percent ? unitVi : "");
        var fix = rightWay ? CodeFix.Replace(TextSpan.FromBounds(change.Index, statedEnd), replacement, FixSafety.Unsafe)
            : CodeFix.Replace(TextSpan.FromBounds(match.Groups["direction"].Index, statedEnd), $"{(actual >= 0 ? "tăng" : "giảm")} {replacement}", FixSafety.Unsafe);
        var fixes = far ? [fix] : SwappedFigure(match, now, before, Holds) is { } swap ? new[] { swap, fix } : [fix];
        var statedWay = increase ? Increase : Decrease;
        var statedUnit = points ? unitVi : percent ? "%" : "";
        var statedUnitEn = points ? unitEn : percent ? "%" : "";
        var sign = rate ? "%" : "";
        context.Report(Rule, span, fixes, null, beforeText + sign, match.Groups["now"].Value + sign,
            actual >= 0 ? Increase : Decrease, new LocalizedText(amount + unitVi, amount + unitEn),
            new LocalizedText($"{statedWay.Vi} {change.Value}{statedUnit}", $"{statedWay.En} {change.Value}{statedUnitEn}"), "");
    }

    /// <summary>
    /// `từ 41,4 triệu đồng lên 78,6 triệu đồng, gấp 1,7 lần`: the multiple is 1,9; the stated one may be rounded or cut to
    /// the decimals it is written with, and the fix writes it with those decimals (one at least when the exact multiple is no
    /// whole number, so `gấp 2 lần` for 2,5 does not become `gấp 3 lần`).
    /// </summary>
    private static void CheckMultiple(ParagraphAnalysisContext context, Match match)
    {
        var (beforeUnit, nowUnit) = (match.Groups["beforeUnit"], match.Groups["nowUnit"]);
        if ((beforeUnit.Success && nowUnit.Success && !Same(beforeUnit.Value, nowUnit.Value))
            || RankWords.Near(context.Paragraph.FlatText, match.Index, match.Index + match.Length)
            || !Read(match, "before", out var before, out _) || !Read(match, "now", out var now, out _)
            || !Read(match, "times", out var stated, out var decimals) || ChangeMultiple.Of(before, now) is not { } exact
            || VietnameseNumber.Written(exact, stated, decimals))
        {
            return;
        }
        var places = decimals == 0 && Math.Round(exact, 0, MidpointRounding.AwayFromZero) != Math.Round(exact, 2) ? 1 : decimals;
        var amount = VietnameseNumber.FormatGrouped(exact, Math.Max(places, decimals));
        var times = match.Groups["times"];
        var span = new TextSpan(times.Index, times.Length);
        var withUnit = (Group g, Group unit) => unit.Success ? $"{g.Value} {unit.Value}" : g.Value;
        context.Report(Rule, span, [CodeFix.Replace(span, amount, FixSafety.Unsafe)], null,
            withUnit(match.Groups["before"], beforeUnit.Success ? beforeUnit : nowUnit), withUnit(match.Groups["now"], nowUnit),
            new LocalizedText("gấp", "a ratio of"), new LocalizedText(amount + " lần", amount),
            new LocalizedText($"gấp {times.Value} lần", times.Value), "");
    }

    /// <summary>
    /// `giảm 12 vụ (15,6%) so với năm 2025 (86 vụ)`: the percentage is the change over the earlier figure, 13,95%, whatever
    /// the current figure; the message names that figure and where the change leads from it.
    /// </summary>
    private static void CheckPercent(ParagraphAnalysisContext context, Match match)
    {
        var before = match.Groups["before"];
        var beforeUnit = match.Groups["beforeUnit"];
        var changeUnit = match.Groups["changeUnit"];
        if ((beforeUnit.Success && changeUnit.Success && !Same(beforeUnit.Value, changeUnit.Value))
            || changeUnit.Value.StartsWith("lần", StringComparison.Ordinal) || ChangePercent.IsYear(before.Value, beforeUnit.Success)
            || !Read(match, "before", out var earlier, out var beforeDecimals) || !Read(match, "change", out var change, out _) || earlier == 0)
        {
            return;
        }
        var increase = match.Groups["direction"].Value == "tăng";
        var current = increase ? earlier + change : earlier - change;
        if (current >= 0)
        {
            var now = new ComparedList.Figure(VietnameseNumber.FormatGrouped(current, beforeDecimals), current, beforeDecimals, []);
            ReportPercent(context, match.Groups["share"], increase, change, new(before.Value, earlier, beforeDecimals, []), now);
        }
    }

    /// <summary>
    /// `74 vụ trộm cắp, giảm 11 vụ (14,86%)`: the earlier figure is the current one undone by the change (85), and the
    /// percentage is the change over it. When the comparison writes the earlier figure, <see cref="CheckPercent"/> reads it.
    /// </summary>
    private static void CheckPercentOfCurrent(ParagraphAnalysisContext context, Match match, string text)
    {
        var share = match.Groups["share"];
        if (!Same(match.Groups["nowUnit"].Value, match.Groups["changeUnit"].Value) || StatesEarlier(text, match.Index + match.Length)
            || !Read(match, "now", out var now, out var decimals) || !Read(match, "change", out var change, out _))
        {
            return;
        }
        var increase = match.Groups["direction"].Value == "tăng";
        var earlier = increase ? now - change : now + change;
        if (earlier > 0)
        {
            ReportPercent(context, share, increase, change,
                new(VietnameseNumber.FormatGrouped(earlier, decimals), earlier, decimals, []), new(match.Groups["now"].Value, now, decimals, []));
        }
    }

    /// <summary>True when `so với …` after <paramref name="at"/> opens a parenthesis: the earlier figure is written there.</summary>
    private static bool StatesEarlier(string text, int at) => EarlierWritten().IsMatch(text.AsSpan(at));

    /// <summary>
    /// A change after a list of earlier figures (see <see cref="ComparedList"/>): against the current figure when the
    /// clause gives it, and its percentage against the earlier figure.
    /// </summary>
    private static void CheckListed(ParagraphAnalysisContext context, ComparedList.Change listed)
    {
        if (!VietnameseNumber.TryParseDecimal(listed.Value.ValueSpan, out var stated, out var decimals))
        {
            return;
        }
        var increase = listed.Direction.Value == "tăng";
        var earlier = listed.Earlier;
        if (listed.Current is { } now)
        {
            var difference = now.Value - earlier.Value;
            if ((difference >= 0) != increase || !VietnameseNumber.Written(Math.Abs(difference), stated, decimals))
            {
                ReportCount(context, listed.Direction, listed.Value, increase, difference, decimals, earlier.Text, now.Text);
                return;
            }
        }
        if (listed.Share.Success)
        {
            var current = listed.Current ?? new ComparedList.Figure("", increase ? earlier.Value + stated : earlier.Value - stated, earlier.Decimals, []);
            ReportPercent(context, listed.Share, increase, stated, earlier,
                current with { Text = current.Text.Length > 0 ? current.Text : VietnameseNumber.FormatGrouped(current.Value, earlier.Decimals) });
        }
    }

    /// <summary>A count change that is not the difference of two figures: the fix writes the difference (and turns the direction).</summary>
    private static void ReportCount(ParagraphAnalysisContext context, Group direction, Group change, bool increase, decimal difference, int decimals,
        string before, string now)
    {
        var amount = VietnameseNumber.FormatGrouped(Math.Abs(difference), decimals);
        var rightWay = (difference >= 0) == increase;
        var fix = rightWay ? CodeFix.Replace(new TextSpan(change.Index, change.Length), amount, FixSafety.Unsafe)
            : CodeFix.Replace(TextSpan.FromBounds(direction.Index, change.Index + change.Length), $"{(difference >= 0 ? "tăng" : "giảm")} {amount}", FixSafety.Unsafe);
        var statedWay = increase ? Increase : Decrease;
        context.Report(Rule, new TextSpan(change.Index, change.Length), [fix], null, before, now, difference >= 0 ? Increase : Decrease,
            amount, new LocalizedText($"{statedWay.Vi} {change.Value}", $"{statedWay.En} {change.Value}"), "");
    }

    /// <summary>
    /// A change's percentage in parentheses that is not the change over the earlier figure, rounded or cut to the decimals
    /// written; one far from it (a change in points, most likely) is left alone.
    /// </summary>
    private static void ReportPercent(ParagraphAnalysisContext context, Group share, bool increase, decimal change, ComparedList.Figure earlier,
        ComparedList.Figure now)
    {
        if (!VietnameseNumber.TryParseDecimal(share.ValueSpan, out var stated, out var decimals))
        {
            return;
        }
        var exact = ChangePercent.Of(Math.Abs(now.Value - earlier.Value) is var moved && moved > 0 ? moved : change, earlier.Value);
        if (VietnameseNumber.Written(exact, stated, decimals) || !ChangePercent.Comparable(exact, stated))
        {
            return;
        }
        var amount = VietnameseNumber.FormatGrouped(exact, decimals);
        var way = increase ? Increase : Decrease;
        context.Report(Rule, new TextSpan(share.Index, share.Length), CodeFix.Replace(new TextSpan(share.Index, share.Length), amount, FixSafety.Unsafe),
            earlier.Text, now.Text, way, amount + "%", new LocalizedText($"{way.Vi} {share.Value}%", $"{way.En} {share.Value}%"),
            new LocalizedText($" (tỷ lệ tính trên số liệu so sánh {earlier.Text})", $" (the percentage is of the earlier figure, {earlier.Text})"));
    }

    /// <summary>
    /// The one figure whose two swapped digits make the change exact (`3.268,5` for `3.286,5`): the change was then
    /// right and the figure the slip. Nothing when no swap, or more than one, fits.
    /// </summary>
    private static CodeFix? SwappedFigure(Match match, decimal now, decimal before, Func<decimal, decimal, bool> holds)
    {
        CodeFix? found = null;
        foreach (var name in (ReadOnlySpan<string>)["now", "before"])
        {
            var group = match.Groups[name];
            foreach (var swapped in TransposedDigits.Of(group.Value))
            {
                if (!VietnameseNumber.TryParseDecimal(swapped, out var value, out _) || value == 0
                    || !(name == "now" ? holds(value, before) : holds(now, value)))
                {
                    continue;
                }
                if (found is not null)
                {
                    return null;
                }
                found = CodeFix.Replace(new TextSpan(group.Index, group.Length), swapped, FixSafety.Unsafe,
                    new($"Sửa “{group.Value}” thành “{swapped}” (hai chữ số bị đảo)", $"Change “{group.Value}” to “{swapped}” (two digits swapped)"));
            }
        }
        return found;
    }

    private static bool Read(Match match, string group, out decimal value, out int decimals) =>
        VietnameseNumber.TryParseDecimal(match.Groups[group].ValueSpan, out value, out decimals);

    /// <summary>The earlier figure's unit, when written, is the change's or the figure's (`người` and `hội viên` may both count members).</summary>
    private static bool UnitsAgree(Match match)
    {
        var before = match.Groups["beforeUnit"];
        if (match.Groups["nowTail"].Success)
        {
            // `48 cuộc tiếp xúc cử tri ở các thôn, tăng 7 cuộc so với năm 2023 (43 cuộc)`: a long phrase after the figure
            // is its unit only when the change and the earlier figure repeat its first word.
            var now = match.Groups["nowUnit"].Value;
            return before.Success && Same(before.Value, now) && Same(match.Groups["changeUnit"].Value, now);
        }
        if (!before.Success || match.Groups["percent"].Success)
        {
            return !before.Success || Same(before.Value, match.Groups["nowUnit"].Value);
        }
        return Same(before.Value, match.Groups["changeUnit"].Value) || Same(before.Value, match.Groups["nowUnit"].Value);
    }

    private static bool Same(string a, string b) =>
        a.Length > 0 && b.Length > 0 && a.Split(' ')[0].Equals(b.Split(' ')[0], StringComparison.OrdinalIgnoreCase);

    // A figure as drafts write it (`32.894`, `8.914,6`, `12`); a unit of up to three lower-case words (`hội viên`,
    // `triệu đồng`, `tạ/ha`, `triệu đồng/người/năm`); a year a figure was measured in (`năm 2025`, `(năm 2025)`).
    internal const string Figure = @"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?";
    // `tỷ USD`: the one upper-case unit drafts write after a scale word.
    internal const string UnitWord = @"(?:[\p{Ll}\p{M}]+|USD)";
    internal const string UnitWords = UnitWord + @"(?:/[\p{Ll}\p{M}]+){0,2}(?: " + UnitWord + @"(?:/[\p{Ll}\p{M}]+){0,2}){0,2}";
    internal const string Year = @"(?: \(?năm \d{4}\)?| \(\d{4}\))?";

    // `so với cùng kỳ năm 2025 (`, `so với thời điểm 31/12/2024 (`: the period compared with has no figure but years
    // and dates and no punctuation, so the parenthesis it opens holds the earlier figure.
    internal const string ComparedPeriod = @"(?:[\p{L}\p{M}]+ |\d{4}(?: ?[-–] ?\d{4})? |\d{1,2}/\d{1,2}/\d{4} |\d{1,2}/\d{4} ){1,6}?";
    internal const string ComparedWith = @" so với " + ComparedPeriod + @"\(";

    // The rest of a longer noun phrase after a figure's unit (`cuộc tiếp xúc| cử tri ở các thôn`, `mô hình| “Dân vận khéo”
    // được công nhận`, `hộ hội viên| sản xuất, kinh doanh giỏi`): words, or a quoted name and words, taken whole (no
    // backtracking word by word), so the regex stays cheap. A comma may join two words of the phrase, not open a remark,
    // a change or another clause.
    private const string PhraseTail = @"(?<nowTail>(?> [“""][^“”""\d]{1,60}[”""](?: [\p{Ll}\p{M}]+){0,8})|(?>(?:" + PhraseComma + @" [\p{Ll}\p{M}]+){1,8}))?";
    private const string PhraseComma = @"(?:,(?! (?:tăng|giảm|chiếm|đạt|vượt|bằng|so|trong|nhưng|song|riêng|còn|là|với|góp|giúp|đưa|nâng|làm|được|chủ yếu|gồm|bao|và)\b))?";

    // A note on the figure's source between it and its change: `72,5 triệu đồng/người/năm (theo số liệu của Chi cục
    // Thống kê), tăng …`; words only, so no other figure hides in it.
    private const string Source = @"(?: \((?:theo|nguồn)[^()\d]{1,80}\))?";

    // The figure's share of its whole between it and its change: `215 hộ cận nghèo, chiếm 3,2% tổng số hộ, giảm …`;
    // a rate and words only, so the change still follows the figure it is read against.
    private const string Share = @"(?:, chiếm (?:khoảng |gần |hơn )?(?:" + Figure + @") ?%(?>(?: [\p{Ll}\p{M}]+){0,6}))?";

    // The figure's share of its target between it and its change: `14 đảng viên mới, đạt 116,67% chỉ tiêu (12 đảng viên),
    // tăng …`; a rate, words and the target in parentheses, so the change still follows the figure it is read against.
    private const string TargetShare = @"(?:, (?:đạt|vượt|bằng) (?:" + Figure + @") ?%(?>(?: [\p{Ll}\p{M}]+){0,6})(?: \([^()\d]{0,20}(?:" + Figure + @")(?: [\p{Ll}\p{M}]+){0,3}\))?)?";

    // A short label naming the earlier period before its figure in the parentheses: `(cùng kỳ: 2,38 tỷ USD)`,
    // `(11 tháng năm 2025 đạt 2,38 tỷ USD)`, `(năm 2024 là 389,6 tỷ đồng)`. Only period words and their numbers, so a
    // part (`(trong đó nữ là 120 người)`) is never taken for the earlier figure.
    internal const string PeriodLabel = @"(?:(?:cùng kỳ|năm học|học kỳ|nhiệm kỳ|năm|tháng|quý|kỳ|vụ|đợt|đầu|cuối|trước|ngoái|\d{1,4}(?: ?[-–/] ?\d{1,4})?|[IV]{1,3})(?: |(?=:))){1,8}?(?:: |(?:ước |chỉ )?(?:đạt|là) )";

    // `từ 420 triệu đồng lên 504 triệu đồng, tăng 25%`, `giảm từ 16 vụ (năm 2025) xuống còn 12 vụ, giảm 4 vụ`,
    // `từ 118 lên 131 hộ (tăng 13 hộ)`: the earlier figure first. A rate (`từ 14,86% xuống 12,10%`) is RL5010's: `%`
    // may not follow either figure. `tăng từ 1.250 đến 1.410 hộ` keeps its verb (group `to`: see GoesFromTo); a count
    // change may give its percentage (`tăng 45 hộ, tương đương 9%`, group `share`).
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?<verb>tăng|giảm) )?từ (?<before>" + Figure + @")(?![\d%/])(?: (?<beforeUnit>" + UnitWords + "))?" + Year
        + @" (?:(?:lên|xuống) (?:còn |đến |tới |mức )?|(?<to>đến|tới) )(?<now>" + Figure + @")(?![\d%/])(?: (?<nowUnit>" + UnitWords + "))?" + Year
        + @"(?:, | \()(?<direction>tăng|giảm) (?:thêm |được )?(?<change>" + Figure + @")(?: ?(?<percent>%)| (?<changeUnit>" + UnitWords
        + @"))?(?![\d\p{L}])(?:" + ChangePercent.Stated + ")?")]
    private static partial Regex FromToChange();

    // `33.918 hội viên, tăng 1.124 hội viên so với cùng kỳ năm 2025 (32.894 hội viên)` (a longer phrase after the figure:
    // see <see cref="UnitsAgree"/>); `1.250 tỷ đồng, tăng 12,5% so
    // với năm 2025 (1.100 tỷ đồng)`; `đạt 98,6%, tăng 1,8 điểm phần trăm so với năm học 2021 - 2022 (97,2%)`. The period
    // compared with has no figure but years and no punctuation, so the parenthesis holds the earlier figure.
    [GeneratedRegex(@"^" + ComparedWith)]
    private static partial Regex EarlierWritten();

    [GeneratedRegex(@"(?<![\d.,/])(?<now>" + Figure + @")(?![\d/])(?:(?<nowRate> ?%)| (?<nowUnit>" + UnitWords + ")" + PhraseTail + ")?" + Source + Share + TargetShare
        + @", (?<direction>tăng|giảm) (?:thêm )?(?<change>" + Figure + @")(?: ?(?<percent>%)| (?<points>điểm phần trăm|điểm %)| (?<changeUnit>"
        + UnitWords + @"))?(?:" + ChangePercent.Stated + ")?" + ComparedWith + "(?:" + PeriodLabel + ")?(?<before>" + Figure + @")(?:(?<beforeRate> ?%)| (?<beforeUnit>"
        + UnitWords + @"))?\)(?:" + ChangePercent.EquivalentLead + "(?<equivalent>" + Figure + ")" + ChangePercent.EquivalentEnd + ")?")]
    private static partial Regex ComparedChange();
}
