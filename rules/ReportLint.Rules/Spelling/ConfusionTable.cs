using System.Text.Json;
using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// The `confusions` data (`sản suất → sản xuất`, `phân bố kinh phí → phân bổ kinh phí`), keyed by the syllable keys of
/// the wrong form (either tone placement). A wrong form has two to four syllables: a longer one names the context that
/// makes a real word wrong (`phân bố dân cư` is right, `phân bố kinh phí` is not). A form of one syllable followed by
/// <see cref="PercentageMark"/> is wrong before a percentage only (`tang N% → tăng`: `tang 10,5%`).
/// </summary>
internal sealed class ConfusionTable
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firsts;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _rights;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _beforePercentage;

    public const int MaxWords = 4;

    /// <summary>Stands for a percentage in a wrong form: `tang N%`.</summary>
    public const string PercentageMark = "N%";

    private ConfusionTable(HashSet<string> firsts, Dictionary<string, string> rights, Dictionary<string, string> beforePercentage, int longest)
    {
        _firsts = firsts.GetAlternateLookup<ReadOnlySpan<char>>();
        _rights = rights.GetAlternateLookup<ReadOnlySpan<char>>();
        _beforePercentage = beforePercentage.GetAlternateLookup<ReadOnlySpan<char>>();
        Longest = longest;
    }

    /// <summary>The most syllables of any wrong form.</summary>
    public int Longest { get; }

    public static ConfusionTable Get(AnalyzerOptions options, SpellingData spelling) =>
        options.Data.GetOrCreate("spelling.confusions", data =>
        {
            var firsts = new HashSet<string>(StringComparer.Ordinal);
            var rights = new Dictionary<string, string>(StringComparer.Ordinal);
            var beforePercentage = new Dictionary<string, string>(StringComparer.Ordinal);
            var longest = 2;
            foreach (var item in data.Section("confusions").Where(e => e.ValueKind == JsonValueKind.String))
            {
                var parts = item.GetString()!.Normalize(System.Text.NormalizationForm.FormC).Split('→', StringSplitOptions.TrimEntries);
                var wrong = parts.Length == 2 ? parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                if (wrong is [var word, PercentageMark] && parts[1].Length > 0 && spelling.Validator.ToKey(word) is { } wordKey)
                {
                    beforePercentage[wordKey] = parts[1];
                    continue;
                }
                if (wrong.Length is < 2 or > MaxWords || parts[1].Length == 0)
                {
                    throw new InvalidDataException($"\"confusions\": \"{item.GetString()}\" is not two to four syllables → the right form.");
                }
                var keys = wrong.Select(word => spelling.Validator.ToKey(word)).ToArray();
                if (keys.Any(key => key is null))
                {
                    continue; // an invalid syllable is RL3001's finding already
                }
                firsts.Add(keys[0]!);
                rights[string.Join(' ', keys)] = parts[1];
                longest = Math.Max(longest, keys.Length);
            }
            return new ConfusionTable(firsts, rights, beforePercentage, longest);
        });

    public bool MayStart(ReadOnlySpan<char> firstKey) => !firstKey.IsEmpty && _firsts.Contains(firstKey);

    public string? RightFor(ReadOnlySpan<char> phraseKey) => _rights.TryGetValue(phraseKey, out var right) ? right : null;

    /// <summary>The right form of a word written before a percentage (`tang` → `tăng`), or null.</summary>
    public string? RightBeforePercentage(ReadOnlySpan<char> wordKey) =>
        _beforePercentage.TryGetValue(wordKey, out var right) ? right : null;
}
