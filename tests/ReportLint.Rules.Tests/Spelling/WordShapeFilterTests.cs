using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Tests.Spelling;

public class WordShapeFilterTests
{
    private static WordShapeFilter Filter(params string[] words)
    {
        var filter = new WordShapeFilter();
        foreach (var word in words)
        {
            filter.Add(word);
        }
        return filter;
    }

    [Theory]
    [InlineData("Ban")]
    [InlineData("ban")]
    [InlineData("BAN")]
    [InlineData("Ủy")]
    [InlineData("ủy")]
    [InlineData("Hội")]
    [InlineData("chủ-nghĩa-xã-hội")] // 16 letters: lengths from 15 up share a slot
    public void Lets_every_added_word_through_in_any_case(string word) =>
        Assert.True(Filter("Ban", "Ủy", "Hội", "chủ-nghĩa-xã-hội").MayContain(word));

    [Theory]
    [InlineData("của")]   // same length and first letter as `cục`, another last letter
    [InlineData("tin")]   // same length and last letter as `Ban`, another first letter
    [InlineData("Ba")]    // a prefix: another length
    [InlineData("Bann")]
    [InlineData("")]
    public void Rejects_words_of_another_shape(string word) =>
        Assert.False(Filter("Ban", "cục").MayContain(word));

    [Fact]
    public void Lets_through_a_word_with_the_first_letter_of_one_added_word_and_the_last_of_another() =>
        // A filter, not a set: `Bác` and `cục` together admit `Bục`; the table look-up after it decides.
        Assert.True(Filter("Bác", "cục").MayContain("Bục"));

    [Fact]
    public void An_empty_filter_rejects_everything() =>
        Assert.False(new WordShapeFilter().MayContain("Ban"));
}
