using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Documents;

/// <summary>
/// How `Position.character` counts: UTF-16 code units (the default, and the engine's own offsets),
/// UTF-8 bytes or code points, as negotiated in `initialize`.
/// </summary>
public sealed class PositionEncoding
{
    public static readonly PositionEncoding Utf16 = new(PositionEncodingKinds.Utf16);
    public static readonly PositionEncoding Utf8 = new(PositionEncodingKinds.Utf8);
    public static readonly PositionEncoding Utf32 = new(PositionEncodingKinds.Utf32);

    private PositionEncoding(string name) => Name = name;

    public string Name { get; }

    /// <summary>UTF-16 unless the client offers only others (every client must accept UTF-16).</summary>
    public static PositionEncoding Negotiate(IReadOnlyCollection<string>? offered)
    {
        if (offered is null || offered.Count == 0 || offered.Contains(PositionEncodingKinds.Utf16))
        {
            return Utf16;
        }
        return offered.Contains(PositionEncodingKinds.Utf32) ? Utf32
            : offered.Contains(PositionEncodingKinds.Utf8) ? Utf8
            : Utf16;
    }

    /// <summary>The offset of a position, clamped to the line's content as the protocol says.</summary>
    public int ToOffset(LineMap map, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= map.LineCount)
        {
            return map.Text.Length;
        }
        var start = map.GetLineStart(position.Line);
        var end = map.GetLineContentEnd(position.Line);
        var character = Math.Max(0, position.Character);
        if (this == Utf16)
        {
            return Math.Min(start + character, end);
        }
        var offset = start;
        var units = 0;
        while (offset < end)
        {
            var width = CodePointLength(map.Text, offset, end);
            var size = this == Utf32 ? 1 : Utf8Length(map.Text, offset, width);
            if (units + size > character)
            {
                break;
            }
            units += size;
            offset += width;
        }
        return offset;
    }

    public Position ToPosition(LineMap map, int offset)
    {
        offset = Math.Clamp(offset, 0, map.Text.Length);
        var line = map.GetLine(offset);
        var start = map.GetLineStart(line);
        if (this == Utf16)
        {
            return new Position(line, offset - start);
        }
        var units = 0;
        for (var i = start; i < offset;)
        {
            var width = CodePointLength(map.Text, i, offset);
            units += this == Utf32 ? 1 : Utf8Length(map.Text, i, width);
            i += width;
        }
        return new Position(line, units);
    }

    public Protocol.Range ToRange(LineMap map, int start, int end) => new(ToPosition(map, start), ToPosition(map, end));

    private static int CodePointLength(string text, int offset, int end) =>
        char.IsHighSurrogate(text[offset]) && offset + 1 < end && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;

    private static int Utf8Length(string text, int offset, int width) =>
        width == 2 ? 4 : text[offset] switch
        {
            < (char)0x80 => 1,
            < (char)0x800 => 2,
            _ => 3,
        };

    public override string ToString() => Name;
}
