using ReportLint.Core.Data;

namespace ReportLint.Rules.Citations;

/// <summary>A body that issues documents, as named after "của" in a citation.</summary>
/// <param name="Generic">True for a name that does not say which central body (`Trung ương`) or that names a
/// level rather than a body (`Tỉnh ủy`): it never contradicts the knowledge base.</param>
public sealed record IssuingBody(string Name, string Code, bool Generic);

/// <summary>The `issuers`, `partyIssuerPattern`, `issuingBodies` and `partyTerms` sections.</summary>
internal sealed class IssuerTable
{
    private readonly Dictionary<string, (bool Party, bool Central)> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Syllables, IssuingBody Body)>> _bodies = new(StringComparer.Ordinal);
    private readonly List<(string Term, DateOnly From)> _terms = [];
    private readonly List<string> _partyUnits = [];
    private readonly List<string> _partyLevels = [];

    public IssuerTable(DataPackSet data)
    {
        foreach (var item in data.Section("issuers"))
        {
            _codes[DataReader.RequiredString(item, "code", "issuers")] = (DataReader.Flag(item, "party"), DataReader.Flag(item, "central"));
        }
        foreach (var item in data.Section("issuingBodies"))
        {
            var body = new IssuingBody(DataReader.RequiredString(item, "name", "issuingBodies"),
                DataReader.RequiredString(item, "code", "issuingBodies"), DataReader.Flag(item, "generic"));
            foreach (var name in DataReader.Strings(item, "aliases").Prepend(body.Name))
            {
                var syllables = CitationKey.Syllables(name);
                if (!_bodies.TryGetValue(syllables[0], out var list))
                {
                    _bodies[syllables[0]] = list = [];
                }
                list.Add((syllables, body));
                list.Sort((a, b) => b.Syllables.Length.CompareTo(a.Syllables.Length));
            }
        }
        foreach (var item in data.Section("partyIssuerPattern"))
        {
            _partyUnits.AddRange(DataReader.Strings(item, "units"));
            _partyLevels.AddRange(DataReader.Strings(item, "levels"));
        }
        foreach (var item in data.Section("partyTerms"))
        {
            _terms.Add((DataReader.RequiredString(item, "term", "partyTerms"), DataReader.RequiredDate(item, "from", "partyTerms")));
        }
        _terms.Sort((a, b) => a.From.CompareTo(b.From));
    }

    public IReadOnlyList<(string[] Syllables, IssuingBody Body)> BodiesStartingWith(string syllableKey) =>
        _bodies.TryGetValue(syllableKey, out var list) ? list : Array.Empty<(string[], IssuingBody)>(); // `[]` here would be a new List

    /// <summary>A Party unit of the issuer pattern (`UBKT`, `BTC`): it signs with its committee's level after it.</summary>
    public bool IsPartyUnit(string code) => _partyUnits.Contains(code, StringComparer.Ordinal);

    /// <summary>A committee level of the issuer pattern (`HU`, `TU`, `ĐU`).</summary>
    public bool IsPartyLevel(string code) => _partyLevels.Contains(code, StringComparer.Ordinal);

    public bool IsParty(string code) => _codes.TryGetValue(code, out var known) ? known.Party : IsUnitAndLevel(code);

    /// <summary>A Party unit followed by a level (`ĐU` + `X`); loops, not LINQ: it runs for every citation.</summary>
    private bool IsUnitAndLevel(string code)
    {
        foreach (var level in _partyLevels)
        {
            if (!code.EndsWith(level, StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var unit in _partyUnits)
            {
                if (unit.Length + level.Length == code.Length && code.StartsWith(unit, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    public bool IsState(string code) =>
        _codes.TryGetValue(code, out var known) ? !known.Party
        : code.StartsWith("UBND", StringComparison.Ordinal) || code.StartsWith("HĐND", StringComparison.Ordinal)
          || IsAssemblyCode(code);

    /// <summary>Central Party issuers, whose document numbers restart with each Central Committee term.</summary>
    public bool IsCentral(string code) => _codes.TryGetValue(code, out var known) && known.Central;

    /// <summary>The Central Committee term a date falls in, or null before the first known term.</summary>
    public string? TermOf(DateOnly date)
    {
        string? term = null;
        foreach (var (name, from) in _terms)
        {
            if (date < from)
            {
                break;
            }
            term = name;
        }
        return term;
    }

    // `QH14`, `UBTVQH15`: the National Assembly and its Standing Committee with their term.
    private static bool IsAssemblyCode(string code)
    {
        var letters = code.TrimEnd("0123456789".ToCharArray());
        return letters.Length < code.Length && letters is "QH" or "UBTVQH";
    }
}
