using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Numbers;
using ReportLint.Rules.Spelling;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>The word comparisons every number reader makes at every word: fast, and never another answer than the framework's.</summary>
public class TokenNavigationTests
{
    private static Paragraph Paragraph(string text) => ReportDocument.Create("t.txt", new SourceText(text)).Paragraphs[0];

    [Theory]
    [InlineData("họp", "họp")]
    [InlineData("Họp", "họp")]
    [InlineData("HỌP", "họp")]
    [InlineData("Đại", "đại")]
    [InlineData("ĐẠI", "đại")]
    [InlineData("Ủy", "ủy")]
    [InlineData("ngày", "NGÀY")]
    public void Same_word_in_any_case(string text, string word) => Assert.True(TokenNavigation.SameWord(text, word));

    [Theory]
    [InlineData("của", "các")]  // same length and first letter
    [InlineData("đại", "hội")]  // another first letter
    [InlineData("họp", "hợp")]  // another tone
    [InlineData("họp", "họ")]   // another length
    [InlineData("", "họp")]
    public void Another_word(string text, string word) => Assert.False(TokenNavigation.SameWord(text, word));

    [Fact]
    public void The_first_letter_test_never_turns_away_a_letter_equal_ignoring_case()
    {
        // Every letter a word of the readers' lists starts with, in both cases: ASCII, Latin-1 and Latin Extended-A/B
        // letters of Vietnamese, and the Vietnamese block. Any character the framework finds equal to one ignoring case
        // must have its lower case.
        var letters = Enumerable.Range('a', 26).Concat(Enumerable.Range('A', 26)).Concat(Enumerable.Range(0xC0, 0x1B1 - 0xC0))
            .Concat(Enumerable.Range(0x1EA0, 0x1EFA - 0x1EA0)).Select(c => (char)c).Where(char.IsLetter).ToArray();
        var wrong = new List<string>();
        foreach (var letter in letters)
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var other = (char)c;
                if (!char.IsSurrogate(other) && new ReadOnlySpan<char>(in other).Equals(new ReadOnlySpan<char>(in letter), StringComparison.OrdinalIgnoreCase)
                    && SyllableComparer.Lower(other) != SyllableComparer.Lower(letter))
                {
                    wrong.Add($"U+{c:X4} ~ U+{(int)letter:X4}");
                }
            }
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Cuộc họp kết thúc lúc 11h00.")]
    [InlineData("Buổi làm việc với Hội nghị và BIÊN BẢN cuộc làm việc.")]
    [InlineData("kỳ họp, toạ đàm, tọa đàm: 3 buổi sinh hoạt; đại hội - hội thảo")]
    [InlineData("cuộc sống, hội viên, buổi sáng, biên giới, 14h00")]
    public void A_phrase_list_answers_as_the_phrases_do(string text)
    {
        string[][] phrases = [["cuộc", "họp"], ["buổi", "họp"], ["kỳ", "họp"], ["hội", "nghị"], ["đại", "hội"], ["hội", "thảo"], ["tọa", "đàm"],
            ["toạ", "đàm"], ["buổi", "làm", "việc"], ["cuộc", "làm", "việc"], ["buổi", "sinh", "hoạt"], ["biên", "bản"]];
        var list = new PhraseList(phrases);
        var paragraph = Paragraph(text);
        var found = 0;
        for (var i = -1; i <= paragraph.Tokens.Count; i++)
        {
            var expected = TokenNavigation.MatchAny(paragraph, i, phrases);
            Assert.Equal(expected, list.Match(paragraph, i));
            found += expected >= 0 ? 1 : 0;
        }
        Assert.True(found > 0 || text.StartsWith("cuộc sống", StringComparison.Ordinal));
    }
}
