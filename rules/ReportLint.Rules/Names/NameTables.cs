using System.Text.Json;
using ReportLint.Core.Data;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Abbreviations;

namespace ReportLint.Rules.Names;

/// <summary>The phrase tables of the Names rules, built once per data set from `bodies.json` and workspace packs.</summary>
internal sealed class NameTables
{
    private NameTables()
    {
    }

    /// <summary>Bodies: heads alone, heads with a complement, departments, standalone and unique names.</summary>
    public required PhraseTable Bodies { get; init; }

    private static readonly SyntaxSlot<PhraseStarts> BodySlot = new();
    private static readonly SyntaxSlot<PhraseStarts> TitleSlot = new();

    /// <summary>The body starting at each token of the paragraph, read once for RL6001 and RL6003.</summary>
    public PhraseStarts BodiesIn(Paragraph paragraph) => Bodies.StartsIn(paragraph, BodySlot);

    /// <summary>The title starting at each token of the paragraph, read once for RL6001 and RL6002.</summary>
    public PhraseStarts TitlesIn(Paragraph paragraph) => Titles.StartsIn(paragraph, TitleSlot);

    /// <summary>The committees a head belongs to (`Trung ương`, `Tỉnh ủy`): alone, they name a body only when capitalized.</summary>
    public required PhraseTable Complements { get; init; }

    /// <summary>Administrative units after a body (`Ủy ban nhân dân huyện`), in lower case.</summary>
    public required PhraseTable Units { get; init; }

    /// <summary>Bodies every administrative unit has (`Ủy ban nhân dân`): before a unit they name one body, whatever their case.</summary>
    public required IReadOnlySet<string> BodiesOfEveryUnit { get; init; }

    public required PhraseTable Titles { get; init; }

    public required PhraseTable Consistency { get; init; }

    /// <summary>Every phrase of the other tables: what RL6003 leaves to the phrase rules.</summary>
    public required PhraseTable All { get; init; }

    /// <summary>Keys (<see cref="NamePairs.Hash"/>) of adjacent syllables that the names write both capitalized (`Việt Nam`, `Cộng sản`).</summary>
    public required IReadOnlySet<long> CapitalizedPairs { get; init; }

    /// <summary>Words that open the proper name of a body or department (`Phòng`, `Văn phòng`, `Vụ`).</summary>
    public required PhraseTable NameHeads { get; init; }

    /// <summary>First words of body heads (`Ban`, `Phòng`, `Sở`), any case and tone style.</summary>
    public required HashSet<string> HeadFirstWords { get; init; }

    /// <summary>Last words of titles (`Trưởng`, `thư`), any case and tone style.</summary>
    public required HashSet<string> TitleLastWords { get; init; }

    /// <summary>Titles written as one word before the department they head (`Trưởng phòng`).</summary>
    public required PhraseTable CompoundTitles { get; init; }

    /// <summary>
    /// Abbreviated names of specific bodies, as written: the data's list (`UBND`, `HĐND`) and every abbreviation whose
    /// meanings all name a body of these tables (`ĐU` Đảng ủy, `HU` Huyện ủy, `TW` Trung ương, a workspace's own).
    /// </summary>
    public required IReadOnlySet<string> BodyAbbreviations { get; init; }

    /// <summary>Keys (<see cref="WordKey"/> joined by spaces) of the body names: whether corrected words complete one.</summary>
    public required IReadOnlySet<string> BodyNameKeys { get; init; }

    /// <summary>The longest body name, in syllables.</summary>
    public int MaxBodySyllables => Bodies.MaxSyllables;

    /// <summary>A word in lower case and one tone style, as <see cref="NameKey"/> writes a name's syllables.</summary>
    public static string WordKey(string word) => Syllables.Variants(word)[0].ToLowerInvariant();

    /// <summary>
    /// The body name that the words make when they hold the two words at <paramref name="pair"/> (`Sở Tài chính`), or null.
    /// The name must start with a capital, as a name is written.
    /// </summary>
    public string? BodyNameThrough(IReadOnlyList<string> words, int pair)
    {
        // Each word's key once, not once per window tried: a key normalizes the word through ICU (RL3003 asks at each finding).
        string[]? keys = null;
        for (var start = Math.Max(0, pair + 2 - MaxBodySyllables); start <= pair; start++)
        {
            if (words[start].Length == 0 || !char.IsUpper(words[start][0]))
            {
                continue;
            }
            keys ??= [.. words.Select(WordKey)];
            for (var end = Math.Min(words.Count, start + MaxBodySyllables); end >= pair + 2; end--)
            {
                if (BodyNameKeys.Contains(string.Join(' ', keys, start, end - start)))
                {
                    return string.Join(' ', words.Skip(start).Take(end - start));
                }
            }
        }
        return null;
    }

    public static NameTables Get(DataPackSet data) => data.GetOrCreate("names.tables", Build);

