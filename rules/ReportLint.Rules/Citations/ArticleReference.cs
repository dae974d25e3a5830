using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>
/// A reference to a part of the draft itself: `khoản 2 Điều 5`, `Điều 11 của Quy chế này`, `điểm c khoản 2 Điều 3`,
/// `khoản 3 Điều này`, `Chương III`. <see cref="Article"/> is 0 for `Điều này` and for a bare `khoản 2` (the article the
/// reference stands in), <see cref="NoArticle"/> for a chapter alone; <see cref="Clause"/> 0 and <see cref="Point"/>
/// null when not named; <see cref="Document"/> is the type word of a `… này` qualifier (`Quy chế`), null for a bare
/// reference. The span is relative to the paragraph and covers what the reference writes itself.
/// </summary>
internal sealed record ArticleReference(TextSpan Span, int Article, int Clause, string? Point, string? Document)
{
    public const int NoArticle = -1;

    public bool ToThisArticle => Article == 0;

    /// <summary>The chapter as written (`III`), null when not named.</summary>
    public string? Chapter { get; init; }

    /// <summary>
    /// The largest part the reference writes; the larger ones come from the list it stands in (`khoản 1` of `khoản 1 và
    /// khoản 3 Điều 5`) and are reported once, where they are written.
    /// </summary>
    public int OwnRank { get; init; } = LegalParts.ArticleRank;

    /// <summary>A clause named with no article (`theo khoản 2`): the article is the one it stands in.</summary>
    public bool ArticleImplied { get; init; }
}

/// <summary>
/// Finds the references of a paragraph that point into the draft itself, each member of a list on its own (<see
/// cref="ReferenceList"/>). A reference followed by another document's name (`Điều 5 Luật Đất đai`, `Điều 3 Quy định
/// số 22-QĐ/TW`, `Điều 8 của văn bản`) is not one; nor is a bare reference in a sentence that has already named another
/// document or amends one: it may well be that document's. A clause named with no article (`theo khoản 2`) is the
/// clause of the article it stands in, unless the paragraph has named an article or another text before it.
/// </summary>
internal static class ArticleReferences
{
    private enum Target : byte
    {
        Bare,
        ThisDocument,
        OtherDocument,
    }

    // Document words that are not citation types in the data: `Điều lệ này`, `Hiến pháp`, `Bộ luật`, `văn bản này`.
    private static readonly (string[] Syllables, string Word)[] OtherTypeWords =
    [
        (["điều", "lệ"], "Điều lệ"), (["hiến", "pháp"], "Hiến pháp"), (["bộ", "luật"], "Bộ luật"), (["văn", "bản"], "Văn bản"),
    ];

    // `Điều 5 của …`, `Điều 5 tại …`: a word linking the reference to the document it is in.
    private static readonly string[] LinkWords = ["của", "tại", "thuộc", "trong"];

    // A list of references goes on with these: `Điều 3, Điều 4 và Điều 5 Luật …` names the law for all three.
    private static readonly string[] ListWords = ["và", "hoặc", "đến", "tới", "các"];

    // A sentence that amends a text refers to that text's articles, not to the draft's.
    private static readonly PhraseList AmendingWords = new(["sửa", "đổi"], ["bãi", "bỏ"]);

