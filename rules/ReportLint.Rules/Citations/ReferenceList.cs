using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Citations;

/// <summary>One written part of a listed reference: its first token (the word, or the label alone), its label, its rank.</summary>
internal readonly record struct ListedPart(int First, int Label, int Rank)
{
    /// <summary>`Điều này`: the article the reference stands in.</summary>
    public bool IsThisArticle(Paragraph paragraph) => Rank == LegalParts.ArticleRank && TokenNavigation.IsWord(paragraph, Label, "này");
}

/// <summary>
/// A list of references read as one: `khoản 1 và khoản 3 Điều 5`, `các Điều 3, 4 và 12`, `khoản 2, 3 Điều 6`, `điểm a, b
/// khoản 1 Điều 2`, `từ Điều 3 đến Điều 12`. Each member keeps the parts it writes (<see cref="Own"/>); the larger parts
/// written only after it belong to it too (<see cref="Resolved"/>): `khoản 1` of `khoản 1 và khoản 3 Điều 5` is Điều 5's.
/// </summary>
internal sealed class ReferenceList
{
    // Words joining two members; `đến` and `tới` join a range's ends, which are checked as members.
    private static readonly string[] Joins = ["và", "hoặc", "đến", "tới"];

    private ReferenceList(List<List<ListedPart>> own, int last)
    {
        Own = own;
        Last = last;
        Resolved = Resolve(own);
    }

    /// <summary>The parts each member writes, smallest first.</summary>
    public List<List<ListedPart>> Own { get; }

    /// <summary>Each member's parts with the larger ones it takes from the members after it.</summary>
    public List<List<ListedPart>> Resolved { get; }

    /// <summary>The list's last token.</summary>
    public int Last { get; }

    /// <summary>Every member writes its parts from the smallest up (`Điều 3 khoản 5` is RL2014's, unclear here).</summary>
    public bool Ordered => Own.TrueForAll(parts => parts.Zip(parts.Skip(1)).All(pair => pair.First.Rank < pair.Second.Rank));

    /// <summary>The list opening with a part at <paramref name="index"/>, or null.</summary>
    public static ReferenceList? At(Paragraph paragraph, CitationData data, int index)
    {
        if (LegalParts.At(paragraph, index) is not { } first)
        {
            return null;
        }
        var members = new List<List<ListedPart>> { Member(paragraph, new ListedPart(first.Word, first.Last, first.Rank)) };
        while (NextMember(paragraph, data, members[^1]) is { } member)
        {
            members.Add(member);
        }
        return new ReferenceList(members, members[^1][^1].Label);
    }

    /// <summary>The member after <paramref name="previous"/>, past a comma or a joining word, or null where the list ends.</summary>
    private static List<ListedPart>? NextMember(Paragraph paragraph, CitationData data, List<ListedPart> previous)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, previous[^1].Label);
        if (TokenNavigation.IsPunctuation(paragraph, next, ','))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (TokenNavigation.IsWordIn(paragraph, next, Joins))
        {
            next = TokenNavigation.Next(tokens, next);
        }
        if (next < 0 || next == TokenNavigation.Next(tokens, previous[^1].Label))
        {
            return null; // nothing joins them
        }
        if (LegalParts.At(paragraph, next) is { } part)
        {
            return Member(paragraph, new ListedPart(part.Word, part.Last, part.Rank));
        }
        // A bare label goes on a member of one part (`khoản 2, 3`, `Điều 3, 4 và 12`); after `khoản 1 Điều 3` it is unclear.
        return previous.Count == 1 && LegalParts.IsLabel(paragraph, next, previous[0].Rank) && EndsLabel(paragraph, data, next)
            ? Member(paragraph, new ListedPart(next, next, previous[0].Rank))
            : null;
    }

    /// <summary>The member opening with <paramref name="first"/>: the larger parts right after it, then `(của) Điều này`.</summary>
    private static List<ListedPart> Member(Paragraph paragraph, ListedPart first)
    {
        var parts = new List<ListedPart> { first };
        while (LegalParts.Next(paragraph, parts[^1].Label) is { } next)
        {
            parts.Add(new ListedPart(next.Word, next.Last, next.Rank));
        }
        var tokens = paragraph.Tokens;
        var word = TokenNavigation.Next(tokens, parts[^1].Label);
        word = TokenNavigation.IsWord(paragraph, word, "của") ? TokenNavigation.Next(tokens, word) : word; // `khoản 5 của Điều này`
        var self = TokenNavigation.Next(tokens, word);
        if (parts[^1].Rank < LegalParts.ArticleRank && TokenNavigation.IsWord(paragraph, word, "điều") && TokenNavigation.IsWord(paragraph, self, "này"))
        {
            parts.Add(new ListedPart(word, self, LegalParts.ArticleRank));
        }
        return parts;
    }

    /// <summary>
    /// What follows a bare label shows it is one: the list goes on or ends (`3 Điều 6`, `3 và 4`, `4 của Quy chế`, `4.`).
    /// `Điều 5, 30 ngày sau` goes on with a count, not an article.
    /// </summary>
    private static bool EndsLabel(Paragraph paragraph, CitationData data, int label)
    {
        var tokens = paragraph.Tokens;
        var next = TokenNavigation.Next(tokens, label);
        if (next < 0 || LegalParts.At(paragraph, next) is not null || TokenNavigation.IsWordIn(paragraph, next, Joins)
            || ArticleReferences.TypeWordAt(paragraph, data, next) is not null || TokenNavigation.IsWordIn(paragraph, next, ["của", "tại", "thuộc", "trong", "này"]))
        {
            return true;
        }
        if (tokens[next].Kind == TokenKind.Punctuation)
        {
            return paragraph.Text[tokens[next].Start] is not ('/' or '%' or '-');
        }
        return false;
    }

    /// <summary>
    /// A member takes the parts larger than its own from the next member when that one writes a part of its rank:
    /// `điểm a khoản 1 và điểm b khoản 2 Điều 3` puts both clauses in Điều 3; `khoản 2 và Điều 5` leaves `khoản 2` alone.
    /// </summary>
    private static List<List<ListedPart>> Resolve(List<List<ListedPart>> own)
    {
        var resolved = new List<ListedPart>[own.Count];
        resolved[^1] = own[^1];
        for (var m = own.Count - 2; m >= 0; m--)
        {
            var top = own[m][^1].Rank;
            var after = resolved[m + 1];
            resolved[m] = after.Exists(part => part.Rank == top) ? [.. own[m], .. after.Where(part => part.Rank > top)] : own[m];
        }
        return [.. resolved];
    }
}
