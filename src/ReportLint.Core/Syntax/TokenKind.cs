namespace ReportLint.Core.Syntax;

public enum TokenKind : byte
{
    /// <summary>A run of letters (with any diacritics, NFC or NFD): a syllable or a foreign word.</summary>
    Word,
    /// <summary>Upper-case letters that are not a syllable: <c>ĐBQH</c>, <c>T.Ư</c>, <c>CTr</c>, <c>KT-XH</c>.</summary>
    Abbreviation,
    /// <summary>Upper-case I, V, X, L only: <c>XII</c>, <c>IV</c>.</summary>
    RomanNumeral,
    /// <summary>Digits with Vietnamese separators: <c>93.346</c>, <c>19,22%</c>, <c>1/4</c>, <c>25/10/2018</c>, <c>8-2020</c>.</summary>
    Number,
    /// <summary>A document symbol: <c>02-NQ/ĐUK</c>, <c>30/2020/NĐ-CP</c>, <c>123/QĐ-UBND</c>.</summary>
    DocumentSymbol,
    /// <summary>Letters mixed with digits: <c>COVID-19</c>, <c>4G</c>, <c>8h30</c>.</summary>
    Code,
    Url,
    Email,
    Punctuation,
    /// <summary>Mathematical, currency and other symbols, emoji.</summary>
    Symbol,
    /// <summary>A run of U+0020.</summary>
    Space,
    /// <summary>A run of no-break spaces (U+00A0, U+202F, U+2007).</summary>
    NoBreakSpace,
    Tab,
    /// <summary>Any other Unicode space separator (em space, ideographic space...).</summary>
    OtherSpace,
    /// <summary>Invisible format characters: zero-width space, soft hyphen, joiners, BOM.</summary>
    Invisible,
    LineBreak,
    /// <summary>Text the input reader excluded from linting (Markdown syntax, code, HTML).</summary>
    Markup,
    Other,
}

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>The first letter is upper case.</summary>
    Capitalized = 1,
    /// <summary>Every letter is upper case.</summary>
    AllUpper = 2,
    /// <summary>Contains a letter or mark outside ASCII (a Vietnamese letter or tone).</summary>
    NonAscii = 4,
    /// <summary>Contains a combining mark: the text is not precomposed (NFD or mixed).</summary>
    CombiningMarks = 8,
}

public static class TokenKindExtensions
{
    public static bool IsWhitespace(this TokenKind kind) =>
        kind is TokenKind.Space or TokenKind.NoBreakSpace or TokenKind.Tab or TokenKind.OtherSpace;

    public static bool IsTrivia(this TokenKind kind) => kind.IsWhitespace() || kind is TokenKind.LineBreak or TokenKind.Invisible;

    /// <summary>Tokens that read as words in a sentence (for phrase and context rules).</summary>
    public static bool IsWordLike(this TokenKind kind) =>
        kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.RomanNumeral or TokenKind.Number
            or TokenKind.DocumentSymbol or TokenKind.Code;
}
