namespace ReportLint.Core.Data;

/// <summary>Supplies the built-in data packs (the rules project embeds `rules/data/*.json`).</summary>
public interface IBuiltInDataSource
{
    IReadOnlyList<DataPack> LoadPacks();
}
