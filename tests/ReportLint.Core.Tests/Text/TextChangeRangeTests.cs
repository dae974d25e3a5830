using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Text;

public class TextChangeRangeTests
{
    [Theory]
    [InlineData("abc", "abc", 3, 0, 0)]
    [InlineData("abc", "abXc", 2, 0, 1)]
    [InlineData("abXc", "abc", 2, 1, 0)]
    [InlineData("abc", "aXc", 1, 1, 1)]
    [InlineData("", "abc", 0, 0, 3)]
    [InlineData("abc", "", 0, 3, 0)]
    [InlineData("aaa", "aaaa", 3, 0, 1)]
    public void The_range_covers_what_differs_between_prefix_and_suffix(string before, string after, int start, int oldLength, int newLength) =>
        Assert.Equal(new TextChangeRange(start, oldLength, newLength), TextChangeRange.Between(before, after));

    [Fact]
    public void Long_common_suffixes_are_found_across_comparison_blocks()
    {
        var tail = new string('x', 1000) + "y" + new string('z', 700);
        var change = TextChangeRange.Between("head" + tail, "hexad" + tail);
        Assert.Equal(new TextChangeRange(2, 0, 1), change);
        Assert.Equal(1, change.Delta);
        Assert.Equal(3, change.NewEnd);
    }
}
