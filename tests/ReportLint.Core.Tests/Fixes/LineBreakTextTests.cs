using ReportLint.Core.Diagnostics;
using ReportLint.Core.Fixes;
using ReportLint.Core.Text;

namespace ReportLint.Core.Tests.Fixes;

/// <summary>Text quoted across a wrapped line break: one line in messages and fix titles; fixes keep the break.</summary>
public class LineBreakTextTests
{
    private static readonly DiagnosticDescriptor Rule = new("RL4999", "test", LocalizedText.Same("t"),
        new("Không phải “{0}”, {1}", "Not “{0}”, {1}"), RuleFamily.Punctuation, ReportSeverity.Warning, FixSafety.Unsafe);

    [Theory]
    [InlineData("Ban Chấp\nhành", "Ban Chấp hành")]
    [InlineData("Ban Chấp  \r\n    hành Trung ương", "Ban Chấp hành Trung ương")]
    [InlineData("một dòng", "một dòng")]
    [InlineData("a\u2028b", "a b")]
    public void A_line_break_and_the_blanks_around_it_read_as_one_space(string text, string expected) =>
        Assert.Equal(expected, OneLine.Of(text));

    [Fact]
    public void A_message_quoting_a_wrapped_phrase_is_one_line_in_both_languages()
    {
        var diagnostic = new Diagnostic(Rule, new TextSpan(0, 1), ReportSeverity.Warning,
            ["Ban Chấp\r\nhành Trung ương", new LocalizedText("do Bộ\nChính trị", "by the\nPolitburo")], [], []);
        Assert.Equal("Không phải “Ban Chấp hành Trung ương”, do Bộ Chính trị", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("Not “Ban Chấp hành Trung ương”, by the Politburo", diagnostic.GetMessage(MessageLanguage.English));
    }

    [Fact]
    public void A_fix_title_quoting_a_wrapped_phrase_is_one_line()
    {
        var fix = CodeFix.Replace(new TextSpan(0, 3), "nghiệp vụ\ntài", FixSafety.Unsafe);
        Assert.Equal("Sửa thành “nghiệp vụ tài”", fix.Title.Vi);
        Assert.Equal("Change to “nghiệp vụ tài”", fix.Title.En);
        Assert.Equal("nghiệp vụ\ntài", fix.Edits[0].NewText); // the edit itself keeps the break
    }

    [Theory]
    // The words replaced hold the break: it goes after as many new words (at most all but the last).
    [InlineData("của Ban Chấp\nhành Trung ương về", 4, 24, "Bộ Chính trị", "của Bộ Chính\ntrị về")]
    [InlineData("của Ban Chấp\r\n  hành Trung ương về", 4, 27, "Bộ Chính trị", "của Bộ Chính\r\n  trị về")]
    // Words shared at the start or the end are left alone, so a break among them stays where it was.
    [InlineData("của Ban Thường vụ\nTỉnh ủy khóa X", 4, 28, "Ban Thường vụ Tỉnh ủy khóa XI", "của Ban Thường vụ\nTỉnh ủy khóa XI")]
    [InlineData("ngày 15/5/2016\ncủa", 5, 9, "15/5/2017", "ngày 15/5/2017\ncủa")]
    // One new word: nowhere to put the break between words, so it is lost.
    [InlineData("do Ban Chấp\nhành ban", 3, 13, "BCH", "do BCH ban")]
    public void A_fix_over_a_wrapped_line_keeps_its_break(string text, int start, int length, string newText, string expected)
    {
        var span = new TextSpan(start, length);
        var fix = CodeFix.ReplaceKeepingLineBreaks(span, text.Substring(start, length), newText, FixSafety.Unsafe);
        Assert.Equal(expected, TextEdit.Apply(text, fix.Edits));
        Assert.Equal($"Sửa thành “{newText}”", fix.Title.Vi);
    }

    [Fact]
    public void A_fix_on_one_line_is_the_plain_replacement()
    {
        var fix = CodeFix.ReplaceKeepingLineBreaks(new TextSpan(4, 3), "của Ban về", "Bộ Chính trị", FixSafety.Unsafe);
        Assert.Equal(new TextEdit(new TextSpan(4, 3), "Bộ Chính trị"), Assert.Single(fix.Edits));
    }
}
