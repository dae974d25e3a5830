using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;

namespace ReportLint.Rules.Tests;

/// <summary>
/// A paragraph wrapped over several lines (a Markdown paragraph, a hard-wrapped plain text) is read as one:
/// what the wrap cuts (a ratio and its percentage, a citation) is still checked, and correct wrapped text
/// stays silent.
/// </summary>
public class WrappedParagraphTests
{
    [Fact]
    public void A_percentage_on_the_line_after_its_ratio_is_checked()
    {
        const string text = "# Kết quả\n\nBan Thường vụ Huyện ủy đã làm việc với 24/30 xã,\nchiếm 85% tổng số xã trong huyện.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5001"));
        Assert.Equal("85%", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Tỷ lệ 85% không khớp với 24/30 = 80%", diagnostic.GetMessage(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void A_citation_cut_by_the_wrap_is_parsed_whole()
    {
        const string text = "Các chi bộ đã quán triệt Chỉ thị số\n02-NQ/TU của Ban Thường vụ Tỉnh ủy.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL2004"));
        Assert.Equal("Chỉ thị số\n02-NQ/TU", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("“Chỉ thị” không khớp ký hiệu “NQ” (Nghị quyết) trong “02-NQ/TU”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void A_pattern_cut_by_the_wrap_is_read_whole()
    {
        const string text = "Toàn huyện có 4.216 hội viên,\ntăng 140 hội viên so với năm 2024 (4.096 hội viên).\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL5015"));
        Assert.Equal("140", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Từ 4.096 đến 4.216 là tăng 120, không phải tăng 140", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace("140", "120", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_list_item_and_a_quote_wrapped_over_lines_are_one_paragraph_each()
    {
        const string text = "- Đã kiểm tra 12/16 chi bộ,\n  đạt 80%.\n\n> “Mỗi cán bộ phải nêu gương\n> trong mọi việc.”\n";
        var diagnostics = RuleTester.LintMarkdown(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("RL5001", diagnostic.Id);
        Assert.Equal("Tỷ lệ 80% không khớp với 12/16 = 75%", diagnostic.GetMessage(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void A_wrong_mark_in_a_word_cut_by_the_wrap_is_reported_and_the_fix_keeps_the_line_break()
    {
        const string text = "Đảng bộ quyết tâm thực hiện thắng lợi nghị quyết, xây\ndưng quê hương ngày càng giàu đẹp.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL3003"));
        Assert.Equal("xây\ndưng", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("“xây dưng” có thể là “xây dựng”", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.Replace("dưng", "dựng", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
        Assert.Empty(RuleTester.LintMarkdown("Đảng bộ quyết tâm thực hiện thắng lợi nghị quyết, xây\ndựng quê hương ngày càng giàu đẹp.\n", "RL3003"));
    }

    [Fact]
    public void A_word_repeated_across_the_wrap_is_reported()
    {
        const string text = "Phong trào được các\ncác hội viên hưởng ứng.\n\n- Mục một được các\n  các chi hội triển khai.\n";
        var diagnostics = RuleTester.LintMarkdown(text, "RL3010");
        Assert.Equal([text.IndexOf("\ncác", StringComparison.Ordinal) + 1, text.LastIndexOf("các chi", StringComparison.Ordinal)],
            diagnostics.Select(d => d.Span.Start));
        // The fix keeps the wrap: the repeat and the space after it go, the line break stays.
        Assert.StartsWith("Phong trào được các\nhội viên hưởng ứng.\n\n", RuleTester.ApplyFirstFix(text, diagnostics[0]), StringComparison.Ordinal);
        Assert.EndsWith("- Mục một được các\n  chi hội triển khai.\n", RuleTester.ApplyFirstFix(text, diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_left_at_the_end_of_a_wrapped_line_is_spaced_on_one_side()
    {
        const string text = "Công tác quân sự địa phương, quốc phòng-\nan ninh được giữ vững.\n";
        var diagnostic = Assert.Single(RuleTester.LintMarkdown(text, "RL4005"));
        Assert.Equal(text.IndexOf('-'), diagnostic.Span.Start);
        Assert.Equal("Công tác quân sự địa phương, quốc phòng -\nan ninh được giữ vững.\n", RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void Correct_wrapped_text_is_silent()
    {
        const string text =
            "# Báo cáo sơ kết\n\n" +
            "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương,\n" +
            "toàn huyện có 312/450 chi bộ (đạt 69,33%) hoàn thành tốt nhiệm vụ. Công tác\n" +
            "kinh tế - xã hội, quốc phòng - an ninh được giữ vững; đời sống của nhân dân\n" +
            "tiếp tục được cải thiện.\n\n" +
            "- Các chi bộ đã tổ chức sinh hoạt chuyên đề\n  theo đúng hướng dẫn.\n";
        Assert.Empty(RuleTester.LintMarkdown(text));
    }

    [Fact]
    public void A_hard_wrapped_plain_text_is_read_by_paragraph_too()
    {
        const string text =
            "Trong năm qua, Ban Thường vụ Huyện ủy đã tập trung lãnh đạo, chỉ đạo các\n" +
            "tổ chức cơ sở đảng thực hiện nghiêm túc các nghị quyết. Toàn huyện có 24/30 xã,\n" +
            "chiếm 85% tổng số xã, hoàn thành kế hoạch; công tác kinh tế - xã hội được\n" +
            "duy trì ổn định, đời sống của nhân dân từng bước được nâng lên rõ rệt.\n";
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.PlainText, text));
        Assert.Equal("Tỷ lệ 85% không khớp với 24/30 = 80%", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.IndexOf("85%", StringComparison.Ordinal), diagnostic.Span.Start);
    }

    [Fact]
    public void A_hard_wrap_before_a_definition_or_inside_brackets_keeps_the_paragraph_whole()
    {
        const string text =
            "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành tập trung đẩy nhanh công tác giải phóng mặt bằng\n" +
            "(GPMB) các dự án trọng điểm năm 2025; đến nay đã giải ngân 612,7 tỷ đồng (đạt\n" +
            "49,2%); các chủ đầu tư hoàn thành GPMB trước ngày 15/12/2025 theo kế hoạch đề ra.\n" +
            "Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan tham mưu điều chỉnh vốn.\n";
        Assert.Empty(RuleTester.LintAs(DocumentKind.PlainText, text));
    }

    [Fact]
    public void Brackets_the_wrap_cuts_are_counted_over_the_whole_paragraph()
    {
        // The second line closes the first line's bracket and opens one of its own: the third line still goes on with it.
        const string text =
            "Các chi bộ đã học tập Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương (khóa\n" +
            "XII) và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương (khóa\n" +
            "XIII) về xây dựng, chỉnh đốn Đảng; các đoàn thể tổ chức 64 buổi sinh hoạt chuyên đề\n" +
            "cho hội viên ở khu dân cư, thu hút đông đảo cán bộ và nhân dân tham gia tích cực.\n";
        Assert.Empty(RuleTester.LintAs(DocumentKind.PlainText, text));
    }

    [Fact]
    public void A_line_opening_with_a_bracket_on_a_lower_case_word_goes_on_with_the_sentence()
    {
        const string text =
            "Ban Thanh tra nhân dân xã tiếp nhận 30 đơn, ý kiến phản ánh của nhân dân; phối\n" +
            "hợp với các ngành chức năng xem xét, giải quyết dứt điểm được 27/30 đơn, ý kiến\n" +
            "(đạt 93,33%), 3 trường hợp còn lại đang được xem xét theo thẩm quyền. Ban Giám\n" +
            "sát đầu tư của cộng đồng giám sát 11 công trình, kiến nghị khắc phục 2 công trình.\n";
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.PlainText, text));
        Assert.Equal("Tỷ lệ 93,33% không khớp với 27/30 = 90,00%", diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal(text.IndexOf("93,33%", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Empty(RuleTester.LintAs(DocumentKind.PlainText, text.Replace("93,33%", "90,00%", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_short_hard_wrapped_report_with_its_header_and_signature_is_read_by_paragraph()
    {
        // Most lines are short (header, headings, signature), but the wrap cuts many sentences: a wrap all the same.
        const string text =
            "UBND XÃ TÂN HÒA\n" +
            "Số: 12/BC-UBND\n" +
            "\n" +
            "BÁO CÁO NHANH\n" +
            "1. Thiệt hại\n" +
            "a) Về người: 01 người bị thương là ông Lò Văn Pọm (sinh năm 1970, trú tại bản Nà\n" +
            "Khoang) khi đang thu hoạch lúa; đã được đưa đến Trạm Y tế xã điều trị kịp thời.\n" +
            "b) Về nhà ở: 45 nhà bị tốc mái, trong đó 12 nhà hư hỏng nặng cần sửa chữa ngay và\n" +
            "33 nhà hư hỏng một phần; Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn\n" +
            "(PCTT&TKCN) xã đã huy động lực lượng giúp dân khắc phục hậu quả trong ngày,\n" +
            "bảo đảm an toàn cho người và tài sản của nhân dân trên địa bàn toàn xã.\n" +
            "c) Về nông nghiệp: 26 ha lúa bị ngập úng cục bộ; Ban Chỉ huy PCTT&TKCN xã tiếp tục\n" +
            "theo dõi, hướng dẫn các hộ dân tiêu úng, bảo vệ diện tích lúa còn lại.\n" +
            "\n" +
            "Nơi nhận:\n" +
            "- Lưu: VT.\n" +
            "CHỦ TỊCH\n";
        Assert.Empty(RuleTester.LintAs(DocumentKind.PlainText, text, "RL1001", "RL4007", "RL1002"));
    }

    // A hard-wrapped plain text of lines up to 78 columns; each test puts its own words around the wrap.
    private const string WrappedOpening =
        "Trong tháng qua, các cơ quan, đơn vị trên địa bàn đã tích cực triển khai đồng bộ\n" +
        "nhiều giải pháp nhằm thúc đẩy sản xuất, kinh doanh và bảo đảm an sinh xã hội cho\n" +
        "người dân, góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội ở cơ sở.\n\n";

    [Fact]
    public void A_body_name_cut_by_the_wrap_is_one_name_and_stays_silent_when_right()
    {
        const string text = WrappedOpening +
            "Các chi bộ, đảng bộ cơ sở đã quán triệt kịp thời kết luận của Ban Thường vụ Tỉnh\n" +
            "ủy về công tác cán bộ, chỉ đạo các cấp ủy xây dựng kế hoạch thực hiện cụ thể.\n";
        Assert.Empty(RuleTester.LintAs(DocumentKind.PlainText, text, "RL6001", "RL6002", "RL6003"));
    }

    [Fact]
    public void A_miswritten_body_name_cut_by_the_wrap_is_reported_whole_and_the_fix_keeps_the_line_break()
    {
        const string text = WrappedOpening +
            "Thời gian tới, các đơn vị tiếp tục thực hiện nghiêm chỉ đạo của Ban thường vụ\n" +
            "Tỉnh ủy về công tác cán bộ, chỉ đạo các cấp ủy xây dựng kế hoạch thực hiện.\n";
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.PlainText, text, "RL6001"));
        Assert.Equal("Ban thường vụ\nTỉnh ủy", RuleTester.SpanText(text, diagnostic));
        Assert.Equal("Tên cơ quan “Ban thường vụ Tỉnh ủy” viết hoa chưa đúng: viết “Ban Thường vụ Tỉnh ủy”",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Equal("The body name “Ban thường vụ Tỉnh ủy” is not capitalized correctly: write “Ban Thường vụ Tỉnh ủy”",
            diagnostic.GetMessage(MessageLanguage.English));
        Assert.Equal(text.Replace("Ban thường vụ\n", "Ban Thường vụ\n", StringComparison.Ordinal), RuleTester.ApplyFirstFix(text, diagnostic));
    }

    [Fact]
    public void A_title_cut_by_the_wrap_is_checked_with_the_body_after_it()
    {
        const string text = WrappedOpening +
            "Hội nghị sơ kết do đồng chí Lê Thị Hoa, phó chủ tịch Ủy ban nhân dân tỉnh, chủ\n" +
            "trì; dự hội nghị có lãnh đạo các sở, ngành và các huyện, thị xã, thành phố.\n\n" +
            "Tại hội nghị, các đại biểu đã thảo luận, đánh giá kết quả và đề ra nhiệm vụ, phó\n" +
            "chủ tịch Ủy ban nhân dân tỉnh Lê Thị Hoa phát biểu kết luận hội nghị sơ kết.\n";
        var diagnostics = RuleTester.LintAs(DocumentKind.PlainText, text, "RL6002");
        Assert.Equal(["phó chủ tịch", "phó\nchủ tịch"], diagnostics.Select(d => RuleTester.SpanText(text, d)));
        Assert.Equal("Chức danh “phó chủ tịch” đứng trước tên riêng hoặc tên cơ quan cụ thể phải viết “Phó Chủ tịch”",
            diagnostics[1].GetMessage(MessageLanguage.Vietnamese));
        Assert.Contains("phó\nchủ tịch", RuleTester.ApplyFirstFix(text, diagnostics[0]), StringComparison.Ordinal);
        Assert.Contains("Phó\nChủ tịch", RuleTester.ApplyFirstFix(text, diagnostics[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_the_writer_broke_before_a_capital_that_would_have_fitted_is_not_joined()
    {
        // `Ban Thường vụ` ends a short line on purpose (the next word fits the width): it is no wrap of `Ban Thường vụ Tỉnh ủy`,
        // and `Nơi nhận` lines and headings stay lines of their own.
        const string text = WrappedOpening +
            "Ý kiến góp ý gửi về Ban Tuyên giáo để tổng hợp, báo cáo Ban Thường vụ\n" +
            "Tỉnh ủy Hòa Bình theo dõi, chỉ đạo các cơ quan, đơn vị thực hiện nghiêm túc.\n" +
            "Đề nghị các đồng chí nghiên cứu, đóng góp ý kiến bằng văn bản gửi về Văn\n" +
            "II. NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI\n";
        var source = new Core.Text.SourceText(text);
        var paragraphs = Core.Input.WrappedPlainText.Paragraphs(source);
        var lineOfTinhUy = 5;
        Assert.DoesNotContain(paragraphs, p => p.FirstLine < lineOfTinhUy && p.LastLine >= lineOfTinhUy);
        Assert.DoesNotContain(paragraphs, p => p.LastLine == lineOfTinhUy + 2);
    }

    [Fact]
    public void A_markdown_paragraph_joins_a_name_cut_by_the_wrap_but_list_items_stay_apart()
    {
        const string text = "Các đơn vị thực hiện nghiêm chỉ đạo của Ban Thường vụ Tỉnh\nủy về công tác cán bộ.\n\n" +
            "- Ban Thường vụ\n- Tỉnh ủy viên dự khuyết\n";
        Assert.Empty(RuleTester.LintMarkdown(text, "RL6001", "RL6002", "RL6003"));
    }

    [Fact]
    public void A_citation_or_a_full_form_cut_by_the_wrap_is_quoted_on_one_line()
    {
        const string text = WrappedOpening +
            "Các cấp ủy tiếp tục hỗ trợ doanh nghiệp nhỏ và vừa (DNNVV) theo tinh thần Quy\n" +
            "định số 27 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tư nhân; nhiều doanh\n" +
            "nghiệp nhỏ và vừa được tạo điều kiện tiếp cận vốn vay, mở rộng sản xuất, kinh\n" +
            "doanh, đóng góp ngày càng lớn vào tăng trưởng kinh tế của địa phương trong năm.\n";
        var diagnostics = RuleTester.LintAs(DocumentKind.PlainText, text, "RL2008", "RL1006");
        Assert.Equal(["RL2008", "RL1006"], diagnostics.Select(d => d.Id));
        Assert.Equal("Lần đầu trích dẫn, “Quy định số 27” nên ghi đủ số, ký hiệu và ngày ban hành", diagnostics[0].GetMessage(MessageLanguage.Vietnamese));
        Assert.StartsWith("“doanh nghiệp nhỏ và vừa” đã được viết tắt là “DNNVV”", diagnostics[1].GetMessage(MessageLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_contradiction_across_the_wrap_is_quoted_on_one_line_and_its_fix_keeps_the_break()
    {
        const string text = WrappedOpening +
            "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Ban Chấp\n" +
            "hành Trung ương về đẩy mạnh làm theo gương Bác trong cán bộ, đảng viên,\n" +
            "các chi bộ đã xây dựng kế hoạch cụ thể, phù hợp với thực tế của đơn vị.\n";
        var diagnostic = Assert.Single(RuleTester.LintAs(DocumentKind.PlainText, text, "RL2009"));
        Assert.Equal("Theo cơ sở dữ liệu, 05-CT/TW do Bộ Chính trị ban hành, không phải Ban Chấp hành Trung ương",
            diagnostic.GetMessage(MessageLanguage.Vietnamese));
        Assert.Contains("của Bộ Chính\ntrị về đẩy mạnh", RuleTester.ApplyFirstFix(text, diagnostic), StringComparison.Ordinal);
    }
}
