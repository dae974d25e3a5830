using ReportLint.Rules.Abbreviations;

namespace ReportLint.Rules.Tests.Abbreviations;

public class AbbreviationDocsTests
{
    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        foreach (var descriptor in AbbreviationFamily.Create().SelectMany(a => a.SupportedDiagnostics))
        {
            data.Add(descriptor.Id, descriptor.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_rule_has_a_page(string id, string name)
    {
        var page = RuleDocs.Get(id);
        Assert.NotNull(page);
        Assert.StartsWith($"# {id} {name}: ", page, StringComparison.Ordinal);
        Assert.Contains("## Ví dụ", page, StringComparison.Ordinal);
        Assert.Contains("## Sửa tự động", page, StringComparison.Ordinal);
        Assert.Contains("## Tùy chọn", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_run_from_RL1001_without_gaps()
    {
        var ids = AbbreviationFamily.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToArray();
        Assert.Equal(Enumerable.Range(1, ids.Length).Select(i => $"RL{1000 + i}"), ids);
    }
}
