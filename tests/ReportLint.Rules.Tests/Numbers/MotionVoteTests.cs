using System.Text;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Rules.Tests.Infrastructure;
using static ReportLint.Rules.Tests.Numbers.Findings;

namespace ReportLint.Rules.Tests.Numbers;

/// <summary>RL5024 on votes on motions: those for, against and neither make those present.</summary>
public class MotionVoteTests
{
    private const string Attendance = "Thành viên Ban Chấp hành có mặt: 7/9 đồng chí; vắng 2 đồng chí có lý do.\n";

    // Every row makes 7, the members present.
    private static readonly string[][] Votes =
    [
        ["Nội dung", "Tán thành", "Không tán thành", "Không biểu quyết"],
        ["Thông qua Quy chế làm việc", "7", "0", "0"],
        ["Thông qua chương trình kiểm tra", "6", "1", "0"],
        ["Đề nghị khen thưởng đồng chí Lý Văn Phúc", "6", "0", "1"],
    ];

    /// <summary>The attendance, then a Word table whose first column is merged down over the rows after the first.</summary>
    private static string Docx(string[][] rows, string attendance = Attendance)
    {
        var body = new StringBuilder($"<w:p><w:r><w:t>{attendance.TrimEnd()}</w:t></w:r></w:p><w:tbl>");
        for (var r = 0; r < rows.Length; r++)
        {
            body.Append("<w:tr>");
            for (var c = 0; c < rows[r].Length; c++)
            {
                body.Append(c == 0 && r >= 2 ? WordDocument.Cell("", "<w:vMerge/>") : WordDocument.Cell(rows[r][c], c == 0 && r == 1 ? "<w:vMerge w:val=\"restart\"/>" : ""));
            }
            body.Append("</w:tr>");
        }
        return WordDocument.Read(body.Append("</w:tbl><w:p><w:r><w:t>Cuộc họp kết thúc lúc 16 giờ.</w:t></w:r></w:p>").ToString());
    }

    private static string Markdown(string[][] rows, string attendance = Attendance) =>
        attendance + "\n" + string.Join("\n", rows.Select((row, i) => "| " + string.Join(" | ", row) + " |" + (i == 0 ? "\n" + string.Concat(row.Select(_ => "|---")) + "|" : ""))) + "\n";

    private static string[][] With(string[][] rows, int row, int column, string text)
    {
        var copy = rows.Select(r => r.ToArray()).ToArray();
        copy[row][column] = text;
        return copy;
    }

    private static IReadOnlyList<Diagnostic> LintDocx(string text) => RuleTester.LintAs(DocumentKind.Docx, text, "RL5024");

    [Fact]
    public void Is_silent_when_every_row_makes_those_present()
    {
        Assert.Empty(LintDocx(Docx(Votes)));
        Assert.Empty(RuleTester.LintMarkdown(Markdown(Votes), "RL5024"));
    }

    [Fact]
    public void Reports_a_word_table_row_that_does_not_make_those_present()
    {
        var text = Docx(With(Votes, 3, 3, "2"));
        var diagnostic = Assert.Single(LintDocx(text));
        Assert.Equal("6\t0\t2", RuleTester.SpanText(text, diagnostic));
        Assert.Equal(text.IndexOf("6\t0\t2", StringComparison.Ordinal), diagnostic.Span.Start);
        // Its label is merged away into the row above: the row is named by its place.
        Assert.Equal("Số biểu quyết tán thành, không tán thành, không biểu quyết của dòng 3 cộng lại được 8 (6 + 0 + 2), khác số người có mặt (7)", Vi(diagnostic));
        Assert.Equal("The votes for, against and neither of row 3 add up to 8 (6 + 0 + 2), not the 7 present", En(diagnostic));
        Assert.Empty(diagnostic.Fixes);
    }

    [Fact]
    public void Names_a_row_by_the_text_before_its_votes_when_its_first_cell_is_merged_away()
    {
        string[][] rows =
        [
            ["Nội dung", "Họ và tên", "Tán thành", "Không tán thành", "Không biểu quyết"],
            ["Đề nghị công nhận đảng viên chính thức", "Lò Thị Hoa", "7", "0", "0"],
            ["", "Cầm Văn Tài", "5", "0", "1"],
        ];
        var diagnostic = Assert.Single(LintDocx(Docx(rows)));
        Assert.Contains("của “Cầm Văn Tài” cộng lại được 6 (5 + 0 + 1), khác số người có mặt (7)", Vi(diagnostic), StringComparison.Ordinal);
        Assert.Empty(LintDocx(Docx(With(rows, 2, 4, "2"))));
    }

