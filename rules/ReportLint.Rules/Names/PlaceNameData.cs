using System.Text.Json;
using ReportLint.Core.Data;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>
/// The unit words, followers and common words of the data packs (`placeUnits`, `placeNameFollowers`,
/// `placeCommonWords`), any case and tone style.
/// </summary>
internal sealed class PlaceNameData
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _followers;
    private readonly HashSet<string> _commonWords;

    private PlaceNameData(DataPackSet data)
    {
        Units = new PhraseTable(Strings(data, "placeUnits").Select(unit => new Phrase(unit, PhraseTable.Parse(unit))));
        _followers = Strings(data, "placeNameFollowers").SelectMany(Syllables.Variants).ToHashSet(SyllableComparer.Instance)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _commonWords = Strings(data, "placeCommonWords").Select(Key).ToHashSet(StringComparer.Ordinal);
    }

    public PhraseTable Units { get; }

    public static PlaceNameData Get(DataPackSet data) => data.GetOrCreate("names.places", d => new PlaceNameData(d));

    public bool IsFollower(ReadOnlySpan<char> word) => _followers.Contains(word);

    /// <summary>Two words that make one of the data's common words (`Vùng cao`), any case and tone style.</summary>
    public bool IsCommonWord(string first, string second) => _commonWords.Count > 0 && _commonWords.Contains(Key(first + " " + second));

    /// <summary>A phrase in lower case and one tone style (`hòa`, not `hoà`).</summary>
    private static string Key(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Syllables.Variants(w)[0].ToLowerInvariant()));

    private static IEnumerable<string> Strings(DataPackSet data, string section) =>
        data.Section(section).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0);
}
