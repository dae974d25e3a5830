namespace ReportLint.Rules.Citations;

/// <summary>
/// Finds the knowledge-base document a citation names. A symbol is looked up directly (with the date or term
/// when the symbol names documents of several terms). A bare
/// number (`Quy định số 90`) is resolved only when something besides the number agrees with exactly
/// one document — the date, a named central body or the term — because numbers restart with every
/// term and every issuer.
/// </summary>
internal sealed class CitationResolver(CitationData data)
{
    public KnownDocument? Resolve(Citation citation)
    {
        if (citation.Symbol is { Issuer: not null } symbol)
        {
            var known = data.Documents.Find(symbol, citation.Date?.Value, citation.Terms.Count == 1 ? citation.Terms[0].Numeral : null);
            return known is not null && !OfAnotherDocument(citation, known) ? known : ResolveTypeCodeSlip(citation, symbol);
        }
        if (citation.Type is null)
        {
            return null;
        }
        return citation.Form switch
        {
            CitationForm.Number or CitationForm.DanglingDash or CitationForm.Symbol => ResolveNumber(citation, citation.Type),
            CitationForm.Conventional => ResolveConventional(citation, citation.Type),
            _ => null,
        };
    }

    /// <summary>
    /// `Chỉ thị số 21-NQ/TW ngày 20/01/2018 của Ban Bí thư`: the type word names another kind of document than the known
    /// 21-NQ/TW, and the date or the named body does not fit it either. The draft means another document whose code is
    /// the slip, so the known one says nothing about it.
    /// </summary>
    private static bool OfAnotherDocument(Citation citation, KnownDocument known) =>
        citation.Type is { } type && !SameType(known, type)
        && ((citation.Date?.Value is { } date && date != known.Date) || (citation.Body?.Body is { Generic: false } body && !IssuedBy(known, body)));

    private KnownDocument? ResolveNumber(Citation citation, DocumentType type)
    {
        var date = citation.Date?.Value;
        var body = citation.Body?.Body;
        var term = citation.Terms.Count == 1 ? citation.Terms[0].Numeral : null;
        var corroborated = date is not null || term is not null || body is { Generic: false };
        if (!corroborated)
        {
            return null;
        }
        KnownDocument? found = null;
        foreach (var document in data.Documents.WithNumber(citation.Number))
        {
            if (!SameType(document, type)
                || (citation.Symbol?.TypeCode is { } code && !string.Equals(code, document.Symbol.TypeCode, StringComparison.OrdinalIgnoreCase))
                || (date is { } d && document.Date != d)
                || (term is not null && document.Term is { } known && known != term)
                || (body is not null && !IssuedBy(document, body)))
            {
                continue;
            }
            if (found is not null)
            {
                return null; // ambiguous
            }
            found = document;
        }
        return found;
    }

    /// <summary>
    /// `Quy định số 08-QĐ/TW ngày 25/10/2018`: no known document has the symbol as written, but one has its number, issuer
    /// and exact date, is of the type word written, and differs only in a type code that word also takes (`08-QĐi/TW`): the
    /// code is the slip. Nothing is resolved when the knowledge base knows the written symbol (of any date: that document
    /// may be meant), when a named body or term does not fit, or when two documents would do.
    /// </summary>
    private KnownDocument? ResolveTypeCodeSlip(Citation citation, CitationSymbol symbol)
    {
        if (citation is not { Type: { } type, Date.Value: { } date } || symbol.TypeCode is not { } code
            || !type.Accepts(code, symbol.Layout) || data.Documents.Named(symbol).Count > 0)
        {
            return null;
        }
        var body = citation.Body?.Body;
        var term = citation.Terms.Count == 1 ? citation.Terms[0].Numeral : null;
        KnownDocument? found = null;
        foreach (var document in data.Documents.WithNumber(symbol.NumberValue))
        {
            var known = document.Symbol;
            if (document.Date != date || known.Layout != symbol.Layout || known.Year != symbol.Year
                || !string.Equals(known.Issuer, symbol.Issuer, StringComparison.OrdinalIgnoreCase)
                || known.TypeCode is not { } knownCode || !type.Accepts(knownCode, known.Layout) || !SameType(document, type)
                || (body is not null && !IssuedBy(document, body)) || (term is not null && document.Term is { } t && t != term))
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = document;
        }
        return found;
    }

    private KnownDocument? ResolveConventional(Citation citation, DocumentType type)
    {
        if (citation.Terms.Count != 1)
        {
            return null;
        }
        var matches = data.Documents.All
            .Where(d => d.Plenum == citation.Plenum && d.Term == citation.Terms[0].Numeral && SameType(d, type))
            .Take(2).ToArray();
        return matches.Length == 1 ? matches[0] : null;
    }

    public static bool SameType(KnownDocument document, DocumentType type) =>
        string.Equals(CitationKey.Of(document.Type), string.Join(' ', CitationKey.Syllables(type.Word)), StringComparison.Ordinal);

    /// <summary>True when the body could have issued the document: one of its issuers, or a generic name of its level.</summary>
    public static bool IssuedBy(KnownDocument document, IssuingBody body) =>
        body.Generic
            ? string.Equals(document.Symbol.Issuer, body.Code, StringComparison.OrdinalIgnoreCase)
            : document.Issuers.Any(i => string.Equals(CitationKey.Of(i), CitationKey.Of(body.Name), StringComparison.Ordinal));
}
