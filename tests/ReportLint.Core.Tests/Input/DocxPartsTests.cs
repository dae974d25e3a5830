using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ReportLint.Core.Input;

namespace ReportLint.Core.Tests.Input;

/// <summary>Footnotes, endnotes, headers and footers: read after the body, and fixed in their own parts.</summary>
public class DocxPartsTests
{
    private const string Body = "<w:p><w:r><w:t>Nghị quyết của Tỉnh ủy</w:t></w:r><w:r><w:footnoteReference w:id=\"2\" /></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> đã đi vào cuộc sống.</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Kết quả</w:t></w:r><w:r><w:footnoteReference w:id=\"1\" /></w:r><w:r><w:t>.</w:t></w:r></w:p>";

    private static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static string Paragraph(string text) => "<w:p>" + Run(text) + "</w:p>";

    // Written out of id order, and referred to out of id order (id 2 first): notes are read as the body refers to them.
    private static readonly string Footnotes = TestDocx.Notes("footnote",
        TestDocx.Note("footnote", 2, Run("Nghị quyết số 05-NQ/TU của của Tỉnh ủy.")) + TestDocx.Note("footnote", 1, Run("Số liệu của Cục Thống kê.")));

    private static readonly string Endnotes = TestDocx.Notes("endnote", TestDocx.Note("endnote", 1, Run("Tài liệu tham khảo.")));

    private static byte[] Package(string header1, string header2 = "", string footer = "Trang 1") => TestDocx.CreateWithParts(Body, Footnotes, Endnotes,
        ("header1.xml", TestDocx.HeaderFooter("hdr", Paragraph(header1))),
        ("header2.xml", TestDocx.HeaderFooter("hdr", header2.Length == 0 ? "<w:p />" : Paragraph(header2))),
        ("footer1.xml", TestDocx.HeaderFooter("ftr", Paragraph(footer))),
        ("footer2.xml", TestDocx.HeaderFooter("ftr", Paragraph(footer))));

    private static string Read(byte[] docx) => new DocxReader().Read("a.docx", docx).Text.Text;

    private static DocxFixResult Fix(byte[] docx, string fixedText) => DocxWriter.Apply("a.docx", docx, Read(docx), fixedText);

    private const string BodyText = "Nghị quyết của Tỉnh ủy đã đi vào cuộc sống.\nKết quả.";

    [Fact]
    public void Notes_in_reference_order_then_endnotes_then_headers_and_footers_follow_the_body_each_after_an_empty_line()
    {
        // Separator notes, the reference marks, a blank header and the second footer (it reads as the first) are not read.
        Assert.Equal(BodyText
            + "\n\n Nghị quyết số 05-NQ/TU của của Tỉnh ủy."
            + "\n\n Số liệu của Cục Thống kê."
            + "\n\n Tài liệu tham khảo."
            + "\n\nVăn phòng  Tỉnh ủy"
            + "\n\nTrang 1", Read(Package("Văn phòng  Tỉnh ủy")));
    }

