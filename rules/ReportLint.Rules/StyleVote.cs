namespace ReportLint.Rules;

/// <summary>
/// The style a document keeps for one kind of writing (a range `2020 - 2025`, a compound `kinh tế - xã hội`):
/// the one written most often, the first written on a tie. Callers add each style in document order with a plain
/// loop: a LINQ chain over the rules' struct facts is JIT-compiled at every cold start (the ReadyToRun image cannot
/// foresee those instantiations).
/// </summary>
internal sealed class StyleVote
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public void Add(string style)
    {
        if (_counts.TryAdd(style, 1))
        {
            _order.Add(style);
        }
        else
        {
            _counts[style]++;
        }
    }

    /// <summary>The preferred style, or null when the document writes only one (nothing to report).</summary>
    public string? Preferred => _order.Count > 1 ? MostWritten : null;

    /// <summary>The style written most often (the first on a tie), or null when none was added.</summary>
    public string? MostWritten
    {
        get
        {
            string? most = null;
            foreach (var style in _order)
            {
                if (most is null || _counts[style] > _counts[most])
                {
                    most = style;
                }
            }
            return most;
        }
    }
}
