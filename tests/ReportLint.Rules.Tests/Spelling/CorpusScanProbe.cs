using ReportLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Rules.Tests.Spelling;

public class CorpusScanProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var name in Corpus.All)
        {
            var text = Corpus.Read(name);
            foreach (var d in RuleTester.Lint(text, SpellingTestData.SpellingRuleIds))
            {
                output.WriteLine($"{name} {d.Id} {RuleTester.SpanText(text, d)} :: {d.GetMessage(Core.Diagnostics.MessageLanguage.Vietnamese)} :: {string.Join('|', d.Fixes.Select(f => f.Edits[0].NewText))}");
            }
        }
    }
}
public class TextProbe(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Các cán booj, đảng viên laf nanj ddan ddaaus phat ăn.")]
    [InlineData("Khuya, khuỷu tay, ngoằn ngoèo, nguệch ngoạc, quyết tâm, giặc giã, gìn giữ, giếng nước.")]
    public void Probe(string text)
    {
        foreach (var d in RuleTester.Lint(text))
        {
            output.WriteLine($"{d.Id} {RuleTester.SpanText(text, d)} :: {d.GetMessage(Core.Diagnostics.MessageLanguage.Vietnamese)}");
        }
    }
}
