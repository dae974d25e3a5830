using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>
/// RL5011 on list items that name a kind and give its count with no unit (`trong đó: tin 134, bài 62`), on a whole whose
/// noun names two kinds (`215 tin, bài`), and on labels whose two words share one noun (`nông, thủy sản`).
/// </summary>
public class PartsSumBareCountsTests
{
    [Fact]
    public void Reports_bare_counts_above_a_whole_of_two_nouns()
    {
        const string text = "Trong quý, trang tin của Sở đăng 180 tin, bài; trong đó: tin 102, bài 53, phóng sự ảnh 31.";
        var diagnostic = Single(text, "RL5011", "180");
        Assert.Equal("Các phần cộng lại được 186 tin, bài, lớn hơn tổng 180 tin, bài", Vi(diagnostic));
        Assert.Equal("The parts add up to 186 tin, bài, more than the whole 180 tin, bài", En(diagnostic));
        Assert.Empty(diagnostic.Fixes); // an open list over its whole: which figure is wrong is not known
        Assert.Equal(["102", "53", "31"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Trang tin đăng tổng số 180 tin; trong đó: tin 102, bài 53 và phóng sự ảnh 31.", "180", "Các phần cộng lại được 186 tin, lớn hơn tổng 180 tin")]
    [InlineData("Trang tin đăng 180 tin, bài, trong đó tin 102, bài 53, phóng sự ảnh 31.", "180", "Các phần cộng lại được 186 tin, bài, lớn hơn tổng 180 tin, bài")]
    [InlineData("Huyện có 27 xã, thị trấn, gồm: xã 23, thị trấn 3.", "27", "Các phần cộng lại được 26 xã, thị trấn, khác tổng 27 xã, thị trấn")]
    [InlineData("Trang tin đăng 180 tin, tăng 12 tin so với cùng kỳ; trong đó: tin 102, bài 53, phóng sự ảnh 31.", "180", "Các phần cộng lại được 186 tin, lớn hơn tổng 180 tin")] // a remark is no second noun
    [InlineData("Đoàn thanh niên có 640 đoàn viên; trong đó: trường học 310, cơ quan 205, nông thôn 140.", "640", "Các phần cộng lại được 655 đoàn viên, lớn hơn tổng 640 đoàn viên")]
    [InlineData("Đoàn thanh niên có 640 đoàn viên; trong đó: khối trường học 310, khối cơ quan 205, khối nông thôn 140.", "640", "Các phần cộng lại được 655 đoàn viên, khác tổng 640 đoàn viên")] // a split by class must make the whole
    public void Reports_the_variants(string text, string whole, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5011", whole)));

    [Fact]
    public void Offers_the_sum_when_a_gom_list_of_bare_counts_must_make_the_whole()
    {
        const string text = "Huyện có 27 xã, thị trấn, gồm: xã 23, thị trấn 3.";
        var diagnostic = Single(text, "RL5011", "27");
        Assert.Equal("Huyện có 26 xã, thị trấn, gồm: xã 23, thị trấn 3.", Fixed(text, diagnostic));
    }

    [Theory]
    // The parts stay within the whole, or make it.
    [InlineData("Trang tin đăng 186 tin, bài; trong đó: tin 102, bài 53, phóng sự ảnh 31.")]
    [InlineData("Trang tin đăng 200 tin, bài; trong đó: tin 102, bài 53.")]
    [InlineData("Huyện có 26 xã, thị trấn, gồm: xã 23, thị trấn 3.")]
    // Qualifiers that cut across one another count some of the same people or places twice.
    [InlineData("Đảng bộ có 260 đảng viên; trong đó: nữ 118, dân tộc thiểu số 150.")]
    [InlineData("Chi bộ có 42 đảng viên; trong đó: đảng viên trẻ 25, nữ 21.")]
    [InlineData("Toàn huyện có 38 xã, trong đó: 26 xã miền núi, 17 xã đặc biệt khó khăn.")]
    [InlineData("Toàn tỉnh có 96 xã đạt chuẩn, trong đó: 61 xã đạt chuẩn nông thôn mới, 40 xã đạt chuẩn nông thôn mới nâng cao.")]
    // A number closing a place's name is no count.
    [InlineData("Xã có 4 thôn đạt chuẩn văn hóa; trong đó: thôn 2, thôn 5 và thôn 7.")]
    [InlineData("Xã có 4 thôn đạt chuẩn văn hóa; trong đó: thôn Đông 3, thôn Tây 6.")]
    [InlineData("Phường có 9 tổ dân phố; trong đó: tổ 12, tổ 14.")]
    // Bare counts mixed with counts that have their unit may count other things.
    [InlineData("Trang tin đăng 180 tin, bài; trong đó: tin 102, bài 53 bài, phóng sự ảnh 31.")]
    [InlineData("Trang tin đăng 180 tin, bài; trong đó: 102 tin, 53 bài, 31 phóng sự ảnh.")]
    // A number that opens its item or says more is no bare count; a code with a leading zero neither.
    [InlineData("Trang tin đăng 180 tin; trong đó: tin 102 được đăng lại, bài 53, ảnh 31.")]
    [InlineData("Trang tin đăng 180 tin; trong đó: mã 102, mã 053.")]
    // Under a sum of money a bare number is an amount written short: left as before.
    [InlineData("Tổng vốn 50 tỷ đồng, trong đó: ngân sách tỉnh 32, ngân sách huyện 24.")]
    [InlineData("Chi hội có 60 hội viên; trong đó: Chi hội 3 có 25, Chi hội 4 có 30, tổ dân phố 12.")]
    [InlineData("Phường có 9 tổ dân phố; trong đó: tổ dân phố 12, tổ dân phố 14.")]
    public void Is_silent_on_right_or_unclear_lists(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Reads_a_label_whose_two_words_share_one_noun()
    {
        const string text = "Giá trị xuất khẩu ước đạt 340 triệu USD, trong đó nhóm nông, thủy sản chế biến 150 triệu USD, dệt may 120 triệu USD và các mặt hàng khác 80 triệu USD.";
        var diagnostic = Single(text, "RL5011", "340");
        Assert.Equal("Các phần cộng lại được 350 triệu USD, lớn hơn tổng 340 triệu USD", Vi(diagnostic));
        Assert.Equal(["150", "120", "80"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Giá trị xuất khẩu ước đạt 340 triệu USD, trong đó nhóm nông, thủy sản chế biến 150 triệu USD, dệt may 120 triệu USD và các mặt hàng khác 70 triệu USD.")]
    [InlineData("Tổng vốn 50 tỷ đồng, trong đó ngân sách tỉnh, huyện 30 tỷ đồng, vốn khác 15 tỷ đồng.")]
    // Names before the comma, or a clause after it, are no shared label.
    [InlineData("Tổng vốn 50 tỷ đồng, trong đó Tân An, Phúc Lâm 30 tỷ đồng, vốn khác 25 tỷ đồng.")]
    [InlineData("Tổng vốn 50 tỷ đồng, trong đó vốn tỉnh, đã giải ngân 30 tỷ đồng, vốn khác 25 tỷ đồng.")]
    public void Is_silent_on_shared_labels_within_the_whole_or_unclear(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
