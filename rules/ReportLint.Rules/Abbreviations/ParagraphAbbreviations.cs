using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Abbreviations;

/// <summary>One written abbreviation in a paragraph (offsets relative to the paragraph).</summary>
/// <param name="SyllableShaped">An all-caps word the tokenizer read as a syllable (`TU`, `CA`): an abbreviation only when known or defined.</param>
/// <param name="Definition">Index into <see cref="ParagraphAbbreviations.Definitions"/> when this is the abbreviation of a definition, else -1.</param>
/// <param name="AfterNumber">A number comes right before it (`1.330 MW`): it may be a unit of measure.</param>
/// <param name="BeforeCodeNumber">A bare number of two or more digits follows one space after it (`BG 218`, `OM 5451`): it may be a model's or variety's code.</param>
/// <param name="AmongCodes">It and the number after it are listed beside another code (`TBR225, ĐV 108, HT1`): a code, not an abbreviation.</param>
/// <param name="InCapsRun">It lies in a run of upper-case words inside the line (<see cref="CapsRun"/>): read as in an all-capitals line.</param>
/// <param name="BeforeNumberedCode">A number follows one space after it, maybe with a capital glued on (`QL 1A`, `TL 8`): with the letters of a numbered code it is that code.</param>
/// <param name="InName">A syllable in capitals that is part of a name (<see cref="CapsRun.InName"/>): `Thôn TƯ THẠNH`, `Nguyễn Văn TƯ`.</param>
internal readonly record struct AbbreviationMention(string Text, string Key, TextSpan Span, bool SyllableShaped, bool AtSentenceStart, int Definition, bool AfterNumber,
    bool BeforeCodeNumber = false, bool AmongCodes = false, bool InCapsRun = false, bool InName = false, bool BeforeNumberedCode = false);

/// <summary>
/// Capitals with the number of a body run into them, or joined by a hyphen (`BCĐ35`, `BCĐ-35`): one Code token, no mention,
/// but the spelling of `BCĐ 35` where the document defines `Ban Chỉ đạo 35 huyện (BCĐ 35)`.
/// </summary>
/// <param name="Letters">The capitals (`BCĐ`).</param>
/// <param name="Number">The digits (`35`).</param>
internal readonly record struct NumberedCode(string Text, string Letters, string Number, TextSpan Span)
{
    /// <summary>Reads a Code token as capitals then digits, or null (`QL1A`, `4G`, `COVID-19` when `COVID` is a word).</summary>
    public static NumberedCode? Read(ParagraphSyntax syntax, Token token)
    {
        var text = syntax.GetText(token);
        var digits = text.Length - text.TrimEnd("0123456789").Length;
        if (digits == 0 || digits == text.Length)
        {
            return null;
        }
        var letters = text[..^digits];
        if (letters[^1] == '-')
        {
            letters = letters[..^1];
        }
        if (!AbbreviationText.HasAbbreviationShape(letters) || letters.ContainsAny(".-&"))
        {
            return null;
        }
        return new NumberedCode(text.ToString(), letters.ToString(), text[^digits..].ToString(), token.Span);
    }
}

/// <summary>
/// What one paragraph says about abbreviations: every mention and every `full form (ABBR)`
/// definition. It depends only on the paragraph's text, so it is computed once per paragraph
/// syntax and shared by all the family's rules and by <see cref="AbbreviationTable"/>.
/// </summary>
internal sealed class ParagraphAbbreviations
{
    public static readonly ParagraphAbbreviations Empty = new([], [], false);

    private static readonly ParagraphAbbreviations EmptyCapsLine = new([], [], true);

    private static readonly SyntaxSlot<ParagraphAbbreviations> Slot = new();

    private ParagraphAbbreviations(AbbreviationMention[] mentions, AbbreviationDefinition[] definitions, bool isCapsLine)
    {
        Mentions = mentions;
        Definitions = definitions;
        IsCapsLine = isCapsLine;
    }

    public IReadOnlyList<AbbreviationMention> Mentions { get; }

    public IReadOnlyList<AbbreviationDefinition> Definitions { get; }

    /// <summary>An all-capitals line (a heading such as `BÁO CÁO…`): only known abbreviations count there.</summary>
    public bool IsCapsLine { get; }

    /// <summary>Capitals with a number run into them (`BCĐ35`), in text order: RL1007 compares them with the defined `BCĐ 35`.</summary>
    public IReadOnlyList<NumberedCode> NumberedCodes { get; private init; } = [];

    public bool IsEmpty => Mentions.Count == 0 && NumberedCodes.Count == 0;

    public static ParagraphAbbreviations Of(ParagraphSyntax syntax) => syntax.GetOrAdd(Slot, 0, static (s, _) => Compute(s));

