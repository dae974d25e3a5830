namespace ReportLint.Rules.Tests;

/// <summary>The fast ignore-case search gives the framework's answer, whatever the value's first letter.</summary>
public class TextSearchTests
{
    private static readonly string[] Texts =
    [
        "Số đại biểu có mặt: 147 đại biểu.",
        "ĐẠI BIỂU tham dự hội nghị; 61 đại biểu tán thành, 01 đại biểu không đồng ý.",
        "Đồng ý với dự thảo; ít nhất hai phần ba số ủy viên.",
        "Ít NHẤT 9 đồng chí; biểu quyết thông qua.",
        "biểu dương, tiêu biểu, đại hội",
        "đồng",
        "",
    ];

    [Theory]
    [InlineData("đại biểu")]
    [InlineData("đồng ý")]
    [InlineData("ít nhất")]
    [InlineData("Đồng Ý")]
    [InlineData("ủy")]       // no ASCII character after the first: the framework alone
    [InlineData("tán thành")] // an ASCII first letter: the framework alone
    [InlineData("đồng ý với dự thảo; ít nhất hai phần ba số ủy viên và hơn thế")] // longer than most texts
    [InlineData("")]
    public void Answers_as_the_framework_does(string value)
    {
        foreach (var text in Texts)
        {
            Assert.Equal(text.Contains(value, StringComparison.OrdinalIgnoreCase), TextSearch.ContainsIgnoreCase(text, value));
        }
    }

    [Fact]
    public void Finds_any_of_several_values()
    {
        Assert.True(TextSearch.ContainsAnyIgnoreCase("Có mặt: 22/25 đồng chí", ["vắng", "ĐỒNG CHÍ"]));
        Assert.False(TextSearch.ContainsAnyIgnoreCase("Có mặt: 22/25 đồng chí", ["vắng", "đại biểu"]));
    }
}
