using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Line_map_handles_every_line_ending()
    {
        var text = new SourceText("a\r\nb\nc\rd");
        Assert.Equal(4, text.LineCount);
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(3));
        Assert.Equal(new LinePosition(3, 0), text.GetLinePosition(7));
        Assert.Equal(new LinePosition(3, 1), text.GetLinePosition(8));
        Assert.Equal(1, text.GetLineContentEnd(0));
    }

    [Fact]
    public void Unicode_line_and_paragraph_separators_and_NEL_end_lines_too()
    {
        var text = new SourceText("a\u2028b\u2029c\u0085d\r\n\re");
        Assert.Equal([0, 2, 4, 6, 9, 10], Enumerable.Range(0, text.LineCount).Select(text.GetLineStart));
    }

    [Fact]
    public void Columns_count_utf16_units_so_an_emoji_is_two()
    {
        var text = new SourceText("😀ủy");
        Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
        Assert.Equal(2, text.GetOffset(new LinePosition(0, 2)));
    }

    [Fact]
    public void Offsets_past_a_line_are_clamped_to_its_end()
    {
        var text = new SourceText("ab\ncd");
        Assert.Equal(3, text.GetOffset(new LinePosition(0, 99)));
        Assert.Equal(5, text.GetOffset(new LinePosition(9, 0)));
    }

    [Fact]
    public void Overlapping_edits_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TextEdit.Apply("abcdef", [new TextEdit(new TextSpan(1, 3), "x"), new TextEdit(new TextSpan(2, 1), "y")]));
        Assert.Equal("aXcY", TextEdit.Apply("abcd", [new TextEdit(new TextSpan(3, 1), "Y"), new TextEdit(new TextSpan(1, 1), "X")]));
    }
}