    // `khoản` is also a sum of money: `một khoản 50 triệu đồng` is no clause.
    private static readonly string[] AmountWords = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "đồng"];

    public static List<ArticleReference>? Find(Paragraph paragraph, CitationData data)
    {
        var tokens = paragraph.Tokens;
        List<ArticleReference>? found = null;
        var articleBefore = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceList.At(paragraph, data, i) is not { } list)
            {
                continue;
            }
            i = list.Last;
            if (list.Ordered)
            {
                foreach (var reference in Read(paragraph, data, list, articleBefore))
                {
                    (found ??= []).Add(reference);
                }
            }
            // A bare `khoản 2` after `Điều 7 Luật …` in the paragraph may be that article's clause.
            articleBefore |= list.Own.Exists(parts => parts.Exists(part => part.Rank >= LegalParts.ArticleRank && !part.IsThisArticle(paragraph)));
        }
        return found;
    }

    private static List<ArticleReference> Read(Paragraph paragraph, CitationData data, ReferenceList list, bool articleBefore)
    {
        var named = list.Own.Exists(parts => parts.Exists(part => part.Rank >= LegalParts.ArticleRank));
        string? document = null;
        if (!list.Own[^1][^1].IsThisArticle(paragraph))
        {
            var (target, type) = TargetAfter(paragraph, data, list.Last);
            var first = list.Own[0][0].First;
            if (target == Target.OtherDocument || (target == Target.Bare && NamesAnotherText(paragraph, data, SentenceStart(paragraph, first), first)))
            {
                return [];
            }
            if (!named && (target != Target.Bare || articleBefore || NamesAnotherText(paragraph, data, 0, first) || AmountAfter(paragraph, list.Last)))
            {
                return []; // a clause with no article: only bare, in a paragraph naming no other article or text
            }
            document = type;
        }
        var references = new List<ArticleReference>();
        for (var m = 0; m < list.Own.Count; m++)
        {
            if (Reference(paragraph, list.Own[m], list.Resolved[m], document, named) is { } reference)
            {
                references.Add(reference);
            }
        }
        return references;
    }

    /// <summary>One member's reference; null when what it points to is unclear.</summary>
    private static ArticleReference? Reference(Paragraph paragraph, List<ListedPart> own, List<ListedPart> parts, string? document, bool named)
    {
        var tokens = paragraph.Tokens;
        int? Label(int rank) => parts.FindIndex(part => part.Rank == rank) is var at and >= 0 ? parts[at].Label : null;
        var clause = 0;
        if (Label(LegalParts.ClauseRank) is { } clauseLabel && !int.TryParse(paragraph.GetText(tokens[clauseLabel]), out clause))
        {
            return null;
        }
        int article;
        if (Label(LegalParts.ArticleRank) is { } articleLabel)
        {
            if (TokenNavigation.IsWord(paragraph, articleLabel, "này"))
            {
                article = 0;
            }
            else if (!int.TryParse(paragraph.GetText(tokens[articleLabel]), out article) || article <= 0)
            {
                return null;
            }
        }
        else if (!named && clause > 0)
        {
            article = 0; // `theo khoản 2`: this article's clause
        }
        else if (named && Label(LegalParts.ChapterRank) is not null)
        {
            article = ArticleReference.NoArticle;
        }
        else
        {
            return null; // `điểm c` alone, or `khoản 2` in a list naming articles elsewhere: whose part is unclear
        }
        var point = Label(LegalParts.PointRank) is { } pointLabel ? paragraph.GetString(tokens[pointLabel]) : null;
        var chapter = Label(LegalParts.ChapterRank) is { } chapterLabel ? paragraph.GetString(tokens[chapterLabel]) : null;
        var span = TextSpan.FromBounds(tokens[own[0].First].Start, tokens[own[^1].Label].End);
        return new ArticleReference(span, article, clause, point, document) { Chapter = chapter, OwnRank = own[^1].Rank, ArticleImplied = !named };
    }

    /// <summary>The paragraph amends a text (`sửa đổi`, `bãi bỏ`) or quotes one (opens with a quotation mark).</summary>
    public static bool Amends(Paragraph paragraph)
    {
        var text = paragraph.Text.AsSpan().TrimStart();
        if (!text.IsEmpty && text[0] is '“' or '"' or '‘' or '«')
        {
            return true;
        }
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (AmendingWords.Match(paragraph, i) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static int SentenceStart(Paragraph paragraph, int index) => paragraph.SentenceOf(index)?.FirstToken ?? index;

    private static bool AmountAfter(Paragraph paragraph, int last)
    {
        var next = TokenNavigation.Next(paragraph.Tokens, last);
        return next >= 0 && (paragraph.Tokens[next].Kind == TokenKind.Number || TokenNavigation.IsWordIn(paragraph, next, AmountWords));
    }

    /// <summary>What the reference ending at <paramref name="last"/> points into: the draft (bare or `… này`) or another text.</summary>
    private static (Target, string?) TargetAfter(Paragraph paragraph, CitationData data, int last)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, ListEnd(paragraph, last));
        if (next < 0 || tokens[next].Kind == TokenKind.Punctuation)
        {
            return (Target.Bare, null);
        }
        var linked = TokenNavigation.IsWordIn(paragraph, next, LinkWords);
        if (linked)
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (next < 0 || tokens[next].Kind is not TokenKind.Word || TokenNavigation.IsWord(paragraph, next, "số"))
        {
            return (Target.OtherDocument, null); // a symbol, an abbreviation (`BLHS`), `số 15/2024/…`
        }
        if (TypeWordAt(paragraph, data, next) is { } type)
        {
            return TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, type.Last), "này")
                ? (Target.ThisDocument, type.Word) : (Target.OtherDocument, null);
        }
        // `Điều 5 Luật …` is caught above; a capital or a linking word before an unknown name is another text too.
        return linked || tokens[next].Has(TokenFlags.Capitalized) ? (Target.OtherDocument, null) : (Target.Bare, null);
    }

    /// <summary>The last token of a list of references going on from <paramref name="last"/>: `, Điều 4 và Điều 5`, `, 4, 5`.</summary>
    private static int ListEnd(Paragraph paragraph, int last)
    {
        var tokens = paragraph.Tokens;
        for (var next = TokenNavigation.Next(tokens, last); next >= 0; next = TokenNavigation.Next(tokens, last))
        {
            var token = tokens[next];
            if (LegalParts.At(paragraph, next) is { } part)
            {
                last = part.Last; // `Điều 4`, not `Điều lệ`
                continue;
            }
            var goesOn = TokenNavigation.IsPunctuation(paragraph, next, ',') || TokenNavigation.IsWordIn(paragraph, next, ListWords)
                || token.Kind is TokenKind.Number or TokenKind.RomanNumeral
                || (token is { Kind: TokenKind.Word, Length: 1 } && char.IsLower(paragraph.Text[token.Start]));
            if (!goesOn)
            {
                break;
            }
            last = next;
        }
        return last;
    }

    /// <summary>A document type word at <paramref name="index"/> (`Quy chế`, `Nghị định`, `Điều lệ`, `văn bản`), any case.</summary>
    public static (string Word, int Last)? TypeWordAt(Paragraph paragraph, CitationData data, int index)
    {
        if (index < 0 || paragraph.Tokens[index].Kind != TokenKind.Word)
        {
            return null;
        }
        foreach (var (syllables, type) in data.Types.StartingWith(paragraph.GetText(paragraph.Tokens[index])))
        {
            if (TokenNavigation.MatchWords(paragraph, index, syllables) is var last and >= 0)
            {
                return (type.Word, last);
            }
        }
        foreach (var (syllables, word) in OtherTypeWords)
        {
            if (TokenNavigation.MatchWords(paragraph, index, syllables) is var last and >= 0)
            {
                return (word, last);
            }
        }
        return null;
    }

    /// <summary>
    /// Before a bare reference, from <paramref name="from"/> (its sentence's start, or the paragraph's), the text cites a
    /// document (`Quy định số 24-QĐ/TW`), names one with a capital (`theo Luật Đất đai, tại Điều 5`) or amends one
    /// (`sửa đổi khoản 2 Điều 5`).
    /// </summary>
    private static bool NamesAnotherText(Paragraph paragraph, CitationData data, int from, int reference)
    {
        var tokens = paragraph.Tokens;
        var fromStart = tokens[from].Start;
        var referenceStart = tokens[reference].Start;
        foreach (var citation in data.Cache.Get(data, paragraph))
        {
            if (citation.Span.Start >= fromStart && citation.Span.Start < referenceStart)
            {
                return true;
            }
        }
        for (var i = from; i < reference; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            if (AmendingWords.Match(paragraph, i) >= 0)
            {
                return true;
            }
            // A sentence's first word may be a verb that is also a type word (`Quyết định những vấn đề …`).
            if (tokens[i].Has(TokenFlags.Capitalized) && TypeWordAt(paragraph, data, i) is { } type && paragraph.FirstWordOfSentence(i) != i
                && !TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, type.Last), "này"))
            {
                return true;
            }
        }
        return false;
    }
}
