using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Abbreviations;

using static DefinitionTokens;

/// <summary>
/// Capitals and the number after them read as one code (`BG 218`, `ĐV 108`): a variety's or a model's name, which is
/// never written out in full, whatever else the letters could stand for.
/// </summary>
internal static class CodeNumbers
{
    /// <summary>
    /// One space after token <paramref name="last"/>, then a number of digits only, at least <paramref name="minDigits"/>,
    /// that is no year: `BG 218`, `IR 64` (a count such as `2.500` has a separator, a year follows `năm`, and a symbol
    /// `12/2023` its slash).
    /// </summary>
    public static bool Follows(ParagraphSyntax syntax, int last, int minDigits = 2)
    {
        var tokens = syntax.Tokens;
        var number = last + 2;
        if (number >= tokens.Count || tokens[last + 1].Kind is not (TokenKind.Space or TokenKind.NoBreakSpace) || tokens[last + 1].Length != 1
            || tokens[number].Kind != TokenKind.Number || syntax.GetText(tokens[number]) is not { Length: > 0 } digits || digits.Length < minDigits
            || digits.ContainsAnyExceptInRange('0', '9') || (digits.Length == 4 && digits[0] is '1' or '2' && digits[1] is '9' or '0'))
        {
            return false;
        }
        return number + 1 >= tokens.Count || tokens[number + 1].Start > tokens[number].End
            || syntax.Text[tokens[number + 1].Start] is not ('/' or '-' or '.');
    }

    /// <summary>
    /// One space after token <paramref name="last"/>, then the number of a road or another numbered code: digits
    /// (`TL 8`, `ĐT 741`), or digits and capitals in one token (`QL 1A`, `QL 14C`); not a count (`2.500`), a decimal or
    /// the head of a date, symbol or range (`12/2023`, `3-5`).
    /// </summary>
    public static bool FollowsCodeNumber(ParagraphSyntax syntax, int last)
    {
        var tokens = syntax.Tokens;
        var number = last + 2;
        if (number >= tokens.Count || tokens[last + 1].Kind is not (TokenKind.Space or TokenKind.NoBreakSpace) || tokens[last + 1].Length != 1)
        {
            return false;
        }
        var text = syntax.GetText(tokens[number]);
        var digits = text.Length - text.TrimStart("0123456789").Length;
        var valid = tokens[number].Kind switch
        {
            TokenKind.Number => digits == text.Length && digits > 0,
            TokenKind.Code => digits > 0 && !text[digits..].ContainsAnyExceptInRange('A', 'Z'),
            _ => false,
        };
        return valid && (number + 1 >= tokens.Count || tokens[number + 1].Start > tokens[number].End
            || syntax.Text[tokens[number + 1].Start] is not ('/' or '-'));
    }

    /// <summary>
    /// Capitals (tokens <paramref name="first"/>..<paramref name="last"/>) and a number, listed beside another code:
    /// `các giống TBR225, ĐV 108, HT1`, `BG 218 và ĐV 108`. The list says what the item is; `ĐV` there is no `đảng viên`.
    /// </summary>
    public static bool InList(ParagraphSyntax syntax, int first, int last)
    {
        if (!Follows(syntax, last, minDigits: 1))
        {
            return false;
        }
        var before = Skip(syntax, first - 1, -1);
        if (before >= 0 && IsListSeparator(syntax, before) && Skip(syntax, before - 1, -1) is >= 0 and var previous && EndsCode(syntax, previous))
        {
            return true;
        }
        var after = Skip(syntax, last + 3, 1);
        return after >= 0 && IsListSeparator(syntax, after) && Skip(syntax, after + 1, 1) is >= 0 and var next && StartsCode(syntax, next);
    }

    private static bool IsListSeparator(ParagraphSyntax syntax, int index) =>
        IsChar(syntax, syntax.Tokens[index], ',') || IsChar(syntax, syntax.Tokens[index], ';')
        || (syntax.Tokens[index].Kind == TokenKind.Word && syntax.GetText(syntax.Tokens[index]) is "và" or "hoặc");

    /// <summary>Letters and digits in one token that opens with a capital: `TBR225`, `HT1`, `OM5451`.</summary>
    private static bool IsLetterCode(ParagraphSyntax syntax, int index) =>
        syntax.Tokens[index].Kind == TokenKind.Code && char.IsUpper(syntax.Text[syntax.Tokens[index].Start]);

    /// <summary>The item before ends at <paramref name="index"/>: a letter code, or capitals and their number (`BG 218`).</summary>
    private static bool EndsCode(ParagraphSyntax syntax, int index) =>
        IsLetterCode(syntax, index)
        || (syntax.Tokens[index].Kind == TokenKind.Number && index >= 2 && IsCandidate(syntax, syntax.Tokens[index - 2])
            && Follows(syntax, index - 2, minDigits: 1));

    /// <summary>The item after starts at <paramref name="index"/>: a letter code, or capitals and their number.</summary>
    private static bool StartsCode(ParagraphSyntax syntax, int index) =>
        IsLetterCode(syntax, index) || (IsCandidate(syntax, syntax.Tokens[index]) && Follows(syntax, CompoundEnd(syntax, index), minDigits: 1));
}
