using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;
using ReportLint.Core.Text;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>Two adjacent words written as a name: a hash of the pair in lower case, which of the two are capitalized, where.</summary>
/// <param name="Group">What the pair is compared with: its key, or its key and the name it continues (`Dinh Độc Lập`).</param>
/// <param name="InsideName">Its lower-case word sits between two capitalized words (`Nguyễn văn Minh`): a slip inside a person's name.</param>
internal readonly record struct NamePair(long Key, long Group, bool FirstUpper, bool SecondUpper, TextSpan First, TextSpan Second, bool InsideName)
{
    public TextSpan Span => TextSpan.FromBounds(First.Start, Second.End);
}

/// <summary>
/// Pairs of adjacent words written as a name, for RL6003: a pair counts when one of its words has a
/// capital that a sentence start does not explain. Known bodies and titles (RL6001, RL6002), and pairs
/// straddling their last word (`Trưởng Ban`), and
/// title-case lines (`Hội Nghị Sơ Kết`) are left out, and so is a pair whose lower-case first word belongs to
/// the word before (`Chi hội Cựu`), and so is a pair inside a place name that RL6005 reports (`xã tân Phú`). Pairs are keyed by a 64-bit hash, so collecting
/// them allocates no strings.
/// </summary>
internal static class NamePairs
{
    /// <param name="places">Place names that RL6005 reports: their words are left to it, so one slip is not reported twice.</param>
    public static List<NamePair>? Collect(Paragraph paragraph, NameTables tables, SpellingData spelling, IReadOnlyList<PlaceNameSlip> places)
    {
        var tokens = paragraph.Tokens;
        if (IsTitleCase(paragraph))
        {
            return null;
        }
        List<NamePair>? pairs = null;
        var coveredUntil = -1;
        var matchedUntil = -1; // the phrases starting up to this token are read
        // A phrase covers at most this many tokens after its first word: only the phrases starting that close before a
        // capitalized pair can cover it, so the words of lower-case stretches are not looked up at all.
        var reach = 2 * (tables.All.MaxSyllables - 1);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var first = tokens[i];
            var second = tokens[i + 2];
            var firstUpper = first.Has(TokenFlags.Capitalized);
            var secondUpper = second.Kind == TokenKind.Word && second.Has(TokenFlags.Capitalized);
            if (!firstUpper && !secondUpper)
            {
                continue;
            }
            for (var j = Math.Max(matchedUntil + 1, i - reach); j <= i; j++)
            {
                if (tables.All.Match(paragraph, j) is { } match)
                {
                    coveredUntil = Math.Max(coveredUntil, match.LastToken);
                }
            }
            matchedUntil = i;
            if (i <= coveredUntil || second.Kind != TokenKind.Word
                || !TokenNavigation.IsWordGap(tokens[i + 1])
                || NameContext.IsAllCaps(first) || NameContext.IsAllCaps(second) || NameContext.IsInitial(paragraph, i))
            {
                continue;
            }
            if (InPlaceName(places, TextSpan.FromBounds(first.Start, second.End)))
            {
                continue;
            }
            var left = WordBefore(paragraph, i);
            if (NameContext.ContinuesWordBefore(paragraph, i, spelling))
            {
                continue; // `Chi hội Cựu chiến binh`: `hội` belongs to the word before
            }
            if (NamesALanguage(paragraph, i))
            {
                continue; // `tiếng Việt` (the language) and `môn Tiếng Việt` (the school subject) are two things
            }
            var insideName = (!firstUpper && IsCapitalizedWord(paragraph, i - 2, i - 1)) || (!secondUpper && IsCapitalizedWord(paragraph, i + 4, i + 3));
            var key = Hash(paragraph.GetText(first), paragraph.GetText(second));
            // A pair continuing a name (`Dinh Độc Lập`, `HTX Chè Shan`) is compared only within that name.
            var group = firstUpper && left >= 0 && (tokens[left].Kind == TokenKind.Abbreviation
                    || (tokens[left].Has(TokenFlags.Capitalized) && !NameContext.IsInitial(paragraph, left)))
                ? key ^ unchecked(Hash(paragraph.GetText(tokens[left]), "") * 31)
                : key;
            (pairs ??= []).Add(new NamePair(key, group, firstUpper, secondUpper, first.Span, second.Span, insideName));
        }
        return pairs;
    }

    private static bool InPlaceName(IReadOnlyList<PlaceNameSlip> places, TextSpan pair)
    {
        foreach (var place in places)
        {
            if (place.Span.OverlapsWith(pair))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// `tiếng` before a capitalized name: a language (`tiếng Mông`), or, capitalized itself, the school subject or
    /// a title (`Tiếng Anh`); the two spellings name different things, so neither is evidence against the other.
    /// </summary>
    private static bool NamesALanguage(Paragraph paragraph, int word) =>
        paragraph.Tokens[word + 2].Has(TokenFlags.Capitalized)
        && paragraph.GetText(paragraph.Tokens[word]).Equals("tiếng", StringComparison.OrdinalIgnoreCase);

    /// <summary>The word or abbreviation one space before token <paramref name="word"/>, or -1.</summary>
    private static int WordBefore(Paragraph paragraph, int word)
    {
        var tokens = paragraph.Tokens;
        return word >= 2 && TokenNavigation.IsWordGap(tokens[word - 1])
            && tokens[word - 2].Kind is TokenKind.Word or TokenKind.Abbreviation ? word - 2 : -1;
    }

    /// <summary>A capitalized word at <paramref name="word"/>, one space (token <paramref name="space"/>) from the pair.</summary>
    private static bool IsCapitalizedWord(Paragraph paragraph, int word, int space)
    {
        var tokens = paragraph.Tokens;
        return word >= 0 && word < tokens.Count && tokens[word].Kind == TokenKind.Word && tokens[word].Has(TokenFlags.Capitalized)
            && TokenNavigation.IsWordGap(tokens[space]);
    }

    /// <summary>FNV-1a over both words in lower case, a space between.</summary>
    internal static long Hash(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = unchecked((long)14695981039346656037UL);
        foreach (var c in first)
        {
            hash = unchecked((hash ^ char.ToLowerInvariant(c)) * 1099511628211L);
        }
        hash = unchecked((hash ^ ' ') * 1099511628211L);
        foreach (var c in second)
        {
            hash = unchecked((hash ^ char.ToLowerInvariant(c)) * 1099511628211L);
        }
        return hash;
    }

    /// <summary>A line of three or more words nearly all capitalized: a headline in title case.</summary>
    internal static bool IsTitleCase(Paragraph paragraph)
    {
        int words = 0, capitalized = 0;
        foreach (var token in paragraph.Tokens)
        {
            if (token.Kind == TokenKind.Word)
            {
                words++;
                capitalized += token.Has(TokenFlags.Capitalized) ? 1 : 0;
            }
        }
        return words >= 3 && capitalized * 10 >= words * 7;
    }
}
