using System.Text.Json;
using ReportLint.Core.Data;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>
/// The unit words, followers, common words and well-known names of the data packs (`placeUnits`,
/// `placeNameFollowers`, `placeCommonWords`, `wellKnownPlaceNames`), any case and tone style.
/// </summary>
internal sealed class PlaceNameData
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _followers;
    private readonly HashSet<string> _commonWords;
    private readonly HashSet<string> _wellKnown;

    private PlaceNameData(DataPackSet data)
    {
        Units = new PhraseTable(Strings(data, "placeUnits").Select(unit => new Phrase(unit, PhraseTable.Parse(unit))));
        _followers = Strings(data, "placeNameFollowers").SelectMany(Syllables.Variants).ToHashSet(SyllableComparer.Instance)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = Strings(data, "placeCommonWords").Select(Key).ToHashSet(StringComparer.Ordinal);
        _wellKnown = Strings(data, "wellKnownPlaceNames").Select(Key).ToHashSet(StringComparer.Ordinal);
    }

    public PhraseTable Units { get; }

    public static PlaceNameData Get(DataPackSet data) => data.GetOrCreate("names.places", d => new PlaceNameData(d));

    public bool IsFollower(ReadOnlySpan<char> word) => _followers.Contains(word);

    /// <summary>Two words that make one of the data's common words (`Vùng cao`), any case and tone style.</summary>
    public bool IsCommonWord(string first, string second) => _commonWords.Count > 0 && _commonWords.Contains(Key(first + " " + second));

    /// <summary>
    /// A name that is certainly proper after a unit word (`quảng ninh`, `hồ chí minh`), as a <see cref="Key"/>: the
    /// document need not write it properly elsewhere.
    /// </summary>
    public bool IsWellKnown(string key) => _wellKnown.Contains(key);

    /// <summary>A phrase in lower case and one tone style (`hòa`, not `hoà`).</summary>
    public static string Key(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(KeyOf));

    /// <summary>A syllable in lower case and one tone style.</summary>
    public static string KeyOf(string syllable) => Syllables.Variants(syllable)[0].ToLowerInvariant();

    private static IEnumerable<string> Strings(DataPackSet data, string section) =>
        data.Section(section).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0);
}
