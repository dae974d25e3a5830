using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.CorpusChecks;

/// <summary>The spacing defects DOMAIN.md lists for the shared drafts, and nothing else from these rules.</summary>
public class PunctuationCorpusTests
{
    private static readonly string[] Rules = ["RL3010", "RL4001", "RL4002", "RL4003", "RL4004", "RL4005", "RL4006", "RL4007", "RL4008", "RL4009", "RL4011", "RL4012"];

    [Theory]
    [InlineData("draft-khoi.txt", new[] { "RL3010 Báo cáo", "RL4003 .", "RL4004   " })]
    [InlineData("draft-ninh-binh.txt", new[] { "RL4005 -", "RL4002  " })]
    [InlineData("draft-phu-tho.txt", new string[0])]
    public void Finds_exactly_the_known_spacing_defects(string file, string[] expected)
    {
        var text = Infrastructure.Corpus.Read(file);
        var found = RuleTester.Lint(text, Rules).Select(d => $"{d.Id} {RuleTester.SpanText(text, d)}").ToArray();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void The_known_defects_are_at_the_places_the_domain_notes_name()
    {
        var khoi = Infrastructure.Corpus.Khoi;
        var glued = Assert.Single(RuleTester.Lint(khoi, "RL4003"));
        Assert.Equal("môn.Vai", khoi.Substring(glued.Span.Start - 3, 7));
        var ninhBinh = Infrastructure.Corpus.NinhBinh;
        var dash = Assert.Single(RuleTester.Lint(ninhBinh, "RL4005"));
        Assert.Equal("III- năm", ninhBinh.Substring(dash.Span.Start - 3, 8));
        var bracket = Assert.Single(RuleTester.Lint(ninhBinh, "RL4002"));
        Assert.Equal("( theo", ninhBinh.Substring(bracket.Span.Start - 1, 6));
    }
}