    private static NameTables Build(DataPackSet data)
    {
        var bodyPhrases = BodyPhrases(data);
        var complements = Strings(data, "bodyComplements").Select(name => new Phrase(name, PhraseTable.Parse(name))).ToArray();
        var titlePhrases = Strings(data, "titles").Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new Phrase(name, PhraseTable.Parse(name))).ToArray();
        var consistency = ConsistencyPhrases(data);
        return new NameTables
        {
            Bodies = new PhraseTable(bodyPhrases),
            Complements = new PhraseTable(complements),
            Units = new PhraseTable(Strings(data, "administrativeUnits").Select(name => new Phrase(name, PhraseTable.Parse(name)))),
            BodiesOfEveryUnit = Strings(data, "bodiesOfEveryUnit").ToHashSet(StringComparer.OrdinalIgnoreCase),
            Titles = new PhraseTable(titlePhrases),
            Consistency = new PhraseTable(consistency),
            All = new PhraseTable(bodyPhrases.Concat(titlePhrases).Concat(consistency)),
            CapitalizedPairs = CapitalizedPairsOf(bodyPhrases.Concat(titlePhrases)),
            NameHeads = new PhraseTable(Strings(data, "bodyNameHeads").Select(name => new Phrase(name, PhraseTable.Parse(name)))),
            HeadFirstWords = SyllableSet(Strings(data, "bodyHeads").Concat(Strings(data, "departmentHeads")).Select(h => PhraseTable.Parse(h)[0])),
            TitleLastWords = SyllableSet(titlePhrases.Select(t => t.Syllables[^1])),
            CompoundTitles = new PhraseTable(Strings(data, "compoundTitles").Select(name => new Phrase(name, PhraseTable.Parse(name)))),
            BodyAbbreviations = BodyAbbreviationsOf(data, bodyPhrases.Concat(complements)),
            BodyNameKeys = bodyPhrases.Where(p => p.Syllables.All(s => s.Slot is null)).Select(p => NameKey(p.Syllables)).ToHashSet(StringComparer.Ordinal),
        };
    }

    private static HashSet<string> BodyAbbreviationsOf(DataPackSet data, IEnumerable<Phrase> bodies)
    {
        var names = bodies.Select(body => NameKey(body.Syllables)).ToHashSet(StringComparer.Ordinal);
        var abbreviations = Strings(data, "bodyAbbreviations").Select(a => a.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in KnownAbbreviations(data))
        {
            if (entry.Meanings.Count > 0 && entry.Meanings.All(meaning => names.Contains(NameKey(PhraseTable.Parse(meaning)))))
            {
                abbreviations.UnionWith(entry.Variants.Prepend(entry.Abbreviation));
            }
        }
        return abbreviations;
    }

    /// <summary>The registry's entries; none when a pack is malformed, which the Abbreviations rules report (RL9001).</summary>
    private static IReadOnlyList<AbbreviationEntry> KnownAbbreviations(DataPackSet data)
    {
        try
        {
            return AbbreviationRegistry.Get(data).Entries;
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>A name in lower case and one tone style (`đảng ủy` for `Đảng uỷ`), to compare a meaning with the body names.</summary>
    private static string NameKey(PhraseSyllable[] syllables) =>
        string.Join(' ', syllables.Select(s => (s.Variants.Length > 0 ? s.Variants[0] : s.Canonical).ToLowerInvariant()));

    /// <summary>
    /// Heads alone and with each complement, departments (each department head with each field:
    /// `Sở Tài chính`, `Phòng Nội vụ`), standalone and unique names; the first spelling of a name wins.
    /// </summary>
    private static Phrase[] BodyPhrases(DataPackSet data)
    {
        var unique = Strings(data, "uniqueBodyNames").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var standalone = Strings(data, "bodyNames").ToArray();
        // A head with a committee that is a body of its own names that one body: `Thường trực Huyện ủy`.
        var committees = standalone.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var heads = Strings(data, "bodyHeads").ToArray();
        var complements = Strings(data, "bodyComplements").ToArray();
        var fields = Strings(data, "departmentFields").ToArray();
        // Plain loops: LINQ over (name, committee) tuples was JIT-compiled at every start of the CLI (≈25 methods).
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<Phrase>();
        foreach (var head in heads)
        {
            Add(head, false);
        }
        foreach (var head in heads)
        {
            foreach (var complement in complements)
            {
                Add(head + " " + complement, committees.Contains(complement));
            }
        }
        foreach (var head in Strings(data, "departmentHeads"))
        {
            foreach (var field in fields)
            {
                Add(head + " " + field, false);
            }
        }
        foreach (var name in standalone.Concat(unique))
        {
            Add(name, false);
        }
        return phrases.ToArray();

        void Add(string name, bool committee)
        {
            if (seen.Add(name))
            {
                phrases.Add(new Phrase(name, PhraseTable.Parse(name), unique.Contains(name), NamesOneCommittee: committee));
            }
        }
    }

    private static List<Phrase> ConsistencyPhrases(DataPackSet data)
    {
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
        return consistency;
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

    private static HashSet<string> SyllableSet(IEnumerable<PhraseSyllable> syllables) =>
        syllables.SelectMany(s => s.Variants).ToHashSet(Spelling.SyllableComparer.Instance);

    private static IEnumerable<string> Strings(DataPackSet data, string section) =>
        data.Section(section).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Trim().Length > 0);
}
