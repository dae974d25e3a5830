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

        // Lines 0-1 the body; each story after an empty line. Footnote id 2 is referenced first: it is read first, as 1.
        var parts = Enumerable.Range(0, 13).Select(line => input.Parts.Find(line)).ToList();
        Assert.Equal(new DocumentPart?[]
        {
            null, null, null,
            new(DocumentPartKind.Footnote, 1, "1"), null,
            new(DocumentPartKind.Footnote, 2, "2"), null,
            new(DocumentPartKind.Endnote, 1, "i"), null, // Word numbers endnotes i, ii, iii unless told otherwise
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
        Assert.Equal(new DocumentPart(DocumentPartKind.Footnote, 1, "1"), input.Parts.Find(4));
    }

    private static string Referring(string element, int id, string text) =>
        $"<w:p><w:r><w:t>{text}</w:t></w:r><w:r><w:{element}Reference w:id=\"{id}\" /></w:r></w:p>";

    [Fact]
    public void The_settings_set_the_format_and_first_number_of_footnotes_and_endnotes()
    {
        var body = Referring("footnote", 1, "Một") + Referring("footnote", 2, "Hai") + Referring("endnote", 1, "Ba") + Referring("endnote", 2, "Bốn");
        var footnotes = TestDocx.Notes("footnote", TestDocx.Note("footnote", 1, PartsDocx.Run("Thứ nhất.")) + TestDocx.Note("footnote", 2, PartsDocx.Run("Thứ hai.")));
        var endnotes = TestDocx.Notes("endnote", TestDocx.Note("endnote", 1, PartsDocx.Run("Thứ ba.")) + TestDocx.Note("endnote", 2, PartsDocx.Run("Thứ tư.")));
        var docx = TestDocx.WithSettings(TestDocx.CreateWithParts(body, footnotes, endnotes),
            "<w:footnotePr><w:numFmt w:val=\"lowerLetter\" /></w:footnotePr><w:endnotePr><w:numFmt w:val=\"decimal\" /><w:numStart w:val=\"5\" /></w:endnotePr>");

        var input = Read(docx);

        // Lines 0-3 the body, then the notes at lines 5, 7, 9 and 11.
        Assert.Equal(
        [
            new DocumentPart(DocumentPartKind.Footnote, 1, "a"), new DocumentPart(DocumentPartKind.Footnote, 2, "b"),
            new DocumentPart(DocumentPartKind.Endnote, 5, "5"), new DocumentPart(DocumentPartKind.Endnote, 6, "6"),
        ], new[] { 5, 7, 9, 11 }.Select(line => input.Parts.Find(line)));
        Assert.Equal("[chú thích a]", input.Parts.Find(5)!.Label(Core.Diagnostics.MessageLanguage.Vietnamese));
    }

    [Fact]
    public void A_section_that_restarts_its_footnotes_counts_from_its_own_start_and_one_restarting_each_page_has_no_number()
    {
        // Two sections: the first ends at the w:sectPr in its last paragraph, the second at the body's.
        static string Body(string restart) => Referring("footnote", 1, "Phần một")
            + "<w:p><w:pPr><w:sectPr><w:footnotePr><w:numRestart w:val=\"" + restart + "\" /></w:footnotePr></w:sectPr></w:pPr></w:p>"
            + Referring("footnote", 2, "Phần hai");
        var footnotes = TestDocx.Notes("footnote", TestDocx.Note("footnote", 1, PartsDocx.Run("Đầu.")) + TestDocx.Note("footnote", 2, PartsDocx.Run("Sau.")));
        var settings = "<w:footnotePr><w:numRestart w:val=\"eachSect\" /></w:footnotePr>";

        var eachSection = Read(TestDocx.WithSettings(TestDocx.CreateWithParts(Body("eachSect"), footnotes, null), settings));
        var eachPage = Read(TestDocx.WithSettings(TestDocx.CreateWithParts(Body("eachPage"), footnotes, null), settings));

        // Lines 0-2 the body, the notes at lines 4 and 6.
        Assert.Equal([new DocumentPart(DocumentPartKind.Footnote, 1, "1"), new DocumentPart(DocumentPartKind.Footnote, 1, "1")],
            new[] { 4, 6 }.Select(line => eachSection.Parts.Find(line)));
        Assert.Equal([new DocumentPart(DocumentPartKind.Footnote), new DocumentPart(DocumentPartKind.Footnote, 1, "1")],
            new[] { 4, 6 }.Select(line => eachPage.Parts.Find(line)));
    }

    [Fact]
    public void A_settings_part_that_is_not_xml_leaves_the_notes_in_words_default_numbering()
    {
        var input = Read(TestDocx.WithSettings(PartsDocx.Create(), "<w:footnotePr><w:numFmt w:val=\"upperRoman\"></w:footnotePr"));

        Assert.Equal(PartsDocx.Text, input.Text.Text);
        Assert.Equal(new DocumentPart(DocumentPartKind.Footnote, 1, "1"), input.Parts.Find(3));
        Assert.Equal(new DocumentPart(DocumentPartKind.Endnote, 1, "i"), input.Parts.Find(7));
    }

    [Theory]
    [InlineData(4, "decimal", "4")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(14, "lowerRoman", "xiv")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(3, "upperLetter", "C")]
    [InlineData(6, "chicago", "††")]
    [InlineData(7, "ganada", "7")]
    public void Marks_are_written_as_word_writes_them(int value, string format, string mark) =>
        Assert.Equal(mark, NoteMarks.Format(value, format));

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
    [InlineData(DocumentPartKind.Endnote, 2, "[chú thích cuối ii]", "[endnote ii]", "endnote ii", "ii")]
    public void Labels_in_both_languages_and_the_logical_name(DocumentPartKind kind, int? number, string vi, string en, string name, string? mark = null)
    {
        var part = new DocumentPart(kind, number, mark);
        Assert.Equal((vi, en, name), (part.Label(Core.Diagnostics.MessageLanguage.Vietnamese), part.Label(Core.Diagnostics.MessageLanguage.English), part.Name));
    }
}
