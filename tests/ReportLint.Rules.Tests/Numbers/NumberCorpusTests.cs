using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportLint.Rules.Tests.Numbers;

public class NumberCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("draft-ninh-binh.txt")]
    [InlineData("draft-phu-tho.txt")]
    [InlineData("draft-khoi.txt")]
    public void Dump(string name)
    {
        var text = Corpus.Read(name);
        foreach (var d in RuleTester.Lint(text).Where(d => d.Id.StartsWith("RL5", StringComparison.Ordinal) || d.Id.StartsWith("RL6", StringComparison.Ordinal) || d.Id.StartsWith("RL9", StringComparison.Ordinal)))
        {
            output.WriteLine($"{d.Id} [{RuleTester.SpanText(text, d)}] {d.GetMessage(MessageLanguage.Vietnamese)} fix={(d.Fixes.Count > 0 ? d.Fixes[0].Edits[0].NewText : "")}");
        }
    }
}
