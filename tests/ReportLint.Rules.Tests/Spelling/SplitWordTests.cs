using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

/// <summary>RL3013: a syllable cut in two, by a hard wrap (read across the line break) or by a stray space within a line.</summary>
public class SplitWordTests
{
    // Lines up to ~80 columns, as an old word processor wraps them; each test adds its own paragraph.
    private const string Opening =
        "Trong quý vừa qua, các cơ quan, đơn vị trên địa bàn huyện đã tích cực triển khai\n" +
        "đồng bộ nhiều giải pháp nhằm thúc đẩy sản xuất, kinh doanh, bảo đảm an sinh xã\n" +
        "hội cho người dân, góp phần giữ vững ổn định chính trị, trật tự ở cơ sở.\n\n";

    private static IReadOnlyList<Diagnostic> Lint(string paragraph) =>
        RuleTester.LintAs(DocumentKind.PlainText, Opening + paragraph, "RL3013", "RL3001", "RL3002");

    [Fact]
    public void A_lone_consonant_ending_the_line_and_the_rest_of_its_syllable_opening_the_next_are_one_word()
    {
        const string paragraph =
            "Ủy ban Kiểm tra các cấp đã chú trọng bồi dưỡng kỹ năng thẩm tra và nghiệp v\n" +
            "ụ tài chính đảng cho cán bộ kiểm tra ở cơ sở, nhất là ở các chi bộ mới lập.\n";
        var diagnostic = Assert.Single(Lint(paragraph));
        Assert.Equal("RL3013", diagnostic.Id);
        Assert.Equal("v\nụ", RuleTester.SpanText(Opening + paragraph, diagnostic));
        Assert.Equal("“v” cuối dòng và “ụ” đầu dòng sau là một âm tiết bị ngắt đôi: viết liền “vụ”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“v” at the end of the line and “ụ” at the start of the next are one syllable cut in two: write “vụ”",
            diagnostic.GetMessage(MessageLanguage.English));
        // `ụ` is a word by itself: the join is a judgement. It keeps the wrap, moving the break after the joined word.
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        Assert.Equal("Nối thành “vụ”", fix.Title.Vi);
        Assert.Equal(Opening + "Ủy ban Kiểm tra các cấp đã chú trọng bồi dưỡng kỹ năng thẩm tra và nghiệp vụ\n" +
            "tài chính đảng cho cán bộ kiểm tra ở cơ sở, nhất là ở các chi bộ mới lập.\n", RuleTester.ApplyFirstFix(Opening + paragraph, diagnostic));
    }

