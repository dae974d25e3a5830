using ReportLint.Core.Syntax;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Names;

/// <summary>
/// A specific body named by an abbreviation (`UBND`, `ĐU`) or by a capitalized head and an abbreviation (`Hội LHPN`,
/// `Ủy ban MTTQ`, `Ban QLDA`). Its capitals are the abbreviation's, not the writer's choice, but it names one body
/// as a written-out name does: a title or a body head before it belongs to that body.
/// </summary>
internal static class AbbreviatedBody
{
    /// <summary>The index of the abbreviation when such a body starts at <paramref name="index"/>, or null.</summary>
    public static int? At(Paragraph paragraph, int index, NameTables tables)
    {
        var tokens = paragraph.Tokens;
        if (index < 0 || index >= tokens.Count)
        {
            return null;
        }
        return IsAbbreviation(tokens[index]) && tables.BodyAbbreviations.Contains(paragraph.GetString(tokens[index]))
            ? index : HeadedAt(paragraph, index);
    }

    /// <summary>`UBND`; or `ĐU`, `HU`, `TU`, which spell a syllable in capitals and so are read as words.</summary>
    private static bool IsAbbreviation(Token token) => token.Kind == TokenKind.Abbreviation || NameContext.IsAllCaps(token);

    /// <summary>A capitalized head, maybe with its lower-case second word, before an abbreviation: returns the abbreviation's index.</summary>
    private static int? HeadedAt(Paragraph paragraph, int index)
    {
        var tokens = paragraph.Tokens;
        if (tokens[index].Kind != TokenKind.Word || !tokens[index].Has(TokenFlags.Capitalized) || NameContext.IsAllCaps(tokens[index]))
        {
            return null;
        }
        var next = index + 2;
        if (next < tokens.Count && TokenNavigation.IsGap(tokens[next - 1]) && tokens[next].Kind == TokenKind.Word && !tokens[next].Has(TokenFlags.Capitalized))
        {
            next += 2; // `Ủy ban`
        }
        return next < tokens.Count && TokenNavigation.IsGap(tokens[next - 1]) && tokens[next].Kind == TokenKind.Abbreviation ? next : null;
    }
}
