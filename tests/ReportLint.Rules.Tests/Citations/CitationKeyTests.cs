using System.Text;
using ReportLint.Rules.Citations;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>The allocation-free comparison must agree with the key it avoids computing.</summary>
public class CitationKeyTests
{
    [Theory]
    [InlineData("khóa", "khóa", true)]
    [InlineData("Khoá", "khóa", true)]
    [InlineData("KHOÁ", "khóa", true)]
    [InlineData("Tỉnh uỷ", "tỉnh ủy", true)]
    [InlineData("quý", "quý", true)]
    [InlineData("các", "lần", false)]
    [InlineData("khóa", "khoa", false)]
    [InlineData("hòa", "khóa", false)]
    public void Matches_agrees_with_the_key(string text, string key, bool expected)
    {
        Assert.Equal(expected, CitationKey.Of(text) == key);
        Assert.Equal(expected, CitationKey.Matches(text, key, combiningMarks: false));
    }

    [Fact]
    public void Decomposed_text_takes_the_normalising_path()
    {
        var decomposed = "khoá".Normalize(NormalizationForm.FormD);
        Assert.True(CitationKey.Matches(decomposed, "khóa", combiningMarks: true));
        Assert.False(CitationKey.Matches(decomposed, "khoa", combiningMarks: true));
    }
}
