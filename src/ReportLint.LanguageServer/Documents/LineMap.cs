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
