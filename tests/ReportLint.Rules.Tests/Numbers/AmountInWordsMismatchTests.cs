using ReportLint.Rules.Numbers;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5029 on an amount written in figures and then in words; <see cref="VietnameseNumber.TryParseWords"/> on the words.</summary>
public class AmountInWordsMismatchTests
{
    [Theory]
    [InlineData("một", 1)]
    [InlineData("mười", 10)]
    [InlineData("mười lăm", 15)]
    [InlineData("mười một", 11)]
    [InlineData("hai mươi mốt", 21)]
    [InlineData("ba mươi tư", 34)]
    [InlineData("bốn mươi lăm", 45)]
    [InlineData("sáu mươi năm", 65)]
    [InlineData("một trăm linh tư", 104)]
    [InlineData("ba trăm lẻ năm", 305)]
    [InlineData("chín trăm chín mươi chín", 999)]
    [InlineData("bốn mươi lăm triệu năm trăm nghìn", 45_500_000)]
    [InlineData("một tỷ , hai trăm mười hai triệu", 1_212_000_000)]
    [InlineData("hai triệu không trăm năm mươi ngàn", 2_050_000)]
    [InlineData("bảy trăm triệu linh năm nghìn", 700_005_000)]
    [InlineData("một nghìn hai trăm tỷ", 1_200_000_000_000)]
    [InlineData("ba tỉ tám trăm", 3_000_000_800)]
    public void Reads_number_words(string words, long expected)
    {
        var list = words.Split(' ');
        Assert.True(VietnameseNumber.TryParseWords(list, out var value, out var used));
        Assert.Equal(expected, value);
        Assert.Equal(list.Length, used);
    }

    [Theory]
    // What is not a number a draft spells stops the reading before it.
    [InlineData("hai trăm năm", 2, 200)] // `năm` right after `trăm` (spoken 250) is not read
    [InlineData("một triệu hai triệu", 2, 1_000_000)]
    [InlineData("mười mốt", 1, 10)]
    [InlineData("ba tỷ đồng", 2, 3_000_000_000)]
    public void Stops_where_the_number_words_end(string words, int expectedUsed, long expected)
    {
        Assert.True(VietnameseNumber.TryParseWords(words.Split(' '), out var value, out var used));
        Assert.Equal(expectedUsed, used);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("đồng")]
    [InlineData("triệu đồng")]
    [InlineData("mươi")]
    public void Reads_no_number_from_other_words(string words) =>
        Assert.False(VietnameseNumber.TryParseWords(words.Split(' '), out _, out _));

