using System.Text;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules.Citations;

/// <summary>
/// The issuer code a Party unit of a committee signs with, read from its name after `của`: `Ủy ban Kiểm tra Huyện ủy`
/// or `UBKT Huyện ủy` → `UBKTHU` (the unit's initials, then the level of the data's `issuingBodies`). The pattern
/// only proposes a code; the callers accept it only when the draft itself writes a symbol with that issuer.
/// </summary>
internal static class NamedPartyIssuer
{
    /// <summary>The code of the unit named after `của` right after <paramref name="end"/>, or null.</summary>
    public static string? After(CitationData data, Paragraph paragraph, int end)
    {
        var tokens = new CitationTokens(paragraph);
        var index = TokenAt(tokens, end);
        if (index < 0 || !tokens.IsWord(index = tokens.Next(index), "của") || (index = tokens.Next(index)) < 0)
        {
            return null;
        }
        if (Unit(data, tokens, index) is not var (unit, last) || (index = tokens.Next(last)) < 0)
        {
            return null;
        }
        foreach (var (syllables, body) in data.Issuers.BodiesStartingWith(tokens.KeyOf(index)))
        {
            if (body.Generic && data.Issuers.IsPartyLevel(body.Code) && tokens.MatchSyllables(index, syllables) >= 0)
            {
                return unit + body.Code;
            }
        }
        return null;
    }

    /// <summary>The token that ends at <paramref name="end"/>, or -1.</summary>
    private static int TokenAt(CitationTokens tokens, int end)
    {
        for (var i = 0; i < tokens.Tokens.Count; i++)
        {
            if (tokens[i].End == end && !tokens[i].Kind.IsTrivia())
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>`UBKT`, or two to four capitalized syllables whose initials spell a unit (`Ủy ban Kiểm tra`, `Ban Tổ chức`).</summary>
    private static (string Code, int Last)? Unit(CitationData data, CitationTokens tokens, int index)
    {
        var first = tokens.Paragraph.GetText(tokens[index]);
        if (tokens[index].Kind == TokenKind.Abbreviation)
        {
            return data.Issuers.IsPartyUnit(first.ToString()) ? (first.ToString(), index) : null;
        }
        if (tokens[index].Kind != TokenKind.Word || !char.IsUpper(first[0]))
        {
            return null;
        }
        var initials = new StringBuilder();
        (string, int)? found = null;
        for (var (count, current) = (0, index); current >= 0 && count < 4 && tokens[current].Kind == TokenKind.Word; count++, current = tokens.Next(current))
        {
            initials.Append(Initial(tokens.Paragraph.GetText(tokens[current])));
            if (count > 0 && data.Issuers.IsPartyUnit(initials.ToString()))
            {
                found = (initials.ToString(), current);
            }
        }
        return found;
    }

    /// <summary>The letter a syllable gives an abbreviation: `Ủy` → `U`, `Đảng` → `Đ`.</summary>
    private static char Initial(ReadOnlySpan<char> syllable) =>
        char.ToUpperInvariant(syllable[..1].ToString().Normalize(NormalizationForm.FormD)[0]);
}
