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
        const string ratio = "Đến nay có 6/11 thôn được UBND huyện công nhận đạt chuẩn KDCMK, gồm: thôn Đồng Tâm, thôn Nà Lạn, thôn Khuổi Tát, thôn Bản Chang và thôn Pác Ngòi.";
        var found = Single(ratio, "RL5014", "6");
        Assert.Equal("Nêu 6 thôn nhưng kể ra 5 tên", Vi(found));
        Assert.Equal(ratio.Replace("6/11", "5/11", StringComparison.Ordinal), Fixed(ratio, found));
        const string defined = "Có 05 xã đạt chuẩn nông thôn mới kiểu mẫu (NTMKM), gồm: Tân Hòa, Phú Mỹ, Tân Lập và Hòa An.";
        Assert.Equal("Nêu 05 xã nhưng kể ra 4 tên", Vi(Single(defined, "RL5014", "05")));
    }

    [Fact]
    public void Reads_past_a_capitalized_word_before_the_colon_and_a_name_opening_with_Ban()
    {
        const string text = "Huyện ủy biểu dương 03 xã làm tốt công tác xây dựng Đảng: Mường Phăng, Nà Tấu, Bản Phủ, Thanh Minh; 02 chi bộ được khen.";
        var diagnostic = Single(text, "RL5014", "03");
        Assert.Equal("Nêu 03 xã nhưng kể ra 4 tên", Vi(diagnostic));
        Assert.Equal("Says 03 xã but lists 4 names", En(diagnostic));
        Assert.Equal(text.Replace("03 xã", "04 xã", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_past_a_word_that_starts_like_la()
    {
        const string text = "Năm nay có 02 thôn làm tốt việc giữ rừng: Nà Lạn, Khuổi Tát và Pác Ngòi.";
        var diagnostic = Single(text, "RL5014", "02");
        Assert.Equal("Nêu 02 thôn nhưng kể ra 3 tên", Vi(diagnostic));
        Assert.Equal(text.Replace("02 thôn", "03 thôn", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("Huyện ủy biểu dương 04 xã làm tốt công tác xây dựng Đảng: Mường Phăng, Nà Tấu, Bản Phủ, Thanh Minh; 02 chi bộ được khen.")]
    [InlineData("Có 3 xã đạt chuẩn, Ủy ban nhân dân huyện đề nghị: Sở Tài chính, Sở Nội vụ thẩm định.")] // a clause opened by a capital after a comma
    public void Is_silent_on_a_right_count_after_a_capitalized_word_and_on_another_clause(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));

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

    [Fact]
    public void Reads_past_a_quoted_title_and_a_year_before_the_names()
    {
        const string text = "Toàn xã có 02 thôn được công nhận danh hiệu “Thôn kiểu mẫu” năm 2024, gồm: thôn Bắc, thôn Nam và thôn Hòa Bình.";
        var diagnostic = Single(text, "RL5014", "02");
        Assert.Equal("Nêu 02 thôn nhưng kể ra 3 tên", Vi(diagnostic));
        Assert.Equal(text.Replace("02 thôn", "03 thôn", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_a_name_with_a_note_in_brackets_as_one_name()
    {
        const string text = "Tổ thư ký gồm 04 đồng chí: đồng chí Lê Văn Bình (Tổ trưởng), đồng chí Y Bhăm Niê và đồng chí H'Lan Êban.";
        var diagnostic = Single(text, "RL5014", "04");
        Assert.Equal("Nêu 04 đồng chí nhưng kể ra 3 tên", Vi(diagnostic));
        Assert.Equal("Says 04 đồng chí but lists 3 names", En(diagnostic));
        Assert.Equal(text.Replace("04 đồng chí", "03 đồng chí", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Fact]
    public void Reads_units_of_mixed_kinds_and_a_count_in_brackets()
    {
        const string bracketed = "Các đơn vị dẫn đầu phong trào thi đua (03 đơn vị): xã Tân Lập, xã Hòa Bình, thị trấn Phú Mỹ và xã Tân Hòa.";
        var diagnostic = Single(bracketed, "RL5014", "03");
        Assert.Equal("Nêu 03 đơn vị nhưng kể ra 4 tên", Vi(diagnostic));
        Assert.Equal(bracketed.Replace("03 đơn vị", "04 đơn vị", StringComparison.Ordinal), Fixed(bracketed, diagnostic));
        const string places = "Còn 4 địa phương chưa hoàn thành chỉ tiêu, gồm: xã Tân Lập, phường Đông Hà và thị trấn Phú Mỹ.";
        Assert.Equal("Nêu 4 địa phương nhưng kể ra 3 tên", Vi(Single(places, "RL5014", "4")));
        const string people = "Tặng Giấy khen cho 02 cá nhân: ông Lò Văn Pọm, bà Hà Thị Mai và ông Vi Văn Sáng.";
        Assert.Equal("Nêu 02 cá nhân nhưng kể ra 3 tên", Vi(Single(people, "RL5014", "02")));
    }

    [Theory]
    [InlineData("Các đơn vị dẫn đầu phong trào thi đua (04 đơn vị): xã Tân Lập, xã Hòa Bình, thị trấn Phú Mỹ và xã Tân Hòa.")]
    [InlineData("Có 03 đơn vị chưa nộp báo cáo: Công an huyện, Phòng Tư pháp và Ban Chỉ huy Quân sự huyện.")]
    [InlineData("Có 02 đơn vị chưa nộp báo cáo: Trường Tiểu học Tân Lập, Trường Mầm non Hoa Sen và Trạm Y tế xã.")]
    [InlineData("Tặng Giấy khen cho 02 cá nhân: ông Lò Văn Pọm, Trưởng thôn Nà Lạn và bà Hà Thị Mai.")]
    public void Is_silent_on_units_that_are_not_places_and_on_right_counts(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));

    [Theory]
    [InlineData("Hội thi trao 15 giải, gồm:\n- 01 giải Nhất, mỗi giải 3.000.000 đồng;\n- 02 giải Nhì, mỗi giải 2.000.000 đồng;\n- 03 giải Ba;\n- 09 giải Khuyến khích.\n")]
    [InlineData("Thành phần gồm 15 người:\n- Ban Thường vụ: 07 đồng chí;\n- Trưởng các ban, ngành: 08 đồng chí.\n")]
    public void Lines_that_each_give_a_count_of_their_own_are_groups_not_items(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));

    [Theory]
    [InlineData("Tổ thư ký gồm 03 đồng chí: đồng chí Lê Văn Bình (Tổ trưởng), đồng chí Y Bhăm Niê và đồng chí H'Lan Êban.")]
    [InlineData("Có 3 xã: Tân Hòa (huyện Đông Sơn), Tân Phú (gồm thôn Bắc và thôn Nam) và Tân Lập.")]
    [InlineData("Toàn xã có 03 thôn được công nhận danh hiệu “Thôn kiểu mẫu” năm 2024, gồm: thôn Bắc, thôn Nam và thôn Hòa Bình.")]
    [InlineData("Toàn huyện có 15 xã, trong đó năm 2024 có 3 xã: Tân Hòa, Tân Phú và Tân Lập đạt chuẩn.")]
    public void Is_silent_when_notes_titles_and_years_do_not_change_the_count(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));

    [Theory]
    [InlineData("Đã kiểm tra 2 chi bộ, gồm: Chi bộ thôn Trà Lộc và Chi bộ Ka Lăng.")]
    [InlineData("Có 03 xã đạt chuẩn, gồm: Tân Hòa, Tân Phú và Tân Lập.")]
    [InlineData("Có 04 xã đạt chuẩn nông thôn mới kiểu mẫu (NTMKM), gồm: Tân Hòa, Phú Mỹ, Tân Lập và Hòa An.")]
    [InlineData("Đến nay có 4/11 thôn đạt chuẩn, gồm: thôn Đồng Tâm, thôn Nà Lạn, thôn Khuổi Tát và thôn Pác Ngòi.")]
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

    [Fact]
    public void Compares_an_announced_count_with_the_numbered_lines_under_it()
    {
        const string text = "Thành lập Tổ công tác gồm 03 thành viên:\n1. Ông Lò Văn Pọm, Phó Chủ tịch UBND xã - Tổ trưởng;\n"
            + "2. Bà Hà Thị Mai, công chức Văn hóa - xã hội - Tổ phó;\n3. Ông Vi Văn Sáng, Trưởng thôn Nà Hang;\n"
            + "4. Ông Cầm Văn Ết, công chức Tư pháp - hộ tịch.\n\nĐiều 2. Tổ công tác có nhiệm vụ giúp UBND xã.";
        var diagnostic = Single(text, "RL5014", "03");
        Assert.Equal("Nêu 03 thành viên nhưng kể ra 4 mục", Vi(diagnostic));
        Assert.Equal("Says 03 thành viên but lists 4 items", En(diagnostic));
        Assert.Equal(text.Replace("gồm 03", "gồm 04", StringComparison.Ordinal), Fixed(text, diagnostic));
        const string tenLines = "Hội đồng gồm 09 thành viên:\n1) Ông A;\n2) Ông B;\n3) Ông C;\n4) Ông D;\n5) Ông E;\n6) Ông G;\n7) Ông H;\n8) Ông I;\n9) Ông K;\n10) Ông L.";
        Assert.Equal("Hội đồng gồm 10 thành viên:", Fixed(tenLines, Single(tenLines, "RL5014", "09")).Split('\n')[0]);
        const string lettered = "Hội nghị thống nhất 2 nội dung:\na) Tuyên truyền;\nb) Kiểm tra;\nc) Sơ kết.";
        Assert.Equal("Nêu 2 nội dung nhưng kể ra 3 mục", Vi(Single(lettered, "RL5014", "2")));
        const string subItems = "Kế hoạch có 2 nhiệm vụ:\n1. Tuyên truyền:\na) trên loa;\nb) tại hội nghị;\n- qua tờ rơi;\n2. Kiểm tra;\n3. Sơ kết.\nII. TỔ CHỨC THỰC HIỆN";
        Assert.Equal("Nêu 2 nhiệm vụ nhưng kể ra 3 mục", Vi(Single(subItems, "RL5014", "2")));
        const string fewer = "Tổ công tác gồm 04 thành viên:\n1. Ông Lò Văn Pọm, Tổ trưởng;\n2. Bà Hà Thị Mai, Tổ phó;\n3. Ông Vi Văn Sáng, thành viên.\nĐiều 2. Tổ công tác tự giải thể sau 03 tháng.";
        Assert.Equal("Nêu 04 thành viên nhưng kể ra 3 mục", Vi(Single(fewer, "RL5014", "04")));
    }

    [Fact]
    public void Counts_plain_lines_that_each_name_one_person()
    {
        const string text = "Tổ giúp việc gồm 04 đồng chí:\nĐồng chí Lê Văn Bình - Chánh Văn phòng;\nĐồng chí Hồ Thị Xoan - chuyên viên;\n"
            + "Đồng chí Trần Minh Đức - chuyên viên.\n\nII. TỔ CHỨC THỰC HIỆN";
        var diagnostic = Single(text, "RL5014", "04");
        Assert.Equal("Nêu 04 đồng chí nhưng kể ra 3 mục", Vi(diagnostic));
        Assert.Equal(text.Replace("gồm 04", "gồm 03", StringComparison.Ordinal), Fixed(text, diagnostic));
        const string plus = "Tổ giúp việc gồm 02 đồng chí:\n+ Đồng chí Lê Văn Bình, Chánh Văn phòng;\n+ Đồng chí Hồ Thị Xoan, chuyên viên;\n+ Đồng chí Trần Minh Đức, chuyên viên.";
        Assert.Equal("Nêu 02 đồng chí nhưng kể ra 3 mục", Vi(Single(plus, "RL5014", "02")));
    }

    [Fact]
    public void Reads_a_count_in_brackets_before_the_colon_of_a_heading()
    {
        const string text = "1. Tập thể (02 đơn vị): Chi đoàn thôn Nà Hang.\n2. Đoàn viên xuất sắc (05 đoàn viên):\n- Anh Lò Văn Pọm, Bí thư Chi đoàn thôn Nà Hang;\n"
            + "- Chị Hà Thị Mai, đoàn viên Chi đoàn trường học;\n- Anh Vi Văn Sáng, đoàn viên Chi đoàn thôn Bản Lầu;\n- Chị Cầm Thị Ết, đoàn viên Chi đoàn y tế.\n\nIII. KINH PHÍ";
        var diagnostic = Single(text, "RL5014", "05");
        Assert.Equal("Nêu 05 đoàn viên nhưng kể ra 4 mục", Vi(diagnostic));
        Assert.Equal("Says 05 đoàn viên but lists 4 items", En(diagnostic));
        Assert.Equal(text.Replace("(05 đoàn viên)", "(04 đoàn viên)", StringComparison.Ordinal), Fixed(text, diagnostic));
    }

    [Theory]
    [InlineData("2. Đoàn viên xuất sắc (03 đoàn viên):\n- Anh Lò Văn Pọm, Bí thư Chi đoàn;\n- Chị Hà Thị Mai, đoàn viên;\n- Anh Vi Văn Sáng, đoàn viên.\n\nIII. KINH PHÍ")]
    [InlineData("2. Kết quả thực hiện (năm 2025):\n- Tuyên truyền;\n- Kiểm tra.\n\nIII. KINH PHÍ")] // a year, not a count
    [InlineData("2. Kết quả (03 tháng):\n- Tuyên truyền;\n- Kiểm tra.\n\nIII. KINH PHÍ")] // a time
    [InlineData("2. Đoàn viên xuất sắc (03 đoàn viên), gồm các anh, chị sau đây và một số đoàn viên khác:\n- Anh Lò Văn Pọm;\n- Chị Hà Thị Mai.\n\nIII. KINH PHÍ")] // the brackets do not end the line
    public void Is_silent_on_a_count_in_brackets_that_matches_or_announces_nothing(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));

    [Theory]
    [InlineData("Tổ giúp việc gồm 03 đồng chí:\nĐồng chí Lê Văn Bình - Chánh Văn phòng;\nĐồng chí Hồ Thị Xoan - chuyên viên;\nĐồng chí Trần Minh Đức - chuyên viên.")]
    [InlineData("Hội nghị nghe 2 ý kiến:\nÔng Lò Văn Pọm, Trưởng thôn Nà Hang;\nBà Hà Thị Mai, Chi hội trưởng phụ nữ.\n"
        + "Ông Vi Văn Sáng, Bí thư Chi bộ, phát biểu kết luận hội nghị và giao nhiệm vụ cho từng chi hội, tổ chức đoàn thể trong thôn thực hiện trong quý tới.")] // a long line is a paragraph
    [InlineData("Đoàn gồm 3 thành viên:\n- Ông Lò Văn Pọm, Trưởng đoàn;\n- Bà Hà Thị Mai, thành viên;\nÔng Vi Văn Sáng, thư ký.\nĐoàn làm việc từ ngày 10/3/2026.")] // a name line finishes the bullets
    [InlineData("Có 3 nội dung:\n1. Tuyên truyền;\n2. Kiểm tra;\n3. Sơ kết.")]
    [InlineData("Có 3 nội dung:\n1. Tuyên truyền;\n2. Kiểm tra;\n3. Sơ kết:\na) tại thôn;\nb) tại xã;\nc) tại huyện;\nd) tại tỉnh.")] // lettered sub-items
    [InlineData("2. Nhiệm vụ\nCó 2 nhiệm vụ:\n1. Tuyên truyền;\n2. Kiểm tra;\n3. Tổ chức thực hiện")] // the third line may be the next part
    [InlineData("Có 2 nội dung:\n2. Tuyên truyền;\n3. Kiểm tra;\n4. Sơ kết.")] // does not start at 1
    [InlineData("Có 4 nội dung:\n1. Tuyên truyền;\n2. Kiểm tra;\nViệc kiểm tra làm hằng tháng.\nKết quả báo cáo Thường trực.\n"
        + "Mọi vướng mắc báo cáo kịp thời.\nĐịnh kỳ rút kinh nghiệm.\n3. Sơ kết;\n4. Tổng kết.")] // an item runs over paragraphs
    [InlineData("Có 2 nội dung:\n1. Tuyên truyền;\n2. Kiểm tra;\n3. ngoài ra, sơ kết theo quý.")] // an extra line
    [InlineData("Đoàn gồm 03 đồng chí:\n- Đồng chí Lò Văn Pọm;\n- Đồng chí Hà Thị Mai;\n- Đồng chí Vi Văn Sáng.")]
    [InlineData("Phương hướng, nhiệm vụ năm tới như sau:\n- Tuyên truyền;\n- Kiểm tra;\n- Sơ kết.")] // năm names a year
    [InlineData("Nội dung Quý 3 gồm:\n- Tuyên truyền;\n- Kiểm tra;\n- Sơ kết.")] // no count
    [InlineData("Kỷ luật 4 đồng chí, trong đó khiển trách 2 đồng chí, cảnh cáo 2 đồng chí, cụ thể:\n- Đồng chí A;\n- Đồng chí B;\n- Đồng chí C;\n- Đồng chí D.")] // the list details the whole
    [InlineData("Hai tiêu chí chưa đạt là:\n\n- tiêu chí thu nhập;\n- tiêu chí hộ nghèo;\n- ngoài ra, một số công trình đã xuống cấp.\n")] // an extra bullet
    [InlineData("Hội nghị thống nhất một số nhiệm vụ trọng tâm 6 tháng cuối năm:\n\n- thu ngân sách;\n- làm đường;\n- kết nạp đảng viên.\n")] // months, not items
    [InlineData("Đoàn gồm 2 thành viên:\n- Ông A;\nvà ông B.\n- Mục khác của báo cáo;\n- Mục khác nữa.")] // a paragraph breaks the list
    public void Is_silent_when_the_bullets_match_or_are_not_a_list(string text) => Assert.Empty(RuleTester.Lint(text, "RL5014"));
}