    [Fact]
    public void Reports_words_that_say_another_amount_than_the_figure()
    {
        const string text = "Tổng dự toán sửa chữa nhà văn hóa: 2.345.000.000 đồng (Bằng chữ: Hai tỷ, ba trăm năm mươi tư triệu đồng).\n";
        var diagnostic = Findings.Single(text, "RL5029", "Hai tỷ, ba trăm năm mươi tư triệu đồng");
        Assert.Equal("Phần bằng chữ ghi 2.354.000.000 đồng, khác số 2.345.000.000 đồng", Findings.Vi(diagnostic));
        Assert.Equal("The words say 2.354.000.000 đồng, but the figure is 2.345.000.000 đồng", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
        var figure = Assert.Single(diagnostic.Related);
        Assert.Equal("2.345.000.000", text.Substring(figure.Span.Start, figure.Span.Length));
    }

    [Fact]
    public void Compares_a_figure_in_millions_with_its_words_in_dong()
    {
        const string text = "Giá trị hợp đồng là 38,6 triệu đồng (viết bằng chữ: Ba mươi tám triệu sáu trăm năm mươi nghìn đồng chẵn./.)\n";
        var diagnostic = Findings.Single(text, "RL5029", "Ba mươi tám triệu sáu trăm năm mươi nghìn đồng chẵn");
        Assert.Equal("Phần bằng chữ ghi 38.650.000 đồng, khác số 38,6 triệu đồng", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reads_words_after_a_comma_and_a_count_of_ballots()
    {
        Findings.Single("Số tiền phải nộp: 7.200.000 đồng, bằng chữ: bảy triệu hai trăm nghìn đồng chẵn; nộp trước ngày 15.\n"
            .Replace("bảy triệu hai", "bảy triệu ba", StringComparison.Ordinal), "RL5029", "bảy triệu ba trăm nghìn đồng chẵn");
        var ballots = Findings.Single("Số phiếu thu vào: 64 phiếu (bằng chữ: sáu mươi sáu phiếu).\n", "RL5029", "sáu mươi sáu phiếu");
        Assert.Equal("Phần bằng chữ ghi 66 phiếu, khác số 64 phiếu", Findings.Vi(ballots));
    }

    [Theory]
    // Words that say the figure.
    [InlineData("Tổng kinh phí: 1.212.000.000 đồng (Bằng chữ: Một tỷ, hai trăm mười hai triệu đồng).")]
    [InlineData("Kinh phí hỗ trợ: 45.500.000 đồng (bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng chẵn).")]
    [InlineData("Mức thưởng 2,5 triệu đồng (Bằng chữ: Hai triệu năm trăm nghìn đồng).")]
    [InlineData("Số tiền: 105.000 đồng (bằng chữ: Một trăm linh năm nghìn đồng Việt Nam).")]
    [InlineData("Số tiền: 1.021.000 đồng (bằng chữ: Một triệu không trăm hai mươi mốt nghìn đồng).")]
    [InlineData("Số đại biểu có mặt: 124 đại biểu (bằng chữ: một trăm hai mươi tư đại biểu).")]
    [InlineData("Số tiền còn lại: 7.200.000 đồng, bằng chữ: bảy triệu hai trăm nghìn đồng./.")]
    // Words that do not parse, words with no `bằng chữ`, other words in the remark, a measure that is not money.
    [InlineData("Tổng kinh phí: 1.221.000.000 đồng (Bằng chữ: Một tỷ hai trăm hai mốt triệu đồng).")]
    [InlineData("Tổng kinh phí: 1.221.000.000 đồng (Một tỷ hai trăm mười hai triệu đồng).")]
    [InlineData("Tổng kinh phí: 1.221.000.000 đồng (bằng chữ: một tỷ hai trăm triệu đồng, chưa gồm thuế).")]
    [InlineData("Tổng kinh phí: 1.221.000.000 đồng (bằng chữ: một phẩy hai tỷ đồng).")]
    [InlineData("Diện tích: 1.500 m2 (bằng chữ: một nghìn năm trăm mét vuông).")]
    [InlineData("Mức hỗ trợ: 5.000.000 đồng/hộ (bằng chữ: năm triệu đồng).")]
    [InlineData("Tổng kinh phí: 1.221.000.000 đồng. Phần ghi bằng chữ sẽ được bổ sung sau.")]
    public void Stays_silent(string text) => Assert.Empty(RuleTester.Lint(text + "\n", "RL5029"));

    [Fact]
    public void Reports_words_on_the_next_line_that_say_another_amount_than_the_figure_ending_the_line_before()
    {
        const string text = "Cộng thành tiền: 12.750.000 đồng\n(Bằng chữ: Mười hai triệu năm trăm nghìn đồng)\n";
        var diagnostic = Findings.Single(text, "RL5029", "Mười hai triệu năm trăm nghìn đồng");
        Assert.Equal("Phần bằng chữ ghi 12.500.000 đồng, khác số 12.750.000 đồng", Findings.Vi(diagnostic));
        Assert.Equal("The words say 12.500.000 đồng, but the figure is 12.750.000 đồng", Findings.En(diagnostic));
        Assert.Equal("12.750.000", text.Substring(Assert.Single(diagnostic.Related).Span.Start, 10));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Reports_words_on_the_next_line_once_in_markdown_where_the_two_lines_make_one_paragraph()
    {
        const string text = "Cộng thành tiền: 12.750.000 đồng\n(Bằng chữ: Mười hai triệu năm trăm nghìn đồng)\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5029"));
        Findings.AssertSpan(text, diagnostic, "Mười hai triệu năm trăm nghìn đồng");
    }

    [Theory]
    [InlineData("Cộng thành tiền: 12.750.000 đồng.\n\nBằng chữ: mười hai triệu bảy trăm nghìn đồng chẵn./.\n", "mười hai triệu bảy trăm nghìn đồng chẵn")] // next paragraph, no brackets
    [InlineData("Tổng số phiếu phát ra: 58 phiếu\n(viết bằng chữ: năm mươi sáu phiếu)\n", "năm mươi sáu phiếu")]
    public void Reports_the_variants_of_words_on_their_own_line(string text, string words) => Findings.Single(text, "RL5029", words);

    [Theory]
    [InlineData("Cộng thành tiền: 12.750.000 đồng\n(Bằng chữ: Mười hai triệu bảy trăm năm mươi nghìn đồng)")]
    [InlineData("Cộng thành tiền: 12.750.000 đồng.\n\n(Bằng chữ: Mười hai triệu bảy trăm năm mươi nghìn đồng chẵn)")]
    // The line before has no amount, several, or more after its amount; the words line is no remark.
    [InlineData("Cộng thành tiền như sau:\n(Bằng chữ: Mười hai triệu đồng)")]
    [InlineData("Vật tư 8.000.000 đồng, nhân công 4.750.000 đồng\n(Bằng chữ: Mười hai triệu đồng)")]
    [InlineData("Cộng thành tiền: 12.750.000 đồng, chưa gồm thuế\n(Bằng chữ: Mười hai triệu đồng)")]
    [InlineData("Diện tích: 1.500 m2\n(Bằng chữ: một nghìn mét vuông)")]
    [InlineData("Cộng thành tiền: 12.750.000 đồng\nGhi bằng chữ ở trang sau.")]
    [InlineData("Cộng thành tiền: 12.750.000 đồng\nPhần bằng chữ: mười hai triệu đồng, chưa gồm thuế")]
    public void Stays_silent_on_words_on_their_own_line(string text) => Assert.Empty(RuleTester.Lint(text + "\n", "RL5029"));
}
