using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Names;

namespace ReportLint.Rules.Tests.Names;

public class PhraseTableTests
{
    private static readonly PhraseTable Table = new(new[] { "Ban Thường vụ", "Ban Thường vụ Tỉnh ủy", "quý {roman}", "Ban Tổ chức", "Ban Kinh tế", "Ban Kinh tế - Xã hội" }
        .Select(text => new Phrase(text, PhraseTable.Parse(text))));

    [Theory]
    [InlineData("Ban Thường vụ Tỉnh ủy họp.", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("ban thường vụ tỉnh uỷ họp.", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("Ban Thường vụ  Tỉnh ủy họp.", "Ban Thường vụ")]
    [InlineData("Ban Thường vụ đã họp.", "Ban Thường vụ")]
    [InlineData("Trong quý IV năm nay.", "quý {roman}")]
    [InlineData("Ban Tổ chức Tỉnh ủy.", "Ban Tổ chức")]
    [InlineData("Ban kinh tế - xã hội thẩm tra.", "Ban Kinh tế - Xã hội")] // a dash between two spaces joins two fields
    [InlineData("Ban Kinh tế – Xã hội thẩm tra.", "Ban Kinh tế - Xã hội")] // any dash
    [InlineData("Ban Kinh tế-Xã hội thẩm tra.", "Ban Kinh tế")] // no spaces: not the phrase's layout
    [InlineData("Ban Kinh tế - Ngân sách thẩm tra.", "Ban Kinh tế")] // a dash before no field of a phrase
    public void Finds_the_longest_phrase_at_its_first_word(string text, string expected)
    {
        var paragraph = ParagraphOf(text);
        var first = FirstMatch(paragraph);
        Assert.NotNull(first);
        Assert.Equal(expected, first.Value.Phrase.Text);
    }

    [Theory]
    [InlineData("Trong quý 4 năm nay.")]
    [InlineData("Ban Chấp hành họp.")]
    [InlineData("Thường vụ Tỉnh ủy họp.")]
    public void Finds_nothing_when_no_phrase_is_complete(string text) => Assert.Null(FirstMatch(ParagraphOf(text)));

    [Fact]
    public void Knows_its_longest_phrase_so_that_a_match_is_never_looked_for_too_far_back()
    {
        Assert.Equal(6, Table.MaxSyllables); // `Ban Kinh tế - Xã hội`, the dash counted as a syllable
        var paragraph = ParagraphOf("Ban Kinh tế - Xã hội họp.");
        var match = FirstMatch(paragraph);
        Assert.Equal(2 * (Table.MaxSyllables - 1), match!.Value.LastToken - match.Value.FirstToken);
    }

    private static Paragraph ParagraphOf(string text) => ReportDocument.Create("t.txt", new SourceText(text)).Paragraphs[0];

    private static PhraseMatch? FirstMatch(Paragraph paragraph)
    {
        for (var i = 0; i < paragraph.Tokens.Count; i++)
        {
            if (Table.Match(paragraph, i) is { } match)
            {
                return match;
            }
        }
        return null;
    }
}
