using ReportLint.Core.Data;

namespace ReportLint.Rules.Citations;

/// <summary>The `knownDocuments` section, indexed by symbol, by number and by plenum.</summary>
internal sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnownDocument> _bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<KnownDocument>> _byNumber = [];

    public KnowledgeBase(DataPackSet data, IssuerTable issuers)
    {
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
            // A workspace entry with the same symbol replaces the built-in one.
            if (_bySymbol.Remove(symbol.Key, out var replaced))
            {
                _byNumber[replaced.Symbol.NumberValue].Remove(replaced);
            }
            _bySymbol[symbol.Key] = document;
            if (!_byNumber.TryGetValue(symbol.NumberValue, out var list))
            {
                _byNumber[symbol.NumberValue] = list = [];
            }
            list.Add(document);
        }
    }

    public IEnumerable<KnownDocument> All => _bySymbol.Values;

    public KnownDocument? Find(CitationSymbol symbol) => _bySymbol.GetValueOrDefault(symbol.Key);

    public IReadOnlyList<KnownDocument> WithNumber(int number) => _byNumber.TryGetValue(number, out var list) ? list : Array.Empty<KnownDocument>(); // `[]` here would be a new List
}
