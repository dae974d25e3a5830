using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>The real drafts: the known figure errors, and nothing else from the Numbers family.</summary>
public class NumberCorpusTests
{
    [Fact]
    public void Phu_tho_reports_the_two_wrong_percentages_with_recomputed_values()
    {
        var text = Corpus.PhuTho;
        var findings = RuleTester.Lint(text).Where(d => d.Id.StartsWith("RL5", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["17,48%", "16,53%"], findings.Select(d => RuleTester.SpanText(text, d)));
        Assert.All(findings, d => Assert.Equal("RL5001", d.Id));
        Assert.Equal(["17,47", "15,59"], findings.Select(d => d.Fixes[0].Edits[0].NewText));
        Assert.DoesNotContain(findings, d => RuleTester.SpanText(text, d) == "19,22%");
    }

    [Fact]
    public void Khoi_reports_only_the_range_written_without_spaces()
    {
        // The draft writes `2015 - 2020`, `2020 - 2025` and `2012 - 2018` but once `(2012-2018)`.
        var text = Corpus.Khoi;
        var finding = Assert.Single(RuleTester.Lint(text), d => d.Id.StartsWith("RL5", StringComparison.Ordinal));
        Assert.Equal("RL5007", finding.Id);
        Assert.Equal("2012-2018", RuleTester.SpanText(text, finding));
    }

    [Fact]
    public void Ninh_binh_has_no_number_or_date_finding() =>
        Assert.DoesNotContain(RuleTester.Lint(Corpus.NinhBinh), d => d.Id.StartsWith("RL5", StringComparison.Ordinal));
}
