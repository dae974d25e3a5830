using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// Terms of minority languages common in the press (`pí pặp`, `pa pỉnh tộp`) whose syllables are no Vietnamese
/// syllables: accepted only together, so `pí` on its own stays a slip for `phí` and `tộp` for `tốp`.
/// </summary>
internal sealed class LoanPhrases
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly int _longest;

    private const int MaxChars = 64;

    /// <param name="phrases">Phrases of two or more syllables, any case, one space between syllables.</param>
    public LoanPhrases(IEnumerable<string> phrases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var syllables = phrase.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (syllables.Length >= 2)
            {
                set.Add(string.Join(' ', syllables));
                _longest = Math.Max(_longest, syllables.Length);
            }
        }
        _phrases = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the word is one syllable of a listed phrase written with single spaces, in any case.</summary>
    public bool Covers(WordSite site)
    {
        if (_longest == 0)
        {
            return false;
        }
        var tokens = site.Tokens;
        var first = site.TokenIndex;
        while (first >= 2 && (site.TokenIndex - first) / 2 < _longest - 1 && IsWordAfterSpace(tokens, first))
        {
            first -= 2;
        }
        var last = site.TokenIndex;
        while (last + 2 < tokens.Count && (last - site.TokenIndex) / 2 < _longest - 1 && IsWordAfterSpace(tokens, last + 2))
        {
            last += 2;
        }
        Span<char> lower = stackalloc char[MaxChars];
        for (var start = first; start <= site.TokenIndex; start += 2)
        {
            for (var end = Math.Max(site.TokenIndex, start + 2); end <= last && (end - start) / 2 < _longest; end += 2)
            {
                var text = site.Paragraph.Text.AsSpan(tokens[start].Start, tokens[end].End - tokens[start].Start);
                if (text.Length <= MaxChars && _phrases.Contains(lower[..text.ToLowerInvariant(lower)]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A word with one ordinary space before it and a word before that.</summary>
    private static bool IsWordAfterSpace(TokenList tokens, int word) =>
        tokens[word].Kind == TokenKind.Word && tokens[word - 1] is { Kind: TokenKind.Space, Length: 1 } && tokens[word - 2].Kind == TokenKind.Word;
}
