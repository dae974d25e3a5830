namespace ReportLint.Rules;

/// <summary>
/// The style a document keeps for one kind of writing (a range `2020 - 2025`, a compound `kinh tế - xã hội`):
/// the one written most often, the first written on a tie.
/// </summary>
internal static class StyleVote
{
    /// <summary>The preferred style, or null when the document writes only one (nothing to report).</summary>
    public static string? Preferred(IEnumerable<string> stylesInDocumentOrder)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var style in stylesInDocumentOrder)
        {
            if (counts.TryAdd(style, 1))
            {
                order.Add(style);
            }
            else
            {
                counts[style]++;
            }
        }
        if (order.Count <= 1)
        {
            return null;
        }
        var preferred = order[0];
        foreach (var style in order)
        {
            if (counts[style] > counts[preferred])
            {
                preferred = style;
            }
        }
        return preferred;
    }
}
