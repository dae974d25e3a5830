using ReportLint.Rules.Citations;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

public class CitationDataTests
{
    [Fact]
    public void Every_built_in_document_has_a_public_source_and_a_parsable_symbol()
    {
        var documents = CitationIndex.KnownDocuments(RuleTester.Options());
        Assert.True(documents.Count >= 20);
        Assert.All(documents, d => Assert.False(string.IsNullOrWhiteSpace(d.Source), d.Symbol.Text));
        Assert.Contains(documents, d => d.Symbol.Text == "66-QĐ/TW" && d.Issuers.Count == 2);
    }

    [Fact]
    public void Central_documents_know_their_term()
    {
        var documents = CitationIndex.KnownDocuments(RuleTester.Options()).ToLookup(d => d.Symbol.Text);
        Assert.Equal("XII", Assert.Single(documents["105-QĐ/TW"]).Term);
        Assert.Equal("X", Assert.Single(documents["290-QĐ/TW"]).Term);
        Assert.Equal("XIII", Assert.Single(documents["69-QĐ/TW"]).Term);
        Assert.Null(Assert.Single(documents["30/2020/NĐ-CP"]).Term);
        // Numbers restart with every term: one symbol, two directives.
        Assert.Equal(["XII", "XIII"], documents["35-CT/TW"].Select(d => d.Term).Order());
    }

    [Fact]
    public void Every_citation_rule_has_a_page()
    {
        foreach (var descriptor in CitationFamily.Create().SelectMany(a => a.SupportedDiagnostics))
        {
            var page = RuleDocs.Get(descriptor.Id);
            Assert.NotNull(page);
            Assert.StartsWith($"# {descriptor.Id} {descriptor.Name}:", page);
        }
    }
}