    [Fact]
    public void A_package_without_relationships_reads_the_parts_by_their_usual_names()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in new[]
            {
                ("word/document.xml", TestDocx.Document(Paragraph("Thân bài."))),
                ("word/footer1.xml", TestDocx.HeaderFooter("ftr", Paragraph("Chân trang."))),
                ("word/header2.xml", TestDocx.HeaderFooter("hdr", Paragraph("Đầu trang hai."))),
                ("word/header1.xml", TestDocx.HeaderFooter("hdr", Paragraph("Đầu trang một."))),
                ("word/footnotes.xml", TestDocx.Notes("footnote", TestDocx.Note("footnote", 1, Run("Chú thích.")))),
            })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }
        Assert.Equal("Thân bài.\n\n Chú thích.\n\nĐầu trang một.\n\nĐầu trang hai.\n\nChân trang.", Read(stream.ToArray()));
    }

    [Fact]
    public void A_fix_in_a_footnote_and_one_in_a_header_go_into_their_parts_and_leave_every_other_entry_as_it_was()
    {
        var docx = Package("Văn phòng  Tỉnh ủy");
        var text = Read(docx);
        var fixedText = text.Replace("của của", "của", StringComparison.Ordinal).Replace("phòng  Tỉnh", "phòng Tỉnh", StringComparison.Ordinal);

        var result = Fix(docx, fixedText);

        Assert.Equal((2, 0), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Equal(fixedText, result.Text);
        Assert.Equal(fixedText, Read(result.Bytes));
        var before = TestDocx.Entries(docx);
        var after = TestDocx.Entries(result.Bytes);
        Assert.Equal(before.Select(e => (e.Name, e.Time)), after.Select(e => (e.Name, e.Time)));
        Assert.All(before.Zip(after).Where(p => p.First.Name is not ("word/footnotes.xml" or "word/header1.xml")),
            p => Assert.Equal(p.First.Content, p.Second.Content));
        Assert.All(after.Where(e => e.Name.EndsWith(".xml", StringComparison.Ordinal) || e.Name.EndsWith(".rels", StringComparison.Ordinal)),
            e => XDocument.Parse(new UTF8Encoding(false).GetString(e.Content)));
        Assert.Equal(Footnotes.Replace("của của", "của", StringComparison.Ordinal), TestDocx.PartXml(result.Bytes, "word/footnotes.xml"));
        Assert.Equal(TestDocx.HeaderFooter("hdr", Paragraph("Văn phòng Tỉnh ủy")), TestDocx.PartXml(result.Bytes, "word/header1.xml"));
    }

    [Fact]
    public void A_fix_in_a_header_read_once_goes_into_every_header_that_reads_the_same()
    {
        // header1 and header2 read the same: read once, fixed in both.
        var docx = Package("Ban  Tuyên giáo", "Ban  Tuyên giáo");
        var text = Read(docx);
        Assert.Equal(1, CountOf(text, "Ban  Tuyên giáo"));

        var result = Fix(docx, text.Replace("Ban  Tuyên", "Ban Tuyên", StringComparison.Ordinal));

        Assert.Equal((1, 0), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Equal(TestDocx.HeaderFooter("hdr", Paragraph("Ban Tuyên giáo")), TestDocx.PartXml(result.Bytes, "word/header1.xml"));
        Assert.Equal(TestDocx.HeaderFooter("hdr", Paragraph("Ban Tuyên giáo")), TestDocx.PartXml(result.Bytes, "word/header2.xml"));
        Assert.Equal(result.Text, Read(result.Bytes));
    }

    [Fact]
    public void A_fix_that_makes_two_headers_read_the_same_is_written_and_they_are_read_once_afterwards()
    {
        var docx = Package("Ban  Tuyên giáo", "Ban Tuyên giáo");
        var text = Read(docx);
        Assert.Equal(1, CountOf(text, "Ban  Tuyên giáo"));
        Assert.Equal(1, CountOf(text, "Ban Tuyên giáo"));

        var result = Fix(docx, text.Replace("Ban  Tuyên", "Ban Tuyên", StringComparison.Ordinal));

        Assert.Equal((1, 0), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Equal(1, CountOf(Read(result.Bytes), "Ban Tuyên giáo"));
    }

    [Fact]
    public void An_edit_across_the_end_of_the_body_and_a_note_is_left_out()
    {
        var docx = Package("Văn phòng");
        var text = Read(docx);
        var joined = text.Replace("Kết quả.\n\n Nghị", "Kết quả. Nghị", StringComparison.Ordinal);
        Assert.NotEqual(text, joined);
        var result = Fix(docx, joined);
        Assert.Equal((0, 1), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Same(docx, result.Bytes);
    }

    [Fact]
    public void Notes_the_body_does_not_refer_to_follow_the_referred_ones_by_id()
    {
        const string body = "<w:p><w:r><w:t>Thu ngân sách</w:t></w:r><w:r><w:footnoteReference w:id=\"3\" /></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> và chi đầu tư</w:t></w:r><w:r><w:footnoteReference w:id=\"1\" /></w:r></w:p>"
            + "<w:p><w:r><w:t>Nhắc lại</w:t></w:r><w:r><w:footnoteReference w:id=\"3\" /></w:r></w:p>";
        var footnotes = TestDocx.Notes("footnote", TestDocx.Note("footnote", 1, Run("Chi.")) + TestDocx.Note("footnote", 2, Run("Bỏ sót."))
            + TestDocx.Note("footnote", 3, Run("Thu.")));
        var input = new DocxReader().Read("a.docx", TestDocx.CreateWithParts(body, footnotes, null));

        Assert.Equal("Thu ngân sách và chi đầu tư\nNhắc lại\n\n Thu.\n\n Chi.\n\n Bỏ sót.", input.Text.Text);
        Assert.Equal([new DocumentPart(DocumentPartKind.Footnote, 1, "1"), new DocumentPart(DocumentPartKind.Footnote, 2, "2"),
            new DocumentPart(DocumentPartKind.Footnote)], new[] { 3, 5, 7 }.Select(line => input.Parts.Find(line)));
    }

    [Fact]
    public void A_footer_that_reads_as_the_header_is_read_as_the_footer_and_fixed_in_every_part()
    {
        // header1 and both footers read "Trang  1"; header2 is blank. The header is read once, the footers once.
        var docx = Package("Trang  1", footer: "Trang  1");
        var input = new DocxReader().Read("a.docx", docx);
        var text = input.Text.Text;
        Assert.EndsWith("\n\nTrang  1\n\nTrang  1", text, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(text, "Trang  1"));
        var lastLine = input.Text.LineCount - 1;
        Assert.Equal(new DocumentPart(DocumentPartKind.Header), input.Parts.Find(lastLine - 2));
        Assert.Equal(new DocumentPart(DocumentPartKind.Footer), input.Parts.Find(lastLine));

        var result = Fix(docx, text.Replace("Trang  1", "Trang 1", StringComparison.Ordinal));

        Assert.Equal((2, 0), (result.AppliedEdits, result.LeftOutEdits));
        Assert.Equal(TestDocx.HeaderFooter("hdr", Paragraph("Trang 1")), TestDocx.PartXml(result.Bytes, "word/header1.xml"));
        Assert.Equal(TestDocx.HeaderFooter("ftr", Paragraph("Trang 1")), TestDocx.PartXml(result.Bytes, "word/footer1.xml"));
        Assert.Equal(TestDocx.HeaderFooter("ftr", Paragraph("Trang 1")), TestDocx.PartXml(result.Bytes, "word/footer2.xml"));
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
