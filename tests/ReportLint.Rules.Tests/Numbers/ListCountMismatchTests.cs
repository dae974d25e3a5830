using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

public class ListCountMismatchTests
{
    [Fact]
    public void Reports_a_count_of_places_that_lists_more_names()
    {
        const string text = "Năm 2025 có 03 xã đạt chuẩn nông thôn mới nâng cao, gồm: Tân Hòa, Tân Phú, Tân Lập và Phú Mỹ.";
        var diagnostic = Single(text, "RL5014", "03");
        Assert.Equal("Nêu 03 xã nhưng kể ra 4 tên", Vi(diagnostic));
        Assert.Equal("Says 03 xã but lists 4 names", En(diagnostic));
        Assert.Equal(text.Replace("03 xã", "04 xã", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_past_words_and_a_roman_numeral_before_gom()
    {
        const string text = "Còn 4 huyện chưa gửi báo cáo quý III, gồm: Đông Khê, Chư Mang, Bình Lạc. Đề nghị gửi sớm.";
        Assert.Equal("Nêu 4 huyện nhưng kể ra 3 tên", Vi(Single(text, "RL5014", "4")));
        const string defined = "Có 05 xã đạt chuẩn nông thôn mới kiểu mẫu (NTMKM), gồm: Tân Hòa, Phú Mỹ, Tân Lập và Hòa An.";
        Assert.Equal("Nêu 05 xã nhưng kể ra 4 tên", Vi(Single(defined, "RL5014", "05")));
    }

    [Fact]
    public void Reads_names_right_after_the_noun_and_counts_in_words()
    {
        const string text = "Ba xã Tân Hòa và Phú Mỹ hoàn thành sớm kế hoạch.";
        var diagnostic = Single(text, "RL5014", "Ba");
        Assert.Equal("Nêu Ba xã nhưng kể ra 2 tên", Vi(diagnostic));
        Assert.Equal("Hai xã Tân Hòa và Phú Mỹ hoàn thành sớm kế hoạch.", Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_lists_in_parentheses_and_people_named_with_their_form_of_address()
    {
        const string parenthesised = "Đoàn làm việc tại 4 huyện (Đông Sơn, Hà Trung, Nga Sơn).";
        Assert.Equal("Nêu 4 huyện nhưng kể ra 3 tên", Vi(Single(parenthesised, "RL5014", "4")));
        const string people = "Khen thưởng 2 đồng chí: đồng chí Lò Văn Pọm, đồng chí Hà Thị Mai và đồng chí Vi Văn Sáng.";
        Assert.Equal("Nêu 2 đồng chí nhưng kể ra 3 tên", Vi(Single(people, "RL5014", "2")));
    }

    [Fact]
    public void Reads_cells_named_after_their_place()
    {
        const string text = "Đã kiểm tra 3 chi bộ khi có dấu hiệu vi phạm, gồm: Chi bộ thôn Trà Lộc và Chi bộ thôn Ka Lăng.";
        Assert.Equal("Nêu 3 chi bộ nhưng kể ra 2 tên", Vi(Single(text, "RL5014", "3")));
    }

    [Theory]
    [InlineData("Đã kiểm tra 2 chi bộ, gồm: Chi bộ thôn Trà Lộc và Chi bộ Ka Lăng.")]
    [InlineData("Có 03 xã đạt chuẩn, gồm: Tân Hòa, Tân Phú và Tân Lập.")]
    [InlineData("Có 04 xã đạt chuẩn nông thôn mới kiểu mẫu (NTMKM), gồm: Tân Hòa, Phú Mỹ, Tân Lập và Hòa An.")]
    [InlineData("Hai xã Tân Hòa và Phú Mỹ hoàn thành sớm kế hoạch.")]
    [InlineData("Làm việc tại 4 huyện, thị xã: Đông Sơn, Hà Trung, Nga Sơn, Bỉm Sơn.")]
    [InlineData("Ba tỉnh Đồng Nai, Bà Rịa - Vũng Tàu và Bình Dương ký kết chương trình phối hợp.")]
    [InlineData("Hai thôn Tân Hòa 1 và Tân Hòa 2 đã sáp nhập.")]
    [InlineData("Hai đồng chí Y Moan Niê và H'Hen Êban được biểu dương.")]
    public void Is_silent_when_the_count_matches(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));

    [Theory]
    [InlineData("Có 2 xã Tân Hòa, Tân Phú và Ủy ban nhân dân huyện cùng tham gia.")] // a body after và, not a third place
    [InlineData("Ba thành phố: Hà Nội, TP. Hồ Chí Minh, Đà Nẵng.")] // an abbreviation in a name: no plain list
    [InlineData("Có 2 xã: Tân Hòa, Tân Phú đạt chuẩn, Tân Lập chưa đạt.")] // the list does not end plainly
    [InlineData("Khen 2 đồng chí: Nguyễn Văn An, Bí thư Đảng ủy, Trần Thị Bình, Chủ tịch xã.")] // titles between names
    [InlineData("Hộ ông Lò Văn Pọm ở thôn 3 xã Tân Hòa và thôn 5 xã Tân Phú.")] // addresses, not counts
    [InlineData("Có 3 xã: Tân Hòa, Tân Phú và thị trấn Cầu Mây.")] // a town among communes: kinds mixed
    [InlineData("Có 2 xã chưa hoàn thành là do thiếu vốn.")]
    [InlineData("Tổng kết 5 năm thực hiện Nghị quyết tại 12 xã.")]
    [InlineData("Toàn huyện có 15 xã, trong đó 3 xã: Tân Hòa, Tân Phú và Tân Lập đạt chuẩn.")]
    [InlineData("Toàn huyện có 15 xã, trong đó 3 xã Tân Hòa, Tân Phú và Tân Lập đạt chuẩn.")]
    public void Is_silent_on_text_that_is_not_a_plain_list(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));

    [Fact]
    public void Compares_an_announced_count_with_the_bullets_under_it()
    {
        const string text = "Đoàn giám sát gồm 05 thành viên:\n- Ông Lò Văn Pọm, Trưởng đoàn;\n- Bà Hà Thị Mai, Phó Trưởng đoàn;\n"
            + "+ phụ trách địa bàn thôn Nà Hang;\n- Ông Vi Văn Sáng, thành viên;\n- Ông Lường Văn Ún, thành viên;\n"
            + "- Bà Lò Thị Xiêm, thành viên;\n- Ông Cầm Văn Ết, thư ký.\nĐoàn làm việc từ ngày 10/3/2026.";
        var diagnostic = Single(text, "RL5014", "05");
        Assert.Equal("Nêu 05 thành viên nhưng kể ra 6 mục", Vi(diagnostic));
        Assert.Equal("Says 05 thành viên but lists 6 items", En(diagnostic));
        Assert.Equal(text.Replace("gồm 05", "gồm 06", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reports_fewer_bullets_only_before_a_heading_or_the_end()
    {
        const string beforeHeading = "Kế hoạch tập trung vào 3 nhiệm vụ trọng tâm sau:\n- Tuyên truyền sâu rộng;\n- Kiểm tra, giám sát.\n2. Tổ chức thực hiện\nGiao Ban Tuyên giáo chủ trì.";
        Assert.Equal("Nêu 3 nhiệm vụ trọng tâm nhưng kể ra 2 mục", Vi(Single(beforeHeading, "RL5014", "3")));
        const string plainAfter = "Đoàn kiểm tra gồm 05 đồng chí, cụ thể như sau:\n- Đồng chí Lê Văn Thành, Trưởng đoàn;\n- Đồng chí Hồ Thị Xoan, thành viên;\n"
            + "- Đồng chí Trần Minh Đức, thư ký.\nĐoàn làm việc tại các chi bộ từ ngày 11/8/2025.";
        Assert.Equal("Nêu 05 đồng chí nhưng kể ra 3 mục", Vi(Single(plainAfter, "RL5014", "05")));
        const string figuresAfter = "Còn 07 đơn vị chưa gửi báo cáo, gồm:\n- Đảng ủy xã Pù Luông;\n- Đảng ủy xã Nậm Khắt;\n- Đảng ủy phường Bắc Hà.\n"
            + "Ngoài ra, có 03 đơn vị gửi chậm, gồm: Đảng ủy xã Hưng Lộc và Đảng ủy Công an tỉnh.";
        Assert.Equal("Nêu 07 đơn vị chưa gửi báo cáo nhưng kể ra 3 mục", Vi(Single(figuresAfter, "RL5014", "07")));
        const string blankLines = "Ban Thường vụ gồm 5 đồng chí:\n\n- Đồng chí Trần Văn Hùng;\n- Đồng chí Phạm Đức Lợi;\n- Đồng chí Đinh Công Mạnh;\n\nTrên đây là báo cáo năm 2024./.\n";
        Assert.Equal("Nêu 5 đồng chí nhưng kể ra 3 mục", Vi(Single(blankLines, "RL5014", "5")));
        const string bulletGoesOn = "Hội nghị thống nhất 3 nội dung sau:\n- Tuyên truyền;\n- Kiểm tra;\nViệc kiểm tra làm thường xuyên.\n- Sơ kết.";
        Assert.Empty(RuleTester.Lint(bulletGoesOn, "RL5014"));
        const string goesOn = "Đoàn gồm 5 thành viên:\n- Ông Lò Văn Pọm, Trưởng đoàn;\n- Bà Hà Thị Mai, Phó Trưởng đoàn;\nCác ông Vi Văn Sáng, Cầm Văn Ết và Lường Văn Ún là thành viên.";
        Assert.Empty(RuleTester.Lint(goesOn, "RL5014"));
    }

    [Theory]
    [InlineData("Đoàn gồm 03 đồng chí:\n- Đồng chí Lò Văn Pọm;\n- Đồng chí Hà Thị Mai;\n- Đồng chí Vi Văn Sáng.")]
    [InlineData("Phương hướng, nhiệm vụ năm tới như sau:\n- Tuyên truyền;\n- Kiểm tra;\n- Sơ kết.")] // năm names a year
    [InlineData("Nội dung Quý 3 gồm:\n- Tuyên truyền;\n- Kiểm tra;\n- Sơ kết.")] // no count
    [InlineData("Kỷ luật 4 đồng chí, trong đó khiển trách 2 đồng chí, cảnh cáo 2 đồng chí, cụ thể:\n- Đồng chí A;\n- Đồng chí B;\n- Đồng chí C;\n- Đồng chí D.")] // the list details the whole
    [InlineData("Hai tiêu chí chưa đạt là:\n\n- tiêu chí thu nhập;\n- tiêu chí hộ nghèo;\n- ngoài ra, một số công trình đã xuống cấp.\n")] // an extra bullet
    [InlineData("Hội nghị thống nhất một số nhiệm vụ trọng tâm 6 tháng cuối năm:\n\n- thu ngân sách;\n- làm đường;\n- kết nạp đảng viên.\n")] // months, not items
    [InlineData("Có 2 nội dung:\n1. Tuyên truyền;\n2. Kiểm tra;\n3. Sơ kết.")] // numbered items may span paragraphs: not counted
    [InlineData("Đoàn gồm 2 thành viên:\n- Ông A;\nvà ông B.\n- Mục khác của báo cáo;\n- Mục khác nữa.")] // a paragraph breaks the list
    public void Is_silent_when_the_bullets_match_or_are_not_a_list(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));
}
