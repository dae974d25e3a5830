using System.Text.Json;
using ReportLint.Core.Analysis;
using ReportLint.Core.Data;

namespace ReportLint.Rules.Abbreviations;

/// <summary>One known abbreviation: its canonical form, meanings, other spellings and house-style status.</summary>
public sealed record AbbreviationEntry(
    string Abbreviation,
    IReadOnlyList<string> Meanings,
    IReadOnlyList<string> Variants,
    bool AllowedUndefined,
    string? Source)
{
    /// <summary>The one meaning when there is exactly one (an expansion is then unambiguous).</summary>
    public string? SingleMeaning => Meanings.Count == 1 ? Meanings[0] : null;
}

/// <summary>
/// The `abbreviations` section of every data pack (built-in first, then the workspace's): entries
/// with the same abbreviation merge, later packs overriding the properties they give.
/// </summary>
public sealed class AbbreviationRegistry
{
    public const string Section = "abbreviations";

    /// <summary>Symbols of units of measure (`MW`, `GWh`): right after a number they are units, not abbreviations.</summary>
    public const string UnitsSection = "units";

    private readonly Dictionary<string, AbbreviationEntry> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AbbreviationEntry> _byKey = new(StringComparer.Ordinal);

    /// <summary>Words that introduce a proper name (`Tập đoàn`, `thương hiệu`): an all-caps word right after them is a name.</summary>
    public const string NameHeadsSection = "nameHeads";

    private readonly Lazy<(PhraseScanner, IReadOnlyList<(AbbreviationEntry, string)>)> _meaningScanner;

    private readonly HashSet<string> _units;

    /// <summary>Capitalized heads of event names (`Ngày hội`, `Hội thi`): a full form inside such a name stays written out.</summary>
    public const string EventHeadsSection = "eventHeads";

    /// <summary>Capitalized heads of a body named after a field (`Ban Chỉ đạo`): a full form right after one names that body.</summary>
    public const string FieldBodyHeadsSection = "fieldBodyHeads";

    /// <summary>Words that introduce a variety's or model's code (`giống`, `mẫu`): capitals and a number right after them are the code.</summary>
    public const string CodeHeadsSection = "codeHeads";

    /// <summary>Letters that open a numbered code (`QL` quốc lộ, `TL` tỉnh lộ): right before a number they are that code's letters.</summary>
    public const string CodeLettersSection = "codeLetters";

    private readonly HashSet<string> _codeLetters;

    private AbbreviationRegistry(IReadOnlyList<AbbreviationEntry> entries, HashSet<string> units, NameHeads nameHeads, NameHeads codeHeads,
        IReadOnlyList<string[]> eventHeads, IReadOnlyList<string[]> fieldBodyHeads, HashSet<string> codeLetters)
    {
        Entries = entries;
        _units = units;
        _codeLetters = codeLetters;
        NameHeads = nameHeads;
        CodeHeads = codeHeads;
        EventHeads = eventHeads;
        FieldBodyHeads = fieldBodyHeads;
        _meaningScanner = new(() =>
        {
            var scanner = new PhraseScanner();
            var owners = new List<(AbbreviationEntry, string)>();
            foreach (var entry in entries)
            {
                foreach (var meaning in entry.Meanings)
                {
                    if (scanner.Add(meaning) >= 0)
                    {
                        owners.Add((entry, meaning));
                    }
                }
            }
            return (scanner, owners);
        });
        foreach (var entry in entries)
        {
            foreach (var form in entry.Variants.Prepend(entry.Abbreviation))
            {
                _byForm.TryAdd(form, entry);
                _byKey.TryAdd(AbbreviationText.Key(form), entry);
            }
        }
    }

    public IReadOnlyList<AbbreviationEntry> Entries { get; }

    /// <summary>The registry of the options' data packs, built once per pack set.</summary>
    public static AbbreviationRegistry Get(AnalyzerOptions options) => Get(options.Data);

    /// <summary>The registry of the data packs, built once per pack set (the Names rules read it for abbreviated bodies).</summary>
    internal static AbbreviationRegistry Get(DataPackSet data) => data.GetOrCreate("abbreviations.registry", Build);

    /// <summary>The entry whose canonical form or variant is this spelling (or, failing that, has the same key).</summary>
    public AbbreviationEntry? Find(string form) => Find(form, null);

    /// <summary>As <see cref="Find(string)"/>, with the form's key when the caller already has it.</summary>
    internal AbbreviationEntry? Find(string form, string? key) =>
        _byForm.TryGetValue(form, out var entry) ? entry
        : _byKey.TryGetValue(key ?? AbbreviationText.Key(form), out entry) ? entry : null;

    /// <summary>True when the spelling is a unit symbol of the data (case matters: `MW` is a unit, `mW` another).</summary>
    public bool IsUnit(string form) => _units.Contains(form);