    private static ParagraphAbbreviations Compute(ParagraphSyntax syntax)
    {
        var tokens = syntax.Tokens;
        List<AbbreviationMention>? mentions = null;
        List<AbbreviationDefinition>? definitions = null;
        List<NumberedCode>? codes = null;
        var upperWords = 0;
        var lowerWords = 0;
        var sentence = 0;
        var sentenceStarted = false;
        var firstWord = -1; // the first word of the current sentence, once seen
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            while (sentence < syntax.Sentences.Count && i >= syntax.Sentences[sentence].EndToken)
            {
                sentence++;
                sentenceStarted = false;
                firstWord = -1;
            }
            if (token.Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                // Only capitals can be abbreviations; most words are skipped without looking at their letters.
                var capitals = token.Kind == TokenKind.Abbreviation || token.Has(TokenFlags.AllUpper);
                var shaped = capitals && AbbreviationText.HasAbbreviationShape(syntax.GetText(token));
                if (token.Kind == TokenKind.Word ? token.Has(TokenFlags.AllUpper) : !shaped)
                {
                    upperWords++;
                }
                else if (token.Kind == TokenKind.Word)
                {
                    lowerWords++;
                }
                if (shaped && (StartsCode(syntax, tokens, DefinitionTokens.CompoundEnd(syntax, i)) || SymbolCodes.IsCode(syntax, i)))
                {
                    // `NB.1.8.1`: a variant's or model's code; `/TTr-UBND`, `112- KH/TU`: the codes of a symbol left unnumbered or broken.
                    i = DefinitionTokens.CompoundEnd(syntax, i);
                }
                else if (shaped && HasMixedCaseTail(syntax, tokens, DefinitionTokens.CompoundEnd(syntax, i)))
                {
                    // `DPT-VGB-Hib`, `SARS-CoV`: a product's or virus's name, which the tokenizer cut at its mixed-case part.
                    i = DefinitionTokens.CompoundEnd(syntax, i) + 2;
                }
                else if (shaped)
                {
                    var last = DefinitionTokens.CompoundEnd(syntax, i);
                    var span = TextSpan.FromBounds(token.Start, syntax.Tokens[last].End);
                    var value = syntax.Text.Substring(span.Start, span.Length);
                    if (token.Has(TokenFlags.CombiningMarks))
                    {
                        value = value.Normalize(NormalizationForm.FormC);
                    }
                    var syllable = token.Kind == TokenKind.Word && last == i;
                    (mentions ??= []).Add(new AbbreviationMention(value, AbbreviationText.Key(value), span,
                        syllable, !sentenceStarted, -1, FollowsNumber(tokens, i), CodeNumbers.Follows(syntax, last),
                        CodeNumbers.InList(syntax, i, last), CapsRun.Contains(syntax, i, last),
                        syllable && CapsRun.InName(syntax, i, firstWord), CodeNumbers.FollowsCodeNumber(syntax, last)));
                    DefinitionParser.TryParseReverse(syntax, i, last, definitions ??= []);
                    i = last;
                }
            }
            else if (token.Kind == TokenKind.Code && token.Has(TokenFlags.Capitalized) && NumberedCode.Read(syntax, token) is { } code)
            {
                (codes ??= []).Add(code);
            }
            else if (token.Kind == TokenKind.Punctuation && token.Length == 1 && syntax.Text[token.Start] == '(')
            {
                DefinitionParser.TryParse(syntax, i, definitions ??= []);
            }
            if (token.Kind.IsWordLike())
            {
                firstWord = sentenceStarted ? firstWord : i;
                sentenceStarted = true;
            }
        }
        var isCapsLine = lowerWords == 0 && upperWords >= 2;
        if (mentions is null)
        {
            return codes is not null ? new ParagraphAbbreviations([], [], isCapsLine) { NumberedCodes = codes.ToArray() }
                : isCapsLine ? EmptyCapsLine : Empty;
        }
        var definitionArray = definitions?.OrderBy(d => d.Span.Start).ToArray() ?? [];
        var mentionArray = mentions.ToArray();
        // Both lists are in text order: mark the mentions that are the abbreviation of a definition.
        for (int d = 0, m = 0; d < definitionArray.Length && m < mentionArray.Length;)
        {
            var start = definitionArray[d].Span.Start;
            if (mentionArray[m].Span.Start < start)
            {
                m++;
            }
            else
            {
                if (mentionArray[m].Span.Start == start)
                {
                    mentionArray[m] = mentionArray[m] with { Definition = d };
                }
                d++;
            }
        }
        return new ParagraphAbbreviations(mentionArray, definitionArray, isCapsLine) { NumberedCodes = codes?.ToArray() ?? [] };
    }

    /// <summary>The capitals run into `.` and a digit with no space: a code (`NB.1.8.1`), not an abbreviation.</summary>
    private static bool HasMixedCaseTail(ParagraphSyntax syntax, TokenList tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1] is { Kind: TokenKind.Punctuation, Length: 1 } dash && syntax.Text[dash.Start] == '-'
        && dash.Start == tokens[last].End && tokens[last + 2] is { Kind: TokenKind.Word } tail && tail.Start == dash.End
        && tail.Has(TokenFlags.Capitalized) && !tail.Has(TokenFlags.AllUpper);

    private static bool StartsCode(ParagraphSyntax syntax, TokenList tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1] is { Kind: TokenKind.Punctuation, Length: 1 } dot && syntax.Text[dot.Start] == '.'
        && dot.Start == tokens[last].End && tokens[last + 2].Kind == TokenKind.Number && tokens[last + 2].Start == dot.End;

    /// <summary>A number, then one space (or no-break space), then the token: `1.330 MW`.</summary>
    private static bool FollowsNumber(TokenList tokens, int index) =>
        index >= 2 && (tokens[index - 1].Kind is TokenKind.Space or TokenKind.NoBreakSpace) && tokens[index - 1].Length == 1
        && tokens[index - 2].Kind == TokenKind.Number;
}
