using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Citations;

/// <summary>One part of a legal reference with its label: `điểm b`, `khoản 2`, `Điều 6`, `Chương II` (token indexes).</summary>
internal readonly record struct LegalPart(int Word, int Last, int Rank)
{
    public bool IsPoint => Rank == LegalParts.PointRank;

    public bool IsClause => Rank == LegalParts.ClauseRank;

    public bool IsArticle => Rank == LegalParts.ArticleRank;
}

/// <summary>
/// Reads the parts of a legal reference (`điểm b khoản 2 Điều 6 Chương II`): a part's word and its label one space
/// after it. Shared by the rules that check a reference's order (RL2014) and its target (RL2016).
/// </summary>
internal static class LegalParts
{
    // From the smallest part up: a part is followed only by a larger one.
    private static readonly string[] Words = ["điểm", "khoản", "điều", "mục", "chương", "phần"];

    public const int PointRank = 0;
    public const int ClauseRank = 1;
    public const int ArticleRank = 2;
    public const int ChapterRank = 4;

    /// <summary>`khoản 2`, `điểm b`, `Điều 6`, `Chương II`: the part's word and its number or letter, one space apart.</summary>
    public static LegalPart? At(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        // Every word passes here: the first letter and the length turn away nearly all before any comparison.
        if (tokens[index] is not { Kind: TokenKind.Word, Length: >= 3 and <= 6 } token
            || char.ToLowerInvariant(paragraph.Text[token.Start]) is not ('đ' or 'k' or 'm' or 'c' or 'p'))
        {
            return null;
        }
        var rank = RankOf(paragraph.GetText(token));
        var label = index + 2;
        if (rank < 0 || label >= tokens.Count || tokens[index + 1] is not { Kind: TokenKind.Space, Length: 1 } || !IsLabel(paragraph, label, rank))
        {
            return null;
        }
        return new LegalPart(index, label, rank);
    }

    /// <summary>The part right after <paramref name="last"/> (a label), one space away, or null.</summary>
    public static LegalPart? Next(Paragraph paragraph, int last)
    {
        var next = last + 2;
        return next < paragraph.Tokens.Count && paragraph.Tokens[last + 1] is { Kind: TokenKind.Space, Length: 1 } ? At(paragraph, next) : null;
    }

    /// <summary>The whole run of parts opening at <paramref name="index"/> (`điểm b khoản 2 Điều 6`), in text order, or null.</summary>
    public static List<LegalPart>? ChainAt(Paragraph paragraph, int index)
    {
        if (At(paragraph, index) is not { } first)
        {
            return null;
        }
        var chain = new List<LegalPart> { first };
        while (Next(paragraph, chain[^1].Last) is { } next)
        {
            chain.Add(next);
        }
        return chain;
    }

    /// <summary>A label's number: `12`, or a Roman numeral (`IV`) as chapters are written; 0 for neither.</summary>
    public static int NumberOf(string label) =>
        int.TryParse(label, out var number) ? number : RomanNumerals.TryParse(label, out var roman) ? roman : 0;

    /// <summary>The rank of a part's word (`điểm` 0 … `phần` 5), or -1.</summary>
    public static int RankOf(ReadOnlySpan<char> word)
    {
        for (var p = 0; p < Words.Length; p++)
        {
            if (word.Equals(Words[p], StringComparison.OrdinalIgnoreCase))
            {
                return p;
            }
        }
        return -1;
    }

    /// <summary>A point is a letter (`b`, `đ`); the other parts a number, a Roman numeral for chapters and sections.</summary>
    public static bool IsLabel(Paragraph paragraph, int index, int rank)
    {
        var token = paragraph.Tokens[index];
        var text = paragraph.GetText(token);
        return rank == PointRank
            ? token.Kind == TokenKind.Word && text.Length == 1 && (char.IsAsciiLetterLower(text[0]) || text[0] == 'đ') // not `ở`
            : token.Kind is TokenKind.Number or TokenKind.RomanNumeral && !text.Contains('/') && !text.Contains(',');
    }
}
