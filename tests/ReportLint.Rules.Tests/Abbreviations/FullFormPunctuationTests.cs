using ReportLint.Core.Syntax;
using ReportLint.Core.Text;
using ReportLint.Rules.Abbreviations;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Abbreviations.AbbreviationTestText;

namespace ReportLint.Rules.Tests.Abbreviations;

/// <summary>
/// A comma between two words separates them (`hội viên, phụ nữ`: members and women), so a full form is
/// found across a comma only where the full form itself has one; a dash joins words and is passed over.
/// </summary>
public class FullFormPunctuationTests
{
    private const string Members = "Tổ chức các buổi sinh hoạt cho hội viên phụ nữ (HVPN) ở chi hội.\n";

    [Theory]
    [InlineData("Hội đã thu hút 4.120 lượt hội viên, phụ nữ tham gia các lớp tập huấn.\n")]
    [InlineData("Hội đã thu hút 4.120 lượt hội viên , phụ nữ tham gia các lớp tập huấn.\n")]
    [InlineData("Hội đã thu hút 4.120 lượt hội viên; phụ nữ trong xã cũng tham gia.\n")]
    [InlineData("Số lượng hội viên: phụ nữ chiếm đa số.\n")]
    [InlineData("Các lớp dành cho hội viên (phụ nữ và nam giới) đều kín chỗ.\n")]
    public void Punctuation_the_full_form_does_not_have_breaks_the_match(string line) =>
        Assert.Empty(RuleTester.Lint(Members + line, "RL1006"));

    [Fact]
    public void The_full_form_without_punctuation_is_still_reported()
    {
        const string text = Members + "Hội đã thu hút 4.120 lượt hội viên phụ nữ tham gia các lớp tập huấn.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, "hội viên phụ nữ", 1);
        Assert.Equal("“hội viên phụ nữ” đã được viết tắt là “HVPN” ở dòng 1; dùng chữ viết tắt", Vi(diagnostic));
        Assert.Equal("Hội đã thu hút 4.120 lượt HVPN tham gia các lớp tập huấn.", Apply(text, diagnostic.Fixes[0]).Split('\n')[1]);
    }

    [Theory]
    [InlineData("Ban Chỉ đạo tổ chức hội nghị phòng, chống tham nhũng cấp huyện.\n", "phòng, chống tham nhũng")]
    [InlineData("Ban Chỉ đạo tổ chức hội nghị phòng chống tham nhũng cấp huyện.\n", "phòng chống tham nhũng")] // the comma may be dropped
    public void A_comma_the_full_form_has_may_be_written_or_dropped(string line, string written)
    {
        var text = "Công tác phòng, chống tham nhũng (PCTN) được chú trọng.\n" + line;
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        Assert.Equal(text.LastIndexOf(written, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(written.Length, diagnostic.Span.Length);
        Assert.Equal(line.Replace(written, "PCTN", StringComparison.Ordinal).TrimEnd('\n'), Apply(text, diagnostic.Fixes[0]).Split('\n')[1]);
    }

    [Theory]
    [InlineData("Phát triển kinh tế xã hội (KTXH) bền vững.\nTình hình kinh tế - xã hội ổn định.\n", "kinh tế - xã hội")]
    [InlineData("Phát triển kinh tế - xã hội (KT-XH) bền vững.\nTình hình kinh tế xã hội ổn định.\n", "kinh tế xã hội")]
    public void A_dash_joins_the_words_either_way(string text, string written)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL1006"));
        AssertSpan(text, diagnostic, written);
    }

    [Theory]
    [InlineData("hội viên phụ nữ", true)]
    [InlineData("hội viên - phụ nữ", true)]
    [InlineData("hội viên, phụ nữ", false)]
    [InlineData("hội viên ,phụ nữ", false)]
    [InlineData("hội viên, - phụ nữ", false)] // one joiner per gap
    [InlineData("hội viên / phụ nữ", false)]
    [InlineData("hội viên. Phụ nữ", false)]
    public void The_scanner_reads_punctuation_between_words(string written, bool found)
    {
        var scanner = new PhraseScanner();
        Assert.Equal(0, scanner.Add("hội viên phụ nữ"));
        var paragraph = ReportDocument.Create("t.txt", new SourceText($"Các {written} tham gia.")).Paragraphs[0];
        var hits = new List<PhraseHit>();
        scanner.Scan(paragraph, hits);
        Assert.Equal(found ? 1 : 0, hits.Count);
        if (found)
        {
            Assert.Equal(written, paragraph.Text.Substring(hits[0].Span.Start, hits[0].Span.Length));
        }
    }
}
