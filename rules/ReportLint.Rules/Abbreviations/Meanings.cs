namespace ReportLint.Rules.Abbreviations;

/// <summary>Comparing what two definitions of one abbreviation mean.</summary>
internal static class Meanings
{
    /// <summary>
    /// True when both definitions fit their letters and the matched words differ (`CB` as `cán bộ`
    /// and as `chi bộ`). Skipped trailing words (`Việt Nam` in `Mặt trận Tổ quốc Việt Nam`) do not count.
    /// </summary>
    public static bool Differ(AbbreviationDefinition first, AbbreviationDefinition other) =>
        first.Core is { } a && other.Core is { } b && !string.Equals(a, b, StringComparison.Ordinal);
}
