using System.Text.Json;
using ReportLint.Core.Data;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Citations;

/// <summary>
/// A document type: its word (<c>Quy định</c>) and the codes its symbols carry in each layout. <paramref name="YearInSymbol"/>:
/// a legal document whose State symbol always carries its year (<c>33/2023/NĐ-CP</c>).
/// </summary>
public sealed record DocumentType(string Word, IReadOnlyList<string> PartyCodes, IReadOnlyList<string> StateCodes, bool BareNumber,
    bool YearInSymbol = false)
{
    public IReadOnlyList<string> Codes(SymbolLayout layout) => layout == SymbolLayout.Party ? PartyCodes : StateCodes;

    // Loops, not LINQ, here and in the table: they run for every symbol of every citation.
    public bool Accepts(string code, SymbolLayout layout)
    {
        var codes = Codes(layout);
        for (var i = 0; i < codes.Count; i++) // indexed: foreach over the interface would allocate an enumerator
        {
            if (string.Equals(codes[i], code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>The `documentTypes` section: type words (matched by syllables) and type codes.</summary>
internal sealed class DocumentTypeTable
{
    private readonly Dictionary<string, List<(string[] Syllables, DocumentType Type)>> _byFirstSyllable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentType> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Syllables, DocumentType Type)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Asked at every word of a draft: most words are rejected on their length and first and last letters, before hashing.
    private readonly WordShapeFilter _firstSyllables = new();
    private int _maxFirstLength;

    public DocumentTypeTable(DataPackSet data)
    {
        foreach (var item in data.Section("documentTypes"))
        {
            var word = DataReader.RequiredString(item, "word", "documentTypes");
            var type = new DocumentType(word, DataReader.Strings(item, "party"), DataReader.Strings(item, "state"),
                item.TryGetProperty("bareNumber", out var bare) && bare.ValueKind == JsonValueKind.True,
                item.TryGetProperty("yearInSymbol", out var year) && year.ValueKind == JsonValueKind.True);
            var syllables = CitationKey.Syllables(word);
            _byWord[string.Join(' ', syllables)] = type; // a later pack overrides a word
        }
        _lookup = _byFirstSyllable.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var type in _byWord.Values)
        {
            var syllables = CitationKey.Syllables(type.Word);
            if (!_byFirstSyllable.TryGetValue(syllables[0], out var list))
            {
                _byFirstSyllable[syllables[0]] = list = [];
            }
            list.Add((syllables, type));
            list.Sort((a, b) => b.Syllables.Length.CompareTo(a.Syllables.Length));
            _maxFirstLength = Math.Max(_maxFirstLength, syllables[0].Length);
            _firstSyllables.Add(syllables[0]);
        }
    }

    /// <summary>Type words whose first syllable is this token (any case), longest first. Allocation-free: it runs on every word.</summary>
    public IReadOnlyList<(string[] Syllables, DocumentType Type)> StartingWith(ReadOnlySpan<char> token)
    {
        if (token.Length > _maxFirstLength || !_firstSyllables.MayContain(token))
        {
            return [];
        }
        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out var list) ? list : Array.Empty<(string[], DocumentType)>(); // `[]` here would be a new List
    }

    public DocumentType? FindWord(string word) => _byWord.GetValueOrDefault(string.Join(' ', CitationKey.Syllables(word)));

    /// <summary>The type a code stands for in a layout (`TT` is Thông tri in Party symbols, Thông tư in State ones).</summary>
    public DocumentType? TypeOfCode(string code, SymbolLayout layout)
    {
        foreach (var type in _byWord.Values)
        {
            if (type.Accepts(code, layout))
            {
                return type;
            }
        }
        return null;
    }

    public bool IsKnownCode(string code, SymbolLayout layout) => TypeOfCode(code, layout) is not null;

    /// <summary>True when only the other layout uses this code (QĐi is Party only, NĐ State only).</summary>
    public bool BelongsOnlyTo(string code, SymbolLayout layout)
    {
        var other = layout == SymbolLayout.Party ? SymbolLayout.State : SymbolLayout.Party;
        return IsKnownCode(code, layout) && !IsKnownCode(code, other);
    }
}
