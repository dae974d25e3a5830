using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Citations;

/// <summary>
/// Local documents added through `.reportlint.json` `"data": { "knownDocuments": [...] }`. (The same check through the
/// CLI is pending: the CLI is being written in another branch.)
/// </summary>
public class WorkspaceKnowledgeBaseTests
{
    private const string Config = """
        {
          // a resolution of the district committee, known only to this office
          "data": {
            "knownDocuments": [
              { "symbol": "15-NQ/HU", "type": "Nghị quyết", "issuer": "Huyện ủy", "date": "12/03/2021",
                "title": "chuyển đổi số trong các cơ quan đảng" }
            ]
          }
        }
        """;

    private static readonly Core.Analysis.AnalyzerOptions Options = RuleTester.Options(Config);

    [Fact]
    public void Local_document_completes_a_short_citation()
    {
        const string text = "Các chi bộ thực hiện Nghị quyết số 15 ngày 12/3/2021 của Huyện ủy.";
        var diagnostic = CitationTest.Single(text, "RL2008", "Nghị quyết số 15", options: Options);
        Assert.Equal(["15-NQ/HU"], CitationTest.FixTexts(diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL2008").SelectMany(d => d.Fixes));
    }

    [Fact]
    public void Local_document_catches_a_wrong_date()
    {
        const string text = "Sơ kết Nghị quyết số 15-NQ/HU ngày 12/4/2021 của Huyện ủy.";
        var diagnostic = CitationTest.Single(text, "RL2009", "12/4/2021", options: Options);
        Assert.Equal(["12/3/2021"], CitationTest.FixTexts(diagnostic));
        Assert.Empty(RuleTester.Lint(text, "RL2009"));
    }

    [Fact]
    public void Local_document_is_offered_for_completion()
    {
        var known = Rules.Citations.CitationIndex.KnownDocuments(Options);
        Assert.Contains(known, d => d.Symbol.Text == "15-NQ/HU" && d.Issuers[0] == "Huyện ủy");
        Assert.DoesNotContain(Rules.Citations.CitationIndex.KnownDocuments(RuleTester.Options()), d => d.Symbol.Text == "15-NQ/HU");
    }

    [Theory]
    [InlineData("\"date\": \"sometime\", \"type\": \"Nghị quyết\"", "\"sometime\"")]
    [InlineData("\"date\": \"2021-03-12\", \"type\": \"Nghi quyet\"", "\"Nghi quyet\"")]
    public void Bad_entries_name_the_bad_value(string fields, string named)
    {
        var entry = $$"""{ "symbol": "15-NQ/HU", "issuer": "Huyện ủy", {{fields}} }""";
        var options = RuleTester.Options($$"""{ "data": { "knownDocuments": [ {{entry}} ] } }""");
        var failures = RuleTester.Lint("Nghị quyết số 15-NQ/HU.", options).Where(d => d.Id == "RL9001").ToArray();
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.Contains(named, CitationTest.Vi(f)));
    }
}
