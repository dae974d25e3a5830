using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

public class PartsSumMismatchTests
{
    [Fact]
    public void Reports_parts_after_gom_that_do_not_make_the_whole()
    {
        const string text = "Tổng kinh phí dự kiến 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng, vốn xã hội hóa 28 tỷ đồng.";
        var diagnostic = Findings.Single(text, "RL5011", "86,5");
        Assert.Equal("Các phần cộng lại được 84,5 tỷ đồng, khác tổng 86,5 tỷ đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 84,5 tỷ đồng, not the whole 86,5 tỷ đồng", Findings.En(diagnostic));
        // The sum is offered for the whole, unsafe: a part may be the wrong figure instead.
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        Assert.Equal("Sửa tổng thành 84,5 (tổng các phần)", fix.Title.Vi);
        Assert.Equal("Change the whole to 84,5 (the parts' sum)", fix.Title.En);
        Assert.Equal(text.Replace("86,5", "84,5", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Equal(["32", "24,5", "28"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
        Assert.All(diagnostic.Related, r => Assert.Equal("Phần được cộng", r.Message.Vi));
    }

    [Fact]
    public void Reports_parts_after_trong_do_that_exceed_the_whole()
    {
        const string text = "Tổng diện tích gieo trồng đạt 12.486 ha, tăng 2,4% so với cùng kỳ; trong đó: lúa nước 3.215 ha, ngô 2.870 ha, sắn 4.102 ha, rau màu các loại 2.929 ha.";
        var diagnostic = Findings.Single(text, "RL5011", "12.486");
        Assert.Equal("Các phần cộng lại được 13.116 ha, lớn hơn tổng 12.486 ha", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 13.116 ha, more than the whole 12.486 ha", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes); // a subset over its whole: the whole is not known
    }

    [Theory]
    [InlineData("Số xã chưa đạt chuẩn còn 46 xã, gồm: 21 xã thiếu tiêu chí giao thông, 17 xã thiếu tiêu chí thủy lợi, 6 xã thiếu tiêu chí môi trường.", "46", "Các phần cộng lại được 44 xã, khác tổng 46 xã")]
    [InlineData("Qua thanh tra, tổng giá trị xử lý 285 triệu đồng, trong đó thu hồi 240 triệu đồng, phạt hành chính 55 triệu đồng.", "285", "Các phần cộng lại được 295 triệu đồng, lớn hơn tổng 285 triệu đồng")]
    [InlineData("Toàn ngành có 1.236 giáo viên, trong đó: mầm non 312 người, tiểu học 498 người, trung học cơ sở 452 người.", "1.236", "Các phần cộng lại được 1.262 giáo viên, lớn hơn tổng 1.236 giáo viên")]
    [InlineData("Đảng bộ có 18 chi bộ trực thuộc, gồm 11 chi bộ thôn, 03 chi bộ nhà trường và 02 chi bộ cơ quan.", "18", "Các phần cộng lại được 16 chi bộ, khác tổng 18 chi bộ")]
    [InlineData("Tổng vốn 1,2 tỷ đồng, bao gồm 800 triệu đồng vốn vay và 300 triệu đồng vốn tự có.", "1,2", "Các phần cộng lại được 1,1 tỷ đồng, khác tổng 1,2 tỷ đồng")]
    [InlineData("Tổng chi ước thực hiện 598,2 tỷ đồng, đạt 49,1% dự toán; trong đó chi đầu tư phát triển 176,4 tỷ đồng, chi thường xuyên 431,8 tỷ đồng.", "598,2", "Các phần cộng lại được 608,2 tỷ đồng, lớn hơn tổng 598,2 tỷ đồng")]
    [InlineData("Sản lượng đạt 5.400 tấn, gồm: lúa 3.200 tấn; ngô 1.500 tấn; khoai 600 tấn.", "5.400", "Các phần cộng lại được 5.300 tấn, khác tổng 5.400 tấn")]
    [InlineData("Chi bộ có 120 đảng viên, gồm: 70 đảng viên chính thức, 40 người dự bị.", "120", "Các phần cộng lại được 110 đảng viên, khác tổng 120 đảng viên")]
    [InlineData("Còn 30 thôn chưa đạt, gồm: 12 thôn đạt từ 5 đến 7 tiêu chí, 10 thôn đạt dưới 5 tiêu chí.", "30", "Các phần cộng lại được 22 thôn, khác tổng 30 thôn")]
    [InlineData("Tổng vốn 50 tỷ đồng, gồm: vốn tỉnh 20 tỷ đồng (chiếm 40%); vốn huyện 15 tỷ đồng (chiếm 30%); vốn khác 10 tỷ đồng.", "50", "Các phần cộng lại được 45 tỷ đồng, khác tổng 50 tỷ đồng")]
    [InlineData("Xảy ra 48 vụ phạm tội, giảm 5 vụ so với năm 2023, gồm: 21 vụ trộm cắp, 9 vụ cố ý gây thương tích và 7 vụ lừa đảo.", "48", "Các phần cộng lại được 37 vụ, khác tổng 48 vụ")] // past a change
    [InlineData("Kinh phí 1,5 tỷ đồng, gồm: nâng cấp đường trục xã 900 triệu đồng, xây cầu tràn 400 triệu đồng.", "1,5", "Các phần cộng lại được 1,3 tỷ đồng, khác tổng 1,5 tỷ đồng")] // `nâng cấp` is no `nâng` (a rise)
    public void Reports_the_variants(string text, string whole, string message)
    {
        var diagnostic = Findings.Single(text, "RL5011", whole);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Theory]
    // The parts make the whole, or stay under it after `trong đó`.
    [InlineData("Tổng kinh phí dự kiến 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng, vốn xã hội hóa 30 tỷ đồng.")]
    [InlineData("Số xã chưa đạt chuẩn còn 46 xã, gồm: 21 xã thiếu tiêu chí giao thông, 17 xã thiếu tiêu chí thủy lợi, 8 xã thiếu tiêu chí môi trường.")]
    [InlineData("Toàn ngành có 1.236 giáo viên, trong đó: mầm non 312 người, tiểu học 498 người, trung học cơ sở 402 người.")]
    [InlineData("Tổng diện tích gieo trồng đạt 12.486 ha, trong đó: lúa nước 3.215 ha, ngô 2.870 ha.")]
    [InlineData("Tổng vốn 1,2 tỷ đồng, gồm 800 triệu đồng vốn vay và 400 triệu đồng vốn tự có.")] // other scales
    [InlineData("Tổng vốn 86,5 tỷ đồng, gồm: ngân sách tỉnh 32,26 tỷ đồng, ngân sách huyện 24,27 tỷ đồng, vốn khác 29,98 tỷ đồng.")] // 86,51 rounds to 86,5
    [InlineData("Tổng vốn 86,53 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng, vốn khác 30 tỷ đồng.")] // parts rounded
    [InlineData("Đảng bộ xã có 18 chi bộ trực thuộc, gồm 11 chi bộ thôn, 03 chi bộ nhà trường, 01 chi bộ trạm y tế, 01 chi bộ quân sự, 01 chi bộ công an và 01 chi bộ cơ quan; tổng số 326 đảng viên, trong đó có 14 đồng chí mới kết nạp.")]
    [InlineData("Tổng vốn 50 tỷ đồng, gồm: vốn tỉnh 20 tỷ đồng, vốn huyện 15 tỷ đồng; vốn khác 15 tỷ đồng.")] // uneven punctuation
    [InlineData("Tổng vốn là 150.000 triệu đồng, trong đó vốn trung ương 60.000 triệu đồng, vốn tỉnh 50.500 triệu đồng, vốn huyện 39.500 triệu đồng.")]
    [InlineData("Chi bộ có 6 đảng viên, trong đó có 8 đảng viên nữ.")] // one part: RL5002's finding
    // Counts of people or units after `trong đó` without a colon may overlap.
    [InlineData("Chi bộ có 700 đảng viên, trong đó 420 đảng viên nữ, 380 đảng viên dân tộc thiểu số.")]
    [InlineData("Toàn huyện có 46 xã, trong đó 30 xã miền núi, 20 xã đặc biệt khó khăn.")]
    // A figure after the list that is no part of it.
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng, vốn xã hội hóa 30 tỷ đồng; đã giải ngân 40 tỷ đồng.")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng, vốn xã hội hóa 30 tỷ đồng, giải ngân 40 tỷ đồng.")]
    [InlineData("Tổng vốn 500 tỷ đồng, trong đó vốn ngân sách 300 tỷ đồng; đã giải ngân 250 tỷ đồng.")]
    // Changes, comparisons, approximations, rates and ranges are no parts.
    [InlineData("Tổng diện tích 12.486 ha, trong đó lúa 3.215 ha, tăng 120 ha so với cùng kỳ, ngô 9.271 ha.")]
    [InlineData("Tổng kinh phí khoảng 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng.")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh khoảng 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng.")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: hỗ trợ 50 hộ, mỗi hộ 5 triệu đồng, ngân sách huyện 24,5 tỷ đồng.")]
    [InlineData("Kinh phí hỗ trợ 86,5 tỷ đồng, gồm: hỗ trợ nhà ở 50 triệu đồng/hộ, hỗ trợ sinh kế 20 triệu đồng/hộ.")]
    [InlineData("Dự kiến 86,5 tỷ đồng, gồm: ngân sách tỉnh từ 30 - 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng.")]
    // Percentages, ratios, parentheses, years and other units are left out; the list needs two parts.
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng (chiếm 37%), năm 2024 là 54,5 tỷ đồng.")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: xây dựng 12 công trình 50 tỷ đồng, sửa chữa 8 công trình 36,5 tỷ đồng.")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng (trong đó vốn sự nghiệp 12 tỷ đồng), ngân sách huyện 54,5 tỷ đồng.")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, các nguồn khác.")]
    [InlineData("Có 18/22 xã đạt chuẩn nông thôn mới (đạt 81,82%), trong đó: 5 xã đạt chuẩn nâng cao, 2 xã đạt chuẩn kiểu mẫu.")]
    // A breakdown inside a part of the list: neither sum is trusted.
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 50 tỷ đồng, trong đó vốn đầu tư 30 tỷ đồng, vốn sự nghiệp 25 tỷ đồng; ngân sách huyện 36,5 tỷ đồng.")]
    [InlineData("Kinh phí gồm: ngân sách tỉnh 32 tỷ đồng, trong đó vốn sự nghiệp 12 tỷ đồng, vốn đầu tư 20 tỷ đồng, ngân sách huyện 24,5 tỷ đồng.")]
    // No whole right before the cue, or another figure between.
    [InlineData("Hội nghị thống nhất 5 nhóm giải pháp, trong đó tập trung xây dựng đội ngũ cán bộ, gồm 3 tỷ đồng, 5 tỷ đồng.")]
    [InlineData("Đoàn công tác gồm 12 người: 5 người của tỉnh, 4 người của huyện.")]
    [InlineData("Huyện có 25 đơn vị hành chính cấp xã, gồm 22 xã và 3 thị trấn.")]
    [InlineData("Huyện có 25 xã, thị trấn, gồm 22 xã và 3 thị trấn.")]
    [InlineData("Huyện có 30 xã, gồm 22 xã, 5 xã và 3 thị trấn.")]
    [InlineData("Hỗ trợ 5 tỷ đồng và 120 tấn gạo, gồm: 3 tỷ đồng, 1 tỷ đồng.")]
    // Ambiguous separators, bare numbers, decimals of a count.
    [InlineData("Hội Cựu chiến binh có 1,248 hội viên, trong đó: 986 hội viên nam, 300 hội viên nữ.")]
    [InlineData("Toàn ngành có 1.236 giáo viên, trong đó: mầm non 312, tiểu học 498, trung học cơ sở 452 người.")]
    [InlineData("Sản lượng 418 tấn, tăng 2,3%; trong đó cá ngừ đạt 1,215 tấn, cá khác 2 tấn.")]
    [InlineData("Xảy ra 48 vụ phạm tội về trật tự xã hội, giảm 5 vụ (9,43%) so với năm 2023, gồm: 21 vụ trộm cắp, 9 vụ cố ý gây thương tích, 7 vụ lừa đảo, 6 vụ đánh bạc và 5 vụ khác.")] // a change is no whole
    public void Is_silent_on_right_or_unclear_lists(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Theory]
    [InlineData("Chi bộ có 60 đảng viên, trong đó: đảng viên chính thức 55 đồng chí, đảng viên dự bị 8 đồng chí.", "Các phần cộng lại được 63 đảng viên, lớn hơn tổng 60 đảng viên")]
    [InlineData("Trường có 80 giáo viên, trong đó: trình độ thạc sĩ 12 người, đại học 64 người, cao đẳng 9 người.", "Các phần cộng lại được 85 giáo viên, lớn hơn tổng 80 giáo viên")]
    [InlineData("Xã có 1.200 hộ, gồm: hộ người Kinh 700 hộ, hộ dân tộc thiểu số 400 hộ.", "Các phần cộng lại được 1.100 hộ, khác tổng 1.200 hộ")] // `thiểu số 400` is a count, not `số 400`
    public void Reports_people_split_by_one_attribute(string text, string message)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5011"));
        Assert.Equal(message, diagnostic.GetMessage(MessageLanguage.Vietnamese));
    }

    [Theory]
    // Sex, youth union, ethnicity, religion: the same people are counted under several attributes.
    [InlineData("Năm 2025, chi bộ kết nạp 150 đảng viên mới; trong đó: nữ 64 đồng chí, đoàn viên thanh niên 97 đồng chí, người dân tộc thiểu số 38 đồng chí, người có đạo 7 đồng chí.")]
    [InlineData("Hội có 240 hội viên, trong đó: 150 hội viên nữ, 120 hội viên là người dân tộc thiểu số.")]
    [InlineData("Toàn cơ quan có 96 cán bộ, trong đó: trình độ đại học 70 người, thạc sĩ 12 người, cao cấp lý luận chính trị 20 người.")]
    [InlineData("Đảng bộ có 300 đảng viên, gồm: nữ 120 đồng chí, cựu chiến binh 200 đồng chí.")]
    [InlineData("Đảng bộ có 300 đảng viên, trong đó: nữ 120 đồng chí, hưu trí 200 đồng chí.")] // an unknown label may cut across too
    public void Is_silent_on_people_counted_under_several_attributes(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Theory]
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 17 chi bộ cơ sở.", "Các phần cộng lại được 43 tổ chức, khác tổng 45 tổ chức")]
    [InlineData("Huyện có 45 tổ chức cơ sở đảng (TCCSĐ), gồm 26 đảng bộ cơ sở và 17 chi bộ cơ sở, với 380 chi bộ trực thuộc.", "Các phần cộng lại được 43 tổ chức, khác tổng 45 tổ chức")]
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 17 chi bộ cơ sở; tổng số đảng viên là 5.120 đồng chí.", "Các phần cộng lại được 43 tổ chức, khác tổng 45 tổ chức")]
    [InlineData("Huyện có 26 xã, gồm 22 xã và 3 thị trấn.", "Các phần cộng lại được 25 xã, khác tổng 26 xã")]
    [InlineData("Huyện trao 1.500 phần quà, gồm 900 thẻ bảo hiểm y tế và 400 suất học bổng.", "Các phần cộng lại được 1.300 phần, khác tổng 1.500 phần")]
    [InlineData("Huyện có 20 chi bộ, gồm 11 chi bộ thôn, 4 chi bộ trường học và 3 đảng bộ bộ phận.", "Các phần cộng lại được 18 chi bộ, khác tổng 20 chi bộ")]
    public void Reports_a_closed_list_of_kinds_that_does_not_make_the_whole(string text, string message)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5011"));
        Assert.Equal(message, diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Split(' ')[2], RuleTester.SpanText(text, diagnostic)); // the whole: `Huyện có 45 …`
        Assert.Equal(diagnostic.Related.Count, diagnostic.Related.Select(r => r.Span).Distinct().Count());
    }

    [Theory]
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 28 đảng bộ cơ sở và 17 chi bộ cơ sở.")] // adds up
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở, 17 chi bộ cơ sở.")] // no `và`: may go on
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở, 17 chi bộ cơ sở, …")]
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 17 chi bộ cơ sở…")]
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 17 chi bộ cơ sở, v.v.")]
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và các chi bộ cơ sở.")]
    [InlineData("Huyện có 45 tổ chức cơ sở đảng, gồm 26 đảng bộ cơ sở và 17 chi bộ cơ sở, 2 chi bộ khác.")] // the list goes on past `và`
    [InlineData("Mở 6 lớp bồi dưỡng, gồm 210 học viên và 12 giảng viên.")] // parts larger than the whole: not its kinds
    [InlineData("Thành lập 9 tổ công tác, gồm 5 cán bộ và 3 công an viên.")] // people under a whole that is not people
    [InlineData("Huyện có 25 đơn vị hành chính cấp xã, gồm 22 xã và 3 thị trấn.")]
    [InlineData("Khởi tố 14 vụ, 23 bị can, gồm: 9 vụ trộm cắp tài sản, 3 vụ lừa đảo và 2 vụ đánh bạc.")] // the list breaks down the cases
    public void Is_silent_on_right_or_open_lists_of_kinds(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Theory]
    [InlineData("Có mặt: 27/30 đồng chí.\nVắng: 2 đồng chí (đi công tác).\n", "30", "Các phần cộng lại được 29 đồng chí, khác tổng 30 đồng chí", "27", "2")]
    [InlineData("Có mặt: 27/30 đồng chí. Vắng: 4 đồng chí có lý do.\n", "30", "Các phần cộng lại được 31 đồng chí, khác tổng 30 đồng chí", "27", "4")]
    [InlineData("Tổng số đảng viên của chi bộ: 30 đồng chí; có mặt 27 đồng chí; vắng mặt 2 đồng chí.\n", "30", "Các phần cộng lại được 29 đồng chí, khác tổng 30 đồng chí", "27", "2")]
    // Minutes set out line by line: the total on a line of its own, the absent without a unit of its own.
    [InlineData("- Tổng số đại biểu được triệu tập: 120 đại biểu;\n- Số đại biểu có mặt: 115 đại biểu;\n- Số đại biểu vắng mặt: 4 đại biểu.\n", "120", "Các phần cộng lại được 119 đại biểu, khác tổng 120 đại biểu", "115", "4")]
    [InlineData("Tổng số đại biểu được triệu tập: 120 đại biểu.\nCó mặt: 115 đại biểu; vắng mặt: 6.\n", "120", "Các phần cộng lại được 121 đại biểu, khác tổng 120 đại biểu", "115", "6")]
    public void Reports_attendance_that_does_not_make_the_members(string text, string total, string message, string present, string absent)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5011"));
        Assert.Equal(total, RuleTester.SpanText(text, diagnostic));
        Assert.Equal(text.IndexOf(total, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(message, diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.StartsWith("The parts add up to ", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal([present, absent], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Có mặt: 27/30 đồng chí.\nVắng: 3 đồng chí (đi công tác).\n")]
    [InlineData("Tổng số đảng viên của chi bộ: 30 đồng chí; có mặt 27 đồng chí; vắng mặt 3 đồng chí.\n")]
    [InlineData("Có mặt: 27/30 đồng chí.\nVắng có lý do: 2 đồng chí; vắng không lý do: 1 đồng chí.\n")] // no absent count right after `vắng`
    [InlineData("Có mặt: 27/30 đồng chí.\nVắng: 2 đồng chí có lý do, vắng 1 đồng chí không lý do.\n")] // two absent counts: not read
    [InlineData("Có mặt: 27/30 đồng chí.\nNội dung: đánh giá kết quả công tác.\nThảo luận.\nVắng: 2 đồng chí.\n")] // too far
    [InlineData("Có mặt 27 đồng chí; vắng 2 đồng chí.\n")] // no total
    [InlineData("Vắng: 2 đồng chí.\nCó mặt: 27/30 đồng chí.\n")] // the absent before the attendance
    [InlineData("- Tổng số đại biểu được triệu tập: 120 đại biểu;\n- Số đại biểu có mặt: 115 đại biểu;\n- Số đại biểu vắng mặt: 5 đại biểu.\n")]
    [InlineData("Tổng số đại biểu được triệu tập: 120 đại biểu.\nChương trình gồm ba phần.\nCó mặt: 115 đại biểu; vắng mặt: 4.\n")] // the total not right above
    [InlineData("Tổng số hội viên toàn huyện: 1.200 người.\nCó mặt 115 người, vắng mặt 4 người.\n")] // a number the line does not read as a total
    public void Is_silent_on_right_or_unclear_attendance(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Reads_a_list_written_as_paragraphs_after_gom_when_it_plainly_ends()
    {
        const string text = "Tổng kế hoạch vốn: 300,5 tỷ đồng, bao gồm:\na) Vốn cân đối: 100,0 tỷ đồng;\nb) Vốn thu tiền sử dụng đất: 150,5 tỷ đồng.\n";
        Assert.Equal("Các phần cộng lại được 250,5 tỷ đồng, khác tổng 300,5 tỷ đồng", Findings.Vi(Findings.Single(text, "RL5011", "300,5")));
        // `c)` further on: the list goes on past the plain paragraph (ListedAmountsTests has more).
        Assert.Empty(RuleTester.Lint(text + "Trong đó vốn năm đầu giao sớm.\nc) Vốn khác: 50 tỷ đồng.\n", "RL5011"));
    }

    [Fact]
    public void Reports_in_markdown_prose()
    {
        const string text = "# Kinh phí\n\nTổng kinh phí 40 tỷ đồng, gồm: vốn tỉnh 25 tỷ đồng, vốn huyện 10 tỷ đồng.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5011"));
        Assert.Equal("40", RuleTester.SpanText(text, diagnostic));
    }

    [Theory]
    [InlineData("Trong tổng số 28 đảng viên có 11 nam, 16 nữ.", "Các phần cộng lại được 27 đảng viên, khác tổng 28 đảng viên")]
    [InlineData("Chi bộ có 28 đảng viên (11 nam, 18 nữ).", "Các phần cộng lại được 29 đảng viên, khác tổng 28 đảng viên")]
    [InlineData("Đoàn có 1.250 đoàn viên, trong đó 600 nữ và 640 nam.", "Các phần cộng lại được 1.240 đoàn viên, khác tổng 1.250 đoàn viên")]
    [InlineData("Đoàn có 1.250 đoàn viên, gồm 600 nữ và 640 nam.", "Các phần cộng lại được 1.240 đoàn viên, khác tổng 1.250 đoàn viên")] // once, not as a list of kinds too
    public void Men_and_women_must_make_the_whole(string text, string message)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5011"));
        Assert.Equal(message, diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(2, diagnostic.Related.Count);
    }

    [Theory]
    [InlineData("Trong tổng số 28 đảng viên có 11 nam, 17 nữ.")]
    [InlineData("Chi bộ có 28 đảng viên, kết nạp mới 3 nam, 2 nữ.")] // another count after other words
    [InlineData("Năm 2025 có 11 nam, 16 nữ được kết nạp.")] // a year, not a count
    [InlineData("Tổng số 120 đại biểu, trong đó 45 nữ, 30 người dân tộc thiểu số.")] // no men: not a split by sex
    public void Is_silent_on_right_splits_by_sex_or_other_counts(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Theory]
    [InlineData("Đoàn giành 7 HCV, 4 HCB, 5 HCĐ (tổng 17 huy chương).", "17", "Các phần cộng lại được 16, khác tổng 17")]
    [InlineData("Lớp có 12 học sinh nam và 15 học sinh nữ (tổng số 28 em).", "28", "Các phần cộng lại được 27, khác tổng 28")]
    public void Counts_before_their_total_in_parentheses_must_make_it(string text, string total, string message)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL5011"));
        Assert.Equal(text.IndexOf(total, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(message, diagnostic.GetMessage(MessageLanguage.Vietnamese));
    }

    [Theory]
    [InlineData("Đoàn giành 7 HCV, 4 HCB, 5 HCĐ (tổng 16 huy chương).")]
    [InlineData("Năm 2025 có 7 HCV (tổng số huy chương tăng 3).")] // one count: no list
    [InlineData("Giải ngân 12,5 tỷ đồng, 3,2 tỷ đồng (tổng 15,7 tỷ đồng).")] // decimals: not counts
    public void Is_silent_on_right_totals_in_parentheses(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Theory]
    [InlineData("Trận lốc làm 04 người bị thương. Người bị thương gồm 2 người ở thôn Nà Pục và 1 người ở thôn Khuổi Lừa, đều đã được đưa đi cấp cứu.", "04", "Các phần cộng lại được 3 người, khác tổng 04 người")]
    [InlineData("Mưa lớn làm 02 người chết và 06 người bị thương. Người chết gồm một cụ ông và một cháu bé. Số người bị thương gồm 4 người ở xã Tà Mít và 1 người ở xã Pha Mu.", "06", "Các phần cộng lại được 5 người, khác tổng 06 người")]
    [InlineData("Hội đã trao 150 suất quà cho các gia đình chính sách trên địa bàn hai xã, gồm: 80 suất tại xã Tà Mít, 60 suất tại xã Pha Mu.", "150", "Các phần cộng lại được 140 suất, khác tổng 150 suất")]
    public void Reports_a_whole_restated_before_gom_or_far_from_it(string text, string whole, string message)
    {
        var diagnostic = Findings.Single(text, "RL5011", whole);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Trận lốc làm 04 người bị thương. Người bị thương gồm 3 người ở thôn Nà Pục và 1 người ở thôn Khuổi Lừa.")]
    [InlineData("Trận lốc làm 04 người bị thương. Người bị thương nặng gồm 1 người ở thôn Nà Pục và 1 người ở thôn Khuổi Lừa.")] // a subset
    [InlineData("Trận lốc làm 04 người bị thương. Người dân gồm 1 người ở thôn Nà Pục và 1 người ở thôn Khuổi Lừa.")] // other words
    [InlineData("Trận lốc làm khoảng 04 người bị thương. Người bị thương gồm 1 người ở thôn Nà Pục và 1 người ở thôn Khuổi Lừa.")] // an estimate
    [InlineData("Hội đã trao 150 suất quà cho các gia đình chính sách trên địa bàn hai xã, gồm: 80 suất tại xã Tà Mít, 70 suất tại xã Pha Mu.")]
    // The list names its parts; the counts after its `;` are other statements.
    [InlineData("Năm nay có 2 chi hội được khen thưởng xuất sắc về công tác tuyên truyền vận động, gồm: chi hội thôn Bản Lầu, chi hội thôn Nà Cạn; 11 chi hội hoàn thành tốt nhiệm vụ; 3 chi hội hoàn thành nhiệm vụ.")]
    public void Is_silent_on_restated_wholes_that_add_up_or_are_not_restated(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Adds_the_amounts_in_parentheses_after_counts_under_a_sum_of_money()
    {
        const string text = "Tổng kinh phí hỗ trợ 380 triệu đồng, gồm: 6 hộ làm nhà mới (mỗi hộ 50 triệu đồng, cộng 300 triệu đồng) và 4 hộ sửa nhà (cộng 60 triệu đồng).";
        var diagnostic = Findings.Single(text, "RL5011", "380");
        Assert.Equal("Các phần cộng lại được 360 triệu đồng, khác tổng 380 triệu đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 360 triệu đồng, not the whole 380 triệu đồng", Findings.En(diagnostic));
        Assert.Equal(text.Replace("380", "360", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(["300", "60"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Kinh phí thực hiện 1,5 tỷ đồng, gồm: nâng cấp 3 tuyến đường (900 triệu đồng), xây 2 cầu dân sinh (400 triệu đồng).", "1,5", "Các phần cộng lại được 1,3 tỷ đồng, khác tổng 1,5 tỷ đồng")]
    [InlineData("Diện tích chuyển đổi 120 ha, gồm: 14 hộ trồng cam (70 ha) và 9 hộ trồng bưởi (thành tiền 40 ha).", "120", "Các phần cộng lại được 110 ha, khác tổng 120 ha")]
    [InlineData("Tổng vốn cho vay 1.900 triệu đồng, trong đó: 8 hộ vay làm nhà (1,2 tỷ đồng), 5 hộ vay chăn nuôi (900 triệu đồng).", "1.900", "Các phần cộng lại được 2.100 triệu đồng, lớn hơn tổng 1.900 triệu đồng")]
    [InlineData("Tổng vốn 50 tỷ đồng, gồm: vốn tỉnh 20 tỷ đồng (chiếm 40%), vốn huyện (15 tỷ đồng), vốn khác 10 tỷ đồng.", "50", "Các phần cộng lại được 45 tỷ đồng, khác tổng 50 tỷ đồng")]
    public void Reports_amounts_in_parentheses_that_do_not_make_the_whole(string text, string whole, string message)
    {
        var diagnostic = Findings.Single(text, "RL5011", whole);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Tổng kinh phí hỗ trợ 360 triệu đồng, gồm: 6 hộ làm nhà mới (mỗi hộ 50 triệu đồng, cộng 300 triệu đồng) và 4 hộ sửa nhà (cộng 60 triệu đồng).")]
    [InlineData("Kinh phí thực hiện 1,3 tỷ đồng, gồm: nâng cấp 3 tuyến đường (900 triệu đồng), xây 2 cầu dân sinh (400 triệu đồng).")]
    // A bracket that restates a part, or leaves its amount to the reader, is no part: the list cannot be summed.
    [InlineData("Tổng kinh phí hỗ trợ 380 triệu đồng, gồm: 6 hộ làm nhà mới (mỗi hộ 50 triệu đồng), 4 hộ sửa nhà (60 triệu đồng), 2 hộ di dời (20 triệu đồng).")]
    [InlineData("Tổng kinh phí hỗ trợ 380 triệu đồng, gồm: 6 hộ làm nhà mới (50 triệu đồng/hộ), 4 hộ sửa nhà (60 triệu đồng), 2 hộ di dời (20 triệu đồng).")]
    [InlineData("Tổng kinh phí hỗ trợ 380 triệu đồng, gồm: 6 hộ làm nhà mới (khoảng 280 triệu đồng), 4 hộ sửa nhà (60 triệu đồng).")]
    [InlineData("Tổng kinh phí hỗ trợ 380 triệu đồng, gồm: 6 hộ làm nhà mới (chiếm 60%), 4 hộ sửa nhà (tăng 2 hộ), 2 hộ di dời (20 triệu đồng).")]
    [InlineData("Tổng kinh phí hỗ trợ 380 triệu đồng, gồm: 6 hộ làm nhà mới (tỉnh 200 triệu đồng, huyện 80 triệu đồng), 4 hộ sửa nhà (60 triệu đồng).")]
    [InlineData("Tổng kinh phí hỗ trợ 380 triệu đồng, gồm: 6 hộ làm nhà mới (300 triệu đồng từ quỹ), 4 hộ sửa nhà (60 triệu đồng).")]
    // An item with its amount outside parentheses keeps it; what the parentheses say is a remark.
    [InlineData("Tổng vốn 50 tỷ đồng, gồm: vốn tỉnh 30 tỷ đồng (tăng 5 tỷ đồng), vốn huyện 20 tỷ đồng (mỗi xã 2 tỷ đồng).")]
    // Counts under a count are not read from parentheses.
    [InlineData("Huyện kết nạp 30 đảng viên, gồm: chi bộ thôn A (12 đảng viên), chi bộ thôn B (10 đảng viên).")]
    public void Is_silent_on_right_or_unreadable_amounts_in_parentheses(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Sums_each_unit_of_a_breakdown_in_two_units_on_its_own()
    {
        const string text = "Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên; cấp xã 3 chi bộ, 12 đảng viên.";
        var diagnostics = RuleTester.Lint(text, "RL5011").OrderBy(d => d.Span.Start).ToList();
        Assert.Equal(2, diagnostics.Count);
        Findings.AssertSpan(text, diagnostics[0], "6");
        Assert.Equal("Các phần cộng lại được 5 chi bộ, khác tổng 6 chi bộ", Findings.Vi(diagnostics[0]));
        Assert.Equal("The parts add up to 5 chi bộ, not the whole 6 chi bộ", Findings.En(diagnostics[0]));
        Assert.Equal(["2", "3"], diagnostics[0].Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
        Findings.AssertSpan(text, diagnostics[1], "23");
        Assert.Equal("Các phần cộng lại được 21 đảng viên, khác tổng 23 đảng viên", Findings.Vi(diagnostics[1]));
        Assert.Equal(["9", "12"], diagnostics[1].Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
        Assert.Equal(text.Replace("6 chi bộ và", "5 chi bộ và", StringComparison.Ordinal), Findings.Fixed(text, diagnostics[0]));
        Assert.Equal(text.Replace("23 đảng viên", "21 đảng viên", StringComparison.Ordinal), Findings.Fixed(text, diagnostics[1]));
    }

    [Theory]
    [InlineData("Năm qua đã giám sát 6 chi bộ và 23 đảng viên, gồm: cấp huyện 2 chi bộ và 9 đảng viên; cấp xã 4 chi bộ và 13 đảng viên.", "23", "Các phần cộng lại được 22 đảng viên, khác tổng 23 đảng viên")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó: Đảng ủy xã Bình Minh 4 chi bộ, 14 đảng viên, Đảng ủy xã Thạch Lâm 3 chi bộ, 9 đảng viên.", "6", "Các phần cộng lại được 7 chi bộ, khác tổng 6 chi bộ")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 9 đảng viên, 2 chi bộ; cấp xã 13 đảng viên, 4 chi bộ (tăng 1 chi bộ).", "23", "Các phần cộng lại được 22 đảng viên, khác tổng 23 đảng viên")] // either order
    public void Reports_the_one_unit_of_a_paired_breakdown_that_does_not_add_up(string text, string whole, string message)
    {
        var diagnostic = Findings.Single(text, "RL5011", whole);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên; cấp xã 4 chi bộ, 14 đảng viên.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên, gồm: cấp huyện 2 chi bộ và 9 đảng viên; cấp xã 4 chi bộ và 14 đảng viên.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 9 đảng viên, 2 chi bộ; cấp xã 14 đảng viên, 4 chi bộ (tăng 1 chi bộ).")]
    // Not closed, a sample, or not a split by who.
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó có cấp huyện 2 chi bộ, 9 đảng viên; cấp xã 3 chi bộ, 12 đảng viên.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên; cấp xã 3 chi bộ, 12 đảng viên, v.v.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên; cấp xã 3 chi bộ, 12 đảng viên; …")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên; cấp xã 3 chi bộ, 12 đảng viên; đã kết luận 3 đảng viên vi phạm.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó nữ 3 chi bộ, 9 đảng viên; dân tộc thiểu số 2 chi bộ, 12 đảng viên.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ, 9 đảng viên, 3 tổ đảng; cấp xã 3 chi bộ, 12 đảng viên.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện 2 chi bộ; cấp xã 3 chi bộ, 12 đảng viên.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 đảng viên; trong đó cấp huyện khoảng 2 chi bộ, 9 đảng viên; cấp xã 3 chi bộ, 12 đảng viên.")]
    [InlineData("Đã giám sát 6 chi bộ và 23 chi bộ; trong đó cấp huyện 2 chi bộ, 9 chi bộ; cấp xã 3 chi bộ, 12 chi bộ.")] // one unit: not a pair
    public void Is_silent_on_right_or_open_paired_breakdowns(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Reports_a_whole_shared_out_by_actor_after_trong_do_without_a_colon()
    {
        const string text = "Trong quý III đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy giám sát 9 đồng chí, Ủy ban Kiểm tra giám sát 13 đồng chí.";
        var diagnostic = Findings.Single(text, "RL5011", "24");
        Assert.Equal("Các phần cộng lại được 22 đảng viên, khác tổng 24 đảng viên", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 22 đảng viên, not the whole 24 đảng viên", Findings.En(diagnostic));
        Assert.Equal(["9", "13"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
        Assert.Equal(text.Replace("24 đảng viên", "22 đảng viên", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Năm nay xử lý kỷ luật 15 đảng viên, trong đó: chi bộ xử lý kỷ luật 6 đảng viên; Đảng ủy xử lý kỷ luật 8 đảng viên.", "15", "Các phần cộng lại được 14 đảng viên, khác tổng 15 đảng viên")] // with a colon, `;`
    [InlineData("Đã kết nạp 31 đảng viên mới; trong đó Đảng bộ phường Đông kết nạp 12 người, Đảng bộ phường Tây kết nạp 21 người.", "31", "Các phần cộng lại được 33 đảng viên, khác tổng 31 đảng viên")] // over the whole
    [InlineData("Đã thu 800 triệu đồng; trong đó UBND xã thu 500 triệu đồng và Hội Nông dân thu 200 triệu đồng.", "800", "Các phần cộng lại được 700 triệu đồng, khác tổng 800 triệu đồng")] // `và`, an abbreviated actor
    public void Reports_the_variants_of_a_split_by_actor(string text, string whole, string message)
    {
        var diagnostic = Findings.Single(text, "RL5011", whole);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Trong quý III đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy giám sát 9 đồng chí, Ủy ban Kiểm tra giám sát 15 đồng chí.")]
    [InlineData("Đã kết nạp 31 đảng viên mới; trong đó Đảng bộ phường Đông kết nạp 12 người, Đảng bộ phường Tây kết nạp 19 người.")]
    // A part with no count, an open list, another verb, a sample, overlapping actors, more after a count.
    [InlineData("Đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy giám sát 9 đồng chí, Ủy ban Kiểm tra giám sát các đồng chí còn lại.")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy giám sát 9 đồng chí, Ủy ban Kiểm tra giám sát 13 đồng chí, …")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy giám sát 9 đồng chí, Ủy ban Kiểm tra giám sát 13 đồng chí, v.v.")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó các cơ quan như Thường trực Đảng ủy giám sát 9 đồng chí, Ủy ban Kiểm tra giám sát 13 đồng chí.")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy kiểm tra 9 đồng chí, Ủy ban Kiểm tra nhắc nhở 13 đồng chí.")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó có Thường trực Đảng ủy giám sát 9 đồng chí, Ủy ban Kiểm tra giám sát 13 đồng chí.")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó nữ giám sát 9 đồng chí, dân tộc thiểu số giám sát 13 đồng chí.")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy giám sát 9 đồng chí, Thường trực Đảng ủy giám sát 13 đồng chí.")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy giám sát 9 đồng chí có dấu hiệu vi phạm, Ủy ban Kiểm tra giám sát 13 đồng chí.")]
    [InlineData("Chi bộ có 24 đảng viên; trong đó thôn Đông có 9 đồng chí, thôn Tây có 13 đồng chí.")]
    [InlineData("Đã giám sát 24 đảng viên; trong đó Thường trực Đảng ủy giám sát 9 đồng chí.")]
    public void Is_silent_on_right_or_open_splits_by_actor(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Reads_a_paired_split_whose_actors_are_abbreviated()
    {
        const string text = "Đã kiểm tra 5 tổ chức đảng và 21 đảng viên; trong đó UBKT Huyện ủy kiểm tra 2 tổ chức đảng, 8 đảng viên, UBKT cơ sở kiểm tra 3 tổ chức đảng, 12 đảng viên.";
        var diagnostic = Findings.Single(text, "RL5011", "21");
        Assert.Equal("Các phần cộng lại được 20 đảng viên, khác tổng 21 đảng viên", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng, …")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng, v.v.")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm các nguồn như: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng.")]
    [InlineData("Tổng kinh phí 86,5 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng và các nguồn khác.")]
    [InlineData("Tổng kinh phí hỗ trợ 380 triệu đồng, gồm: 6 hộ làm nhà mới (300 triệu đồng), 4 hộ sửa nhà (60 triệu đồng), v.v.")]
    public void Is_silent_on_gom_lists_left_open_that_stay_under_the_whole(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));

    [Fact]
    public void Reports_a_gom_list_left_open_that_exceeds_the_whole()
    {
        const string text = "Tổng kinh phí 50 tỷ đồng, gồm: ngân sách tỉnh 32 tỷ đồng, ngân sách huyện 24,5 tỷ đồng, v.v.";
        Assert.Equal("Các phần cộng lại được 56,5 tỷ đồng, lớn hơn tổng 50 tỷ đồng", Findings.Vi(Findings.Single(text, "RL5011", "50")));
    }

    [Fact]
    public void Reports_titles_that_do_not_make_the_count_of_people()
    {
        const string text = "Hội Cựu chiến binh huyện có 96 cán bộ chi hội, gồm 48 chi hội trưởng và 50 chi hội phó.";
        var diagnostic = Findings.Single(text, "RL5011", "96");
        Assert.Equal("Các phần cộng lại được 98 cán bộ, khác tổng 96 cán bộ", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 98 cán bộ, not the whole 96 cán bộ", Findings.En(diagnostic));
        Assert.Equal(["48", "50"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Theory]
    [InlineData("Tổ công tác có 9 thành viên, gồm 1 trưởng ban, 2 phó trưởng ban và 5 ủy viên.", "9")]
    [InlineData("Khu dân cư có 30 người tham gia, gồm 10 tổ trưởng, 10 tổ phó và 12 trưởng thôn.", "30")]
    [InlineData("Đoàn gồm 12 đồng chí, gồm 4 bí thư, 4 phó bí thư và 3 chủ tịch hội.", "12")]
    public void Reads_titles_as_parts_of_a_count_of_people(string text, string whole) => Findings.Single(text, "RL5011", whole);

    [Theory]
    [InlineData("Hội Cựu chiến binh huyện có 96 cán bộ chi hội, gồm 48 chi hội trưởng và 48 chi hội phó.")]
    [InlineData("Tổ công tác có 9 thành viên, gồm 1 trưởng ban, 2 phó trưởng ban và 6 ủy viên.")]
    [InlineData("Huyện có 96 cán bộ, gồm 40 tổ trưởng và 50 chi hội.")] // `chi hội` alone counts bodies, not people
    [InlineData("Hội có 320 hội viên, gồm 20 chi hội trưởng và 20 chi hội phó.")] // members are not all office holders
    public void Is_silent_on_titles_that_make_the_count_or_count_something_else(string text) => Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
