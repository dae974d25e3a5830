using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5011 on a `gồm` list of counts of the whole's noun closed by `và`: every part counts, not a run of the first.</summary>
public class PartsSumClosedListTests
{
    private const string Branches = "Đảng bộ xã có 21 chi bộ, gồm 12 chi bộ thôn, 4 chi bộ trường học, 2 chi bộ cơ quan, 3 chi bộ doanh nghiệp và 1 chi bộ trạm y tế.";

    [Fact]
    public void Reports_a_list_closed_by_va_whose_first_parts_alone_make_the_whole()
    {
        var diagnostic = Findings.Single(Branches, "RL5011", "21");
        Assert.Equal("Các phần cộng lại được 22 chi bộ, khác tổng 21 chi bộ", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 22 chi bộ, not the whole 21 chi bộ", Findings.En(diagnostic));
        Assert.Equal(Branches.Replace("có 21", "có 22", StringComparison.Ordinal), Findings.Fixed(Branches, diagnostic));
        Assert.Equal(["12", "4", "2", "3", "1"], diagnostic.Related.Select(r => Branches.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Đảng bộ xã có 22 chi bộ, gồm 12 chi bộ thôn, 4 chi bộ trường học, 2 chi bộ cơ quan, 3 chi bộ doanh nghiệp và 1 chi bộ trạm y tế.")] // all parts make it
    [InlineData("Đảng bộ xã có 21 chi bộ, trong đó 12 chi bộ thôn, 4 chi bộ trường học.")] // an open subset
    [InlineData("Đảng bộ xã có 21 chi bộ, trong đó 12 chi bộ thôn, 4 chi bộ trường học và 2 chi bộ cơ quan.")] // `trong đó` names some
    [InlineData("Đảng bộ xã có 21 chi bộ, gồm 12 chi bộ thôn, 4 chi bộ trường học và 5 chi bộ cơ quan; 18 chi bộ được xếp loại tốt.")] // a count after the list
    [InlineData("Đảng bộ xã có 21 chi bộ, gồm 12 chi bộ thôn, 4 chi bộ trường học, 5 chi bộ cơ quan, 3 chi bộ được xếp loại tốt.")] // no `và`: the list may have ended
    [InlineData("Đảng bộ xã có 21 chi bộ, gồm thôn 12 chi bộ, trường học 4 chi bộ, cơ quan 5 chi bộ và có 3 chi bộ xếp loại tốt.")] // labels first: not read as closed
    public void Is_silent_on_right_or_open_lists(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
