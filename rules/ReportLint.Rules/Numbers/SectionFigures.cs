using ReportLint.Core.Analysis;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Abbreviations;

namespace ReportLint.Rules.Numbers;

/// <summary>What a figure of a paragraph may be to a share stated later in its section.</summary>
internal enum SectionRole
{
    /// <summary>A figure with nothing saying it is a whole: the whole only if the share agrees with it.</summary>
    Plain,

    /// <summary>A whole stated as such: `tổng số N`, `Toàn xã có N`, `Xã có N`, `Tổng kinh phí … là N`.</summary>
    Whole,

    /// <summary>A subgroup that a later share may be of: `trong số N`, `N …, trong đó`, `N … gồm`, either side of `X/Y`.</summary>
    Container,

    /// <summary>`khoảng N`, `hơn N`: a whole no exact share can be checked against.</summary>
    Approximate,
}

/// <summary>
/// A figure of a paragraph and its role (<see cref="SectionRole"/>); spans relative to the paragraph. <paramref name="Year"/>: for a
/// whole, the first `năm YYYY` of its sentence (0 for none).
/// </summary>
internal readonly record struct SectionFigure(Figure Figure, SectionRole Role, int Year = 0);

/// <summary>
/// `118 hộ nghèo, chiếm 5,28%` with no whole the linker found in its sentence (<see cref="PercentageLinker"/>).
/// <paramref name="SentenceStart"/>: where the share's sentence starts; <paramref name="NamedWhole"/>: the noun of a
/// `tổng số hộ` named after the share, if any; <paramref name="Subgroup"/>: the sentence says the part is of a group
/// named before it (`Trong đó, …`, `Trong số hộ cận nghèo, …`); <paramref name="Year"/>: the first `năm YYYY` of its sentence, or 0.
/// <paramref name="Bracketed"/>: the share is a bare `(P%)` after its part (`nữ 11 đồng chí (35,48%)`), with no `chiếm`: read
/// only beside sibling shares (<see cref="SiblingShares"/>).
/// </summary>
internal readonly record struct OrphanShare(TextSpan Span, TextSpan PercentSpan, decimal Percent, int Decimals, Figure Part,
    int SentenceStart, string? NamedWhole, bool Subgroup, int Year, bool Bracketed = false)
{
    public bool Agrees(decimal whole) => PercentageLinker.Agrees(Part.Base, whole, Percent, Decimals);

    /// <summary>The share the part is of <paramref name="whole"/>, written with the share's decimals.</summary>
    public string Expected(decimal whole) => VietnameseNumber.Format(100m * Part.Base / whole, Decimals);

    /// <summary>`chiếm 5,28% tổng số nhân khẩu`: the share names a whole of another noun than <paramref name="unit"/>.</summary>
    public bool NamesOtherWhole(string unit, AnalyzerOptions options) =>
        NamedWhole is { } named && !UnitHeads.Covers(named, unit, options) && !UnitHeads.Covers(unit, named, options);
}

/// <summary>
/// The facts RL5001 collects from one paragraph to check a share against a whole stated earlier in its section: whether
/// it is a heading (which opens a section), its figures, and its shares with no whole of their own. <paramref name="Opens"/>:
/// the figure whose parts the lines after it list (`… 213 mô hình, trong đó:`); <paramref name="Line"/>: the marker
/// opening the paragraph as a line of a list (`- `, `a)`), if any.
/// </summary>
internal sealed record SectionFigures(bool Heading, List<SectionFigure> Figures, List<OrphanShare>? Shares, Figure? Opens = null, ListLine? Line = null)
{
    // The words that open a list after its whole, before the `:` ending the paragraph: `…, trong đó:`, `…, gồm:`, `… như sau:`.
    private static readonly string[] ListOpeners = ["trong đó", "gồm", "bao gồm", "cụ thể", "như sau"];

    // Words that may qualify the whole's unit before the list opens: `213 mô hình DVK, trong đó:`.
    private const int MaxWordsBeforeOpener = 3;

    // Words before `có` that make its count the whole of a place or a body: `Toàn xã có`, `Xã Tân Phú có`, `Đảng bộ có`.
    private static readonly string[] Holders =
        ["toàn", "xã", "huyện", "tỉnh", "phường", "quận", "thị trấn", "thị xã", "thành phố", "đảng bộ", "địa phương", "đơn vị", "địa bàn"];

