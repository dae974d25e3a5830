namespace ReportLint.Core.Text;

/// <summary>
/// The edits that turn one text into another, found with Myers' O((N+M)D) character diff. Texts
/// with the same number of lines are compared line by line, so two fixes far apart cost only the
/// lines they touch; edits are in the coordinates of the old text, sorted, and never adjacent.
/// </summary>
public static class CharacterDiff
{
    /// <summary>
    /// Beyond this many inserted plus deleted characters in one comparison the changed region is
    /// returned as one replacement: the trace Myers keeps grows with D², and a fix never edits that much.
    /// </summary>
    public const int MaxDistance = 1000;

    public static IReadOnlyList<TextEdit> Compute(string oldText, string newText)
    {
        var edits = new List<TextEdit>();
        var oldLines = LineStarts(oldText);
        var newLines = LineStarts(newText);
        if (oldLines.Count != newLines.Count)
        {
            DiffRange(oldText, 0, oldText.Length, newText, 0, newText.Length, edits);
            return edits;
        }
        for (var i = 0; i < oldLines.Count; i++)
        {
            var (oldStart, oldEnd) = LineBounds(oldText, oldLines, i);
            var (newStart, newEnd) = LineBounds(newText, newLines, i);
            DiffRange(oldText, oldStart, oldEnd, newText, newStart, newEnd, edits);
        }
        return edits;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }
        return starts;
    }

    private static (int Start, int End) LineBounds(string text, List<int> starts, int line) =>
        (starts[line], line + 1 < starts.Count ? starts[line + 1] - 1 : text.Length);

    /// <summary>Appends the edits turning oldText[oldStart..oldEnd) into newText[newStart..newEnd).</summary>
    private static void DiffRange(string oldText, int oldStart, int oldEnd, string newText, int newStart, int newEnd, List<TextEdit> edits)
    {
        // Common prefix and suffix first: they are most of a fixed line and Myers need not walk them.
        while (oldStart < oldEnd && newStart < newEnd && oldText[oldStart] == newText[newStart])
        {
            oldStart++;
            newStart++;
        }
        while (oldStart < oldEnd && newStart < newEnd && oldText[oldEnd - 1] == newText[newEnd - 1])
        {
            oldEnd--;
            newEnd--;
        }
        if (oldStart == oldEnd && newStart == newEnd)
        {
            return;
        }
        var a = oldText.AsSpan(oldStart, oldEnd - oldStart);
        var b = newText.AsSpan(newStart, newEnd - newStart);
        var operations = Myers(a, b);
        if (operations is null)
        {
            edits.Add(new TextEdit(TextSpan.FromBounds(oldStart, oldEnd), b.ToString()));
            return;
        }
        Merge(operations, b, oldStart, edits);
    }

    /// <summary>One step of the edit script: delete a[OldIndex], or insert b[NewIndex] before a[OldIndex].</summary>
    private readonly record struct Operation(bool IsInsertion, int OldIndex, int NewIndex);

    /// <summary>The shortest edit script, in order; null when it is longer than <see cref="MaxDistance"/>.</summary>
    private static List<Operation>? Myers(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int n = a.Length, m = b.Length;
        var limit = Math.Min(n + m, MaxDistance);
        var offset = limit + 1;
        var v = new int[2 * limit + 3];
        // trace[d][k + d] is the furthest x reached on diagonal k after d steps.
        var trace = new List<int[]>();
        for (var d = 0; d <= limit; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                    ? v[offset + k + 1]
                    : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }
                v[offset + k] = x;
            }
            trace.Add(v.AsSpan(offset - d, 2 * d + 1).ToArray());
            if (v[offset + n - m] >= n && Math.Abs(n - m) <= d && (d - (n - m)) % 2 == 0)
            {
                return Backtrack(trace, n, m);
            }
        }
        return null;
    }

    private static List<Operation> Backtrack(List<int[]> trace, int n, int m)
    {
        var operations = new List<Operation>();
        int x = n, y = m;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var previous = trace[d - 1];
            var k = x - y;
            var down = k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
            var previousK = down ? k + 1 : k - 1;
            var previousX = previous[previousK + d - 1];
            var previousY = previousX - previousK;
            operations.Add(down ? new Operation(true, previousX, previousY) : new Operation(false, previousX, previousY));
            x = previousX;
            y = previousY;
        }
        operations.Reverse();
        return operations;
    }

    /// <summary>Turns consecutive operations (no unchanged character between them) into one edit each.</summary>
    private static void Merge(List<Operation> operations, ReadOnlySpan<char> b, int oldStart, List<TextEdit> edits)
    {
        var i = 0;
        while (i < operations.Count)
        {
            var start = operations[i].OldIndex;
            var end = start;
            var inserted = new System.Text.StringBuilder();
            for (; i < operations.Count && operations[i].OldIndex == end; i++)
            {
                if (operations[i].IsInsertion)
                {
                    inserted.Append(b[operations[i].NewIndex]);
                }
                else
                {
                    end++;
                }
            }
            edits.Add(new TextEdit(TextSpan.FromBounds(oldStart + start, oldStart + end), inserted.ToString()));
        }
    }
}
