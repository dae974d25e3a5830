using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// A run of upper-case Vietnamese words inside a line of ordinary text: a title or a name quoted in capitals
/// (`tiêu đề “ỦY BAN NHÂN DÂN HUYỆN TƯ THẠNH”`). Like an all-capitals line, it holds words, not abbreviations: `TƯ`
/// there is a syllable of the name `Tư Thạnh`, not `Trung ương`. The run is recognised by its words that carry a
/// tone or a shaped vowel (`ỦY`, `HUYỆN`), which no abbreviation has.
/// </summary>
internal static class CapsRun
{
    // Words looked at on each side: a run this long already says what it is.
    private const int Reach = 8;

    private const int MinWords = 3;

    private const int MinMarkedWords = 2;

    /// <summary>True when tokens <paramref name="first"/>..<paramref name="last"/> lie in such a run.</summary>
    public static bool Contains(ParagraphSyntax syntax, int first, int last)
    {
        var (words, marked) = (1, 0);
        for (int i = first - 2, seen = 0; seen < Reach && i >= 0 && IsSingleSpace(syntax, i + 1) && IsUpperWord(syntax, i); i -= 2, seen++)
        {
            words++;
            marked += IsMarked(syntax, i) ? 1 : 0;
        }
        for (int i = last + 2, seen = 0; seen < Reach && i < syntax.Tokens.Count && IsSingleSpace(syntax, i - 1) && IsUpperWord(syntax, i); i += 2, seen++)
        {
            words++;
            marked += IsMarked(syntax, i) ? 1 : 0;
        }
        return words >= MinWords && marked >= MinMarkedWords;
    }

    /// <summary>
    /// True when the upper-case syllable at <paramref name="index"/> (`TƯ`, a word as well as a spelling of `TW`) is part
    /// of a name: a marked upper-case word right after it (`Thôn TƯ THẠNH`) unless an abbreviation comes right before
    /// it (`BCH TƯ ĐẢNG`), or a marked upper-case word or a capitalized word inside the sentence right before it
    /// (`NGUYỄN VĂN TƯ`, `Nguyễn Văn TƯ`). Such a syllable is no abbreviation, whatever the document defines.
    /// </summary>
    public static bool InName(ParagraphSyntax syntax, int index, int sentenceFirstWord)
    {
        var tokens = syntax.Tokens;
        var before = index >= 2 && IsSingleSpace(syntax, index - 1) && tokens[index - 2].Kind is TokenKind.Word or TokenKind.Abbreviation ? index - 2 : -1;
        var after = index + 2 < tokens.Count && IsSingleSpace(syntax, index + 1) ? index + 2 : -1;
        if (before >= 0 && tokens[before].Has(TokenFlags.Capitalized) && !tokens[before].Has(TokenFlags.AllUpper) && before != sentenceFirstWord)
        {
            return true; // `Nguyễn Văn TƯ`; the sentence's first word is capitalized whatever it is (`Theo TƯ, …`)
        }
        if (before >= 0 && IsUpperWord(syntax, before))
        {
            return IsMarked(syntax, before); // `VĂN TƯ` a name; `BCH TƯ` an abbreviation after another
        }
        return after >= 0 && IsUpperWord(syntax, after) && IsMarked(syntax, after);
    }

    private static bool IsSingleSpace(ParagraphSyntax syntax, int index) => syntax.Tokens[index] is { Kind: TokenKind.Space, Length: 1 };

    private static bool IsUpperWord(ParagraphSyntax syntax, int index) =>
        syntax.Tokens[index] is { Kind: TokenKind.Abbreviation } || (syntax.Tokens[index] is { Kind: TokenKind.Word } word && word.Has(TokenFlags.AllUpper));

    /// <summary>An upper-case word with a tone or a shaped vowel (`ỦY`, `NHÂN`): a word, never an abbreviation.</summary>
    private static bool IsMarked(ParagraphSyntax syntax, int index) =>
        syntax.Tokens[index].Kind is TokenKind.Word or TokenKind.Abbreviation && !AbbreviationText.HasAbbreviationShape(syntax.GetText(syntax.Tokens[index]));
}
