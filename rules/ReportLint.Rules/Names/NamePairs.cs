using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Names;

/// <summary>One checked word of a phrase occurrence: its group, the word (lower case), its case, where it is.</summary>
/// <param name="FirstWinsTie">A name (the first form wins a tie) rather than a common noun of the data.</param>
internal sealed record Occurrence(string Group, string Word, bool Upper, TextSpan WordSpan, TextSpan Phrase, bool FirstWinsTie);

/// <summary>
/// Pairs of adjacent words written as a name, for RL6003: a pair counts when one of its words has a
/// capital that a sentence start does not explain. Known bodies and titles (RL6001, RL6002) and
/// title-case lines (`Hội Nghị Sơ Kết`) are left out.
/// </summary>
internal static class NamePairs
{
    public static void Collect(Paragraph paragraph, NameTables tables, ref List<Occurrence>? items)
    {
        var tokens = paragraph.Tokens;
        if (IsTitleCase(paragraph))
        {
            return;
        }
        var coveredUntil = -1;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            foreach (var table in (ReadOnlySpan<PhraseTable>)[tables.Bodies, tables.Titles, tables.Consistency])
            {
                if (table.Match(paragraph, i) is { } match)
                {
                    coveredUntil = Math.Max(coveredUntil, match.LastToken);
                }
            }
            var first = tokens[i];
            var second = tokens[i + 2];
            if (i + 2 <= coveredUntil || second.Kind != TokenKind.Word || !tokens[i + 1].Kind.IsWhitespace() || tokens[i + 1].Length != 1
                || NameContext.IsAllCaps(first) || NameContext.IsAllCaps(second) || NameContext.IsInitial(paragraph, i))
            {
                continue;
            }
            var firstUpper = first.Has(TokenFlags.Capitalized);
            var secondUpper = second.Has(TokenFlags.Capitalized);
            if (!firstUpper && !secondUpper)
            {
                continue;
            }
            var a = paragraph.GetString(first).ToLowerInvariant();
            var b = paragraph.GetString(second).ToLowerInvariant();
            var group = "\u0001" + a + " " + b;
            var span = TextSpan.FromBounds(first.Start, second.End);
            items ??= [];
            items.Add(new Occurrence(group, a, firstUpper, first.Span, span, true));
            items.Add(new Occurrence(group, b, secondUpper, second.Span, span, true));
        }
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
