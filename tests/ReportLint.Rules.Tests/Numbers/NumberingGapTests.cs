using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class NumberingGapTests
{
    [Fact]
    public void Reports_a_skipped_inline_marker()
    {
        const string text = "Các chỉ tiêu chủ yếu: (1) thu ngân sách tăng 8%; (2) giảm nghèo 1,5%; (3) trồng 200 ha rừng; (5) 100% xã có nhà văn hóa; (6) 98% dân số có bảo hiểm y tế.";
        var diagnostic = Single(text, "RL5025", "(5)");
        Assert.Equal("Số thứ tự không liền mạch: sau “(3)” là “(4)”, không phải “(5)”", Vi(diagnostic));
        Assert.Equal("Numbering out of sequence: “(3)” is followed by “(4)”, not “(5)”", En(diagnostic));
        Assert.Empty(diagnostic.Fixes); // renumbering (5) alone leaves (6) out of turn
    }

    [Fact]
    public void Reports_a_skipped_last_heading_with_a_fix()
    {
        const string text = "I. KẾT QUẢ\n1. Công tác tuyên truyền\nNội dung phần một.\n2. Công tác kiểm tra\nNội dung phần hai.\n4. Công tác dân vận\nNội dung phần ba.\n";
        var diagnostic = Single(text, "RL5025", "4.");
        Assert.Equal("Số thứ tự không liền mạch: sau “2.” là “3.”, không phải “4.”", Vi(diagnostic));
        Assert.Equal(text.Replace("4. Công", "3. Công", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_roman_headings_letters_and_repeats()
    {
        const string roman = "I. KẾT QUẢ\nNội dung.\nII. HẠN CHẾ\nNội dung.\nIV. NHIỆM VỤ\nNội dung.\n";
        var found = Single(roman, "RL5025", "IV.");
        Assert.Equal("Số thứ tự không liền mạch: sau “II.” là “III.”, không phải “IV.”", Vi(found));
        Assert.Equal(roman.Replace("IV.", "III.", StringComparison.Ordinal), Fixed(roman, found));
        const string letters = "1. Nhiệm vụ\na) Tuyên truyền;\nb) Kiểm tra;\nd) Sơ kết.\n";
        Assert.Equal("Số thứ tự không liền mạch: sau “b)” là “c)”, không phải “d)”", Vi(Single(letters, "RL5025", "d)")));
        const string repeat = "1. Tuyên truyền\nNội dung.\n2. Kiểm tra\nNội dung.\n2. Sơ kết\nNội dung.\n3. Khen thưởng\nNội dung.\n";
        var repeated = Single(repeat, "RL5025", "2.", "2. Sơ kết");
        Assert.Equal("Số thứ tự không liền mạch: sau “2.” là “3.”, không phải “2.”", Vi(repeated));
        Assert.Empty(repeated.Fixes);
    }

    [Fact]
    public void Reads_markdown_headings()
    {
        const string text = "## I. Kết quả\n\n### 1. Tuyên truyền\n\nNội dung.\n\n### 2. Kiểm tra\n\nNội dung.\n\n## II. Hạn chế\n\n### 1. Về tổ chức\n\nNội dung.\n\n### 3. Về kinh phí\n\nNội dung.\n\n### 4. Về cán bộ\n\nNội dung.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5025"));
        AssertSpan(text, diagnostic, "3.");
    }

    private const string LongReport = """
        I. KẾT QUẢ THỰC HIỆN
        1. Công tác tuyên truyền
        Đã tổ chức 12 hội nghị, cụ thể:
        a) Hội nghị cấp huyện: 2 hội nghị;
        b) Hội nghị cấp xã: 10 hội nghị.
        2. Công tác kiểm tra, giám sát
        Kết quả như sau:
        1. Kiểm tra 5 tổ chức đảng;
        2. Giám sát 7 đảng viên;
        3. Thi hành kỷ luật 1 đảng viên.
        Việc kiểm tra được thực hiện theo kế hoạch số 3 tại mục 4 của Điều 5.
        3. Công tác dân vận
        a) Vận động nhân dân hiến đất;
        b) Xây dựng mô hình dân vận khéo;
        c) Hòa giải ở cơ sở;
        d) Phong trào thi đua;
        đ) Công tác tôn giáo;
        e) Công tác dân tộc.
        II. HẠN CHẾ, NGUYÊN NHÂN
        1. Hạn chế
        Một số chi bộ sinh hoạt chưa đều, năm 2. Một số nội dung chậm.
        2. Nguyên nhân
        III. NHIỆM VỤ NĂM TỚI
        1. Tiếp tục đổi mới công tác tuyên truyền.
        2. Nâng cao chất lượng sinh hoạt chi bộ.
        Đây là nhiệm vụ trọng tâm, cần tập trung chỉ đạo trong cả năm; các chi bộ xây dựng kế hoạch cụ thể.
        Nhiều đơn vị đã làm tốt, cần nhân rộng.
        3. Làm tốt công tác phát triển đảng viên.
        Các chỉ tiêu: (1) kết nạp 30 đảng viên; (2) 90% chi bộ hoàn thành tốt nhiệm vụ; (3) không có tổ chức đảng yếu kém.
        Nhiệm vụ tiếp theo được nêu từ mục 4 như sau:
        4. Tăng cường kiểm tra.
        5. Sơ kết, tổng kết.
        """;

    [Fact]
    public void Stays_silent_on_a_correct_long_report_with_many_levels() => Assert.Empty(RuleTester.Lint(LongReport, "RL5025"));

    [Theory]
    [InlineData("Theo quy định tại mục 3, Điều 5 và khoản 7 của Quy chế.")]
    [InlineData("5. Tăng cường kiểm tra.\n6. Sơ kết.\n7. Tổng kết.\n")] // starts above 1: a list going on from elsewhere
    [InlineData("a) Tuyên truyền;\nb) Kiểm tra;\nc) Giám sát;\nd) Sơ kết;\nđ) Tổng kết.\n")]
    [InlineData("a) Tuyên truyền;\nb) Kiểm tra;\nc) Giám sát;\nd) Sơ kết;\ne) Tổng kết;\nf) Khen thưởng.\n")] // English letters
    [InlineData("1. Tuyên truyền.\n1. Kiểm tra.\n1. Sơ kết.\n")] // Markdown's lazy numbering
    [InlineData("1. Tuyên truyền.\n2. Kiểm tra.\n4. Sơ kết.\n6. Tổng kết.\n")] // two slips: unclear
    [InlineData("1. Tuyên truyền.\n3. Kiểm tra.\n")] // too short to tell
    [InlineData("Các chỉ tiêu: (1) thu ngân sách; (2) giảm nghèo; (3) trồng rừng. Các giải pháp: (1) huy động vốn; (2) đào tạo nghề.")]
    [InlineData("Đạt 2 chỉ tiêu (tăng 3 bậc so với năm 2023); xếp thứ (4) toàn tỉnh, (6) toàn khu vực.")]
    public void Stays_silent(string text) => Assert.Empty(RuleTester.Lint(text, "RL5025"));

    [Fact]
    public void Reports_a_slip_inside_the_long_report()
    {
        var text = LongReport.Replace("III. NHIỆM VỤ", "IV. NHIỆM VỤ", StringComparison.Ordinal);
        var diagnostic = Single(text, "RL5025", "IV.");
        Assert.Equal("Số thứ tự không liền mạch: sau “II.” là “III.”, không phải “IV.”", Vi(diagnostic));
        Assert.Equal(LongReport, Fixed(text, diagnostic));
    }

    [Fact]
    public void Closes_a_list_above_the_first_part_and_reads_lines_of_several_items_by_their_first_marker()
    {
        const string text = "Tổ kiểm phiếu gồm:\n1. Ông A;\n2. Bà B;\n3. Ông C.\nI. SỐ PHIẾU\nNội dung.\nII. KẾT QUẢ\n1. Ông A: 90 phiếu\n2. Bà B: 80 phiếu\n"
            + "III. TRÚNG CỬ\n1. Ông A; 2. Bà B; 3. Ông C;\n4. Ông D; 5. Bà E; 6. Ông G;\n7. Bà H.\n";
        Assert.Empty(RuleTester.Lint(text, "RL5025"));
    }
}
