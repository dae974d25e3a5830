using System.Text;
using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Text;

public class NfcTests
{
    private static IEnumerable<char> ByConstruction() =>
        Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1E00, 0x100)).Select(c => (char)c);

    [Fact]
    public void Every_character_it_trusts_is_nfc_alone_and_after_a_vietnamese_vowel()
    {
        foreach (var c in ByConstruction())
        {
            Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}");
            foreach (var before in "aAăâeêioôơuưyĐ")
            {
                var pair = string.Concat(before, c);
                Assert.Equal(pair.Normalize(NormalizationForm.FormC), pair);
            }
        }
    }

    [Fact]
    public void Precomposed_vietnamese_is_returned_as_it_is()
    {
        const string text = "Ủy ban nhân dân xã Phước Hưng, quận Đống Đa";
        Assert.True(Nfc.IsNfcByConstruction(text));
        Assert.Same(text, Nfc.Normalize(text));
    }

    [Theory]
    [InlineData("Hu\u0301ng", "Húng")]          // combining acute
    [InlineData("tie\u0302\u0301n", "tiến")]    // circumflex, then acute
    [InlineData("\u212Bngstr\u00F6m", "\u00C5ngstr\u00F6m")] // singleton decomposition outside the trusted ranges
    [InlineData("ga\u0323o \u1EA1", "gạo ạ")]
    public void Anything_else_goes_through_the_framework(string text, string expected)
    {
        Assert.False(Nfc.IsNfcByConstruction(text));
        Assert.Equal(expected, Nfc.Normalize(text));
    }
}
