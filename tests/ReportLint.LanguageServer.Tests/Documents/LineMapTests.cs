using System.Text;
using ReportLint.LanguageServer.Documents;

namespace ReportLint.LanguageServer.Tests.Documents;

/// <summary>An edited line map (only the changed lines scanned) is the map of the new text.</summary>
public sealed class LineMapTests
{
    private static int[] Starts(LineMap map) => Enumerable.Range(0, map.LineCount).Select(map.GetLineStart).ToArray();

    private static void AssertReplaceMatchesCreate(string text, int start, int end, string inserted)
    {
        var edited = LineMap.Create(text).Replace(start, end, inserted);
        var fresh = LineMap.Create(string.Concat(text.AsSpan(0, start), inserted, text.AsSpan(end)));
        Assert.Equal(fresh.Text, edited.Text);
        Assert.Equal(Starts(fresh), Starts(edited));
    }

    [Theory]
    [InlineData("ab\ncd\nef", 4, 4, "x")]
    [InlineData("ab\ncd\nef", 0, 0, "\n")]
    [InlineData("ab\ncd\nef", 2, 3, "")]
    [InlineData("ab\ncd\nef", 8, 8, "\r\n")]
    [InlineData("ab\r\ncd", 3, 3, "x")]
    [InlineData("ab\r\ncd", 3, 4, "")]
    [InlineData("ab\rcd", 3, 3, "\n")]
    [InlineData("ab\ncd", 2, 2, "\r")]
    [InlineData("ab\ncd", 0, 5, "")]
    [InlineData("", 0, 0, "a\r\nb\rc\n")]
    public void A_replacement_gives_the_line_starts_of_the_new_text(string text, int start, int end, string inserted) =>
        AssertReplaceMatchesCreate(text, start, end, inserted);

    [Fact]
    public void Random_replacements_give_the_line_starts_of_the_new_text()
    {
        var random = new Random(1130);
        string[] pieces = ["a", "ư", "\n", "\r", "\r\n", "\u2028", " "];
        var text = "Dòng một.\r\nDòng hai.\nDòng ba.\rDòng bốn.\n";
        for (var i = 0; i < 5_000; i++)
        {
            var start = random.Next(text.Length + 1);
            var end = start + random.Next(Math.Min(4, text.Length - start) + 1);
            var inserted = new StringBuilder();
            for (var n = random.Next(3); n > 0; n--)
            {
                inserted.Append(pieces[random.Next(pieces.Length)]);
            }
            AssertReplaceMatchesCreate(text, start, end, inserted.ToString());
            text = string.Concat(text.AsSpan(0, start), inserted.ToString(), text.AsSpan(end));
        }
    }
}
