using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class BallotCountMismatchTests
{
    // Minutes of one election, right throughout: 118 ballots valid of 120 returned; percentages over the valid ballots.
    private const string Counts = "Kết quả kiểm phiếu bầu Ban Chấp hành Hội Nông dân xã:\n"
        + "- Số phiếu phát ra: 120 phiếu;\n- Số phiếu thu về: 120 phiếu;\n- Số phiếu hợp lệ: 118 phiếu;\n- Số phiếu không hợp lệ: 2 phiếu.\n";

    private const string Candidates = "1. Đồng chí Lò Văn Khánh 112 phiếu, đạt 94,92%\n2. Đồng chí Vàng Thị Mai: 97 phiếu (82,20%)\n"
        + "3. Đồng chí Đỗ Quang Lâm 101 phiếu, đạt 85,59%\n4. Đồng chí Hà Văn Nghĩa 88 phiếu, đạt 74,58%\n";

    [Fact]
    public void Is_silent_on_right_minutes() => Assert.Empty(RuleTester.Lint(Counts + Candidates, "RL5024", "RL5001", "RL5002", "RL5011"));

    [Fact]
    public void Reports_valid_and_invalid_ballots_that_do_not_make_those_returned()
    {
        var text = Counts.Replace("không hợp lệ: 2", "không hợp lệ: 3", StringComparison.Ordinal) + Candidates;
        var diagnostic = Findings.Single(text, "RL5024", "120", "thu về");
        Assert.Equal("Số phiếu hợp lệ (118) và không hợp lệ (3) cộng lại được 121, khác số phiếu thu về 120", Findings.Vi(diagnostic));
        Assert.Equal("Valid (118) and invalid (3) ballots add up to 121, not the 120 ballots returned", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
        Assert.Equal(["118", "3"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void Reports_more_ballots_returned_than_issued_on_one_line()
    {
        const string text = "Số phiếu phát ra 95 phiếu, thu về 96 phiếu, hợp lệ 94 phiếu (chiếm 97,92%), không hợp lệ 2 phiếu.\n";
        var diagnostic = Findings.Single(text, "RL5024", "96");
        Assert.Equal("Số phiếu thu về 96 nhiều hơn số phiếu phát ra 95", Findings.Vi(diagnostic));
        Assert.Equal("96 ballots returned, more than the 95 issued", Findings.En(diagnostic));
    }

    [Fact]
    public void Reports_a_percentage_that_is_not_the_votes_over_the_base_most_lines_agree_with()
    {
        var text = Counts + Candidates.Replace("85,59%", "85,95%", StringComparison.Ordinal);
        var diagnostic = Findings.Single(text, "RL5024", "85,95");
        Assert.Equal("Tỷ lệ 85,95% không khớp với 101/118 phiếu hợp lệ = 85,59%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 85,95% does not match 101/118 valid ballots = 85,59%", Findings.En(diagnostic));
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
        Assert.Equal(Counts + Candidates, Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_votes_over_the_valid_ballots_once()
    {
        var text = Counts + Candidates.Replace("101 phiếu", "121 phiếu", StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5024", "RL5001", "RL5002"));
        Findings.AssertSpan(text, diagnostic, "121");
        Assert.Equal("Số phiếu bầu 121 nhiều hơn số phiếu hợp lệ (118)", Findings.Vi(diagnostic));
        Assert.Equal("121 votes, more than the 118 valid ballots", Findings.En(diagnostic));
    }

    [Fact]
    public void Reads_the_declared_base_and_rounds_as_the_draft_writes()
    {
        // Over the delegates convened (64), one decimal; the third line is over the valid ballots instead.
        const string text = "Tổng số đại biểu được triệu tập: 64 đại biểu; có mặt: 62 đại biểu; vắng mặt: 2 đại biểu.\n"
            + "Số phiếu phát ra: 62; số phiếu thu về: 62; số phiếu hợp lệ: 60; số phiếu không hợp lệ: 2.\n"
            + "Tỷ lệ phần trăm tính so với tổng số đại biểu.\n"
            + "- Đồng chí Sầm Văn Lực: 58 phiếu (90,6%)\n- Đồng chí Mã Thị Ngân: 51 phiếu (79,7%)\n- Đồng chí Lương Văn Ơn: 45 phiếu (75,0%)\n";
        var diagnostic = Findings.Single(text, "RL5024", "75,0");
        Assert.Equal("Tỷ lệ 75,0% không khớp với 45/64 đại biểu được triệu tập = 70,3%", Findings.Vi(diagnostic));
        Assert.Equal("The percentage 75,0% does not match 45/64 delegates convened = 70,3%", Findings.En(diagnostic));
        Assert.Equal(text.Replace("75,0%", "70,3%", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_table_of_votes()
    {
        const string text = "Số phiếu phát ra: 120 phiếu; số phiếu thu về: 120 phiếu; số phiếu hợp lệ: 118 phiếu; số phiếu không hợp lệ: 2 phiếu.\n\n"
            + "| TT | Họ và tên | Số phiếu | Tỷ lệ (%) |\n|---|---|---:|---:|\n| 1 | Lò Văn Khánh | 112 | 94,92 |\n| 2 | Vàng Thị Mai | 97 | 82,20 |\n"
            + "| 3 | Đỗ Quang Lâm | 101 | 88,59 |\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5024"));
        Findings.AssertSpan(text, diagnostic, "88,59");
        Assert.Equal("Tỷ lệ 88,59% không khớp với 101/118 phiếu hợp lệ = 85,59%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Keeps_each_election_to_its_own_counts()
    {
        // The Ban Thường vụ's 21 valid ballots, not the first election's 118: only the third line is wrong.
        const string second = "\nBẦU BAN THƯỜNG VỤ\nSố phiếu phát ra 21 phiếu, thu về 21 phiếu, hợp lệ 21 phiếu.\n"
            + "1. Đồng chí Lò Văn Khánh 20 phiếu, đạt 95,24%\n2. Đồng chí Vàng Thị Mai 17 phiếu, đạt 80,95%\n3. Đồng chí Đỗ Quang Lâm 15 phiếu, đạt 12,71%\n";
        var text = Counts + Candidates + second;
        var diagnostic = Findings.Single(text, "RL5024", "12,71");
        Assert.Equal("Tỷ lệ 12,71% không khớp với 15/21 phiếu hợp lệ = 71,43%", Findings.Vi(diagnostic));
    }

    [Theory]
    // Rounded down or cut at the digits written; whole percentages.
    [InlineData(Counts + "1. Đồng chí Lò Văn Khánh 112 phiếu, đạt 94,91%\n2. Đồng chí Vàng Thị Mai: 97 phiếu (82,2%)\n3. Đồng chí Đỗ Quang Lâm 101 phiếu, đạt 86%\n")]
    // Over the delegates present (undeclared), which most lines agree with.
    [InlineData("Đại biểu có mặt: 125/130 đại biểu.\nVắng mặt: 5 đại biểu.\nSố phiếu phát ra: 125; số phiếu thu về: 125; số phiếu hợp lệ: 121; số phiếu không hợp lệ: 4.\n"
        + "1. Đồng chí Lò Văn Khánh 110 phiếu, đạt 88%\n2. Đồng chí Vàng Thị Mai 100 phiếu, đạt 80%\n3. Đồng chí Đỗ Quang Lâm 90 phiếu, đạt 72%\n")]
    // Two elections, each with its own counts: the Bí thư's percentage is over its own 19 valid ballots.
    [InlineData(Counts + Candidates + "\nKết quả bầu Bí thư Hội Nông dân xã:\n- Số phiếu phát ra: 19 phiếu; số phiếu thu về: 19 phiếu; số phiếu hợp lệ: 19 phiếu.\n"
        + "- Đồng chí Lò Văn Khánh: 18 phiếu (94,74%)\n- Đồng chí Vàng Thị Mai: 1 phiếu (5,26%)\n")]
    // A second election with no counts of its own: its base is not known.
    [InlineData(Counts + Candidates + "\nKết quả bầu Bí thư:\n- Đồng chí Lò Văn Khánh: 18 phiếu (94,74%)\n- Đồng chí Vàng Thị Mai: 15 phiếu (78,95%)\n")]
    // The lines disagree among themselves: no base most of them agree with.
    [InlineData(Counts + "1. Đồng chí Lò Văn Khánh 112 phiếu, đạt 94,92%\n2. Đồng chí Vàng Thị Mai: 97 phiếu (80,83%)\n3. Đồng chí Đỗ Quang Lâm 101 phiếu, đạt 83,00%\n")]
    // No count to take the percentages over.
    [InlineData("Kết quả bầu cử:\n1. Đồng chí Lò Văn Khánh 112 phiếu, đạt 94,92%\n2. Đồng chí Vàng Thị Mai: 97 phiếu (80,00%)\n")]
    // A ratio written with the votes is RL5001's; a motion's votes are no candidate's.
    [InlineData(Counts + "1. Đồng chí Lò Văn Khánh được 112/118 phiếu, đạt 94,92%\n2. Đồng chí Vàng Thị Mai được 97/118 phiếu, đạt 82,20%\n3. Đồng chí Đỗ Quang Lâm được 101/118 phiếu, đạt 85,59%\n")]
    [InlineData(Counts + "- Tán thành: 100 phiếu (84,75%)\n- Không tán thành: 18 phiếu (10,00%)\n")]
    public void Stays_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL5024"));
}
