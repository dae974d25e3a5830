using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5024: a candidate counted among the elected with half the base or less, when the minutes state the rule.</summary>
public class BallotMajorityTests
{
    private const string Counts = "Bầu Ban Chấp hành Hội Cựu chiến binh phường.\n"
        + "- Số phiếu phát ra: 90 phiếu;\n- Số phiếu thu về: 90 phiếu;\n- Số phiếu hợp lệ: 88 phiếu;\n- Số phiếu không hợp lệ: 2 phiếu.\n";

    private const string Candidates = "1. Đồng chí Tạ Minh Châu 80 phiếu, đạt 90,91%\n2. Đồng chí Hồ Thị Lan 70 phiếu, đạt 79,55%\n"
        + "3. Đồng chí Quách Văn Sơn 44 phiếu, đạt 50,00%\n4. Đồng chí Vi Thị Hằng 30 phiếu, đạt 34,09%\n";

    private const string Rule = "Theo quy chế, người trúng cử phải có số phiếu bầu quá một nửa so với tổng số phiếu hợp lệ.\n";

    [Theory]
    [InlineData(Counts + Candidates + "KẾT QUẢ BẦU CỬ\n" + Rule + "Như vậy, có 3 đồng chí trúng cử Ban Chấp hành.\n")]
    [InlineData(Rule + Counts + "1. Đồng chí Tạ Minh Châu 80 phiếu, đạt 90,91% (trúng cử)\n2. Đồng chí Hồ Thị Lan 70 phiếu, đạt 79,55% (trúng cử)\n"
        + "3. Đồng chí Quách Văn Sơn 44 phiếu, đạt 50,00% - trúng cử\n4. Đồng chí Vi Thị Hằng 30 phiếu, đạt 34,09% - không trúng cử\n")]
    public void Reports_an_elected_candidate_with_half_the_valid_ballots(string text)
    {
        var diagnostic = Findings.Single(text, "RL5024", "44");
        Assert.Equal("44 phiếu (50,00%) không quá một nửa số phiếu hợp lệ (88) nhưng được tính là trúng cử", Findings.Vi(diagnostic));
        Assert.Equal("44 votes (50,00%) are not more than half of the 88 valid ballots, yet counted as elected", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
        Assert.Equal(["88"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void Reads_the_base_the_rule_names()
    {
        // 44 of the 90 ballots returned is less than half even though the percentages are over the valid ballots.
        var text = Counts + Candidates + Rule.Replace("phiếu hợp lệ", "phiếu thu về", StringComparison.Ordinal) + "Có 3 đồng chí trúng cử.\n";
        Assert.Equal("44 phiếu (48,89%) không quá một nửa số phiếu thu về (90) nhưng được tính là trúng cử",
            Findings.Vi(Findings.Single(text, "RL5024", "44")));
    }

    [Theory]
    // Two elected: the third is not counted among them.
    [InlineData(Counts + Candidates + Rule + "Có 2 đồng chí trúng cử.\n")]
    // No majority rule stated.
    [InlineData(Counts + Candidates + "Có 3 đồng chí trúng cử.\n")]
    // Marked as not elected.
    [InlineData(Rule + Counts + "1. Đồng chí Tạ Minh Châu 80 phiếu, đạt 90,91%\n3. Đồng chí Quách Văn Sơn 44 phiếu, đạt 50,00% (không trúng cử)\n")]
    // The count of the elected cuts through equal votes: who was elected is unclear.
    [InlineData(Counts + "1. Đồng chí Tạ Minh Châu 80 phiếu, đạt 90,91%\n2. Đồng chí Hồ Thị Lan 44 phiếu, đạt 50,00%\n"
        + "3. Đồng chí Quách Văn Sơn 44 phiếu, đạt 50,00%\n" + Rule + "Có 2 đồng chí trúng cử.\n")]
    // More than half: elected rightly.
    [InlineData(Counts + "1. Đồng chí Tạ Minh Châu 80 phiếu, đạt 90,91%\n2. Đồng chí Quách Văn Sơn 45 phiếu, đạt 51,14%\n" + Rule + "Có 2 đồng chí trúng cử.\n")]
    public void Stays_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL5024"));
}
