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

    [Fact]
    public void Offers_no_fix() => Assert.Equal(FixSafety.None, ReportLint.Rules.Citations.MissingArticleReferenceAnalyzer.Rule.FixSafety);
}
