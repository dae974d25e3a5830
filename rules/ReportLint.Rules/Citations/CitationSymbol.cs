using System.Globalization;

namespace ReportLint.Rules.Citations;

/// <summary>How a document symbol is laid out.</summary>
public enum SymbolLayout
{
    /// <summary>Party: <c>N-TYPE/ISSUER</c> (<c>02-NQ/ĐUK</c>).</summary>
    Party,
    /// <summary>State: <c>N/YYYY/TYPE-ISSUER</c> or <c>N/TYPE-ISSUER</c> (<c>30/2020/NĐ-CP</c>, <c>123/QĐ-UBND</c>).</summary>
    State,
}

/// <summary>
/// The parts of a document symbol. <see cref="TypeCode"/> is null when the symbol has none
/// (<c>52/2019/QH14</c>, a State official letter <c>12/UBND-VX</c>); <see cref="Issuer"/> is null when it is missing
/// (<c>08-QĐi</c>).
/// </summary>
public sealed record CitationSymbol(string Text, string Number, int NumberValue, int? Year, string? TypeCode, string? Issuer, SymbolLayout Layout)
{
    /// <summary>Comparable key: number without leading zeros, codes in upper case.</summary>
    public string Key => Layout == SymbolLayout.Party
        ? $"{NumberValue}-{TypeCode?.ToUpperInvariant()}/{Issuer?.ToUpperInvariant()}"
        : $"{NumberValue}/{Year}/{TypeCode?.ToUpperInvariant()}-{Issuer?.ToUpperInvariant()}";

    public static CitationSymbol? Parse(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits > 6 || digits == text.Length)
        {
            return null;
        }
        var number = text[..digits];
        var value = int.Parse(number, CultureInfo.InvariantCulture);
        var rest = text[(digits + 1)..];
        if (text[digits] == '-')
        {
            var slash = rest.IndexOf('/');
            if (slash < 0)
            {
                return rest.Length == 0 ? null : new CitationSymbol(text, number, value, null, rest, null, SymbolLayout.Party);
            }
            if (slash == 0 || slash == rest.Length - 1)
            {
                return null;
            }
            return new CitationSymbol(text, number, value, null, rest[..slash], rest[(slash + 1)..], SymbolLayout.Party);
        }
        if (text[digits] != '/')
        {
            return null;
        }
        int? year = null;
        if (rest.Length > 5 && rest[4] == '/' && rest.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') == false)
        {
            year = int.Parse(rest.AsSpan(0, 4), CultureInfo.InvariantCulture);
            rest = rest[5..];
        }
        if (rest.Length == 0 || rest.Contains('/'))
        {
            return null;
        }
        var dash = rest.IndexOf('-');
        return dash <= 0 || dash == rest.Length - 1
            ? new CitationSymbol(text, number, value, year, null, rest, SymbolLayout.State)
            : new CitationSymbol(text, number, value, year, rest[..dash], rest[(dash + 1)..], SymbolLayout.State);
    }

    /// <summary>
    /// The same symbol written in the other layout (for a Party document written the State way and back); a State symbol
    /// with <paramref name="year"/> when the document's symbol carries it (`33/2023/NĐ-CP`).
    /// </summary>
    public string Relayout(SymbolLayout layout, int? year = null) => layout == SymbolLayout.Party
        ? $"{Number}-{TypeCode}/{Issuer}"
        : year is { } y ? $"{Number}/{y}/{TypeCode}-{Issuer}" : $"{Number}/{TypeCode}-{Issuer}";

    public override string ToString() => Text;
}
