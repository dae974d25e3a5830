using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Abbreviations;

/// <summary>
/// Capitals that are the type or issuer code of a document symbol, not abbreviations of the text: after a slash
/// (`Số:     /TTr-UBND`), or in a symbol a stray space broke apart (`112- KH/TU`, `342/2016/TT- BTC`,
/// `05 -NQ/HU`, `07-CT/ TU`). The citation rules read and mend the symbol; expanding `KH` there to
/// `Kế hoạch` would corrupt it.
/// </summary>
internal static class SymbolCodes
{
    // `112- KH/ TU`: a code chained to another code, at most this far from the number.
    private const int MaxChain = 3;

    public static bool IsCode(ParagraphSyntax syntax, int index) => AfterSlash(syntax, index) || InBrokenSymbol(syntax, index, MaxChain);

    /// <summary>Right after a slash: `/TTr-UBND`, `/QĐ-UBND`.</summary>
    private static bool AfterSlash(ParagraphSyntax syntax, int index) =>
        index >= 1 && syntax.Tokens[index - 1] is { Kind: TokenKind.Punctuation, Length: 1 } slash && syntax.Text[slash.Start] == '/'
        && slash.End == syntax.Tokens[index].Start;

    /// <summary>
    /// A dash or slash, with one space on one side or both, between the code and a number, a symbol or another such
    /// code. With a space on both sides (`2023 - UBND huyện`) a dash in prose is likelier: then only after `số`
    /// (`số 112 - KH/TU`) or when the code goes on with its own slash (`112 - KH/TU`).
    /// </summary>
    private static bool InBrokenSymbol(ParagraphSyntax syntax, int index, int chain)
    {
        var tokens = syntax.Tokens;
        var i = index - 1;
        var spaces = 0;
        if (IsSingleSpace(tokens, i))
        {
            (spaces, i) = (spaces + 1, i - 1);
        }
        if (i < 0 || tokens[i] is not { Kind: TokenKind.Punctuation, Length: 1 } separator || syntax.Text[separator.Start] is not ('-' or '–' or '/'))
        {
            return false;
        }
        i--;
        if (IsSingleSpace(tokens, i))
        {
            (spaces, i) = (spaces + 1, i - 1);
        }
        if (i < 0 || !IsSymbolPart(syntax, i, chain))
        {
            return false;
        }
        return spaces < 2 || AfterNumberSign(syntax, i) || SlashFollows(syntax, index);
    }

    private static bool IsSymbolPart(ParagraphSyntax syntax, int i, int chain)
    {
        var token = syntax.Tokens[i];
        return token.Kind switch
        {
            TokenKind.DocumentSymbol => true,
            TokenKind.Number => syntax.GetText(token).IndexOfAny('.', ',') < 0, // `1.330 - MW`: an amount, not a symbol's number
            TokenKind.Abbreviation => chain > 1 && IsCode(syntax, i, chain - 1),
            TokenKind.Word => chain > 1 && token.Has(TokenFlags.AllUpper) && IsCode(syntax, i, chain - 1), // `TU` reads as a syllable
            _ => false,
        };
    }

    private static bool IsCode(ParagraphSyntax syntax, int index, int chain) => AfterSlash(syntax, index) || InBrokenSymbol(syntax, index, chain);

    private static bool IsSingleSpace(TokenList tokens, int i) => i >= 0 && tokens[i] is { Kind: TokenKind.Space, Length: 1 };

    /// <summary>`số 112 - KH/TU`, `Số: 112 - KH/TU`.</summary>
    private static bool AfterNumberSign(ParagraphSyntax syntax, int number)
    {
        var tokens = syntax.Tokens;
        var i = number - 1;
        while (i >= 0 && (tokens[i].Kind.IsTrivia() || tokens[i] is { Kind: TokenKind.Punctuation, Length: 1 } colon && syntax.Text[colon.Start] == ':'))
        {
            i--;
        }
        return i >= 0 && tokens[i].Kind == TokenKind.Word && syntax.GetText(tokens[i]).Equals("số", StringComparison.OrdinalIgnoreCase);
    }

    private static bool SlashFollows(ParagraphSyntax syntax, int index)
    {
        var last = DefinitionTokens.CompoundEnd(syntax, index);
        return last + 1 < syntax.Tokens.Count && syntax.Tokens[last + 1] is { Kind: TokenKind.Punctuation, Length: 1 } slash
            && syntax.Text[slash.Start] == '/' && slash.Start == syntax.Tokens[last].End;
    }
}
