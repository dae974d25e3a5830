using System.Collections.Concurrent;
using System.Text.Json;

namespace ReportLint.Core.Data;

/// <summary>One JSON data pack: an object whose properties are named sections (`abbreviations`, `knownDocuments`…).</summary>
public sealed record DataPack(string Source, JsonElement Root)
{
    public static DataPack Parse(string source, string json)
    {
        using var document = JsonDocument.Parse(json, JsonDefaults.DocumentOptions);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{source}: a data pack must be a JSON object of sections.");
        }
        return new DataPack(source, document.RootElement.Clone());
    }
}

/// <summary>
/// The data rules read: the built-in packs of `rules/data/` first, then a workspace's own packs and
/// inline data. Rules derive their tables from sections once and cache them here.
/// </summary>
public sealed class DataPackSet(IReadOnlyList<DataPack> packs)
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _derived = new(StringComparer.Ordinal);

    public static DataPackSet Empty { get; } = new([]);

    public IReadOnlyList<DataPack> Packs { get; } = packs;

    /// <summary>Every value of a section across packs, in load order (arrays are flattened).</summary>
    public IEnumerable<JsonElement> Section(string name)
    {
        foreach (var pack in Packs)
        {
            if (!pack.Root.TryGetProperty(name, out var section))
            {
                continue;
            }
            if (section.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in section.EnumerateArray())
                {
                    yield return item;
                }
            }
            else
            {
                yield return section;
            }
        }
    }

    /// <summary>A table derived from the packs, built once per pack set (thread-safe).</summary>
    /// Rules ask for their tables at every paragraph, so a hit must not allocate: the closure that
    /// builds a table is created on a miss only.
    public T GetOrCreate<T>(string key, Func<DataPackSet, T> factory) where T : class =>
        _derived.TryGetValue(key, out var built) ? (T)built.Value : Create(key, factory);

    private T Create<T>(string key, Func<DataPackSet, T> factory) where T : class =>
        (T)_derived.GetOrAdd(key, _ => new Lazy<object>(() => factory(this))).Value;

    public DataPackSet With(IEnumerable<DataPack> more) => new(Packs.Concat(more).ToArray());
}
