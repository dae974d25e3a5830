using ReportLint.Core.Syntax;
using Xunit;

namespace ReportLint.Core.Tests.Syntax;

public class FlatTextTests
{
    [Fact]
    public void Line_breaks_inside_a_paragraph_become_spaces_offset_for_offset()
    {
        var syntax = ParagraphSyntax.Parse("có 4.216 hội viên,\r\ntăng 120 hội viên.\n");
        Assert.Equal("có 4.216 hội viên,  tăng 120 hội viên.\n", syntax.FlatText);
        Assert.Equal(syntax.Text.Length, syntax.FlatText.Length);
    }

    [Fact]
    public void A_paragraph_on_one_line_is_its_own_flat_text()
    {
        var syntax = ParagraphSyntax.Parse("Một dòng.\n");
        Assert.Same(syntax.Text, syntax.FlatText);
    }
}
