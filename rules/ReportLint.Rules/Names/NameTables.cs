using System.Text.Json;
using ReportLint.Core.Data;

namespace ReportLint.Rules.Names;

/// <summary>The phrase tables of the Names rules, built once per data set from `bodies.json` and workspace packs.</summary>
internal sealed class NameTables
{
    private NameTables(PhraseTable bodies, PhraseTable complements, PhraseTable titles, PhraseTable consistency, PhraseTable all, HashSet<long> capitalizedPairs,
        HashSet<string> bodyAbbreviations)
    {
        All = all;
        BodyAbbreviations = bodyAbbreviations;
        CapitalizedPairs = capitalizedPairs;
        Bodies = bodies;
        Complements = complements;
        Titles = titles;
        Consistency = consistency;
    }

    /// <summary>Bodies: heads alone, heads with a complement, standalone and unique names.</summary>
    public PhraseTable Bodies { get; }

    /// <summary>The committees a head belongs to (`Trung ương`, `Tỉnh ủy`): alone, they name a body only when capitalized.</summary>
    public PhraseTable Complements { get; }

    public PhraseTable Titles { get; }

    /// <summary>Abbreviated names of specific bodies (`UBND`, `HĐND`), as written.</summary>
    public IReadOnlySet<string> BodyAbbreviations { get; }

    public PhraseTable Consistency { get; }

    /// <summary>Every phrase of the other tables: what RL6003 leaves to the phrase rules.</summary>
    public PhraseTable All { get; }

    /// <summary>Keys (<see cref="NamePairs.Hash"/>) of adjacent syllables that the names write both capitalized (`Việt Nam`, `Cộng sản`).</summary>
    public IReadOnlySet<long> CapitalizedPairs { get; }

    public static NameTables Get(DataPackSet data) => data.GetOrCreate("names.tables", Build);

    private static NameTables Build(DataPackSet data)
    {
        var unique = Strings(data, "uniqueBodyNames").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var heads = Strings(data, "bodyHeads").ToArray();
        var complements = Strings(data, "bodyComplements").ToArray();
        var bodies = heads
            .Concat(heads.SelectMany(h => complements.Select(c => h + " " + c)))
            .Concat(Strings(data, "bodyNames"))
            .Concat(unique)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new Phrase(name, PhraseTable.Parse(name), unique.Contains(name)));
        var titles = Strings(data, "titles").Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new Phrase(name, PhraseTable.Parse(name)));
        var consistency = new List<Phrase>();
        foreach (var item in data.Section("capitalizationConsistency"))
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("group", out var group) || group.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("phrases", out var phrases) || phrases.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var phrase in phrases.EnumerateArray().Select(p => p.GetString()).OfType<string>())
            {
                consistency.Add(new Phrase(phrase, PhraseTable.Parse(phrase), Group: group.GetString()));
            }
        }
        var bodyPhrases = bodies.ToArray();
        var titlePhrases = titles.ToArray();
        return new NameTables(new PhraseTable(bodyPhrases),
            new PhraseTable(complements.Select(name => new Phrase(name, PhraseTable.Parse(name)))),
            new PhraseTable(titlePhrases), new PhraseTable(consistency), new PhraseTable(bodyPhrases.Concat(titlePhrases).Concat(consistency)),
            CapitalizedPairsOf(bodyPhrases.Concat(titlePhrases)), Strings(data, "bodyAbbreviations").Select(a => a.Trim()).ToHashSet(StringComparer.Ordinal));
    }

    private static HashSet<long> CapitalizedPairsOf(IEnumerable<Phrase> phrases)
    {
        var pairs = new HashSet<long>();
        foreach (var phrase in phrases)
        {
            for (var s = 0; s + 1 < phrase.Syllables.Length; s++)
            {
                var (first, second) = (phrase.Syllables[s], phrase.Syllables[s + 1]);
                if (!first.UpperFirst || !second.UpperFirst)
                {
                    continue;
                }
                foreach (var a in first.Variants)
                {
                    foreach (var b in second.Variants)
                    {
                        pairs.Add(NamePairs.Hash(a, b));
                    }
                }
            }
        }
        return pairs;
    }

    private static IEnumerable<string> Strings(DataPackSet data, string section) =>
        data.Section(section).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Trim().Length > 0);
}
