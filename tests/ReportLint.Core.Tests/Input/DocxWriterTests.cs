using ReportLint.Core.Input;

namespace ReportLint.Core.Tests.Input;

public class DocxWriterTests
{
    // Bold heading run, plain run, italic run, then a run with a tab and a break; a second paragraph.
    private const string Heading =
        "<w:p><w:pPr><w:pStyle w:val=\"Title\" /><w:tabs><w:tab w:val=\"left\" w:pos=\"720\" /></w:tabs></w:pPr>"
        + "<w:r><w:rPr><w:b /></w:rPr><w:t>Báo cáo</w:t></w:r>";
    private const string Result = "<w:r><w:t xml:space=\"preserve\"> kết quả ,</w:t></w:r>";
    private const string Period = "<w:r><w:rPr><w:i /></w:rPr><w:t xml:space=\"preserve\"> thời kỳ</w:t></w:r>";
    private const string Tail = "<w:r><w:tab /><w:t>mới</w:t><w:br /><w:t>Hết</w:t></w:r></w:p><w:p><w:r><w:t>Đoạn hai</w:t></w:r></w:p>";
    private const string Body = Heading + Result + Period + Tail;
    private const string Text = "Báo cáo kết quả , thời kỳ\tmới\nHết\nĐoạn hai";

    private static DocxFixResult Fix(byte[] docx, string fixedText) =>
        DocxWriter.Apply("a.docx", docx, new DocxReader().Read("a.docx", docx).Text.Text, fixedText);

    private static string ReadBack(DocxFixResult result) => new DocxReader().Read("a.docx", result.Bytes).Text.Text;

