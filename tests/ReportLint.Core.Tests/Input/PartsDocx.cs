namespace ReportLint.Core.Tests.Input;

/// <summary>
/// A .docx whose body refers to footnote 2 before footnote 1 (so Word numbers them the other way round from their
/// ids), with an endnote, a header and a footer, each holding a doubled space.
/// </summary>
internal static class PartsDocx
{
    public static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    public static string Paragraph(string text) => "<w:p>" + Run(text) + "</w:p>";

    public const string Body =
        "<w:p><w:r><w:t>Ban Thường vụ Huyện ủy ban hành kế hoạch</w:t></w:r><w:r><w:footnoteReference w:id=\"2\" /></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> về chuyển đổi số.</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">Vốn đầu tư công giải ngân đạt  82%</w:t></w:r><w:r><w:footnoteReference w:id=\"1\" /></w:r>"
        + "<w:r><w:t>.</w:t></w:r><w:r><w:endnoteReference w:id=\"1\" /></w:r></w:p>";

    public static readonly string Footnotes = TestDocx.Notes("footnote",
        TestDocx.Note("footnote", 1, Run("Số liệu của Kho bạc  Nhà nước huyện."))
        + TestDocx.Note("footnote", 2, Run("Kế hoạch được ban hành  trong quý I.")));

    public static readonly string Endnotes = TestDocx.Notes("endnote", TestDocx.Note("endnote", 1, Run("Xem phụ lục  kèm theo.")));

    public static byte[] Create() => TestDocx.CreateWithParts(Body, Footnotes, Endnotes,
        ("header1.xml", TestDocx.HeaderFooter("hdr", Paragraph("Văn phòng  Huyện ủy"))),
        ("footer1.xml", TestDocx.HeaderFooter("ftr", Paragraph("Lưu hành  nội bộ"))));

    /// <summary>The text read: the body, then the notes in the order of their references, the endnote, the header and the footer.</summary>
    public const string Text =
        "Ban Thường vụ Huyện ủy ban hành kế hoạch về chuyển đổi số.\n"
        + "Vốn đầu tư công giải ngân đạt  82%.\n"
        + "\n Kế hoạch được ban hành  trong quý I.\n"
        + "\n Số liệu của Kho bạc  Nhà nước huyện.\n"
        + "\n Xem phụ lục  kèm theo.\n"
        + "\nVăn phòng  Huyện ủy\n"
        + "\nLưu hành  nội bộ";
}