    // `Tổng kinh phí`, `tổng vốn`, `tổng thu`, `tổng chi`, `tổng mức đầu tư`, `tổng dự toán`, `tổng số`…: a named total.
    private static readonly string[][] Totals = [["số"], ["kinh"], ["vốn"], ["thu"], ["chi"], ["mức"], ["dự"], ["giá"], ["diện"], ["sản"], ["nguồn"], ["cộng"]];

    // Words between a total's name and its figure: `Tổng kinh phí thực hiện năm 2025 là 38.000 triệu đồng`.
    private const int MaxWordsNamingTotal = 14;

    private const int MaxWordsBeforeHas = 4;

    // Words between a part and `chiếm`: its unit and what it counts (`128 đảng viên được đánh giá hoàn thành xuất sắc nhiệm vụ`).
    private const int MaxWordsAfterPart = 12;

    // `Trong đó, 118 hộ …`, `Trong số đó …`, `Số này …`: the part is of a group the sentence before named.
    private static readonly string[] SubgroupCues = ["trong", "số", "đó", "này"];

    public static SectionFigures? Collect(ParagraphFactsContext context)
    {
        var paragraph = context.Paragraph;
        // A short line that leads a list (`Kinh phí được phân bổ như sau:`) goes on with its section.
        var heading = RunningText.IsHeading(paragraph) && !EndsWithColon(paragraph);
        var figures = Read(paragraph);
        var shares = figures.Count == 0 ? null : ReadShares(paragraph, figures, context.Options);
        return heading || figures.Count > 0
            ? new SectionFigures(heading, figures, shares, OpenedWhole(paragraph, figures), ListLine.Of(paragraph.Text))
            : null;
    }

