using System.Text.Json;
using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Spelling;

/// <summary>The `confusions` data (`sản suất → sản xuất`), keyed by the syllable keys of the wrong form (either tone placement).</summary>
internal sealed class ConfusionTable
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firsts;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _rights;

    private ConfusionTable(HashSet<string> firsts, Dictionary<string, string> rights)
    {
        _firsts = firsts.GetAlternateLookup<ReadOnlySpan<char>>();
        _rights = rights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ConfusionTable Get(AnalyzerOptions options, SpellingData spelling) =>
        options.Data.GetOrCreate("spelling.confusions", data =>
        {
            var firsts = new HashSet<string>(StringComparer.Ordinal);
            var rights = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in data.Section("confusions").Where(e => e.ValueKind == JsonValueKind.String))
            {
                var parts = item.GetString()!.Normalize(System.Text.NormalizationForm.FormC).Split('→', StringSplitOptions.TrimEntries);
                var wrong = parts.Length == 2 ? parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                if (wrong.Length != 2 || parts[1].Length == 0)
                {
                    throw new InvalidDataException($"\"confusions\": \"{item.GetString()}\" is not two syllables → the right form.");
                }
                if (spelling.Validator.ToKey(wrong[0]) is not { } first || spelling.Validator.ToKey(wrong[1]) is not { } second)
                {
                    continue; // an invalid syllable is RL3001's finding already
                }
                firsts.Add(first);
                rights[$"{first} {second}"] = parts[1];
            }
            return new ConfusionTable(firsts, rights);
        });

    public bool MayStart(ReadOnlySpan<char> firstKey) => !firstKey.IsEmpty && _firsts.Contains(firstKey);

    public string? RightFor(ReadOnlySpan<char> pairKey) => _rights.TryGetValue(pairKey, out var right) ? right : null;
}
