using System.Reflection;
using ReportLint.Core.Data;

namespace ReportLint.Rules.Data;

/// <summary>The packs of `rules/data/`, embedded in this assembly, in file-name order.</summary>
public sealed class EmbeddedDataSource : IBuiltInDataSource
{
    private static readonly Assembly Assembly = typeof(EmbeddedDataSource).Assembly;

    public IReadOnlyList<DataPack> LoadPacks() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("data/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => DataPack.Parse(n, ReadResource(n)))
            .ToArray();

    internal static string ReadResource(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
