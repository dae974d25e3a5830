using ReportLint.Core.Syntax;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Numbers;

/// <summary>Moves over a paragraph's tokens skipping spaces; compares words without allocating.</summary>
internal static class TokenNavigation
{
    /// <summary>The index of the previous token that is not whitespace, or -1.</summary>
    public static int Previous(TokenList tokens, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!tokens[i].Kind.IsTrivia())
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The gap between two words of one phrase: one space, or a line break inside a paragraph. The tree joins only lines
    /// that make one paragraph (a hard-wrapped plain text, a Markdown paragraph), so there a break reads as a space:
    /// `Ban Thường vụ Huyện` ⏎ `ủy` is one name.
    /// </summary>
    public static bool IsWordGap(Token token) => token.Kind == TokenKind.LineBreak || (token.Kind.IsWhitespace() && token.Length == 1);

    /// <summary>Any space between two words, or a line break inside a paragraph (see <see cref="IsWordGap"/>).</summary>
    public static bool IsGap(Token token) => token.Kind == TokenKind.LineBreak || token.Kind.IsWhitespace();

    /// <summary>The index of the next token that is not whitespace, or -1.</summary>
    public static int Next(TokenList tokens, int index)
    {
        for (var i = index + 1; i < tokens.Count; i++)
        {
            if (!tokens[i].Kind.IsTrivia())
            {
                return i;
            }
        }
        return -1;
    }

    public static bool IsWord(Paragraph paragraph, int index, string word)
    {
        var tokens = paragraph.Tokens;
        return (uint)index < (uint)tokens.Count && tokens[index].Kind == TokenKind.Word && SameWord(paragraph.GetText(tokens[index]), word);
    }

    /// <summary>The word at <paramref name="index"/> is one of <paramref name="words"/>; a span, so a list written at the call (`["gồm", "trong"]`) costs no allocation.</summary>
    public static bool IsWordIn(Paragraph paragraph, int index, ReadOnlySpan<string> words)
    {
        var tokens = paragraph.Tokens;
        if ((uint)index >= (uint)tokens.Count || tokens[index].Kind != TokenKind.Word)
        {
            return false;
        }
        var text = paragraph.GetText(tokens[index]);
        foreach (var word in words)
        {
            if (SameWord(text, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Equal ignoring case (ordinal). Readers ask about a few words at every word of a draft: the length and the first
    /// letter in lower case (a table look-up) turn most away before the framework's comparison, which is slow for
    /// Vietnamese letters. Two letters equal ignoring case have the same lower case (every letter a word here starts
    /// with: Latin and Vietnamese), so the first test never turns away an equal word.
    /// </summary>
    public static bool SameWord(ReadOnlySpan<char> text, string word) =>
        text.Length == word.Length && (text.Length == 0 || SyllableComparer.Lower(text[0]) == SyllableComparer.Lower(word[0]))
        && text.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The index of the last word when the words at <paramref name="index"/> spell <paramref name="words"/> (`khởi công`), else -1.</summary>
    public static int MatchWords(Paragraph paragraph, int index, ReadOnlySpan<string> words)
    {
        var last = -1;
        foreach (var word in words)
        {
            if (!IsWord(paragraph, index, word))
            {
                return -1;
            }
            last = index;
            index = Next(paragraph.Tokens, index);
        }
        return last;
    }

    /// <summary>The last token of the first of <paramref name="phrases"/> written from <paramref name="index"/> on, or -1.</summary>
    public static int MatchAny(Paragraph paragraph, int index, string[][] phrases)
    {
        if (index < 0 || index >= paragraph.Tokens.Count || paragraph.Tokens[index].Kind != TokenKind.Word)
        {
            return -1;
        }
        // Rules ask at every word, and most words open no phrase: the word is read once and its length rejects most phrases.
        var first = paragraph.GetText(paragraph.Tokens[index]);
        foreach (var phrase in phrases)
        {
            if (phrase.Length > 0 && SameWord(first, phrase[0]) && MatchWords(paragraph, index, phrase) is var last and >= 0)
            {
                return last;
            }
        }
        return -1;
    }

    public static bool IsPunctuation(Paragraph paragraph, int index, char c) =>
        index >= 0 && index < paragraph.Tokens.Count && paragraph.Tokens[index] is { Kind: TokenKind.Punctuation, Length: 1 } token
        && paragraph.Text[token.Start] == c;

    /// <summary>An equals sign (a symbol token, or punctuation in some inputs).</summary>
    public static bool IsEquals(Paragraph paragraph, int index) =>
        index >= 0 && index < paragraph.Tokens.Count && paragraph.Tokens[index] is { Length: 1 } token && paragraph.Text[token.Start] == '=';

    public static bool IsDash(Paragraph paragraph, int index) =>
        IsPunctuation(paragraph, index, '-') || IsPunctuation(paragraph, index, '–') || IsPunctuation(paragraph, index, '—');

    /// <summary>The first one or two syllables after a number (`chi bộ`, `đảng viên`), lower case: its unit; null for none.</summary>
    public static string? UnitAfter(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        var first = Next(tokens, index);
        if (first < 0 || tokens[first].Kind != TokenKind.Word)
        {
            return null;
        }
        var unit = paragraph.GetString(tokens[first]);
        if (first + 2 < tokens.Count && tokens[first + 1].Kind == TokenKind.Space && tokens[first + 1].Length == 1
            && tokens[first + 2].Kind == TokenKind.Word)
        {
            unit += " " + paragraph.GetString(tokens[first + 2]);
        }
        return unit.ToLowerInvariant();
    }

    /// <summary>Two units agree when either is unknown or one starts the other (`tổ chức` and `tổ chức cơ sở`).</summary>
    public static bool UnitsAgree(string? a, string? b) =>
        a is null || b is null || a == b
        || (a.Contains(' ') != b.Contains(' ') && (a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal)));
}
