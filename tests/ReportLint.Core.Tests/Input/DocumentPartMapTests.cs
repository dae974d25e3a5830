using ReportLint.Core.Input;

namespace ReportLint.Core.Tests.Input;

/// <summary>Which lines of a .docx's text are a note, header or footer, and the number Word shows for a note.</summary>
public class DocumentPartMapTests
{
    private static InputFile Read(byte[] docx) => new DocxReader().Read("a.docx", docx);

    [Fact]
    public void Notes_are_numbered_by_the_order_of_their_references_not_by_id()
    {
        var input = Read(PartsDocx.Create());
        Assert.Equal(PartsDocx.Text, input.Text.Text);

        // Lines 0-1 the body; each story after an empty line. Footnote id 1 is read first but referenced second.
        var parts = Enumerable.Range(0, 13).Select(line => input.Parts.Find(line)).ToList();
        Assert.Equal(new DocumentPart?[]
        {
            null, null, null,
            new(DocumentPartKind.Footnote, 2), null,
            new(DocumentPartKind.Footnote, 1), null,
            new(DocumentPartKind.Endnote, 1), null,
            new(DocumentPartKind.Header), null,
            new(DocumentPartKind.Footer), null,
        }, parts);
    }

    [Fact]
    public void A_note_with_a_custom_mark_takes_no_number_and_the_next_note_keeps_counting_from_one()
    {
        const string Body = "<w:p><w:r><w:t>Nội dung</w:t></w:r>"
            + "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"1\" /><w:t>*</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> và kết quả</w:t></w:r><w:r><w:footnoteReference w:id=\"2\" /></w:r></w:p>";
        var footnotes = TestDocx.Notes("footnote", TestDocx.Note("footnote", 1, PartsDocx.Run("Ghi chú riêng."))
            + TestDocx.Note("footnote", 2, PartsDocx.Run("Ghi chú có số.")));

        var input = Read(TestDocx.CreateWithParts(Body, footnotes, null));

        Assert.Equal("Nội dung* và kết quả\n\n Ghi chú riêng.\n\n Ghi chú có số.", input.Text.Text);
        Assert.Equal(new DocumentPart(DocumentPartKind.Footnote), input.Parts.Find(2));
        Assert.Equal(new DocumentPart(DocumentPartKind.Footnote, 1), input.Parts.Find(4));
    }

    [Fact]
    public void A_docx_without_notes_headers_or_footers_and_a_plain_text_draft_are_all_body()
    {
        Assert.Null(Read(TestDocx.Create(PartsDocx.Paragraph("Chỉ có thân bài."))).Parts.Find(0));
        Assert.Same(DocumentPartMap.Empty, new PlainTextReader().Read("a.txt", "Một dòng.\n\nHai dòng."u8.ToArray()).Parts);
    }

    [Theory]
    [InlineData(DocumentPartKind.Footnote, 2, "[chú thích 2]", "[footnote 2]", "footnote 2")]
    [InlineData(DocumentPartKind.Endnote, 1, "[chú thích cuối 1]", "[endnote 1]", "endnote 1")]
    [InlineData(DocumentPartKind.Header, null, "[đầu trang]", "[header]", "header")]
    [InlineData(DocumentPartKind.Footer, null, "[chân trang]", "[footer]", "footer")]
    [InlineData(DocumentPartKind.Footnote, null, "[chú thích]", "[footnote]", "footnote")]
    public void Labels_in_both_languages_and_the_logical_name(DocumentPartKind kind, int? number, string vi, string en, string name)
    {
        var part = new DocumentPart(kind, number);
        Assert.Equal((vi, en, name), (part.Label(Core.Diagnostics.MessageLanguage.Vietnamese), part.Label(Core.Diagnostics.MessageLanguage.English), part.Name));
    }
}
