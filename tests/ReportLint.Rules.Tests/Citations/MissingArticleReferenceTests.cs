using ReportLint.Core.Diagnostics;
using ReportLint.Rules.Tests.Infrastructure;
using ReportLint.Rules.Tests.Numbers;

namespace ReportLint.Rules.Tests.Citations;

public class MissingArticleReferenceTests
{
    // A small regulation: five articles; Điều 2 has clauses 1–3, its clause 2 points a–c; Điều 4 has points a, b only.
    private const string Regulation = """
        QUY CHẾ QUẢN LÝ TÀI SẢN
        Chương I
        QUY ĐỊNH CHUNG
        Điều 1. Phạm vi áp dụng
        Quy chế này áp dụng đối với tài sản của cơ quan.
        Điều 2. Nguyên tắc quản lý
        1. Tài sản được giao cho từng phòng quản lý.
        2. Việc mua sắm phải bảo đảm:
        a) Đúng tiêu chuẩn, định mức;
        b) Công khai, minh bạch;
        c) Tiết kiệm, hiệu quả.
        3. Tài sản hư hỏng được thanh lý theo quy định.
        Điều 3. Kiểm kê
        Việc kiểm kê thực hiện theo khoản 3 Điều 2 và theo điểm b khoản 2 Điều 2.
        Điều 4. Trách nhiệm
        a) Văn phòng theo dõi chung;
        b) Các phòng tự kiểm tra.
        Điều 5. Hiệu lực
        Quy chế này có hiệu lực kể từ ngày ký.
        """;

    private static string With(string sentence) => Regulation + "\n" + sentence;

