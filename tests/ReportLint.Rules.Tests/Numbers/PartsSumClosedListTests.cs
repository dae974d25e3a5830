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

    [Theory]
    [InlineData("Đảng bộ xã có 21 chi bộ: 12 chi bộ thôn, 4 chi bộ trường học, 2 chi bộ cơ quan, 3 chi bộ doanh nghiệp và 1 chi bộ trạm y tế.", "21", "Các phần cộng lại được 22 chi bộ, khác tổng 21 chi bộ")]
    [InlineData("Tổng kinh phí 2.230 triệu đồng: ngân sách tỉnh 1.250 triệu đồng, ngân sách huyện 900 triệu đồng và ngân sách xã 100 triệu đồng.", "2.230", "Các phần cộng lại được 2.250 triệu đồng, khác tổng 2.230 triệu đồng")]
    [InlineData("Tổng vốn 50 tỷ đồng, gồm vốn tỉnh: 20 tỷ đồng, vốn huyện: 15 tỷ đồng, vốn xã: 10 tỷ đồng.", "50", "Các phần cộng lại được 45 tỷ đồng, khác tổng 50 tỷ đồng")] // a colon labelling an item
    [InlineData("Kinh phí thực hiện 2.230 triệu đồng từ 3 nguồn: ngân sách tỉnh 1.250 triệu đồng, ngân sách huyện 900 triệu đồng, ngân sách xã 100 triệu đồng.", "2.230", "Các phần cộng lại được 2.250 triệu đồng, khác tổng 2.230 triệu đồng")] // as many items as counted
    public void Reports_a_list_after_a_colon_shut_by_va(string text, string whole, string message) =>
        Assert.Equal(message, Findings.Vi(Findings.Single(text, "RL5011", whole)));

    [Theory]
    [InlineData("Đảng bộ xã có 22 chi bộ: 12 chi bộ thôn, 4 chi bộ trường học, 2 chi bộ cơ quan, 3 chi bộ doanh nghiệp và 1 chi bộ trạm y tế.")]
    [InlineData("Tổng kinh phí 2.250 triệu đồng: ngân sách tỉnh 1.250 triệu đồng, ngân sách huyện 900 triệu đồng và ngân sách xã 100 triệu đồng.")]
    [InlineData("Tổng kinh phí 2.230 triệu đồng: ngân sách tỉnh 1.250 triệu đồng, ngân sách huyện 900 triệu đồng.")] // not shut by `và`
    [InlineData("Đảng bộ xã có 21 chi bộ: 12 chi bộ thôn, 4 chi bộ trường học.")]
    [InlineData("Toàn huyện có 46 xã: 30 xã miền núi, 20 xã đặc biệt khó khăn, v.v. và 5 xã biên giới.")] // left open
    [InlineData("Hội nghị tổ chức ở 2 cấp: cấp tỉnh 1 hội nghị và cấp huyện 9 hội nghị.")] // levels are names
    [InlineData("Kết quả bỏ phiếu 25 đại biểu như sau: 20 đại biểu tán thành và 4 đại biểu không tán thành.")] // `như sau:` announces
    [InlineData("Kinh phí thực hiện 2.250 triệu đồng từ 3 nguồn: ngân sách tỉnh 1.250 triệu đồng, ngân sách huyện 900 triệu đồng, ngân sách xã 100 triệu đồng.")]
    [InlineData("Kinh phí thực hiện 2.230 triệu đồng từ 4 nguồn: ngân sách tỉnh 1.250 triệu đồng, ngân sách huyện 900 triệu đồng, ngân sách xã 100 triệu đồng.")] // an item not given
    [InlineData("Kinh phí thực hiện 2.230 triệu đồng từ 2 nguồn: ngân sách tỉnh 1.250 triệu đồng, ngân sách huyện 900 triệu đồng, ngân sách xã 100 triệu đồng.")] // counts disagree
    public void Is_silent_on_right_open_or_unread_colon_lists(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
