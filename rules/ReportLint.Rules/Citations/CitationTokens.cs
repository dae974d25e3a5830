using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Citations;

/// <summary>Token navigation for the citation parser: words separated by spaces, compared by lookup key.</summary>
internal readonly struct CitationTokens(Paragraph paragraph)
{
    public Paragraph Paragraph { get; } = paragraph;

    public TokenList Tokens => Paragraph.Tokens;

    public Token this[int index] => Paragraph.Tokens[index];

    /// <summary>
    /// The next token after <paramref name="index"/> that is not a space, or -1. The line break of a wrapped
    /// paragraph, with the indentation Markdown excludes after it, reads as a space.
    /// </summary>
    public int Next(int index)
    {
        for (var i = index + 1; i < Tokens.Count; i++)
        {
            var kind = Tokens[i].Kind;
            if (kind.IsTrivia() || (kind == TokenKind.Markup && Paragraph.GetText(Tokens[i]).IsWhiteSpace()))
            {
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>True when the token is a word (or abbreviation) whose lookup key is <paramref name="key"/>.</summary>
    public bool IsWord(int index, string key) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind is TokenKind.Word or TokenKind.Abbreviation && HasKey(index, key);

    /// <summary>Compares without allocating: this runs on many words.</summary>
    private bool HasKey(int index, string key)
    {
        var token = Tokens[index];
        var text = Paragraph.GetText(token);
        return (text.Length == key.Length && text.Equals(key, StringComparison.OrdinalIgnoreCase))
            || CitationKey.Matches(text, key, token.Has(TokenFlags.CombiningMarks));
    }

    public bool IsPunctuation(int index, char c) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Punctuation && Tokens[index].Length == 1
        && Paragraph.Text[Tokens[index].Start] == c;

    public string KeyOf(int index) => CitationKey.Of(Paragraph.GetText(Tokens[index]));

    /// <summary>A Number token of digits only (`08`, `290`), as document numbers are written.</summary>
    public bool IsPlainNumber(int index, out int value)
    {
        value = 0;
        if (index < 0 || Tokens[index].Kind != TokenKind.Number)
        {
            return false;
        }
        var text = Paragraph.GetText(Tokens[index]);
        if (text.Length > 6 || text.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        value = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Matches the syllables of a name (lookup keys) from <paramref name="index"/>; returns the last token or -1.</summary>
    public int MatchSyllables(int index, string[] syllables)
    {
        var current = index;
        for (var k = 0; k < syllables.Length; k++)
        {
            if (k > 0)
            {
                current = Next(current);
            }
            if (current < 0 || Tokens[current].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral)
                || !HasKey(current, syllables[k]))
            {
                return -1;
            }
        }
        return current;
    }
}