    [Fact]
    public void Without_a_number_present_reports_the_row_off_the_sum_every_other_row_shares()
    {
        string[][] rows =
        [
            ["STT", "Nội dung biểu quyết", "Đồng ý", "Không đồng ý", "Ý kiến khác"],
            ["1", "Dự thảo báo cáo chính trị", "25", "2", "1"],
            ["2", "Dự thảo quy chế", "27", "1", "0"],
            ["3", "Chương trình hành động", "26", "0", "2"],
            ["4", "Danh sách khen thưởng", "26", "1", "2"],
        ];
        var text = Markdown(rows, "Hội nghị biểu quyết các nội dung sau:\n");
        var diagnostic = Single(text, "RL5024", "26 | 1 | 2");
        Assert.Equal("Số biểu quyết tán thành, không tán thành, không biểu quyết của “Danh sách khen thưởng” cộng lại được 29 (26 + 1 + 2), khác 28 như các dòng khác của bảng", Vi(diagnostic));
        Assert.Equal("The votes for, against and neither of “Danh sách khen thưởng” add up to 29 (26 + 1 + 2), not 28 as in the table's other rows", En(diagnostic));
        // Two rows agreeing are too few to tell which sum is right.
        Assert.Empty(RuleTester.LintMarkdown(Markdown(rows[..4].Where((_, i) => i != 3).Append(rows[4]).ToArray(), "Kết quả:\n"), "RL5024"));
    }

    [Fact]
    public void Is_silent_when_every_row_shares_a_sum_other_than_those_present()
    {
        // The table counts another body's vote (the whole committee, not the standing members present).
        var rows = With(With(With(Votes, 1, 1, "9"), 2, 1, "8"), 3, 1, "8");
        Assert.Empty(LintDocx(Docx(rows)));
    }

    [Fact]
    public void Is_silent_on_a_table_without_an_answer_column()
    {
        string[][] rows =
        [
            ["Nội dung", "Tán thành", "Không tán thành"],
            ["Thông qua Quy chế làm việc", "6", "0"],
            ["Thông qua chương trình kiểm tra", "5", "1"],
        ];
        Assert.Empty(LintDocx(Docx(rows)));
    }

    [Theory]
    [InlineData("Kết quả biểu quyết: tán thành 6, không tán thành 0, không biểu quyết 2.", "tán thành 6, không tán thành 0, không biểu quyết 2", "8 (6 + 0 + 2)")]
    [InlineData("Có 5 đồng chí tán thành, 1 đồng chí không tán thành và 2 đồng chí không biểu quyết.", "5 đồng chí tán thành, 1 đồng chí không tán thành và 2 đồng chí không biểu quyết", "8 (5 + 1 + 2)")]
    [InlineData("Kết quả: đồng ý: 5 đồng chí; không đồng ý: 0 đồng chí; ý kiến khác: 1 đồng chí.", "đồng ý: 5 đồng chí; không đồng ý: 0 đồng chí; ý kiến khác: 1 đồng chí", "6 (5 + 0 + 1)")]
    public void Reports_a_vote_in_prose_that_does_not_make_those_present(string vote, string span, string sum)
    {
        var text = Attendance + vote + "\n";
        var diagnostic = Single(text, "RL5024", span);
        Assert.Equal($"Số biểu quyết tán thành, không tán thành, không biểu quyết cộng lại được {sum}, khác số người có mặt (7)", Vi(diagnostic));
    }

    [Theory]
    [InlineData("Kết quả biểu quyết: tán thành 6, không tán thành 1, không biểu quyết 0.")]
    [InlineData("Nghị quyết được thông qua với 6 đồng chí tán thành, 01 đồng chí không tán thành, không có đồng chí nào không biểu quyết.")]
    [InlineData("Kết quả biểu quyết: tán thành 6, không tán thành 0.")]
    [InlineData("Tán thành 5 đồng chí. Không tán thành 0 đồng chí. Không biểu quyết 0 đồng chí.")]
    public void Is_silent_on_prose_that_adds_up_or_leaves_an_answer_out(string vote) =>
        Assert.Empty(RuleTester.Lint(Attendance + vote + "\n", "RL5024"));

    [Fact]
    public void Is_silent_on_prose_when_no_number_present_is_stated() =>
        Assert.Empty(RuleTester.Lint("Kết quả biểu quyết: tán thành 6, không tán thành 0, không biểu quyết 2.\n", "RL5024"));
}