    [Fact]
    public void A_fix_inside_one_run_changes_only_that_w_t()
    {
        var fixedText = "Báo cáo kết quả, thời kỳ\tmới\nHết\nĐoạn hai";
        var result = Fix(TestDocx.Create(Body), fixedText);

        Assert.Equal((1, 0), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Equal(fixedText, result.Text);
        Assert.Equal(fixedText, ReadBack(result));
        Assert.Equal(TestDocx.Document(Heading + "<w:r><w:t xml:space=\"preserve\"> kết quả,</w:t></w:r>" + Period + Tail),
            TestDocx.DocumentXml(result.Bytes));
    }

    [Fact]
    public void A_fix_spanning_two_runs_goes_into_the_first_and_both_keep_their_formatting()
    {
        var docx = TestDocx.Create("<w:p><w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">Tổng kết  </w:t></w:r>"
            + "<w:r><w:rPr><w:i /></w:rPr><w:t xml:space=\"preserve\"> năm 2024</w:t></w:r></w:p>");
        var result = Fix(docx, "Tổng kết năm 2024");

        Assert.Equal((1, 0), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Equal("Tổng kết năm 2024", ReadBack(result));
        Assert.Equal(TestDocx.Document("<w:p><w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">Tổng kết </w:t></w:r>"
            + "<w:r><w:rPr><w:i /></w:rPr><w:t xml:space=\"preserve\">năm 2024</w:t></w:r></w:p>"), TestDocx.DocumentXml(result.Bytes));
    }

    [Fact]
    public void A_replacement_across_three_runs_puts_the_new_text_into_the_first_and_empties_the_covered_ones()
    {
        var docx = TestDocx.Create("<w:p><w:r><w:rPr><w:b /></w:rPr><w:t>ab</w:t></w:r><w:r><w:rPr><w:i /></w:rPr><w:t>cd</w:t></w:r>"
            + "<w:r><w:rPr><w:u w:val=\"single\" /></w:rPr><w:t>ef</w:t></w:r></w:p>");
        var result = Fix(docx, "aXYf");

        Assert.Equal("aXYf", ReadBack(result));
        Assert.Equal(TestDocx.Document("<w:p><w:r><w:rPr><w:b /></w:rPr><w:t>aXY</w:t></w:r><w:r><w:rPr><w:i /></w:rPr><w:t></w:t></w:r>"
            + "<w:r><w:rPr><w:u w:val=\"single\" /></w:rPr><w:t>f</w:t></w:r></w:p>"), TestDocx.DocumentXml(result.Bytes));
    }

    [Fact]
    public void Two_fixes_far_apart_in_one_paragraph_leave_the_run_between_them_alone()
    {
        const string bold = "<w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\"> thời kỳ mới</w:t></w:r>";
        var docx = TestDocx.Create("<w:p><w:r><w:t>Báo cáo kết quả ,</w:t></w:r>" + bold
            + "<w:r><w:t xml:space=\"preserve\"> đạt  kết quả.</w:t></w:r></w:p>");
        var result = Fix(docx, "Báo cáo kết quả, thời kỳ mới đạt kết quả.");

        Assert.Equal((2, 0), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Equal(TestDocx.Document("<w:p><w:r><w:t>Báo cáo kết quả,</w:t></w:r>" + bold
            + "<w:r><w:t xml:space=\"preserve\"> đạt kết quả.</w:t></w:r></w:p>"), TestDocx.DocumentXml(result.Bytes));
    }

    [Fact]
    public void An_edit_touching_a_tab_is_left_out_and_the_others_still_go_in()
    {
        var docx = TestDocx.Create(Body);

        var tabOnly = Fix(docx, "Báo cáo kết quả , thời kỳ mới\nHết\nĐoạn hai");
        Assert.Equal((0, 1), (tabOnly.AppliedEdits, tabOnly.LeftOutEdits));
        Assert.Same(docx, tabOnly.Bytes);
        Assert.Equal(Text, tabOnly.Text);

        var both = Fix(docx, "Báo cáo kết quả, thời kỳ mới\nHết\nĐoạn hai");
        Assert.Equal((1, 1), (both.AppliedEdits, both.LeftOutEdits));
        Assert.Equal("Báo cáo kết quả, thời kỳ\tmới\nHết\nĐoạn hai", both.Text);
        Assert.Equal(both.Text, ReadBack(both));
    }

    [Fact]
    public void Edits_that_join_paragraphs_add_a_tab_or_find_no_w_t_are_left_out()
    {
        var docx = TestDocx.Create(Body);
        var joined = Fix(docx, "Báo cáo kết quả , thời kỳ\tmới\nHết Đoạn hai");
        Assert.Equal((0, 1), (joined.AppliedEdits, joined.LeftOutEdits));
        var tabAdded = Fix(docx, "Báo cáo\t kết quả , thời kỳ\tmới\nHết\nĐoạn hai");
        Assert.Equal((0, 1), (tabAdded.AppliedEdits, tabAdded.LeftOutEdits));

        var withEmptyParagraph = TestDocx.Create("<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p /><w:p><w:r><w:t>b</w:t></w:r></w:p>");
        var result = Fix(withEmptyParagraph, "a\nx\nb");
        Assert.Equal((0, 1), (result.AppliedEdits, result.LeftOutEdits));
    }

    [Fact]
    public void A_w_t_given_leading_or_trailing_spaces_gets_xml_space_preserve()
    {
        var docx = TestDocx.Create("<w:p><w:r><w:rPr><w:b /></w:rPr><w:t>Số</w:t></w:r><w:r><w:tab /><w:t>kết</w:t></w:r>"
            + "<w:r><w:t>quả</w:t></w:r></w:p>");
        var result = Fix(docx, "Số\t kết quả");

        Assert.Equal("Số\t kết quả", ReadBack(result));
        Assert.Equal(TestDocx.Document("<w:p><w:r><w:rPr><w:b /></w:rPr><w:t>Số</w:t></w:r><w:r><w:tab /><w:t xml:space=\"preserve\"> kết </w:t></w:r>"
            + "<w:r><w:t>quả</w:t></w:r></w:p>"), TestDocx.DocumentXml(result.Bytes));
    }

    [Fact]
    public void Every_other_zip_entry_is_copied_byte_for_byte_in_order_with_its_time()
    {
        var docx = TestDocx.Create(Body);
        var result = Fix(docx, "Báo cáo kết quả, thời kỳ\tmới\nHết\nĐoạn hai");

        var before = TestDocx.Entries(docx);
        var after = TestDocx.Entries(result.Bytes);
        Assert.Equal(before.Select(e => (e.Name, e.Time)), after.Select(e => (e.Name, e.Time)));
        Assert.All(before.Zip(after).Where(p => p.First.Name != TestDocx.DocumentPart),
            p => Assert.Equal(p.First.Content, p.Second.Content));
        Assert.Equal(TestDocx.Image, after.Single(e => e.Name == "word/media/image1.png").Content);
    }

    [Fact]
    public void Text_not_read_from_the_document_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DocxWriter.Apply("a.docx", TestDocx.Create(Body), "other", "text"));
    }

    [Fact]
    public void Only_edits_inside_w_t_text_can_be_applied()
    {
        Assert.True(DocxWriter.CanApply(Text, new(new(15, 1), "")));
        Assert.False(DocxWriter.CanApply(Text, new(new(25, 1), " ")));
        Assert.False(DocxWriter.CanApply(Text, new(new(3, 0), "\n")));
    }

    [Fact]
    public void A_fix_in_a_table_cell_goes_into_its_w_t_and_an_edit_across_cells_is_left_out()
    {
        const string Cell = "<w:tc><w:p><w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">Tài liệu ,</w:t></w:r></w:p></w:tc>";
        const string Figure = "<w:tc><w:p><w:r><w:t>3.500</w:t></w:r></w:p><w:p><w:r><w:t>(đồng)</w:t></w:r></w:p></w:tc>";
        var docx = TestDocx.Create("<w:tbl><w:tr>" + Cell + Figure + "</w:tr></w:tbl>");
        Assert.Equal("Tài liệu ,\t3.500\v(đồng)", new DocxReader().Read("a.docx", docx).Text.Text);

        var result = Fix(docx, "Tài liệu,\t3.500\v(đồng)");
        Assert.Equal((1, 0), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Equal(TestDocx.Document("<w:tbl><w:tr>" + Cell.Replace("Tài liệu ,", "Tài liệu,", StringComparison.Ordinal) + Figure + "</w:tr></w:tbl>"),
            TestDocx.DocumentXml(result.Bytes));

        // A cell boundary and a cell's paragraph break are structure: no fix may take them away.
        Assert.False(DocxWriter.CanApply("a\tb", new ReportLint.Core.Text.TextEdit(new ReportLint.Core.Text.TextSpan(1, 1), " ")));
        Assert.False(DocxWriter.CanApply("a\vb", new ReportLint.Core.Text.TextEdit(new ReportLint.Core.Text.TextSpan(1, 1), " ")));
        var across = Fix(docx, "Tài liệu , 3.500\v(đồng)");
        Assert.Equal((0, 1), (across.AppliedEdits, across.LeftOutEdits));
    }
}
