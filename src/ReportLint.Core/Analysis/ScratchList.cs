namespace ReportLint.Core.Analysis;

/// <summary>
/// A per-thread list for an action's temporary work. Actions run once per paragraph or sentence, and
/// a new list each time (plus its growth) was a large share of what an analysis allocates.
/// </summary>
public static class ScratchList<T>
{
    private const int LargestKept = 4_096;

    [ThreadStatic]
    private static List<T>? t_free;

    /// <summary>An empty list; give it back with <see cref="Return"/> when done (not returning it only costs an allocation).</summary>
    public static List<T> Rent()
    {
        var list = t_free ?? new List<T>();
        t_free = null; // a nested Rent gets a list of its own
        return list;
    }

    public static void Return(List<T> list)
    {
        list.Clear();
        if (list.Capacity <= LargestKept)
        {
            t_free = list;
        }
    }
}
