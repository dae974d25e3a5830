using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5011: a list item that opens with a verb of another set (`kết nạp`, `giới thiệu`, `công nhận`…) ends a list of counts.</summary>
public class PartsSumNewSetTests
{
    [Theory]
    [InlineData("Chi bộ có 52 đảng viên; trong đó: đảng viên chính thức 47 đồng chí; đảng viên dự bị 5 đồng chí; kết nạp mới 4 đảng viên.")]
    [InlineData("Chi bộ có 52 đảng viên, trong đó: đảng viên chính thức 47 đồng chí, đảng viên dự bị 5 đồng chí, kết nạp mới 4 đảng viên.")]
    [InlineData("Đoàn xã có 310 đoàn viên, trong đó: khối thôn 215 đoàn viên, khối trường học 95 đoàn viên, giới thiệu 28 đoàn viên ưu tú cho Đảng.")]
    [InlineData("Toàn xã có 14 thôn; trong đó: thôn vùng thấp 9 thôn, thôn vùng cao 5 thôn, công nhận 4 thôn văn hóa.")]
    [InlineData("Hội có 96 hội viên; trong đó: hội viên nam 60 người, hội viên nữ 36 người; xét khen thưởng 12 hội viên.")]
    public void Is_silent_on_a_statement_about_another_set_after_the_list(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Theory]
    // The list still adds up when it goes over its whole before the other statement.
    [InlineData("Chi bộ có 52 đảng viên; trong đó: đảng viên chính thức 47 đồng chí; đảng viên dự bị 8 đồng chí; kết nạp mới 4 đảng viên.", "52", "Các phần cộng lại được 55 đảng viên, lớn hơn tổng 52 đảng viên")]
    // The whole's clause says the verb: the items split its own count.
    [InlineData("Khen thưởng 45 tập thể, trong đó: khen thưởng thường xuyên 30 tập thể, khen thưởng đột xuất 18 tập thể.", "45", "Các phần cộng lại được 48 tập thể, lớn hơn tổng 45 tập thể")]
    // Under a sum of money the verb labels a spending line.
    [InlineData("Tổng kinh phí 500 triệu đồng, trong đó: xây dựng 320 triệu đồng, khen thưởng 200 triệu đồng.", "500", "Các phần cộng lại được 520 triệu đồng, lớn hơn tổng 500 triệu đồng")]
    public void Still_reads_the_list_before_it_and_a_verb_the_parts_split(string text, string whole, string message) =>
        Assert.Equal(message, Vi(Single(text, "RL5011", whole)));
}
