using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Names;

/// <summary>Two adjacent words written as a name: a hash of the pair in lower case, which of the two are capitalized, where.</summary>
/// <param name="InsideName">Its lower-case word sits between two capitalized words (`Nguyễn văn Minh`): a slip inside a person's name.</param>
internal readonly record struct NamePair(long Key, bool FirstUpper, bool SecondUpper, TextSpan First, TextSpan Second, bool InsideName)
{
    public TextSpan Span => TextSpan.FromBounds(First.Start, Second.End);
}

/// <summary>
/// Pairs of adjacent words written as a name, for RL6003: a pair counts when one of its words has a
/// capital that a sentence start does not explain. Known bodies and titles (RL6001, RL6002) and
/// title-case lines (`Hội Nghị Sơ Kết`) are left out. Pairs are keyed by a 64-bit hash, so collecting
/// them allocates no strings.
/// </summary>
internal static class NamePairs
{
    public static List<NamePair>? Collect(Paragraph paragraph, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        if (IsTitleCase(paragraph))
        {
            return null;
        }
        List<NamePair>? pairs = null;
        var coveredUntil = -1;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            if (tables.All.Match(paragraph, i) is { } match)
            {
                coveredUntil = Math.Max(coveredUntil, match.LastToken);
            }
            var first = tokens[i];
            var second = tokens[i + 2];
            var firstUpper = first.Has(TokenFlags.Capitalized);
            var secondUpper = second.Kind == TokenKind.Word && second.Has(TokenFlags.Capitalized);
            if ((!firstUpper && !secondUpper) || i + 2 <= coveredUntil || second.Kind != TokenKind.Word
                || !tokens[i + 1].Kind.IsWhitespace() || tokens[i + 1].Length != 1
                || NameContext.IsAllCaps(first) || NameContext.IsAllCaps(second) || NameContext.IsInitial(paragraph, i))
            {
                continue;
            }
            var insideName = (!firstUpper && IsCapitalizedWord(paragraph, i - 2, i - 1)) || (!secondUpper && IsCapitalizedWord(paragraph, i + 4, i + 3));
            (pairs ??= []).Add(new NamePair(Hash(paragraph.GetText(first), paragraph.GetText(second)), firstUpper, secondUpper, first.Span, second.Span, insideName));
        }
        return pairs;
    }

    /// <summary>A capitalized word at <paramref name="word"/>, one space (token <paramref name="space"/>) from the pair.</summary>
    private static bool IsCapitalizedWord(Paragraph paragraph, int word, int space)
    {
        var tokens = paragraph.Tokens;
        return word >= 0 && word < tokens.Count && tokens[word].Kind == TokenKind.Word && tokens[word].Has(TokenFlags.Capitalized)
            && tokens[space].Kind.IsWhitespace() && tokens[space].Length == 1;
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
    private static bool IsTitleCase(Paragraph paragraph)
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