    [Fact]
    public void Reports_an_article_the_regulation_does_not_have()
    {
        var text = With("Việc xử lý vi phạm thực hiện theo Điều 9 của Quy chế này.");
        var diagnostic = Findings.Single(text, "RL2016", "Điều 9");
        Assert.Equal("Quy chế chỉ có Điều 1 đến Điều 5, không có Điều 9", Findings.Vi(diagnostic));
        Assert.Equal("The document has only Điều 1 to Điều 5; there is no Điều 9", Findings.En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Names_the_document_from_its_title_for_a_bare_reference()
    {
        var diagnostic = Findings.Single(With("Tài sản cho mượn được xử lý như quy định tại Điều 7."), "RL2016", "Điều 7");
        Assert.Equal("Quy chế chỉ có Điều 1 đến Điều 5, không có Điều 7", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reports_a_clause_the_article_does_not_have()
    {
        var text = With("Phòng Tài chính báo cáo theo quy định tại khoản 4 Điều 2.");
        var diagnostic = Findings.Single(text, "RL2016", "khoản 4 Điều 2");
        Assert.Equal("Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 4", Findings.Vi(diagnostic));
        Assert.Equal("Điều 2 has only khoản 1 to khoản 3; there is no khoản 4", Findings.En(diagnostic));
    }

    [Fact]
    public void Reports_a_point_the_clause_does_not_have()
    {
        var diagnostic = Findings.Single(With("Hồ sơ mua sắm đáp ứng điểm d khoản 2 Điều 2 Quy chế này."), "RL2016", "điểm d khoản 2 Điều 2");
        Assert.Equal("Khoản 2 Điều 2 chỉ có điểm a, b, c, không có điểm d", Findings.Vi(diagnostic));
        Assert.Equal("Khoản 2 Điều 2 has only điểm a, b, c; there is no điểm d", Findings.En(diagnostic));
    }

    [Fact]
    public void Reports_a_point_of_an_article_written_without_clauses()
    {
        var diagnostic = Findings.Single(With("Trách nhiệm nêu tại điểm c Điều 4 do Văn phòng tổng hợp."), "RL2016", "điểm c Điều 4");
        Assert.Equal("Điều 4 chỉ có điểm a, b, không có điểm c", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reads_điều_này_as_the_article_it_stands_in()
    {
        var text = Regulation.Replace("3. Tài sản hư hỏng được thanh lý theo quy định.", "3. Tài sản hư hỏng được thanh lý theo khoản 5 Điều này.", StringComparison.Ordinal);
        var diagnostic = Findings.Single(text, "RL2016", "khoản 5 Điều này");
        Assert.Equal("Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 5", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Việc bồi thường thực hiện theo Điều 9 Luật Quản lý, sử dụng tài sản công.")] // another law
    [InlineData("Thực hiện theo khoản 4 Điều 12 Nghị định số 151/2017/NĐ-CP.")]
    [InlineData("Đảng viên vi phạm bị xử lý theo Điều 35 Điều lệ Đảng.")]
    [InlineData("Thẩm quyền nêu tại Điều 8 của văn bản hướng dẫn cấp trên.")]
    [InlineData("Căn cứ Quy định số 22-QĐ/TW, việc kiểm tra thực hiện theo Điều 9.")] // the sentence named another text first
    [InlineData("Sửa đổi khoản 4 Điều 2 của quy chế cũ như sau.")] // amending another text
    [InlineData("Theo Điều 6, Điều 7 và Điều 8 Luật Kế toán, chứng từ phải lưu trữ.")] // a list naming one law
    [InlineData("Việc thanh lý theo khoản 3 Điều 2 và điểm c khoản 2 Điều 2 Quy chế này.")] // parts that exist
    [InlineData("Phòng Tài chính thực hiện điểm c Điều 2.")] // Điều 2 has clauses: a point with no clause is unclear
    [InlineData("Điều 3 khoản 5 được hiểu như sau.")] // written in the wrong order: RL2014's business
    public void Is_silent_on_other_documents_and_parts_that_exist(string sentence) => Assert.Empty(RuleTester.Lint(With(sentence), "RL2016"));

    [Fact]
    public void Is_silent_on_clauses_of_an_article_without_numbered_clauses() =>
        Assert.Empty(RuleTester.Lint(With("Văn phòng thực hiện theo khoản 2 Điều 1."), "RL2016"));

    [Fact]
    public void Is_silent_without_article_headings()
    {
        const string text = """
            KẾ HOẠCH KIỂM TRA
            1. Kiểm tra việc thực hiện Điều 9 của Quy chế này tại các chi bộ.
            2. Báo cáo kết quả theo khoản 3 Điều 6.
            """;
        Assert.Empty(RuleTester.Lint(text, "RL2016"));
    }

    [Fact]
    public void Is_silent_with_a_single_article_heading() =>
        Assert.Empty(RuleTester.Lint("Điều 1. Giao nhiệm vụ\nThực hiện theo Điều 4 của Quyết định này.", "RL2016"));

    [Fact]
    public void Reads_a_decision_and_the_regulation_it_issues_as_two_runs()
    {
        const string text = """
            QUYẾT ĐỊNH
            Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
            Điều 2. Quyết định này có hiệu lực từ ngày ký.
            Điều 3. Văn phòng thi hành Quyết định này; Quy chế thực hiện theo Điều 6 của Quy chế ban hành kèm theo.
            QUY CHẾ LÀM VIỆC
            Điều 1. Phạm vi
            Quy chế này áp dụng cho cơ quan.
            Điều 2. Chế độ họp
            Cuộc họp thực hiện theo Điều 6 Quy chế này.
            Điều 3. Chế độ báo cáo
            Báo cáo theo quy định tại Điều 2 và Điều 3 của Quyết định này.
            """;
        // Điều 6 is in neither run; `Quyết định này` said in the regulation is not the regulation (silent).
        var diagnostic = Findings.Single(text, "RL2016", "Điều 6", from: "Cuộc họp");
        Assert.Equal("Quy chế chỉ có Điều 1 đến Điều 3, không có Điều 6", Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reads_a_heading_whose_space_after_the_dot_is_missing() =>
        Assert.Empty(RuleTester.Lint("Điều 1. Giao nhiệm vụ cho Văn phòng.\nĐiều 2.Văn phòng báo cáo kết quả.\nĐiều 3. Các đơn vị tại Điều 2 thi hành.", "RL2016"));

    [Fact]
    public void Is_silent_when_the_headings_do_not_go_upward() =>
        Assert.Empty(RuleTester.Lint("Điều 1. A\nĐiều 3. B\nĐiều 2. C\nTheo Điều 7 Quy chế này.", "RL2016"));

    // ---- Lists and ranges: every member is checked, each against the outline.

    [Theory]
    [InlineData("Việc thanh lý theo khoản 1 và khoản 5 Điều 2.", "khoản 5 Điều 2", "Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 5")]
    [InlineData("Việc thanh lý theo khoản 5 và khoản 1 Điều 2.", "khoản 5", "Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 5")]
    [InlineData("Việc thanh lý theo khoản 4, 3 Điều 2 Quy chế này.", "khoản 4", "Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 4")]
    [InlineData("Việc thanh lý theo khoản 1, 4 Điều 2.", "4 Điều 2", "Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 4")]
    [InlineData("Hồ sơ đáp ứng điểm a, e khoản 2 Điều 2.", "e khoản 2 Điều 2", "Khoản 2 Điều 2 chỉ có điểm a, b, c, không có điểm e")]
    [InlineData("Hồ sơ đáp ứng điểm d khoản 2 và điểm a khoản 1 Điều 2.", "điểm d khoản 2", "Khoản 2 Điều 2 chỉ có điểm a, b, c, không có điểm d")]
    [InlineData("Các phòng thực hiện các Điều 3, 7 và 5 của Quy chế này.", "7", "Quy chế chỉ có Điều 1 đến Điều 5, không có Điều 7")]
    [InlineData("Các phòng thực hiện Điều 2, Điều 8 và Điều 4.", "Điều 8", "Quy chế chỉ có Điều 1 đến Điều 5, không có Điều 8")]
    [InlineData("Nội dung kiểm tra gồm các việc quy định từ Điều 2 đến Điều 8.", "Điều 8", "Quy chế chỉ có Điều 1 đến Điều 5, không có Điều 8")]
    [InlineData("Nội dung kiểm tra gồm các việc quy định từ khoản 2 đến khoản 6 Điều 2.", "khoản 6 Điều 2", "Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 6")]
    public void Checks_every_member_of_a_list(string sentence, string span, string message)
    {
        var text = With(sentence);
        var diagnostic = Findings.Single(text, "RL2016", span, from: sentence);
        Assert.Equal(message, Findings.Vi(diagnostic));
    }

    [Fact]
    public void Reports_each_missing_member_of_one_list()
    {
        var text = With("Văn phòng theo dõi việc thực hiện khoản 4 và khoản 6 Điều 2.");
        var diagnostics = RuleTester.Lint(text, "RL2016");
        Assert.Equal(2, diagnostics.Count);
        Findings.AssertSpan(text, diagnostics[0], "khoản 4", from: "Văn phòng theo dõi");
        Findings.AssertSpan(text, diagnostics[1], "khoản 6 Điều 2", from: "Văn phòng theo dõi");
        Assert.Equal("Điều 2 has only khoản 1 to khoản 3; there is no khoản 4", Findings.En(diagnostics[0]));
    }

    [Fact]
    public void Reports_an_article_a_list_writes_once_only_once()
    {
        var diagnostic = Findings.Single(With("Thực hiện theo khoản 1 và khoản 2 Điều 9."), "RL2016", "khoản 2 Điều 9");
        Assert.Equal("Quy chế chỉ có Điều 1 đến Điều 5, không có Điều 9", Findings.Vi(diagnostic));
    }

    [Theory]
    [InlineData("Thực hiện theo khoản 1 và khoản 3 Điều 2, các Điều 3, 4 và 5 Quy chế này.")] // all exist
    [InlineData("Hồ sơ đáp ứng điểm a, c khoản 2 Điều 2 và từ Điều 1 đến Điều 5.")]
    [InlineData("Thực hiện theo khoản 2, 3 Điều 6 Nghị định số 151/2017/NĐ-CP.")] // another decree's clauses
    [InlineData("Áp dụng các Điều 3, 4 và 12 Luật Cán bộ, công chức.")]
    [InlineData("Áp dụng từ Điều 7 đến Điều 9 của Luật Kế toán.")]
    [InlineData("Áp dụng khoản 4 và khoản 6 Điều 12 Quyết định số 25/2023/QĐ-UBND.")]
    [InlineData("Theo Điều 5, 30 ngày trước khi hết hạn, Văn phòng báo cáo.")] // a count after the list, not an article
    [InlineData("Văn phòng thực hiện khoản 1 Điều 3, 4 tháng một lần.")]
    [InlineData("Thực hiện theo khoản 7 và Điều 3.")] // `khoản 7` of which article: unclear
    public void Is_silent_on_lists_that_exist_or_belong_to_other_documents(string sentence) =>
        Assert.Empty(RuleTester.Lint(With(sentence), "RL2016"));

    // ---- A clause with no article: the clause of the article it stands in.

    private static string InArticle2(string sentence) =>
        Regulation.Replace("3. Tài sản hư hỏng được thanh lý theo quy định.", "3. " + sentence, StringComparison.Ordinal);

    [Theory]
    [InlineData("Tài sản hư hỏng được thanh lý theo quy định tại khoản 4.", "khoản 4", "Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 4",
        "Điều 2 has only khoản 1 to khoản 3; there is no khoản 4")]
    [InlineData("Tài sản hư hỏng được thanh lý theo điểm d khoản 2.", "điểm d khoản 2", "Khoản 2 Điều 2 chỉ có điểm a, b, c, không có điểm d",
        "Khoản 2 Điều 2 has only điểm a, b, c; there is no điểm d")]
    [InlineData("Tài sản thanh lý theo khoản 1 và khoản 5 của điều này.", "khoản 5 của điều này", "Điều 2 chỉ có khoản 1 đến khoản 3, không có khoản 5",
        "Điều 2 has only khoản 1 to khoản 3; there is no khoản 5")]
    public void Reads_a_clause_without_article_as_the_enclosing_articles(string sentence, string span, string message, string english)
    {
        var text = InArticle2(sentence);
        var diagnostic = Findings.Single(text, "RL2016", span, from: sentence);
        Assert.Equal(message, Findings.Vi(diagnostic));
        Assert.Equal(english, Findings.En(diagnostic));
    }

    [Theory]
    [InlineData("Tài sản hư hỏng được thanh lý theo khoản 1, khoản 2 và điểm c khoản 2.")] // parts that exist
    [InlineData("Tài sản hư hỏng được bù đắp bằng một khoản 50 triệu đồng.")] // a sum of money
    [InlineData("Tài sản được thanh lý theo Điều 7 Luật Quản lý tài sản công; trường hợp tại khoản 5 thì báo cáo.")] // another law's article first
    [InlineData("Căn cứ Luật Kế toán, chứng từ thanh lý lưu theo khoản 5.")] // another law named first
    [InlineData("Tài sản hư hỏng được thanh lý theo khoản 5 Mục II.")] // a section, not an article
    [InlineData("Tài sản hư hỏng được thanh lý theo điểm g.")] // a point alone: of which clause is unclear
    [InlineData("Tài sản thanh lý theo khoản 1 Điều 4 và khoản 5.")] // after a list naming an article: unclear
    [InlineData("Sửa đổi khoản 5 như sau.")]
    public void Is_silent_on_clauses_without_article_that_exist_or_are_unclear(string sentence) =>
        Assert.Empty(RuleTester.Lint(InArticle2(sentence), "RL2016"));

    [Fact]
    public void Is_silent_on_a_clause_without_article_where_the_article_amends_or_quotes_another_text()
    {
        var amending = InArticle2("Bãi bỏ quy định về kho tại quy chế năm 2019.\nTài sản trong kho được bàn giao theo khoản 6.");
        var quoting = InArticle2("Quy định cũ ghi:\n“Tài sản trong kho được bàn giao theo khoản 6.”");
        Assert.Empty(RuleTester.Lint(amending, "RL2016"));
        Assert.Empty(RuleTester.Lint(quoting, "RL2016"));
    }

    [Fact]
    public void Is_silent_on_a_clause_without_article_in_an_article_without_clauses() =>
        Assert.Empty(RuleTester.Lint(Regulation.Replace("b) Các phòng tự kiểm tra.", "b) Các phòng tự kiểm tra theo khoản 3.", StringComparison.Ordinal), "RL2016"));

    // ---- Chapters, against the draft's own chapter lines.

    private const string Chaptered = """
        QUY CHẾ LÀM VIỆC
        Chương I
        QUY ĐỊNH CHUNG
        Điều 1. Phạm vi điều chỉnh
        Quy chế này quy định chế độ làm việc của cơ quan.
        Điều 2. Nguyên tắc
        Cơ quan làm việc theo chế độ thủ trưởng.
        CHƯƠNG II
        CHẾ ĐỘ HỌP
        Điều 3. Họp giao ban
        Giao ban mỗi tuần một lần.
        Chương III
        ĐIỀU KHOẢN THI HÀNH
        Điều 4. Hiệu lực
        Quy chế này có hiệu lực từ ngày ký.
        """;

    [Fact]
    public void Reports_a_chapter_the_draft_does_not_have()
    {
        var text = Chaptered + "\nViệc sửa đổi Quy chế thực hiện như quy định tại Chương IV của Quy chế này.";
        var diagnostic = Findings.Single(text, "RL2016", "Chương IV");
        Assert.Equal("Quy chế chỉ có Chương I đến Chương III, không có Chương IV", Findings.Vi(diagnostic));
        Assert.Equal("The document has only Chương I to Chương III; there is no Chương IV", Findings.En(diagnostic));
    }

    [Theory]
    [InlineData("Chế độ họp thực hiện theo Chương II của Quy chế này và Điều 3.")]
    [InlineData("Trách nhiệm công vụ thực hiện theo Chương V Luật Cán bộ, công chức.")]
    [InlineData("Cơ quan xây dựng chương trình công tác năm.")]
    public void Is_silent_on_chapters_that_exist_or_belong_to_other_documents(string sentence) =>
        Assert.Empty(RuleTester.Lint(Chaptered + "\n" + sentence, "RL2016"));

    [Fact]
    public void Is_silent_on_chapters_when_the_draft_has_a_single_chapter_line() =>
        Assert.Empty(RuleTester.Lint(With("Việc kiểm kê thực hiện theo Chương IV."), "RL2016"));

    [Fact]
    public void Offers_no_fix() => Assert.Equal(FixSafety.None, ReportLint.Rules.Citations.MissingArticleReferenceAnalyzer.Rule.FixSafety);
}
