using ReportLint.LanguageServer.Documents;
using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Tests.Documents;

public sealed class PositionEncodingTests
{
    // Line 0: “Ủy 😀 ok” — Ủ is 1 UTF-16 unit / 3 UTF-8 bytes, 😀 is 2 units / 4 bytes / 1 code point.
    private static readonly LineMap Map = LineMap.Create("Ủy 😀 ok\r\nhai\rba\nbốn\u2028vẫn dòng bốn");

    [Theory]
    [InlineData("utf-16", 0, 3, 3)]
    [InlineData("utf-16", 0, 5, 5)]
    [InlineData("utf-16", 0, 6, 6)]
    [InlineData("utf-8", 0, 5, 3)]
    [InlineData("utf-8", 0, 9, 5)]
    [InlineData("utf-8", 0, 10, 6)]
    [InlineData("utf-32", 0, 4, 5)]
    [InlineData("utf-32", 0, 5, 6)]
    public void Positions_and_offsets_round_trip(string encoding, int line, int character, int offset)
    {
        var codec = PositionEncoding.Negotiate([encoding]);
        Assert.Equal(encoding, codec.Name);
        Assert.Equal(offset, codec.ToOffset(Map, new Position(line, character)));
        Assert.Equal(new Position(line, character), codec.ToPosition(Map, offset));
    }

    [Fact]
    public void Lines_break_at_crlf_cr_and_lf_only()
    {
        Assert.Equal(4, Map.LineCount);
        Assert.Equal(10, Map.GetLineStart(1));
        Assert.Equal(14, Map.GetLineStart(2));
        Assert.Equal(new Position(3, 4), PositionEncoding.Utf16.ToPosition(Map, Map.GetLineStart(3) + 4));
    }

    [Fact]
    public void Characters_past_the_line_are_clamped_to_its_content_and_lines_past_the_end_to_the_end()
    {
        Assert.Equal(8, PositionEncoding.Utf16.ToOffset(Map, new Position(0, 99)));
        Assert.Equal(8, PositionEncoding.Utf8.ToOffset(Map, new Position(0, 99)));
        Assert.Equal(Map.Text.Length, PositionEncoding.Utf16.ToOffset(Map, new Position(42, 0)));
        Assert.Equal(0, PositionEncoding.Utf16.ToOffset(Map, new Position(-1, 5)));
    }

    [Fact]
    public void A_utf8_position_inside_a_character_stops_before_it()
    {
        Assert.Equal(0, PositionEncoding.Utf8.ToOffset(Map, new Position(0, 2)));
    }

    [Theory]
    [InlineData(null, "utf-16")]
    [InlineData(new string[0], "utf-16")]
    [InlineData(new[] { "utf-8", "utf-16" }, "utf-16")]
    [InlineData(new[] { "utf-8", "utf-32" }, "utf-32")]
    [InlineData(new[] { "latin-1" }, "utf-16")]
    public void Negotiation_prefers_utf16(string[]? offered, string expected) =>
        Assert.Equal(expected, PositionEncoding.Negotiate(offered).Name);
}
