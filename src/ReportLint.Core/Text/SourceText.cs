namespace ReportLint.Core.Text;

/// <summary>
/// Immutable document text with a line map. Offsets are UTF-16 code units, as in LSP and SARIF.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Text[index];

    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>End of the line's content, before its line terminator.</summary>
    public int GetLineContentEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > _lineStarts[line] && IsLineTerminator(Text[end - 1]))
        {
            end--;
        }
        return end;
    }

    public LinePosition GetLinePosition(int offset)
    {
        if ((uint)offset > (uint)Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>Offset of a line/character position, clamped to the line's content as LSP requires.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= _lineStarts.Length)
        {
            return Text.Length;
        }
        var start = _lineStarts[position.Line];
        var nextStart = position.Line + 1 < _lineStarts.Length ? _lineStarts[position.Line + 1] : Text.Length;
        return Math.Min(start + Math.Max(0, position.Character), nextStart);
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>Applies non-overlapping edits (any order) and returns the new text.</summary>
    public SourceText WithEdits(IEnumerable<TextEdit> edits) => new(TextEdit.Apply(Text, edits));

    public override string ToString() => Text;

    internal static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    // Every character that can end a line; the scan jumps between them (vectorised) instead of testing each character.
    private static readonly System.Buffers.SearchValues<char> LineTerminators =
        System.Buffers.SearchValues.Create("\r\n\u2028\u2029\u0085");

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(16, text.Length / 48)) { 0 };
        var span = text.AsSpan();
        var position = 0;
        while (true)
        {
            var found = span[position..].IndexOfAny(LineTerminators);
            if (found < 0)
            {
                break;
            }
            position += found;
            position += span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n' ? 2 : 1;
            starts.Add(position);
        }
        return starts.ToArray();
    }
}
