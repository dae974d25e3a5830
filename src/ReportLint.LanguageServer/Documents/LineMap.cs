namespace ReportLint.LanguageServer.Documents;

/// <summary>
/// Line starts by the protocol's own terminators (`\n`, `\r\n`, `\r`): the engine's SourceText also
/// breaks at U+2028/U+2029/U+0085, which LSP clients do not, so positions use this map instead.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _starts;

    private LineMap(string text, int[] starts)
    {
        Text = text;
        _starts = starts;
    }

    public string Text { get; }

    public int LineCount => _starts.Length;

    public int GetLineStart(int line) => _starts[line];

    /// <summary>End of a line's content, before its terminator.</summary>
    public int GetLineContentEnd(int line)
    {
        var end = line + 1 < _starts.Length ? _starts[line + 1] : Text.Length;
        if (end > _starts[line] && Text[end - 1] == '\n')
        {
            end--;
        }
        if (end > _starts[line] && Text[end - 1] == '\r')
        {
            end--;
        }
        return end;
    }

    /// <summary>The line holding an offset (the last line for the end of the text).</summary>
    public int GetLine(int offset)
    {
        var line = Array.BinarySearch(_starts, offset);
        return line >= 0 ? line : ~line - 1;
    }

    /// <summary>
    /// The map of this text with [<paramref name="start"/>, <paramref name="end"/>) replaced. Only the
    /// changed lines are scanned: a line start before the change keeps its place and one after it moves
    /// by the length change (a start depends only on the character before it, and on the one at it for `\r\n`).
    /// </summary>
    public LineMap Replace(int start, int end, string inserted)
    {
        var source = Text.AsSpan();
        var text = string.Concat(source[..start], inserted, source[end..]);
        var newEnd = start + inserted.Length;
        var kept = FirstStartAtOrAfter(Math.Max(start, 1));
        var moved = FirstStartAtOrAfter(end + 1);
        var scanned = ScanStarts(text, Math.Max(start - 1, 0), newEnd);
        var starts = new int[kept + scanned.Count + _starts.Length - moved];
        _starts.AsSpan(0, kept).CopyTo(starts);
        scanned.CopyTo(starts, kept);
        var delta = inserted.Length - (end - start);
        for (int from = moved, to = kept + scanned.Count; from < _starts.Length; from++, to++)
        {
            starts[to] = _starts[from] + delta;
        }
        return new LineMap(text, starts);
    }

    /// <summary>Line starts after terminators at or after <paramref name="from"/>, up to <paramref name="limit"/>.</summary>
    private static List<int> ScanStarts(string text, int from, int limit)
    {
        var starts = new List<int>();
        var span = text.AsSpan();
        var position = from;
        while (position < limit)
        {
            var found = span[position..limit].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }
            position += found;
            position += span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n' ? 2 : 1;
            if (position <= limit)
            {
                starts.Add(position);
            }
        }
        return starts;
    }

    private int FirstStartAtOrAfter(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : ~index;
    }

    public static LineMap Create(string text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 64)) { 0 };
        var span = text.AsSpan();
        var position = 0;
        while (true)
        {
            var found = span[position..].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }
            position += found;
            position += span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n' ? 2 : 1;
            starts.Add(position);
        }
        return new LineMap(text, starts.ToArray());
    }
}
