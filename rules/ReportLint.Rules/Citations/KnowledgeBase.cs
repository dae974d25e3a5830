using ReportLint.Core.Data;

namespace ReportLint.Rules.Citations;

/// <summary>
/// The `knownDocuments` section, indexed by symbol and by number. Party numbers restart with every term, so
/// one symbol may name several documents (`35-CT/TW` of 2019 and of 2024): they are told apart by date.
/// </summary>
internal sealed class KnowledgeBase
{
    private readonly Dictionary<string, List<KnownDocument>> _bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<KnownDocument>> _byNumber = [];
    private readonly IssuerTable _issuers;

    public KnowledgeBase(DataPackSet data, IssuerTable issuers)
    {
        _issuers = issuers;
        foreach (var item in data.Section("knownDocuments"))
        {
            var text = DataReader.RequiredString(item, "symbol", "knownDocuments");
            var symbol = CitationSymbol.Parse(text)
                ?? throw new InvalidDataException($"\"knownDocuments\": \"{text}\" is not a document symbol (02-NQ/TW, 30/2020/NĐ-CP).");
            var date = DataReader.RequiredDate(item, "date", "knownDocuments");
            var issuersNamed = DataReader.Strings(item, "issuer");
            if (issuersNamed.Count == 0)
            {
                throw new InvalidDataException($"\"knownDocuments\": \"{text}\" lacks \"issuer\".");
            }
            var term = DataReader.OptionalString(item, "term")
                ?? (symbol.Issuer is { } code && issuers.IsCentral(code) ? issuers.TermOf(date) : null);
            int? plenum = item.TryGetProperty("plenum", out var p) && p.TryGetInt32(out var n) ? n : null;
            var document = new KnownDocument(symbol, DataReader.RequiredString(item, "type", "knownDocuments"), issuersNamed, date,
                DataReader.OptionalString(item, "title"), plenum, term, DataReader.OptionalString(item, "source"));
            if (!_bySymbol.TryGetValue(symbol.Key, out var sameSymbol))
            {
                _bySymbol[symbol.Key] = sameSymbol = [];
            }
            // A workspace entry with the same symbol and year replaces the built-in one.
            if (sameSymbol.Find(d => d.Date.Year == date.Year) is { } replaced)
            {
                sameSymbol.Remove(replaced);
                _byNumber[replaced.Symbol.NumberValue].Remove(replaced);
            }
            sameSymbol.Add(document);
            if (!_byNumber.TryGetValue(symbol.NumberValue, out var list))
            {
                _byNumber[symbol.NumberValue] = list = [];
            }
            list.Add(document);
        }
    }

    public IEnumerable<KnownDocument> All => _bySymbol.Values.SelectMany(d => d);

    /// <summary>
    /// The document a symbol names: the only one, or among several the one of the cited date, else of its year,
    /// else of the cited term, else of the term the cited date falls in (a wrong day rarely leaves the term);
    /// null when nothing tells them apart (no fix is better than the wrong document).
    /// </summary>
    public KnownDocument? Find(CitationSymbol symbol, DateOnly? date = null, string? term = null)
    {
        if (!_bySymbol.TryGetValue(symbol.Key, out var documents))
        {
            return null;
        }
        if (documents.Count == 1)
        {
            return documents[0];
        }
        return Single(documents, d => d.Date == date) ?? Single(documents, d => d.Date.Year == date?.Year)
            ?? Single(documents, d => term is not null && d.Term == term)
            ?? Single(documents, d => date is { } cited && d.Term is not null && d.Term == _issuers.TermOf(cited));
    }

    /// <summary>Every document the symbol names, of whatever term.</summary>
    public IReadOnlyList<KnownDocument> Named(CitationSymbol symbol) =>
        _bySymbol.TryGetValue(symbol.Key, out var documents) ? documents : Array.Empty<KnownDocument>();

    /// <summary>Of the documents a symbol names, the latest issued on or before <paramref name="date"/> (a draft cites no later one).</summary>
    public KnownDocument? LatestOnOrBefore(CitationSymbol symbol, DateOnly date) =>
        _bySymbol.TryGetValue(symbol.Key, out var documents)
            ? documents.Where(d => d.Date <= date).MaxBy(d => d.Date)
            : null;

    private static KnownDocument? Single(List<KnownDocument> documents, Func<KnownDocument, bool> test)
    {
        KnownDocument? found = null;
        foreach (var document in documents)
        {
            if (test(document))
            {
                if (found is not null)
                {
                    return null;
                }
                found = document;
            }
        }
        return found;
    }

    public IReadOnlyList<KnownDocument> WithNumber(int number) => _byNumber.TryGetValue(number, out var list) ? list : Array.Empty<KnownDocument>(); // `[]` here would be a new List
}
