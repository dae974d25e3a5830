using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>
/// A reference to an article of the draft itself: `khoản 2 Điều 5`, `Điều 11 của Quy chế này`, `điểm c khoản 2 Điều
/// 3`, `khoản 3 Điều này`. <see cref="Article"/> is 0 for `Điều này` (the article the reference stands in);
/// <see cref="Clause"/> 0 and <see cref="Point"/> null when not named; <see cref="Document"/> is the type word of a
/// `… này` qualifier (`Quy chế`), null for a bare reference. The span is relative to the paragraph.
/// </summary>
internal sealed record ArticleReference(TextSpan Span, int Article, int Clause, string? Point, string? Document)
{
    public bool ToThisArticle => Article == 0;
}

/// <summary>
/// Finds the references of a paragraph that point into the draft itself. A reference followed by another document's
/// name (`Điều 5 Luật Đất đai`, `Điều 3 Quy định số 22-QĐ/TW`, `Điều 8 của văn bản`) is not one; nor is a bare
/// reference in a sentence that has already named another document or amends one: it may well be that document's.
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
    private static readonly string[][] AmendingWords = [["sửa", "đổi"], ["bãi", "bỏ"]];

    public static List<ArticleReference>? Find(Paragraph paragraph, CitationData data)
    {
        var tokens = paragraph.Tokens;
        List<ArticleReference>? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (LegalParts.ChainAt(paragraph, i) is not { } chain)
            {
                continue;
            }
            i = chain[^1].Last;
            if (Read(paragraph, data, chain) is { } reference)
            {
                (found ??= []).Add(reference);
            }
        }
        return found;
    }

    private static ArticleReference? Read(Paragraph paragraph, CitationData data, List<LegalPart> chain)
    {
        for (var p = 1; p < chain.Count; p++)
        {
            if (chain[p].Rank <= chain[p - 1].Rank)
            {
                return null; // out of order (RL2014) or repeated: what it points to is unclear
            }
        }
        LegalPart? point = chain.Exists(part => part.IsPoint) ? chain.Find(part => part.IsPoint) : null;
        LegalPart? clause = chain.Exists(part => part.IsClause) ? chain.Find(part => part.IsClause) : null;
        var tokens = paragraph.Tokens;
        var start = tokens[chain[0].Word].Start;
        if (!chain.Exists(part => part.IsArticle))
        {
            // `khoản 3 Điều này`: the article the reference stands in.
            var word = TokenNavigation.Next(tokens, chain[^1].Last);
            var self = TokenNavigation.Next(tokens, word);
            return chain[^1].Rank < LegalParts.ArticleRank && TokenNavigation.IsWord(paragraph, word, "điều") && TokenNavigation.IsWord(paragraph, self, "này")
                ? new ArticleReference(TextSpan.FromBounds(start, tokens[self].End), 0, Label(paragraph, clause), PointLabel(paragraph, point), null)
                : null;
        }
        var article = chain.Find(part => part.IsArticle);
        if (!int.TryParse(paragraph.GetText(tokens[article.Last]), out var number) || number <= 0)
        {
            return null;
        }
        var (target, document) = TargetAfter(paragraph, data, chain[^1].Last);
        if (target == Target.OtherDocument || (target == Target.Bare && SentenceNamesAnotherText(paragraph, data, chain[0].Word)))
        {
            return null;
        }
        return new ArticleReference(TextSpan.FromBounds(start, tokens[article.Last].End), number, Label(paragraph, clause), PointLabel(paragraph, point), document);
    }

    private static int Label(Paragraph paragraph, LegalPart? clause) =>
        clause is { } part && int.TryParse(paragraph.GetText(paragraph.Tokens[part.Last]), out var value) ? value : 0;

    private static string? PointLabel(Paragraph paragraph, LegalPart? point) =>
        point is { } part ? paragraph.GetString(paragraph.Tokens[part.Last]) : null;

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
    /// Before a bare reference, its sentence cites a document (`Quy định số 24-QĐ/TW`), names one with a capital inside
    /// the sentence (`theo Luật Đất đai, tại Điều 5`) or amends one (`sửa đổi khoản 2 Điều 5`).
    /// </summary>
    private static bool SentenceNamesAnotherText(Paragraph paragraph, CitationData data, int reference)
    {
        if (paragraph.SentenceOf(reference) is not { } sentence)
        {
            return false;
        }
        var referenceStart = paragraph.Tokens[reference].Start;
        foreach (var citation in data.Cache.Get(data, paragraph))
        {
            if (citation.Span.Start >= sentence.Span.Start && citation.Span.Start < referenceStart)
            {
                return true;
            }
        }
        var tokens = paragraph.Tokens;
        var firstWord = -1;
        for (var i = sentence.FirstToken; i < reference; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            if (TokenNavigation.MatchAny(paragraph, i, AmendingWords) >= 0)
            {
                return true;
            }
            // The sentence's first word may be a verb that is also a type word (`Quyết định những vấn đề …`).
            var opens = firstWord < 0;
            firstWord = opens ? i : firstWord;
            if (!opens && tokens[i].Has(TokenFlags.Capitalized) && TypeWordAt(paragraph, data, i) is { } type
                && !TokenNavigation.IsWord(paragraph, TokenNavigation.Next(tokens, type.Last), "này"))
            {
                return true;
            }
        }
        return false;
    }
}
