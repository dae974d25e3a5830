using ReportLint.Rules.Names;
using ReportLint.Rules.Numbers;

namespace ReportLint.Rules.Tests.Numbers;

public class RuleDocsTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var analyzer in NumberFamily.Create().Concat(NameFamily.Create()))
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                data.Add(descriptor.Id);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_numbers_and_names_rule_has_a_page(string id)
    {
        var page = RuleDocs.Get(id);
        Assert.NotNull(page);
        Assert.StartsWith($"# {id} ", page, StringComparison.Ordinal);
        Assert.Contains("## Vì sao", page, StringComparison.Ordinal);
        Assert.Contains("## Sửa tự động", page, StringComparison.Ordinal);
        Assert.NotNull(RuleDocs.Summary(id));
    }
}
