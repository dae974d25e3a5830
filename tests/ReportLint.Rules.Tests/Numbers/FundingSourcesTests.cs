using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5011 on a sum of money split by its funding sources: the sources make the sum, even after `trong đó`.</summary>
public class FundingSourcesTests
{
    [Fact]
    public void Reports_sources_after_trong_do_that_fall_short_of_the_total()
    {
        const string text = "Dự toán kinh phí sửa chữa trụ sở là 2.800 triệu đồng, trong đó: ngân sách tỉnh 1.500 triệu đồng, ngân sách huyện 900 triệu đồng, ngân sách xã 250 triệu đồng.";
        var diagnostic = Findings.Single(text, "RL5011", "2.800");
        Assert.Equal("Các phần cộng lại được 2.650 triệu đồng, nhỏ hơn tổng 2.800 triệu đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 2.650 triệu đồng, less than the whole 2.800 triệu đồng", Findings.En(diagnostic));
        Assert.Equal(text.Replace("2.800", "2.650", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(["1.500", "900", "250"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Tổng mức đầu tư dự án 36 tỷ đồng, trong đó vốn ngân sách trung ương 20 tỷ đồng, vốn ngân sách tỉnh 10 tỷ đồng và vốn đối ứng của huyện 4 tỷ đồng.", "36", "Các phần cộng lại được 34 tỷ đồng, nhỏ hơn tổng 36 tỷ đồng")]
    [InlineData("Kinh phí xây dựng nhà văn hóa thôn 1.200 triệu đồng; trong đó nhân dân đóng góp 300 triệu đồng, nguồn xã hội hóa 200 triệu đồng, ngân sách xã 600 triệu đồng.", "1.200", "Các phần cộng lại được 1.100 triệu đồng, nhỏ hơn tổng 1.200 triệu đồng")]
    [InlineData("Tổng vốn thực hiện 3,6 tỷ đồng, trong đó: vốn vay 2 tỷ đồng, vốn tự có 900 triệu đồng.", "3,6", "Các phần cộng lại được 2,9 tỷ đồng, nhỏ hơn tổng 3,6 tỷ đồng")] // tỷ and triệu add up
    [InlineData("Tổng kinh phí 5.000 triệu đồng, trong đó: ngân sách tỉnh 3.200 triệu đồng; ngân sách huyện 1.100 triệu đồng; vốn lồng ghép 400 triệu đồng.", "5.000", "Các phần cộng lại được 4.700 triệu đồng, nhỏ hơn tổng 5.000 triệu đồng")]
    [InlineData("Tổng kinh phí làm đường 2.650 triệu đồng, trong đó: ngân sách nhà nước 1.800 triệu đồng (12 tuyến × 150 triệu đồng/tuyến); nguồn vận động nhân dân 750 triệu đồng.", "2.650", "Các phần cộng lại được 2.550 triệu đồng, nhỏ hơn tổng 2.650 triệu đồng")]
    [InlineData("Tổng vốn 70 tỷ đồng, trong đó vốn ngân sách tỉnh 40 tỷ đồng, vốn huy động từ hợp tác xã và doanh nghiệp 20 tỷ đồng.", "70", "Các phần cộng lại được 60 tỷ đồng, nhỏ hơn tổng 70 tỷ đồng")] // one item, two givers
    [InlineData("Tổng kinh phí 5.000 triệu đồng, trong đó ngân sách tỉnh 3.200 triệu đồng, ngân sách huyện 2.100 triệu đồng.", "5.000", "Các phần cộng lại được 5.300 triệu đồng, lớn hơn tổng 5.000 triệu đồng")] // more, as before
    // After `gồm`, the sources are allocations written exactly: `8 tỷ` beside `9,5 tỷ` is 8,0.
    [InlineData("Tổng vốn đầu tư 9,5 tỷ đồng, gồm vốn ngân sách nhà nước 8 tỷ đồng và vốn huy động 1 tỷ đồng.", "9,5", "Các phần cộng lại được 9,0 tỷ đồng, khác tổng 9,5 tỷ đồng")]
    public void Reports_funding_breakdowns_that_do_not_make_the_total(string text, string whole, string message)
    {
        var diagnostic = Findings.Single(text, "RL5011", whole);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Theory]
    // Sources that make the total, or a total rounded from them.
    [InlineData("Tổng kinh phí 2.800 triệu đồng, trong đó: ngân sách tỉnh 1.500 triệu đồng, ngân sách huyện 900 triệu đồng, ngân sách xã 400 triệu đồng.")]
    [InlineData("Tổng vốn 3,6 tỷ đồng, trong đó: vốn vay 2 tỷ đồng, vốn tự có 1.560 triệu đồng.")] // 3,56 rounds to 3,6
    [InlineData("Tổng vốn đầu tư 9,5 tỷ đồng, gồm vốn ngân sách nhà nước 8 tỷ đồng và vốn huy động 1,5 tỷ đồng.")]
    // A subset: some part is no source.
    [InlineData("Tổng chi ngân sách xã 4.500 triệu đồng, trong đó chi cho giáo dục 1.200 triệu đồng, chi sự nghiệp y tế 800 triệu đồng.")]
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, chi mua sắm thiết bị 1.000 triệu đồng.")]
    // An open list: an item without a figure, `…`, `v.v.`.
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, ngân sách huyện 1.000 triệu đồng và các nguồn khác.")]
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, ngân sách huyện 1.000 triệu đồng, còn lại là vốn xã hội hóa.")]
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, ngân sách huyện 1.000 triệu đồng, nhân dân và các nguồn khác.")]
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, ngân sách huyện 1.000 triệu đồng, …")]
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, ngân sách huyện 1.000 triệu đồng, v.v.")]
    // Units that cannot be converted, approximate figures.
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, ngân sách huyện 1.000 triệu đồng, vốn viện trợ 20.000 USD.")]
    [InlineData("Tổng kinh phí khoảng 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, ngân sách huyện 1.000 triệu đồng.")]
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh hơn 3.000 triệu đồng, ngân sách huyện 1.000 triệu đồng.")]
    // A subset inside a part, or a budget beside one of its levels.
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, trong đó vốn sự nghiệp 1.000 triệu đồng, vốn đầu tư 1.500 triệu đồng.")]
    [InlineData("Tổng vốn 20 tỷ đồng, trong đó vốn ngân sách nhà nước 12 tỷ đồng, ngân sách tỉnh 5 tỷ đồng.")]
    [InlineData("Tổng vốn 20 tỷ đồng, trong đó ngân sách địa phương 12 tỷ đồng, ngân sách huyện 5 tỷ đồng.")]
    // One source only, counts, a list that ends before another statement.
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng.")]
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó ngân sách tỉnh 3.000 triệu đồng, ngân sách huyện 1.500 triệu đồng; đã giải ngân 2.000 triệu đồng.")]
    [InlineData("Xã có 1.200 hộ, trong đó 300 hộ vay vốn ngân hàng, 200 hộ nhận hỗ trợ.")]
    // A list that goes on in the next line, read as another paragraph.
    [InlineData("Tổng kinh phí 4.500 triệu đồng, trong đó: ngân sách tỉnh 3.000 triệu đồng; ngân sách huyện 1.000 triệu đồng;\nngân sách xã 500 triệu đồng.\n")]
    public void Is_silent_on_funding_breakdowns_that_add_up_or_are_not_whole(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    private const string Lines =
        "Tổng kinh phí thực hiện đề án: 6.000 triệu đồng, trong đó:\n"
        + "- Ngân sách tỉnh: 3.500 triệu đồng;\n"
        + "- Ngân sách huyện: 1.500 triệu đồng;\n"
        + "- {0}: {1} triệu đồng.\n"
        + "Ủy ban nhân dân xã chịu trách nhiệm tổ chức thực hiện.\n";

    [Fact]
    public void Reports_source_lines_under_trong_do_that_fall_short()
    {
        var text = string.Format(Lines, "Vốn xã hội hóa", "700");
        var diagnostic = Findings.Single(text, "RL5011", "6.000");
        Assert.Equal("Các phần cộng lại được 5.700 triệu đồng, nhỏ hơn tổng 6.000 triệu đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 5.700 triệu đồng, less than the whole 6.000 triệu đồng", Findings.En(diagnostic));
        Assert.Equal(["3.500", "1.500", "700"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void Reports_lettered_source_lines_under_trong_do()
    {
        const string text = "Kinh phí thực hiện 900 triệu đồng, trong đó:\na) Vốn ngân sách xã: 500 triệu đồng;\nb) Nhân dân đóng góp: 300 triệu đồng.\n";
        Assert.Equal("Các phần cộng lại được 800 triệu đồng, nhỏ hơn tổng 900 triệu đồng", Findings.Vi(Findings.Single(text, "RL5011", "900")));
    }

    [Fact]
    public void Reports_source_lines_in_dong_with_their_shares()
    {
        const string text = "Kinh phí tổ chức giải đua thuyền dự kiến 1.500.000.000 đồng (Một tỷ năm trăm triệu đồng), trong đó:\n"
            + "- Ngân sách huyện hỗ trợ: 600.000.000 đồng;\n- Ngân sách thị trấn: 500.000.000 đồng (chiếm 33,33% tổng kinh phí);\n"
            + "- Nguồn tài trợ của doanh nghiệp: 300.000.000 đồng.\nBan tổ chức quyết toán theo quy định.\n";
        Assert.Equal("Các phần cộng lại được 1.400.000.000 đồng, nhỏ hơn tổng 1.500.000.000 đồng",
            Findings.Vi(Findings.Single(text, "RL5011", "1.500.000.000")));
    }

    [Theory]
    [InlineData("Vốn xã hội hóa", "1.000")] // adds up
    [InlineData("Chi hỗ trợ sản xuất", "700")] // a line that is no source: a subset
    public void Is_silent_on_source_lines_that_add_up_or_are_not_sources(string label, string amount) =>
        Assert.Empty(RuleTester.Lint(string.Format(Lines, label, amount), "RL5011"));

    [Fact]
    public void Is_silent_on_a_line_that_is_itself_a_part_before_its_lines()
    {
        const string text = "Trong đó, vốn ngân sách 6.000 triệu đồng, chia ra:\n- Ngân sách tỉnh: 3.500 triệu đồng;\n- Ngân sách huyện: 1.500 triệu đồng.\nỦy ban nhân dân xã chịu trách nhiệm tổ chức thực hiện.\n";
        Assert.Empty(RuleTester.Lint(text, "RL5011"));
    }
}
