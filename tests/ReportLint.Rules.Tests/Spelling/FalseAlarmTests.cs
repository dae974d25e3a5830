using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>Precision: project-written correct text (Data/*.txt, over 3,000 words) gets no spelling finding.</summary>
public class FalseAlarmTests
{
    private static readonly string[] Names = ["report-party-building.txt", "news-conference.txt", "report-socio-economic.txt", "news-social.txt"];

    public static TheoryData<string> Files => new(Names);

    [Fact]
    public void The_correct_text_holds_at_least_3000_words()
    {
        var words = Names.Sum(f => SpellingTestData.Read(f).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(words >= 3000, $"only {words} words");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Correct_text_gets_no_spelling_finding(string file)
    {
        var text = SpellingTestData.Read(file);
        var findings = RuleTester.Lint(text, SpellingTestData.SpellingRuleIds)
            .Select(d => $"{d.Id} “{RuleTester.SpanText(text, d)}”: {d.GetMessage(MessageLanguage.Vietnamese)}");
        Assert.Empty(findings);
    }
}