    /// <summary>True when the spelling is the letters of a numbered code of the data (`QL` in `QL 1A`; case matters).</summary>
    public bool IsCodeLetters(string form) => _codeLetters.Contains(form);

    /// <summary>The event heads of the data, each as its syllables (case kept).</summary>
    internal IReadOnlyList<string[]> EventHeads { get; }

    /// <summary>The field body heads of the data, each as its syllables (case kept).</summary>
    internal IReadOnlyList<string[]> FieldBodyHeads { get; }

    /// <summary>The words of the data that introduce a proper name.</summary>
    internal NameHeads NameHeads { get; }

    /// <summary>The words of the data that introduce a variety's or model's code (`giống ĐV 108`).</summary>
    internal NameHeads CodeHeads { get; }

    /// <summary>A scanner for the registry's meanings (`Trung ương`, `Ban Tổ chức`), built once; phrase index → entry and meaning.</summary>
    internal (PhraseScanner Scanner, IReadOnlyList<(AbbreviationEntry Entry, string Meaning)> Owners) MeaningScanner => _meaningScanner.Value;

    private static AbbreviationRegistry Build(DataPackSet data)
    {
        var merged = new Dictionary<string, AbbreviationEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var pack in data.Packs)
        {
            if (!pack.Root.TryGetProperty(Section, out var section))
            {
                continue;
            }
            if (section.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{pack.Source}: \"{Section}\" must be an array of entries (phải là một mảng các mục)");
            }
            var index = 0;
            foreach (var item in section.EnumerateArray())
            {
                var entry = Parse(item, $"{pack.Source}: {Section}[{index++}]", merged);
                if (!merged.ContainsKey(entry.Abbreviation))
                {
                    order.Add(entry.Abbreviation);
                }
                merged[entry.Abbreviation] = entry;
            }
        }
        return new AbbreviationRegistry(order.Select(a => merged[a]).ToArray(),
            StringSection(data, UnitsSection).ToHashSet(StringComparer.Ordinal), new NameHeads(StringSection(data, NameHeadsSection)),
            new NameHeads(StringSection(data, CodeHeadsSection)), Syllables(StringSection(data, EventHeadsSection)), Syllables(StringSection(data, FieldBodyHeadsSection)),
            StringSection(data, CodeLettersSection).Select(l => l.Normalize(System.Text.NormalizationForm.FormC)).ToHashSet(StringComparer.Ordinal));
    }

    private static string[][] Syllables(List<string> heads) =>
        heads.Select(h => h.Normalize(System.Text.NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>A section that is an array of strings, every pack's in order (a workspace adds to the built-in list).</summary>
    private static List<string> StringSection(DataPackSet data, string name)
    {
        var values = new List<string>();
        foreach (var pack in data.Packs)
        {
            if (!pack.Root.TryGetProperty(name, out var section))
            {
                continue;
            }
            if (section.ValueKind != JsonValueKind.Array || section.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
            {
                throw Invalid($"{pack.Source}: {name}", "phải là một mảng chuỗi không rỗng", "must be an array of non-empty strings");
            }
            values.AddRange(section.EnumerateArray().Select(e => e.GetString()!.Trim()));
        }
        return values;
    }

    private static AbbreviationEntry Parse(JsonElement item, string where, Dictionary<string, AbbreviationEntry> earlier)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("abbreviation", out var name) || name.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(name.GetString()))
        {
            throw Invalid(where, "mỗi mục cần \"abbreviation\" là một chuỗi không rỗng", "each entry needs \"abbreviation\", a non-empty string");
        }
        var abbreviation = name.GetString()!.Trim();
        earlier.TryGetValue(abbreviation, out var previous);
        return new AbbreviationEntry(
            abbreviation,
            Strings(item, "meanings", where) ?? (item.TryGetProperty("meaning", out _) ? Strings(item, "meaning", where) : null) ?? previous?.Meanings ?? [],
            Strings(item, "variants", where) ?? previous?.Variants ?? [],
            Boolean(item, "allowedUndefined", where) ?? previous?.AllowedUndefined ?? false,
            item.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String ? source.GetString() : previous?.Source);
    }

    private static string[]? Strings(JsonElement item, string property, string where)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return [value.GetString()!.Trim()];
        }
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
        {
            throw Invalid(where, $"\"{property}\" phải là một mảng chuỗi không rỗng", $"\"{property}\" must be an array of non-empty strings");
        }
        return value.EnumerateArray().Select(e => e.GetString()!.Trim()).ToArray();
    }

    private static bool? Boolean(JsonElement item, string property, string where)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(where, $"\"{property}\" phải là true hoặc false", $"\"{property}\" must be true or false"),
        };
    }

    private static InvalidDataException Invalid(string where, string vi, string en) => new($"{where}: {en} ({vi})");
}
