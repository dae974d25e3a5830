using ReportLint.Core.Syntax;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>One syllable of a phrase: its spellings, or a slot for a Roman numeral or a number.</summary>
internal sealed record PhraseSyllable(string Canonical, string[] Variants, TokenKind? Slot)
{
    public bool UpperFirst => Slot is null && char.IsUpper(Canonical[0]);
}

/// <summary>A phrase of the name tables (`Ban Thường vụ Tỉnh ủy`, `quý {roman}`): a unique body, or a consistency group.</summary>
internal sealed record Phrase(string Text, PhraseSyllable[] Syllables, bool Unique = false, string? Group = null);

/// <summary>A phrase found at consecutive word tokens (one space apart): token i of the phrase is FirstToken + 2i.</summary>
internal readonly record struct PhraseMatch(Phrase Phrase, int FirstToken)
{
    public int TokenOf(int syllable) => FirstToken + 2 * syllable;

    public int LastToken => TokenOf(Phrase.Syllables.Length - 1);
}

/// <summary>
/// Phrases indexed by their first syllable (both tone styles, any case), matched longest first on
/// the tokens without allocating: built once per data set.
/// </summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<string, List<Phrase>> _byFirst = new(SyllableComparer.Instance);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Lower-case first letters of the phrases (Latin and Vietnamese letters): most words are rejected here without hashing.
    private readonly bool[] _firstLetters = new bool[0x1F00];

    public PhraseTable(IEnumerable<Phrase> phrases)
    {
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var phrase in phrases)
        {
            var first = phrase.Syllables[0];
            if (first.Slot is not null)
            {
                continue; // a phrase starts with a word
            }
            foreach (var variant in first.Variants)
            {
                var letter = char.ToLowerInvariant(variant[0]);
                if (letter < _firstLetters.Length)
                {
                    _firstLetters[letter] = true;
                }
                if (!_byFirst.TryGetValue(variant, out var list))
                {
                    _byFirst[variant] = list = [];
                }
                list.Add(phrase);
            }
        }
        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Syllables.Length.CompareTo(a.Syllables.Length));
        }
    }

    /// <summary>Parses `Ban Thường vụ`, `quý {roman}`, `quý {number}` into syllables.</summary>
    public static PhraseSyllable[] Parse(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s switch
        {
            "{roman}" => new PhraseSyllable(s, [], TokenKind.RomanNumeral),
            "{number}" => new PhraseSyllable(s, [], TokenKind.Number),
            _ => new PhraseSyllable(s, Syllables.Variants(s), null),
        }).ToArray();

    /// <summary>The longest phrase whose first word is the token at <paramref name="index"/>.</summary>
    public PhraseMatch? Match(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (tokens[index].Kind != TokenKind.Word)
        {
            return null;
        }
        var text = paragraph.GetText(tokens[index]);
        var letter = char.ToLowerInvariant(text[0]);
        if (letter >= _firstLetters.Length || !_firstLetters[letter] || !_lookup.TryGetValue(text, out var candidates))
        {
            return null;
        }
        foreach (var phrase in candidates)
        {
            if (Matches(paragraph, index, phrase))
            {
                return new PhraseMatch(phrase, index);
            }
        }
        return null;
    }

    private static bool Matches(Paragraph paragraph, int index, Phrase phrase)
    {
        var tokens = paragraph.Tokens;
        for (var s = 1; s < phrase.Syllables.Length; s++)
        {
            var at = index + 2 * s;
            if (at >= tokens.Count || !tokens[at - 1].Kind.IsWhitespace() || tokens[at - 1].Length != 1)
            {
                return false;
            }
            var syllable = phrase.Syllables[s];
            var token = tokens[at];
            if (syllable.Slot is { } slot)
            {
                if (token.Kind != slot)
                {
                    return false;
                }
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }
            var text = paragraph.GetText(token);
            var any = false;
            foreach (var variant in syllable.Variants)
            {
                any |= text.Equals(variant, StringComparison.OrdinalIgnoreCase);
            }
            if (!any)
            {
                return false;
            }
        }
        return true;
    }
}
