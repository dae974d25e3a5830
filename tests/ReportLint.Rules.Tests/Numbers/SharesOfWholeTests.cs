using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5011 on shares announced as the split of one whole (`cơ cấu`, `tỷ trọng` … `:`, `gồm`, `lần lượt`): they make 100%.</summary>
public class SharesOfWholeTests
{
    [Fact]
    public void Reports_shares_of_one_structure_that_add_up_to_more_than_100()
    {
        const string text = "Cơ cấu giá trị sản xuất nông nghiệp: trồng trọt chiếm 52,6%; chăn nuôi chiếm 35,8%; dịch vụ nông nghiệp chiếm 12,9%.";
        var diagnostic = Findings.Single(text, "RL5011", "Cơ cấu");
        Assert.Equal("Các phần cộng lại được 101,3%, khác tổng 100%", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 101,3%, not the whole 100%", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
        Assert.Equal(["52,6%", "35,8%", "12,9%"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void Reads_labels_with_commas_and_skips_a_comparison_in_brackets()
    {
        const string text = "Cơ cấu lao động: nông, lâm nghiệp chiếm 41,5%; công nghiệp, xây dựng chiếm 27,9%; thương mại, dịch vụ chiếm 31,4% "
            + "(năm trước tương ứng là 44% - 26% - 30%).";
        var diagnostic = Findings.Single(text, "RL5011", "Cơ cấu");
        Assert.Equal("Các phần cộng lại được 100,8%, khác tổng 100%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reports_a_run_of_shares_after_lan_luot()
    {
        const string text = "Tỷ trọng của ba khu vực trong tổng sản phẩm lần lượt là 24,2%, 43,5% và 33,6%.";
        var diagnostic = Findings.Single(text, "RL5011", "Tỷ trọng");
        Assert.Equal("Các phần cộng lại được 101,3%, khác tổng 100%", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reports_a_shortfall_only_when_a_part_names_the_rest()
    {
        const string text = "Cơ cấu diện tích gieo trồng: lúa chiếm 55%; ngô chiếm 20%; các cây trồng khác chiếm 15%.";
        Assert.Equal("Các phần cộng lại được 90%, khác tổng 100%", Findings.Vi(Findings.Single(text, "RL5011", "Cơ cấu")));
    }

    [Theory]
    // Rounding: three shares with one decimal may add up to 99,9 or 100,1.
    [InlineData("Cơ cấu giá trị sản xuất nông nghiệp: trồng trọt chiếm 52,6%; chăn nuôi chiếm 35,1%; dịch vụ nông nghiệp chiếm 12,4%.")]
    [InlineData("Cơ cấu giá trị sản xuất nông nghiệp: trồng trọt chiếm 52,6%; chăn nuôi chiếm 35,1%; dịch vụ nông nghiệp chiếm 12,2%.")]
    // A list that may leave a category out (the taxes on products) falls short: it is not reported.
    [InlineData("Cơ cấu kinh tế chuyển dịch đúng hướng: công nghiệp - xây dựng chiếm 39,5%, dịch vụ chiếm 34,1%.")]
    // `trong đó`: a subset of a part.
    [InlineData("Cơ cấu nguồn vốn: vốn ngân sách chiếm 62%, trong đó ngân sách tỉnh chiếm 47%; vốn doanh nghiệp chiếm 38%.")]
    // One share, no announced split; shares of different wholes.
    [InlineData("Tỷ trọng công nghiệp chiếm 38,5%, tỷ lệ hộ nghèo chiếm 3,2%, tỷ lệ lao động qua đào tạo chiếm 70%.")]
    [InlineData("Cơ cấu đảng viên: nam chiếm 57,4%, nữ chiếm 42,6%; tỷ lệ đảng viên dưới 40 tuổi chiếm 61%.")]
    // The first shares make the whole; the later one is a share of something else.
    [InlineData("Cơ cấu đảng viên: nam chiếm 57,4%; nữ chiếm 42,6%; đảng viên dưới 40 tuổi chiếm 61%.")]
    // A figure of another kind inside the list: not a plain split.
    [InlineData("Cơ cấu kinh tế: công nghiệp chiếm 45%, tăng 3%; dịch vụ chiếm 40%; nông nghiệp chiếm 20%.")]
    // An open list.
    [InlineData("Cơ cấu cây trồng: lúa chiếm 60%, ngô chiếm 30%, rau màu chiếm 15%, v.v.")]
    public void Stays_silent_on_shares_that_make_the_whole_or_are_not_one_closed_split(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
