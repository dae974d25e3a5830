using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests.Spelling;

public class RealWordErrorTests
{
    [Fact]
    public void Reports_a_pair_one_mark_away_from_a_lexicon_word()
    {
        const string text = "Công tác xây dưng Đảng được chú trọng.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3003"));
        Assert.Equal(9, diagnostic.Span.Start);
        Assert.Equal(8, diagnostic.Span.Length);
        Assert.Equal(ReportSeverity.Info, diagnostic.Severity);
        Assert.Equal("“xây dưng” có thể là “xây dựng”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“xây dưng” is probably “xây dựng”", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal("Công tác xây dựng Đảng được chú trọng.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Reads_a_pair_before_an_abbreviation_the_intended_word_runs_into()
    {
        // `xây dựng nông thôn mới` is a word: NTM does not make `dưng` a noun heading it, as BHYT makes `thẻ` in `có thẻ BHYT`.
        const string text = "Việc xây dưng NTM năm 2026 đạt nhiều kết quả; người dân có thẻ BHYT được khám miễn phí.";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3003"));
        Assert.Equal(text.IndexOf("xây dưng", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("Việc xây dựng NTM năm 2026 đạt nhiều kết quả; người dân có thẻ BHYT được khám miễn phí.", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    private const string Building =
        "Công tác xây dựng Đảng được chú trọng.\nXây dựng hệ thống chính trị vững mạnh.\nPhong trào xây dựng nông thôn mới.\n";

    [Fact]
    public void Is_a_warning_when_the_draft_writes_the_lexicon_form_often()
    {
        var text = Building + "Tiếp tục xây dưng tổ chức cơ sở đảng.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3003"));
        Assert.Equal(text.IndexOf("xây dưng", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(8, diagnostic.Span.Length);
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Equal("“xây dưng” có thể là “xây dựng”; văn bản viết “xây dựng” 3 lần", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("“xây dưng” is probably “xây dựng”; the document writes “xây dựng” 3 times", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(text.Replace("xây dưng", "xây dựng"), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Stays_a_hint_when_the_draft_writes_the_lexicon_form_twice()
    {
        var text = Building[..Building.LastIndexOf("Phong", StringComparison.Ordinal)] + "Tiếp tục xây dưng tổ chức cơ sở đảng.\n";
        Assert.Equal(ReportSeverity.Info, Assert.Single(RuleTester.Lint(text, "RL3003")).Severity);
    }

    [Fact]
    public void A_configured_severity_wins_over_the_raised_one()
    {
        var text = Building + "Tiếp tục xây dưng tổ chức cơ sở đảng.\n";
        var options = RuleTester.Options("""{ "rules": { "RL3003": "info" } }""");
        Assert.Equal(ReportSeverity.Info, Assert.Single(RuleTester.Lint(text, options, "RL3003")).Severity);
    }

    [Theory]
    [InlineData("Lãnh đạo Sở Tài chình dự họp.", "Tài chình", "Tài chính", "Sở Tài chính")]
    [InlineData("Ban Thương vụ Huyện ủy họp định kỳ.", "Thương vụ", "Thường vụ", "Ban Thường vụ Huyện ủy")]
    [InlineData("Đồng chí Trưởng Ban Dân vân Tỉnh ủy phát biểu.", "Dân vân", "Dân vận", "Ban Dân vận Tỉnh ủy")]
    public void Is_a_warning_when_the_corrected_words_complete_a_known_body_name(string text, string pair, string expected, string body)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3003"));
        Assert.Equal(text.IndexOf(pair, StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(pair.Length, diagnostic.Span.Length);
        Assert.Equal(ReportSeverity.Warning, diagnostic.Severity);
        Assert.Equal($"“{pair}” có thể là “{expected}”; tên cơ quan là “{body}”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal($"“{pair}” is probably “{expected}”; the body's name is “{body}”", diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(text.Replace(pair, expected, StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Stays_a_hint_when_the_corrected_words_make_no_capitalized_body_name()
    {
        // `tài chình` in lower case names no body: the pair is a plain slip, a hint as before.
        Assert.Equal(ReportSeverity.Info, Assert.Single(RuleTester.Lint("Công tác tài chình được công khai.", "RL3003")).Severity);
    }

    [Fact]
    public void Is_silent_when_the_draft_writes_only_the_lexicon_form() => Assert.Empty(RuleTester.Lint(Building, "RL3003"));

    [Theory]
    [InlineData("Các đông chí đảng viên dự họp.", "đông chí", "đồng chí")]
    [InlineData("Hoàn thành tôt nhiệm vụ được giao.", "", "")]
    [InlineData("Thực hiện Nghị quyết của Ban Chấp hanh Trung ương.", "Chấp hanh", "Chấp hành")]
    [InlineData("Tăng cường công tác kiểm tra, giam sát.", "giam sát", "giám sát")]
    [InlineData("BÁO CÁO CÔNG TÁC XÂY DƯNG ĐẢNG", "XÂY DƯNG", "XÂY DỰNG")]
    [InlineData("Công tác tháo gở vướng mắc cho doanh nghiệp.", "tháo gở", "tháo gỡ")]
    [InlineData("Giáo dục về lý tương cách mạng cho đoàn viên.", "lý tương", "lý tưởng")]
    [InlineData("Đây là lân đầu chị về bản.", "lân đầu", "lần đầu")] // everyday words of press features
    [InlineData("Hai bên năm tay nhau cùng vượt khó.", "năm tay", "nắm tay")]
    [InlineData("Hơn nửa, chi bộ chưa sinh hoạt đều kỳ.", "Hơn nửa", "Hơn nữa")] // no word after `nửa` to read it as half of something
    [InlineData("Ba năm qua, công cuộc đồi mới ở xã vùng cao có nhiều chuyển biến.", "đồi mới", "đổi mới")]
    [InlineData("Thông qua đồi mới phương thức lãnh đạo, chi bộ sinh hoạt đều đặn hơn.", "đồi mới", "đổi mới")] // `qua` without a verb of going
    [InlineData("Hội nghị có 15 đồng chi tham dự.", "đồng chi", "đồng chí")] // a count of people, no amount of money
    [InlineData("Hàng trăm đồng chi tham gia lễ ra quân.", "đồng chi", "đồng chí")] // `trăm` without a figure counts people
    [InlineData("Cuối thang trước, xã đã giải ngân hết vốn.", "thang trước", "tháng trước")] // no `bậc` before it
    public void Finds_the_intended_word(string text, string pair, string expected)
    {
        var diagnostics = RuleTester.Lint(text, "RL3003");
        if (pair.Length == 0)
        {
            Assert.Empty(diagnostics); // `tôt` is not a valid syllable: RL3001 reports it, not this rule
            Assert.Single(RuleTester.Lint(text, "RL3001"));
            return;
        }
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(pair, RuleTester.SpanText(text, diagnostic));
        Assert.Equal(expected, diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("Đồng chí Bí thư chỉ đạo xây dựng Đảng, công tác cán bộ và cộng tác viên.")]
    [InlineData("Ông ba bán hàng ở chợ, bà bốn bàn việc nhà.")]
    [InlineData("ĐẢNG ỦY XÃ TIẾN PHONG")]
    [InlineData("Đồng chí Lò Văn Pấng, Bí thư Chi bộ, Trưởng bản; thu nhập phụ thuộc vào giá cà phê.")]
    [InlineData("Ủy ban nhân dân xã Tiến Phong, HUYỆN TÂN PHONG.")]
    [InlineData("Anh dẫn chúng tôi đi thăm vườn chè; 17/17 đồng chí dự họp nhất trí với dự thảo.")] // straddling common words
    [InlineData("Phát huy vai trò tiền phong, gương mẫu của đảng viên.")]
    [InlineData("Có 48 trường, mỗi trường tổ chức một hội thi; người có thẻ BHYT được khám miễn phí.")] // a determiner, an abbreviation after
    [InlineData("Từ nguồn quỹ này, Hội hỗ trợ 12 hộ làm nhà.")] // any noun takes a demonstrative
    [InlineData("Phân bố điểm thi môn Toán khá đều; 03 thí sinh bị đình chỉ thi.")] // `phân bố`, `đình chỉ` are words
    [InlineData("Ủy ban Mặt trận Tổ quốc cùng cấp giám sát; trẻ suy dinh dưỡng cấp tính; doanh nghiệp bao tiêu thu mua lúa.")]
    [InlineData("Thuốc điều trị bệnh mạn tính và bệnh mãn tính đều được cấp đủ.")] // both spellings are in use
    [InlineData("Sửa chữa điểm trường thôn Bình An và nhà văn hóa bản Co Muông.")] // a place unit opening a name
    [InlineData("Ngày hội quy tụ 24 đội với gần 600 diễn viên.")] // a counted noun
    [InlineData("Phong trào được duy trì không gián đoạn suốt 20 năm.")]
    [InlineData("Đại hội thông qua Điều lệ Hội và quy chế làm việc.")] // `Điều lệ` is the word, `lệ Hội` straddles
    [InlineData("Anh là người dẫn đường cho đoàn công tác.")] // `dẫn đường`, not `người dân`
    [InlineData("Truyền thống năm xưa vì thế không chỉ là ký ức.")] // a linking word
    [InlineData("Do đó, vì vậy, bởi vậy, tuy nhiên, nhờ đó, từ đó, qua đó, theo đó, trong đó, mặt khác, nhìn chung.")]
    [InlineData("Hơn 1.100 hộ dân vẫn phải đi đường đất.")] // `hộ dân` + `vẫn`, not `dân vận`
    [InlineData("Trong năm, chuyển đến 9 đảng viên, chuyển đi 14 đảng viên.")] // moving members in and out, no `chuyến đi`
    [InlineData("Thôn Tân Sơn nằm cuối xã; trụ sở nằm giữa thôn, trạm y tế nằm đầu dốc.")] // where a place lies, no `năm cuối`
    [InlineData("Làm gốm qua hàng chục công đoạn: chọn đất, nhào đất, chuốt, phơi và nung.")] // a word of its own, not `công đoàn`
    [InlineData("Người dẫn lời người xưa; nhân ngày khai trường, lũy kế toàn tỉnh có 96 trường đạt chuẩn.")] // `dẫn lời`, `khai trường`, `lũy kế`
    [InlineData("Trước đây bà con phải leo lên đồi mới bắt được sóng điện thoại.")] // the place gone to, then `mới` (only then)
    [InlineData("Mùa khô, người dân phải xuống suối mới có nước; cán bộ lên đồi mới nắm được tình hình; trẻ em đi qua đồi mới tới trường.")]
    [InlineData("Thái độ của người dân chuyển từ do dự sang đồng tình; nhiều hộ từ do dự đến ủng hộ.")] // `từ … sang/đến`: the preposition, no `tự do`
    [InlineData("Dự toán giao 86,4 tỷ đồng chi đầu tư; 15 triệu đồng chi hỗ trợ; 200 nghìn đồng chi mỗi suất; 2.500.000 đồng chi khen thưởng.")] // the currency, then `chi`
    [InlineData("Những nương ngô bậc thang trước kia bỏ trống nay đã xanh; cầu thang trước cửa được sửa.")] // `bậc thang`, `cầu thang` are words
    public void Is_silent_on_correct_text(string text) => Assert.Empty(RuleTester.Lint(text, "RL3003"));

    [Theory]
    [InlineData("Lần đầu nắm tay nhau bước vào vòng xòe, các em còn ngượng ngùng.")] // `lần đầu` + `nắm tay`, not `đầu năm`
    [InlineData("Đây là lần đầu nắm quyền của ông.")] // the word before: `lần đầu`
    [InlineData("Họ chụm đầu nắm tay nhau bàn việc.")] // the word after: `nắm tay`
    [InlineData("Anh vẫn nắm giữ vai trò chủ chốt; ông nắm chặt tay con; cô giáo cầm tay chỉ việc; bà con chung tay làm đường.")]
    [InlineData("Xã phát triển nuôi cá nước lạnh và cá nước ngọt.")] // `nước lạnh`, not `cả nước`
    [InlineData("Ông Kim, Phó Chủ tịch Hội đồng tỉnh Gyeongsangbuk-do, thăm tỉnh; các thành viên hội đồng tỉnh bạn dự tiệc.")] // `hội đồng` + `tỉnh`
    [InlineData("Ông Park, Chủ tịch Liên đoàn tỉnh Chungcheong, dự lễ.")] // `liên đoàn` + `tỉnh`
    [InlineData("Phần lớn hộ trồng sâm vẫn tự nhân giống từ cây mẹ.")] // `tự` + `nhân giống`, not `tư nhân`
    [InlineData("Cuộc thi có một giải nhất trị giá 5.000.000 đồng.")] // `nhất` + `trị giá`, not `nhất trí`
    public void Is_silent_when_the_pair_straddles_two_everyday_words(string text) => Assert.Empty(RuleTester.Lint(text, "RL3003"));

    [Theory]
    [InlineData("Mức thu không được vượt quá khung giá do tỉnh quy định.")] // `vượt quá` beside `vượt qua`
    [InlineData("Trạm y tế báo cáo số liều đã tiêm trong tuần; liều lượng thuốc ghi rõ trên đơn.")] // `số liều` beside `số liệu`
    [InlineData("Kinh phí do cơ quan chủ quản cấp; đại biểu cơ quan dân cử tiếp xúc cử tri.")] // `chủ quản`, `dân cử`
    [InlineData("Đảng ủy quân sự tỉnh học tập nghị quyết của quân ủy cấp trên.")] // `quân ủy` beside `quận ủy`
    [InlineData("Cán bộ tiếp dân cần lịch sự; văn phong của tờ trình còn dài dòng.")] // `lịch sự`, `văn phong`
    [InlineData("Số người chưa thành niên vi phạm pháp luật giảm.")] // `thành niên` beside `thanh niên`
    [InlineData("Hàng ngày, hàng tháng, cán bộ cập nhật giá tăng hay giảm của mặt hàng thiết yếu.")]
    [InlineData("Chi bộ giao ban hằng tuần và sơ kết hằng quý; tổ tự quản họp hàng tuần, hàng quý.")] // both spellings are in use
    [InlineData("Vào tháng sáu, nhóm biên soạn cuốn địa chí của huyện họp lần đầu.")] // `tháng sáu` beside `tháng sau`
    [InlineData("Chỉ hơn nửa tháng, đội đã làm xong hơn nửa số cống.")] // `nửa tháng`, `nửa số`: `nửa` is half of the next word
    [InlineData("Anh là người dẫn chương trình của đêm văn nghệ.")] // `dẫn chương trình`, not `người dân`
    public void Is_silent_on_a_correct_word_one_mark_from_another_entry(string text) => Assert.Empty(RuleTester.Lint(text, "RL3003"));

    // Real words that are rare in official writing and one mark from a word it writes everywhere stay out of the lexicon:
    // in a report they are far more often the slip than the word.
    [Theory]
    [InlineData("Ban Thương vụ Huyện ủy họp định kỳ.", "Thương vụ", "Thường vụ")]
    [InlineData("Phát huy vai trò tiền phòng của đoàn viên.", "tiền phòng", "tiền phong")]
    [InlineData("Tăng cường đoạn kết trong Đảng.", "đoạn kết", "đoàn kết")]
    public void Reports_a_slip_into_a_rare_word(string text, string written, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(text, "RL3003"));
        Assert.Equal(written, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        Assert.StartsWith($"“{written}” có thể là “{expected}”", diagnostic.GetMessage(MessageLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_word_across_the_line_break_of_a_wrapped_paragraph()
    {
        // A draft hard-wrapped by hand: `Hướng⏎dẫn số` is `Hướng dẫn` + `số`, no `dân số`; a pair cut by the wrap is still read.
        const string text = """
            Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXI, nhiệm kỳ 2025 - 2030; Hướng
            dẫn số 05-HD/UBKTHU ngày 12/01/2026 của Ủy ban Kiểm tra Huyện ủy về công tác kiểm tra, giám sát
            năm 2026; Kế hoạch số 14-KH/HU ngày 20/01/2026 của Ban Thường vụ Huyện ủy về thực hiện chương
            trình kiểm tra, giám sát; tình hình thực tế của các chi bộ, đảng bộ cơ sở trên địa bàn huyện, Ủy
            ban Kiểm tra Huyện ủy xây dựng Kế hoạch kiểm tra, giám sát năm 2026 như sau.

            """;
        Assert.Empty(RuleTester.LintAs(DocumentKind.PlainText, text, "RL3003"));
        var wrapped = Assert.Single(RuleTester.LintAs(DocumentKind.PlainText, text.Replace("giám sát\nnăm", "giam\nsát năm", StringComparison.Ordinal), "RL3003"));
        Assert.Equal("“giam sát” có thể là “giám sát”", wrapped.GetMessage(MessageLanguage.Vietnamese));
    }
}