    [Fact]
    public void Two_pieces_that_are_no_syllable_each_join_safely_and_RL3001_leaves_them_alone()
    {
        const string paragraph =
            "Công tác kiểm tra, giám sát được thực hiện thường xuyên hơn trước, trình độ ngh\n" +
            "iệp vụ, kỹ năng của đội ngũ cán bộ kiểm tra được nâng lên rõ rệt qua từng năm.\n";
        var diagnostic = Assert.Single(Lint(paragraph));
        Assert.Equal("ngh\niệp", RuleTester.SpanText(Opening + paragraph, diagnostic));
        Assert.Equal(FixSafety.Safe, diagnostic.Fixes[0].Safety);
        // The break goes after what is glued to the joined word (`vụ,` stays whole on the line above).
        Assert.Contains("trình độ nghiệp\nvụ, kỹ năng", RuleTester.ApplyFirstFix(Opening + paragraph, diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void A_syllable_cut_after_its_vowel_is_found_too()
    {
        const string wrapped =
            "Các đồng chí được phân công theo dõi tình hình ở các xã, thị trấn trên địa b\n" +
            "àn có trách nhiệm báo cáo kết quả thường xuyên cho Thường trực Huyện ủy.\n";
        var diagnostic = Assert.Single(Lint(wrapped));
        Assert.Equal("RL3013", diagnostic.Id);
        Assert.Equal("“b” cuối dòng và “àn” đầu dòng sau là một âm tiết bị ngắt đôi: viết liền “bàn”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
    }

    [Theory]
    // Correct wrapped text: every line ends on a whole word.
    [InlineData("Ủy ban Kiểm tra các cấp đã chú trọng bồi dưỡng kỹ năng thẩm tra và nghiệp vụ\ntài chính đảng cho cán bộ kiểm tra ở cơ sở, nhất là ở các chi bộ mới thành lập.\n")]
    // A range or a compound ending the line with its dash.
    [InlineData("Đại hội đã thông qua phương hướng, mục tiêu và nhiệm vụ của nhiệm kỳ 2020-\n2025 với các chỉ tiêu cụ thể về phát triển kinh tế - xã hội, quốc phòng - an ninh.\n")]
    [InlineData("Các chi bộ tiếp tục lãnh đạo thực hiện tốt nhiệm vụ phát triển kinh tế - xã hội, quốc phòng -\nan ninh trên địa bàn, bảo đảm ổn định tình hình chính trị ở cơ sở trong năm tới.\n")]
    // List markers and references by letter.
    [InlineData("Nội dung kiểm tra gồm các việc được giao theo quy định, cụ thể như sau: a)\nban hành nghị quyết chuyên đề; b) tổ chức thực hiện nghị quyết đã ban hành.\n")]
    [InlineData("Việc xử lý kỷ luật được thực hiện theo đúng quy định tại khoản 2, điểm b\nan toàn thông tin trong quy chế, bảo đảm công khai, minh bạch trong mọi khâu.\n")]
    // Initials and abbreviations.
    [InlineData("Hội nghị do đồng chí Nguyễn V. A., Phó Bí thư Thường trực Huyện ủy chủ trì, có\nsự tham dự của đại diện lãnh đạo các ban, ngành, đoàn thể của huyện và các xã.\n")]
    [InlineData("Đoàn công tác đã làm việc với Ban Chỉ đạo của huyện và kiểm tra đoạn đường dài 12 m\nở phía đông thị trấn, nơi mới được sửa chữa, nâng cấp bằng nguồn vốn của tỉnh.\n")]
    [InlineData("Ban Thường vụ đã giao cho các cơ quan tham mưu phối hợp chuẩn bị nội dung và tp\nhối hợp các xã tổ chức hội nghị theo kế hoạch đề ra trong tháng tới của huyện.\n")]
    public void Correct_wrapped_text_lists_initials_and_units_stay_silent(string paragraph) =>
        Assert.DoesNotContain(Lint(paragraph), d => d.Id == "RL3013");

    [Fact]
    public void A_valid_right_piece_joins_when_the_joined_word_makes_a_lexicon_word_with_its_neighbour()
    {
        // `ở` is a word by itself, but `mở rộng` is a word of the lexicon and `m` is none.
        const string paragraph =
            "Trong năm, huyện đã chỉ đạo các xã rà soát hệ thống đường giao thông nông thôn, m\n" +
            "ở rộng mặt đường ở những đoạn thường xuyên ùn tắc, bảo đảm an toàn cho người đi.\n";
        var diagnostic = Assert.Single(Lint(paragraph));
        Assert.Equal("“m” cuối dòng và “ở” đầu dòng sau là một âm tiết bị ngắt đôi: viết liền “mở”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fixes[0].Safety);
    }

    // A stray space within a line: `tuyên truyề n`, `thự c hiện`, `kế hoạc h`.
    [Theory]
    [InlineData("Ban Tuyên giáo đã đẩy mạnh công tác tuyên truyề n về nghị quyết.", "truyề n", "truyề", "n", "truyền", FixSafety.Safe)]
    [InlineData("Các chi bộ đã kế hoạc h cụ thể để triển khai.", "hoạc h", "hoạc", "h", "hoạch", FixSafety.Safe)]
    [InlineData("Cấp ủy đã chỉ đạo công tác kiể m tra đảng viên.", "kiể m", "kiể", "m", "kiểm", FixSafety.Safe)]
    // One piece is a syllable by itself (`thự`, `hiệp`): the join is a judgement, backed by a lexicon pair beside it.
    [InlineData("Các đơn vị đã thự c hiện tốt nhiệm vụ được giao.", "thự c", "thự", "c", "thực", FixSafety.Unsafe)]
    [InlineData("Lớp bồi dưỡng ng hiệp vụ đã được tổ chức.", "ng hiệp", "ng", "hiệp", "nghiệp", FixSafety.Unsafe)]
    [InlineData("Kỹ năng thẩm tra và nghiệp v ụ tài chính được nâng lên.", "v ụ", "v", "ụ", "vụ", FixSafety.Unsafe)]
    public void A_syllable_split_by_a_stray_space_within_a_line_is_one_finding_that_joins_it(string text, string span, string left, string right,
        string joined, FixSafety safety)
    {
        var diagnostic = Assert.Single(Lint(text));
        Assert.Equal("RL3013", diagnostic.Id);
        Assert.Equal(span, RuleTester.SpanText(Opening + text, diagnostic));
        Assert.Equal($"“{left}” và “{right}” là một âm tiết bị tách đôi bởi dấu cách: viết liền “{joined}”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal($"“{left}” and “{right}” are one syllable split by a space: write “{joined}”", diagnostic.GetMessage(MessageLanguage.English));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(safety, fix.Safety);
        Assert.Equal($"Nối thành “{joined}”", fix.Title.Vi);
        // Only the stray space goes; the spaces around the word stay.
        Assert.Equal(Opening + text.Replace(span, joined, StringComparison.Ordinal), RuleTester.ApplyFirstFix(Opening + text, diagnostic));
    }

    [Fact]
    public void Several_stray_spaces_in_a_paragraph_are_all_joined_by_the_safe_fixes()
    {
        const string text = "Công tác tuyên truyề n được đẩy mạnh, kế hoạc h kiể m tra được thực hiện đúng.";
        Assert.Equal(Opening + "Công tác tuyên truyền được đẩy mạnh, kế hoạch kiểm tra được thực hiện đúng.",
            RuleTester.FixAll(Opening + text, false, "RL3013", "RL3001"));
    }

    [Fact]
    public void An_office_adds_a_label_noun_in_its_data_and_the_letter_after_it_stays_apart()
    {
        // `chương c` ⏎ `huyên đề`: read as `chuyên đề` until the workspace says a letter after `chương` is a label.
        const string text = "Nội dung bảo mật được quy định chi tiết tại các mục của chương c\nhuyên đề về an toàn thông tin trong quy chế mới.\n";
        Assert.Equal("RL3013", Assert.Single(Lint(text)).Id);
        var options = RuleTester.Options("""{ "data": { "labelNouns": ["chương"] } }""");
        Assert.Empty(RuleTester.LintAs(DocumentKind.PlainText, Opening + text, options, "RL3013", "RL3001", "RL3002"));
    }

    [Theory]
    // Letters naming points, items and classes; initials; units after a number.
    [InlineData("Theo quy định tại khoản 2 điểm b và điểm c của Điều 5, các đơn vị phải báo cáo.")]
    [InlineData("Các nội dung tại điểm a, mục b, tiết c được thực hiện trong quý.")]
    [InlineData("Hội nghị do đồng chí Nguyễn V. A, Phó Bí thư Thường trực chủ trì.")]
    [InlineData("Tuyến đường dài 12 m, rộng 5 m; diện tích trồng mới 5 ha, sản lượng 3 t mỗi ha.")]
    [InlineData("Nhà văn hóa khu c, lớp 10 a và phòng 2 b đã được sửa chữa.")]
    // A variable or a letter after a valid word that would join into a syllable no word of the lexicon pairs it with.
    [InlineData("Giá trị n của hệ số k được tính theo công thức đã ban hành.")]
    [InlineData("Số liệu tại bảng b, biểu c và mẫu d được tổng hợp đầy đủ.")]
    // Abbreviations, English words and names of minority languages.
    [InlineData("Các đồng chí CB, CC và ĐV trong chi bộ đã tham gia học tập, v.v.")]
    [InlineData("Ứng dụng Microsoft Teams and Zoom meeting được sử dụng trong các cuộc họp.")]
    [InlineData("Đồng bào Ê Đê, M'Nông, Xơ Đăng và K'Ho đã tham gia lễ hội.")]
    // Two valid words one space apart.
    [InlineData("Các đơn vị đã thực hiện tốt công tác tuyên truyền về nghị quyết của Đảng.")]
    public void Correct_text_within_a_line_stays_silent(string text) =>
        Assert.Empty(Lint(text));
}
