using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Names;

/// <summary>The real drafts: the known capitalization defects, and nothing else from the Names family.</summary>
public class NameCorpusTests
{
    [Fact]
    public void Ninh_binh_reports_quarters_and_party_organizations_capitalized_two_ways()
    {
        var text = Corpus.NinhBinh;
        var findings = RuleTester.Lint(text).Where(d => d.Id.StartsWith("RL6", StringComparison.Ordinal)).ToArray();
        Assert.All(findings, d => Assert.Equal("RL6003", d.Id));
        // `Quý II` and `Quý I` beside five lower-case quarters; `tổ chức Đảng` beside three `tổ chức (cơ sở) đảng`.
        Assert.Equal(["Quý II", "Quý I", "tổ chức Đảng"], findings.Select(d => RuleTester.SpanText(text, d)));
    }

    [Theory]
    [InlineData("draft-phu-tho.txt")]
    [InlineData("draft-khoi.txt")]
    public void The_other_drafts_have_no_name_finding(string name) =>
        Assert.DoesNotContain(RuleTester.Lint(Corpus.Read(name)), d => d.Id.StartsWith("RL6", StringComparison.Ordinal));
}
