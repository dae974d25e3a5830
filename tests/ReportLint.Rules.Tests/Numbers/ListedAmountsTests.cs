using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5011 on a total and the list lines that make it, each ending with its amount.</summary>
public class ListedAmountsTests
{
    private const string Works =
        "Tổng kinh phí thực hiện kế hoạch: 12.500 triệu đồng, phân bổ cho các công trình sau:\n"
        + "a) Nâng cấp đường liên xã: 4.800 triệu đồng;\n"
        + "b) Xây dựng cầu tràn thôn 2: 3.100 triệu đồng;\n"
        + "c) Sửa chữa trường mầm non: 2.700 triệu đồng;\n"
        + "d) Kênh mương nội đồng: {0} triệu đồng.\n"
        + "Giao Ủy ban nhân dân xã tổ chức thực hiện.\n";

    private const string Guests =
        "Thành phần dự họp:\n"
        + "- Ban Thường vụ Đảng ủy: 07 đồng chí;\n"
        + "- Bí thư các chi bộ: 18 đồng chí;\n"
        + "- Trưởng các đoàn thể: 05 đồng chí;\n"
        + "- Đại diện các cơ quan liên quan: {0} đồng chí.\n"
        + "Tổng số: 40 đại biểu.\n";

    [Fact]
    public void Reports_a_total_announced_before_lines_that_do_not_make_it()
    {
        var text = string.Format(Works, "2.200");
        var diagnostic = Findings.Single(text, "RL5011", "12.500");
        Assert.Equal("Các phần cộng lại được 12.800 triệu đồng, khác tổng 12.500 triệu đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 12.800 triệu đồng, not the whole 12.500 triệu đồng", Findings.En(diagnostic));
        Assert.Equal(text.Replace("12.500", "12.800", StringComparison.Ordinal), Findings.Fixed(text, diagnostic));
        Assert.Equal(["4.800", "3.100", "2.700", "2.200"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void Reports_a_closing_total_after_lines_that_do_not_make_it()
    {
        var text = string.Format(Guests, "12");
        var diagnostic = Findings.Single(text, "RL5011", "40");
        Assert.Equal("Các phần cộng lại được 42 đại biểu, khác tổng 40 đại biểu", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 42 đại biểu, not the whole 40 đại biểu", Findings.En(diagnostic));
        Assert.Equal(4, diagnostic.Related.Count);
    }

    [Fact]
    public void Reads_bullets_under_a_numbered_lead_with_their_closing_total()
    {
        const string text = "3. Thành phần mời:\n   - Thường trực Hội đồng: 03 người;\n   - Các thành viên Hội đồng: 11 người;\n"
            + "   - Khách mời: 06 người.\n   Tổng cộng: 19 người.\n\n4. Nội dung\n";
        Findings.Single(text, "RL5011", "19");
    }

    [Fact]
    public void Reads_a_Markdown_list()
    {
        const string text = "Tổng kinh phí năm 2025 là 900 triệu đồng, gồm:\n\n- Ngân sách tỉnh: 500 triệu đồng;\n- Ngân sách huyện: 300 triệu đồng.\n\nGiao các phòng chuyên môn hướng dẫn.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5011"));
        Findings.AssertSpan(text, diagnostic, "900");
        // A paragraph naming someone after the list may finish it (as RL5014 reads lists): the list is left alone.
        Assert.Empty(RuleTester.LintMarkdown(text.Replace("các phòng chuyên môn", "Phòng Tài chính", StringComparison.Ordinal), "RL5011"));
    }

    [Fact]
    public void Reads_a_line_whose_amount_is_followed_by_its_share()
    {
        const string text = "Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: 400 triệu đồng (chiếm 66,7% tổng kinh phí);\n- Vốn huyện: 100 triệu đồng (16,7%).\n";
        Assert.Equal("Các phần cộng lại được 500 triệu đồng, khác tổng 600 triệu đồng", Findings.Vi(Findings.Single(text, "RL5011", "600")));
        Assert.Empty(RuleTester.Lint(text.Replace("100 triệu", "200 triệu", StringComparison.Ordinal), "RL5011"));
    }

    [Fact]
    public void Reads_plus_lines_under_a_dash_lead_with_the_total_in_words_and_a_note_after_the_last_amount()
    {
        const string text = "- Tổng dự toán: 96.000.000 đồng (Chín mươi sáu triệu đồng), gồm:\n"
            + "  + Ngân sách xã: 60.000.000 đồng;\n  + Quỹ hội: 20.000.000 đồng;\n"
            + "  + Vận động tài trợ: 18.000.000 đồng (có bảng dự toán kèm theo).\n- Các chi hội chủ động bố trí thêm.\n";
        var diagnostic = Findings.Single(text, "RL5011", "96.000.000");
        Assert.Equal("Các phần cộng lại được 98.000.000 đồng, khác tổng 96.000.000 đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 98.000.000 đồng, not the whole 96.000.000 đồng", Findings.En(diagnostic));
        Assert.Equal(3, diagnostic.Related.Count);
        Assert.Empty(RuleTester.Lint(text.Replace("18.000.000", "16.000.000", StringComparison.Ordinal), "RL5011"));
    }

    [Theory]
    [InlineData("1.900")] // the lines make the total
    public void Stays_silent_when_the_lines_make_the_total(string last) =>
        Assert.Empty(RuleTester.Lint(string.Format(Works, last), "RL5011"));

    [Fact]
    public void Stays_silent_when_the_closing_total_is_right() =>
        Assert.Empty(RuleTester.Lint(string.Format(Guests, "10"), "RL5011"));

    private const string Rewards =
        "Mức thưởng như sau:\n"
        + "- Tập thể: 03 tập thể x 1.600.000 đồng = 4.800.000 đồng;\n"
        + "- Cá nhân: 15 cá nhân x 650.000 đồng = {0} đồng.\n"
        + "Tổng cộng: {1} đồng.\n";

    [Fact]
    public void Reads_the_results_of_calculations_written_in_the_lines()
    {
        var text = string.Format(Rewards, "9.750.000", "14.250.000");
        var diagnostic = Findings.Single(text, "RL5011", "14.250.000");
        Assert.Equal("Các phần cộng lại được 14.550.000 đồng, khác tổng 14.250.000 đồng", Findings.Vi(diagnostic));
        Assert.Equal(["4.800.000", "9.750.000"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
    }

    [Fact]
    public void Adds_what_a_line_calculation_makes_not_its_slip()
    {
        // The result 9.570.000 is wrong (RL5026); the total is right for 9.750.000 and is not reported again.
        var text = string.Format(Rewards, "9.570.000", "14.550.000");
        Assert.Empty(RuleTester.Lint(text, "RL5011"));
        Findings.Single(text, "RL5026", "9.570.000");
    }

    [Theory]
    // Sub-items detail a line: they are not added.
    [InlineData("Tổng vốn giao năm 2025: 500 triệu đồng, gồm:\n- Vốn tỉnh: 300 triệu đồng, chia hai đợt:\n+ Đợt 1: 100 triệu đồng;\n+ Đợt 2: 200 triệu đồng;\n- Vốn huyện: 200 triệu đồng.\n")]
    [InlineData("Tổng vốn giao năm 2025: 500 triệu đồng, gồm:\n- Vốn tỉnh: 300 triệu đồng;\n+ Đợt 1: 100 triệu đồng;\n+ Đợt 2: 150 triệu đồng;\n- Vốn huyện: 200 triệu đồng.\n")]
    // A line with two figures (also in a remark after its amount), an estimate or a rate: the list is not read.
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Hỗ trợ 20 hộ làm nhà: 400 triệu đồng;\n- Hỗ trợ sinh kế: 100 triệu đồng.\n")]
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: 400 triệu đồng (chiếm 66,7%, đã giải ngân 200 triệu đồng);\n- Vốn huyện: 100 triệu đồng.\n")]
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: 400 triệu đồng (giải ngân 80%);\n- Vốn huyện: 100 triệu đồng.\n")]
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: 400 triệu đồng;\n- Vốn huyện: 100 triệu đồng (tăng thêm so với kế hoạch).\n")] // a note naming a change
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: 400 triệu đồng;\n- Vốn huyện: 100 triệu đồng (mỗi xã).\n")]
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: khoảng 400 triệu đồng;\n- Vốn huyện: 100 triệu đồng.\n")]
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Hỗ trợ làm nhà: 40 triệu đồng/hộ;\n- Hỗ trợ sinh kế: 10 triệu đồng/hộ.\n")]
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: 400 triệu đồng;\n- Vốn huyện tăng thêm: 100 triệu đồng.\n")]
    // A subset, a lead with no total, parts of another unit.
    [InlineData("Tổng số đảng viên: 120 đồng chí, trong đó:\n- Đảng viên nữ: 45 đồng chí;\n- Đảng viên trẻ: 30 đồng chí.\n")]
    [InlineData("Năm 2025, xã đã giải ngân 3.000 triệu đồng cho các công trình:\n- Đường thôn 1: 1.000 triệu đồng;\n- Trường học: 1.500 triệu đồng.\n")]
    [InlineData("Tổng kinh phí: 600 triệu đồng, hỗ trợ các thôn:\n- Thôn Bản Lầu: 40 hộ;\n- Thôn Nà Cạn: 25 hộ.\n")]
    // The list does not plainly end: a plain paragraph, then a line of its mark again.
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: 400 triệu đồng;\n- Vốn huyện: 100 triệu đồng;\nphần vốn này giải ngân trong quý IV;\n- Vốn xã: 100 triệu đồng.\n")]
    // A numbered list that does not open with its first number, or a single line.
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\nb) Vốn tỉnh: 400 triệu đồng;\nc) Vốn huyện: 100 triệu đồng.\n")]
    [InlineData("Tổng kinh phí: 600 triệu đồng, gồm:\n- Vốn tỉnh: 400 triệu đồng.\n")]
    // A closing line that is not right after the list, or says another total.
    [InlineData("Thành phần:\n- Lãnh đạo xã: 05 người;\n- Trưởng thôn: 12 người.\nSau hội nghị, các đại biểu đi thực tế.\nTổng số: 20 người.\n")]
    [InlineData("Thành phần:\n- Lãnh đạo xã: 05 người;\n- Trưởng thôn: 12 người.\nTổng số đã có mặt 15 người.\n")]
    public void Stays_silent_on_lists_it_cannot_trust(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5011"));

    private const string Plan =
        "3. Dự toán chi tiết\n"
        + "a) Mua cây giống: 40 hộ x 2.500.000 đồng = 100.000.000 đồng;\n"
        + "b) Hỗ trợ phân bón: 85.000.000 đồng;\n"
        + "c) Thuê chuyên gia hướng dẫn: 3 đợt x 12.000.000 đồng = {0} đồng.\n"
        + "Tổng kinh phí đề nghị cấp: {1} đồng (Bằng chữ: {2}).\n"
        + "4. Tổ chức thực hiện\n";

    [Fact]
    public void Reads_lettered_lines_under_a_heading_against_the_named_total_closing_them()
    {
        var text = string.Format(Plan, "36.000.000", "230.000.000", "Hai trăm ba mươi triệu đồng");
        var diagnostic = Findings.Single(text, "RL5011", "230.000.000");
        Assert.Equal("Các phần cộng lại được 221.000.000 đồng, khác tổng 230.000.000 đồng", Findings.Vi(diagnostic));
        Assert.Equal("The parts add up to 221.000.000 đồng, not the whole 230.000.000 đồng", Findings.En(diagnostic));
        Assert.Equal(["100.000.000", "85.000.000", "36.000.000"], diagnostic.Related.Select(r => text.Substring(r.Span.Start, r.Span.Length)));
        Assert.Empty(RuleTester.Lint(string.Format(Plan, "36.000.000", "221.000.000", "Hai trăm hai mươi mốt triệu đồng"), "RL5011"));
        // A slip in a line's result is RL5026's: the total is right for what the calculation makes.
        Assert.Empty(RuleTester.Lint(string.Format(Plan, "63.000.000", "221.000.000", "Hai trăm hai mươi mốt triệu đồng"), "RL5011"));
    }

    [Theory]
    [InlineData("Tổng cộng")]
    [InlineData("Cộng")]
    [InlineData("Tổng chi phí dự kiến")]
    public void Reads_a_bullet_list_after_plain_text_against_its_closing_total(string label)
    {
        var text = "Ban tổ chức dự kiến các khoản chi cho hội thi như sau.\n- Thuê hội trường: 6.000.000 đồng;\n"
            + "- In ấn tài liệu: 2.500.000 đồng;\n- Giải thưởng: 9.000.000 đồng.\n" + label + ": 18.000.000 đồng.\n";
        Assert.Equal("Các phần cộng lại được 17.500.000 đồng, khác tổng 18.000.000 đồng", Findings.Vi(Findings.Single(text, "RL5011", "18.000.000")));
        Assert.Empty(RuleTester.Lint(text.Replace("18.000.000", "17.500.000", StringComparison.Ordinal), "RL5011"));
    }

    [Theory]
    // A line with no amount of its own.
    [InlineData("2. Kinh phí\na) Sửa mái nhà: 20 triệu đồng;\nb) Lát nền theo dự toán riêng;\nc) Sơn tường: 10 triệu đồng.\nTổng cộng: 35 triệu đồng.\n")]
    // The total of two groups under two headings, or of a group after an earlier list of amounts.
    [InlineData("1. Giống cây\na) Cà phê: 30 triệu đồng;\nb) Sầu riêng: 50 triệu đồng.\n2. Phân bón\na) Phân hữu cơ: 15 triệu đồng;\nb) Vôi bột: 5 triệu đồng.\nTổng cộng: 100 triệu đồng.\n")]
    [InlineData("Chi cho lớp thứ nhất.\n- Giảng viên: 4 triệu đồng;\n- Tài liệu: 1 triệu đồng.\nChi cho lớp thứ hai.\n- Giảng viên: 4 triệu đồng;\n- Tài liệu: 2 triệu đồng.\nTổng cộng: 11 triệu đồng.\n")]
    // A named total that is not the list's sum: what was paid, one source, an increase.
    [InlineData("Các hạng mục đã duyệt.\n- Đường nội đồng: 400 triệu đồng;\n- Kênh tưới: 300 triệu đồng.\nTổng kinh phí đã giải ngân: 500 triệu đồng.\n")]
    [InlineData("Các hạng mục đã duyệt.\n- Đường nội đồng: 400 triệu đồng;\n- Kênh tưới: 300 triệu đồng.\nTổng kinh phí từ ngân sách tỉnh: 500 triệu đồng.\n")]
    [InlineData("Các hạng mục đã duyệt.\n- Đường nội đồng: 400 triệu đồng;\n- Kênh tưới: 300 triệu đồng.\nTổng vốn tăng thêm: 500 triệu đồng.\n")]
    // A label that names no sum of money and no total.
    [InlineData("Các hạng mục đã duyệt.\n- Đường nội đồng: 400 triệu đồng;\n- Kênh tưới: 300 triệu đồng.\nTrong đó vốn đối ứng: 500 triệu đồng.\n")]
    public void Stays_silent_on_closing_totals_it_cannot_trust(string text) =>
        Assert.Empty(RuleTester.Lint(text, "RL5011"));
}
