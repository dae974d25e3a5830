using System.Text.Json;
using ReportLint.Core.Data;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Names;

/// <summary>The unit words and followers of the data packs (`placeUnits`, `placeNameFollowers`), any case and tone style.</summary>
internal sealed class PlaceNameData
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _followers;

    private PlaceNameData(DataPackSet data)
    {
        Units = new PhraseTable(Strings(data, "placeUnits").Select(unit => new Phrase(unit, PhraseTable.Parse(unit))));
        _followers = Strings(data, "placeNameFollowers").SelectMany(Syllables.Variants).ToHashSet(SyllableComparer.Instance)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public PhraseTable Units { get; }

    public static PlaceNameData Get(DataPackSet data) => data.GetOrCreate("names.places", d => new PlaceNameData(d));

    public bool IsFollower(ReadOnlySpan<char> word) => _followers.Contains(word);

    private static IEnumerable<string> Strings(DataPackSet data, string section) =>
        data.Section(section).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0);
}
