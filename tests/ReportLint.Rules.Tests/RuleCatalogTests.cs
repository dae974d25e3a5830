using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests;

public class RuleCatalogTests
{
    public static TheoryData<string> RuleIds() => new(RuleTester.Driver.Descriptors.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_documentation_page(string id)
    {
        var page = RuleDocs.Get(id);
        Assert.True(page is not null, $"rules/docs/{id}.md is missing");
        Assert.StartsWith($"# {id} ", page);
        Assert.False(string.IsNullOrWhiteSpace(RuleDocs.Summary(id)));
    }

    [Fact]
    public void Rule_ids_and_names_are_unique_and_messages_exist_in_both_languages()
    {
        var descriptors = RuleTester.Driver.Descriptors;
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Name).Distinct().Count());
        Assert.All(descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.Vi));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.En));
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", d.Name);
        });
    }

    [Fact]
    public void Every_page_belongs_to_a_rule()
    {
        var ids = RuleTester.Driver.Descriptors.Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(Path.Combine(Infrastructure.Corpus.RepositoryRoot, "rules", "docs"), "RL*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, page => Assert.Contains(page!, ids));
    }
}