    /// <summary>
    /// `Toàn huyện xây dựng 213 mô hình, trong đó:`, `Tổng chi là 4.700.000.000 đồng, gồm:`: the paragraph ends by opening a
    /// list right after its last figure, which is the whole the list's lines break down. Null for an estimate, a ratio
    /// (`46/48 xã`: either side may be the whole) or a figure with more than a few words between it and the opener.
    /// </summary>
    private static Figure? OpenedWhole(Paragraph paragraph, List<SectionFigure> figures)
    {
        if (figures.Count == 0 || !EndsWithColon(paragraph))
        {
            return null;
        }
        var (figure, role, _) = figures[^1];
        if (role == SectionRole.Approximate || (figures.Count > 1 && figures[^2].Figure.Token == figure.Token))
        {
            return null;
        }
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, figure.Unit.LastToken);
        for (var words = 0; words < MaxWordsBeforeOpener && next >= 0 && tokens[next].Kind is TokenKind.Word or TokenKind.Abbreviation
             && !BreakdownReader.StartsPhrase(paragraph, next, ListOpeners); words++)
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (TokenNavigation.IsPunctuation(paragraph, next, ','))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (next < 0 || !BreakdownReader.StartsPhrase(paragraph, next, ListOpeners))
        {
            return null;
        }
        // The opener's words (`trong đó có`, `cụ thể như sau`), then the colon that ends the paragraph.
        next = TokenNavigation.Next(tokens, next);
        for (var words = 0; words < MaxWordsBeforeOpener && next >= 0 && tokens[next].Kind == TokenKind.Word; words++)
        {
            next = TokenNavigation.Next(tokens, next);
        }
        return TokenNavigation.IsPunctuation(paragraph, next, ':') && TokenNavigation.Next(tokens, next) < 0 ? figure : null;
    }

    private static bool EndsWithColon(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var last = tokens.Count - 1;
        while (last >= 0 && tokens[last].Kind.IsTrivia())
        {
            last--;
        }
        return TokenNavigation.IsPunctuation(paragraph, last, ':');
    }

    private static List<SectionFigure> Read(Paragraph paragraph)
    {
        var tokens = paragraph.Tokens;
        var figures = new List<SectionFigure>();
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            depth = BreakdownReader.Depth(paragraph, i, depth);
            if (tokens[i].Kind != TokenKind.Number || BreakdownReader.IsPercent(paragraph, i) || BreakdownReader.IsChange(paragraph, i))
            {
                continue;
            }
            if (paragraph.GetText(tokens[i]).Contains('/'))
            {
                AddRatio(paragraph, i, figures);
                continue;
            }
            if (BreakdownReader.IsAfterNotQuantity(paragraph, i) || BreakdownReader.Read(paragraph, i) is not { } figure)
            {
                continue;
            }
            var role = depth > 0 ? SectionRole.Plain : RoleOf(paragraph, i, figure);
            figures.Add(new SectionFigure(figure, role, role == SectionRole.Whole ? YearOf(paragraph, SentenceOf(paragraph, i)) : 0));
        }
        return figures;
    }

    /// <summary>`2.300/2.450 hộ`: both sides may be the whole of a later share, and neither is stated as the section's whole.</summary>
    private static void AddRatio(Paragraph paragraph, int index, List<SectionFigure> figures)
    {
        var token = paragraph.Tokens[index];
        var text = paragraph.GetString(token);
        var slash = text.IndexOf('/');
        if (slash <= 0 || text.LastIndexOf('/') != slash
            || TokenNavigation.IsWordIn(paragraph, TokenNavigation.Previous(paragraph.Tokens, index), ["ngày", "tháng", "năm", "số", "chiều", "sáng"])
            || QuantityUnit.Read(paragraph, index) is not { } unit)
        {
            return;
        }
        foreach (var (from, to) in new[] { (0, slash), (slash + 1, text.Length) })
        {
            if (VietnameseNumber.TryParseDecimal(text.AsSpan(from, to - from), out var value, out var decimals) && value > 0)
            {
                figures.Add(new SectionFigure(new Figure(index, new TextSpan(token.Start + from, to - from), text[from..to], value, decimals, unit),
                    SectionRole.Container));
            }
        }
    }

    private static SectionRole RoleOf(Paragraph paragraph, int index, Figure figure)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, index);
        if (TokenNavigation.IsWordIn(paragraph, previous, BreakdownReader.Approximations))
        {
            return SectionRole.Approximate;
        }
        if (TokenNavigation.IsWord(paragraph, previous, "số"))
        {
            var before = TokenNavigation.Previous(tokens, previous);
            if (TokenNavigation.IsWord(paragraph, before, "tổng"))
            {
                return SectionRole.Whole; // `tổng số 2.450 hộ`, `Trong tổng số 2.450 hộ`
            }
            if (TokenNavigation.IsWord(paragraph, before, "trong"))
            {
                return SectionRole.Container; // `trong số 320 hộ cận nghèo`
            }
        }
        // A named whole stays the whole when it is broken down (`Tổng kinh phí … là 38.000 triệu đồng, trong đó: …`).
        if (HeldBy(paragraph, previous) || NamedTotal(paragraph, previous))
        {
            return SectionRole.Whole;
        }
        return OpensBreakdown(paragraph, figure.Unit.LastToken) ? SectionRole.Container : SectionRole.Plain;
    }

    /// <summary>`N <unit>, trong đó`, `N <unit> gồm`: the figure is the whole of the parts listed after it.</summary>
    private static bool OpensBreakdown(Paragraph paragraph, int unitEnd)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, unitEnd);
        for (var words = 0; words < 3 && next >= 0 && tokens[next].Kind == TokenKind.Word && !TokenNavigation.IsWordIn(paragraph, next, ["gồm", "trong"]); words++)
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (TokenNavigation.IsPunctuation(paragraph, next, ',') || TokenNavigation.IsPunctuation(paragraph, next, ':') || TokenNavigation.IsPunctuation(paragraph, next, ';'))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        return TokenNavigation.IsWordIn(paragraph, next, ["gồm", "bao"])
            || (TokenNavigation.IsWord(paragraph, next, "trong") && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(tokens, next), ["đó", "số"]));
    }

    /// <summary>`Toàn xã có 2.450 hộ`, `Xã Tân Phú hiện có 2.450 hộ`: `có` after a place or a body opening the clause.</summary>
    private static bool HeldBy(Paragraph paragraph, int co)
    {
        if (!TokenNavigation.IsWord(paragraph, co, "có"))
        {
            return false;
        }
        var tokens = paragraph.Tokens;
        var first = -1;
        var previous = TokenNavigation.Previous(tokens, co);
        for (var words = 0; words < MaxWordsBeforeHas && previous >= 0 && tokens[previous].Kind == TokenKind.Word; words++)
        {
            if (TokenNavigation.IsWord(paragraph, previous, "toàn"))
            {
                return true;
            }
            first = previous;
            previous = TokenNavigation.Previous(tokens, previous);
        }
        // The holder opens the sentence or follows a comma (`Hiện nay, xã có …`).
        var opens = previous < 0 || TokenNavigation.IsPunctuation(paragraph, previous, ',') || IsSentenceStart(paragraph, first);
        return first >= 0 && opens && BreakdownReader.StartsPhrase(paragraph, first, Holders);
    }

    private static bool IsSentenceStart(Paragraph paragraph, int index) =>
        index >= 0 && TokenNavigation.Previous(paragraph.Tokens, index) < SentenceOf(paragraph, index).FirstToken;

    // Every index read here is a token of the paragraph, so a sentence holds it.
    private static Sentence SentenceOf(Paragraph paragraph, int index) => paragraph.SentenceOf(index) ?? paragraph.Sentences[^1];

    /// <summary>The first `năm YYYY` of the sentence, or 0: a whole of 2020 is not the whole of a share of 2025.</summary>
    private static int YearOf(Paragraph paragraph, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (YearNumber.AfterNam(paragraph, i) is { } year)
            {
                return year;
            }
        }
        return 0;
    }

    /// <summary>
    /// `Tổng kinh phí thực hiện năm 2025 là 38.000 triệu đồng`, `tổng vốn đầu tư: 1.200 tỷ đồng`: `tổng` and a total's name,
    /// a few words (a year among them), maybe `là`, `:` or `đạt`, then the figure.
    /// </summary>
    private static bool NamedTotal(Paragraph paragraph, int previous)
    {
        var tokens = paragraph.Tokens;
        if (TokenNavigation.IsWordIn(paragraph, previous, ["là", "đạt"]) || TokenNavigation.IsPunctuation(paragraph, previous, ':'))
        {
            previous = TokenNavigation.Previous(tokens, previous);
        }
        for (var words = 0; words < MaxWordsNamingTotal && previous >= 0; words++)
        {
            var token = tokens[previous];
            if (token.Kind == TokenKind.Word)
            {
                if (TotalName.After(paragraph, previous, Totals) is not null)
                {
                    return true;
                }
            }
            else if (!IsYearOrRange(paragraph, previous) && !TokenNavigation.IsDash(paragraph, previous))
            {
                return false; // another figure or a stop: the total named before is not this figure's
            }
            previous = TokenNavigation.Previous(tokens, previous);
        }
        return false;
    }

    /// <summary>`năm 2025`, `giai đoạn 2026 - 2030`: a figure naming a time, not a quantity.</summary>
    private static bool IsYearOrRange(Paragraph paragraph, int index) =>
        paragraph.Tokens[index].Kind == TokenKind.Number
        && (BreakdownReader.IsAfterNotQuantity(paragraph, index) || TokenNavigation.IsDash(paragraph, TokenNavigation.Previous(paragraph.Tokens, index)));

    /// <summary>The paragraph's `X <unit>, chiếm Y%` whose percentage the linker tied to nothing in its sentence.</summary>
    private static List<OrphanShare>? ReadShares(Paragraph paragraph, List<SectionFigure> figures, AnalyzerOptions options)
    {
        List<OrphanShare>? shares = null;
        var tokens = paragraph.Tokens;
        var sentences = paragraph.Sentences;
        for (var s = 0; s < sentences.Count; s++) // by index: every paragraph with a figure passes here
        {
            var sentence = sentences[s];
            List<PercentageLink>? links = null;
            var read = false;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (tokens[i].Kind != TokenKind.Number || !PercentageLinker.TryPercent(paragraph, i, out var percent, out var decimals, out var number, out var full))
                {
                    continue;
                }
                var bracketed = false;
                if (ChiemBefore(paragraph, i) is not { } cue)
                {
                    cue = TokenNavigation.Previous(tokens, i);
                    bracketed = TokenNavigation.IsPunctuation(paragraph, cue, '(');
                }
                if ((!bracketed && !TokenNavigation.IsWord(paragraph, cue, "chiếm")) || PartBefore(paragraph, cue, figures) is not { } part)
                {
                    continue;
                }
                if (!read)
                {
                    links = PercentageLinker.Find(paragraph, sentence, options);
                    read = true;
                }
                if (IsLinked(links, full) || !EndsShare(paragraph, full, out var named))
                {
                    continue;
                }
                var subgroup = NamesSubgroup(paragraph, sentence, part.Token);
                (shares ??= []).Add(new OrphanShare(full, number, percent, decimals, part, tokens[sentence.FirstToken].Start, named, subgroup,
                    YearOf(paragraph, sentence), bracketed));
            }
        }
        return shares;
    }

    /// <summary>A link of the sentence has the percentage at <paramref name="span"/> (a loop: a lambda here allocated a closure at every token).</summary>
    private static bool IsLinked(List<PercentageLink>? links, TextSpan span)
    {
        if (links is null)
        {
            return false;
        }
        foreach (var link in links)
        {
            if (link.Span == span)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The `chiếm` of `chiếm 5,28%`, `chiếm tỷ lệ 5,28%`: a share of a whole (`tăng 5%`, `đạt 102% kế hoạch` are not read); null for none.</summary>
    private static int? ChiemBefore(Paragraph paragraph, int index)
    {
        var previous = TokenNavigation.Previous(paragraph.Tokens, index);
        if (TokenNavigation.IsWord(paragraph, previous, "lệ"))
        {
            previous = TokenNavigation.Previous(paragraph.Tokens, TokenNavigation.Previous(paragraph.Tokens, previous));
        }
        return TokenNavigation.IsWord(paragraph, previous, "chiếm") ? previous : null;
    }

    /// <summary>
    /// The exact figure a few words before the share's cue (`chiếm`, or the `(` of a bare `(P%)`), with only its unit and a
    /// qualifier between (no `và`, no other figure).
    /// </summary>
    private static Figure? PartBefore(Paragraph paragraph, int cue, List<SectionFigure> figures)
    {
        var tokens = paragraph.Tokens;
        var previous = TokenNavigation.Previous(tokens, cue);
        if (TokenNavigation.IsPunctuation(paragraph, previous, ',') || TokenNavigation.IsPunctuation(paragraph, previous, '('))
        {
            previous = TokenNavigation.Previous(tokens, previous);
        }
        for (var words = 0; words <= MaxWordsAfterPart && previous >= 0; words++)
        {
            if (tokens[previous].Kind == TokenKind.Number)
            {
                var found = figures.FindIndex(f => f.Figure.Token == previous);
                return found >= 0 && figures[found].Role != SectionRole.Approximate && figures[found].Figure.Span == tokens[previous].Span
                    ? figures[found].Figure : null;
            }
            if (tokens[previous].Kind != TokenKind.Word || TokenNavigation.IsWordIn(paragraph, previous, ["và", "với", "hoặc"]))
            {
                return null;
            }
            previous = TokenNavigation.Previous(tokens, previous);
        }
        return null;
    }

    /// <summary>
    /// Nothing after the share but the end of its clause, or a whole named by its noun alone (`chiếm 5,28% tổng số hộ`,
    /// `… trên tổng số hộ toàn xã`): anything else (`so với`, `kế hoạch`, `dân số`) says it is measured against another figure.
    /// </summary>
    private static bool EndsShare(Paragraph paragraph, TextSpan percent, out string? named)
    {
        named = null;
        var tokens = paragraph.Tokens;
        var next = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= percent.End && !tokens[i].Kind.IsTrivia())
            {
                next = i;
                break;
            }
        }
        if (next < 0 || tokens[next].Kind == TokenKind.Punctuation && !TokenNavigation.IsPunctuation(paragraph, next, '('))
        {
            return true;
        }
        if (TokenNavigation.IsWordIn(paragraph, next, ["của", "trên", "trong"]))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        var so = TokenNavigation.Next(tokens, next);
        if (!TokenNavigation.IsWord(paragraph, next, "tổng") || !TokenNavigation.IsWord(paragraph, so, "số"))
        {
            return false;
        }
        var noun = TokenNavigation.Next(tokens, so);
        if (noun < 0 || tokens[noun].Kind != TokenKind.Word)
        {
            return false;
        }
        named = TokenNavigation.UnitAfter(paragraph, so);
        return true;
    }

    /// <summary>`Trong đó, 118 hộ …`, `Trong số hộ cận nghèo, 118 hộ …`: words before the part name a group it is of.</summary>
    private static bool NamesSubgroup(Paragraph paragraph, Sentence sentence, int part)
    {
        for (var i = sentence.FirstToken; i < part; i++)
        {
            if (TokenNavigation.IsWord(paragraph, i, "trong") && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(paragraph.Tokens, i), SubgroupCues))
            {
                return true;
            }
            if (TokenNavigation.IsWord(paragraph, i, "số") && TokenNavigation.IsWordIn(paragraph, TokenNavigation.Next(paragraph.Tokens, i), ["đó", "này", "trên"]))
            {
                return true;
            }
        }
        return false;
    }
}
