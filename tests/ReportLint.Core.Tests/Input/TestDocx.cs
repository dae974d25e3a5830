using System.IO.Compression;
using System.Text;

namespace ReportLint.Core.Tests.Input;

/// <summary>
/// Builds a small but complete .docx around a body written by the test. The XML is written the way
/// XmlWriter writes it (empty elements as `&lt;w:b /&gt;`), so a fixed document can be compared whole.
/// </summary>
internal static class TestDocx
{
    public const string DocumentPart = "word/document.xml";

    /// <summary>Stored uncompressed, as some tools store media.</summary>
    public static readonly byte[] Image = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x10, 0x20];

    public static string Document(string body) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + body
        + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\" /></w:sectPr></w:body></w:document>";

    public static byte[] Create(string body)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(archive, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(archive, DocumentPart, Document(body));
            Add(archive, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:type=\"paragraph\" w:styleId=\"Title\"/></w:styles>");
            var image = archive.CreateEntry("word/media/image1.png", CompressionLevel.NoCompression);
            image.LastWriteTime = new DateTimeOffset(2024, 9, 2, 8, 30, 0, TimeSpan.Zero);
            using (var content = image.Open())
            {
                content.Write(Image);
            }
            Add(archive, "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"/>");
        }
        return stream.ToArray();
    }

    private const string WordNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>A part of notes (w:footnotes or w:endnotes) with Word's separator and continuation notes, then the given notes.</summary>
    public static string Notes(string element, string notes) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><w:{element}s {WordNamespaces}>"
        + $"<w:{element} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator /></w:r></w:p></w:{element}>"
        + $"<w:{element} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator /></w:r></w:p></w:{element}>"
        + notes + $"</w:{element}s>";

    /// <summary>A footnote or endnote: the reference mark run, a space, then the text runs given.</summary>
    public static string Note(string element, int id, string runs) =>
        $"<w:{element} w:id=\"{id}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\" /></w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\" /></w:rPr><w:{element}Ref /></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>" + runs + $"</w:p></w:{element}>";

    /// <summary>A header (w:hdr) or footer (w:ftr) part holding the given paragraphs.</summary>
    public static string HeaderFooter(string element, string paragraphs) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><w:{element} {WordNamespaces}>" + paragraphs + $"</w:{element}>";

    /// <summary>
    /// A package whose body is followed by notes parts and header and footer parts (name without "word/", XML), with
    /// their relationships and the section's references to the headers and footers in the order given.
    /// </summary>
    public static byte[] CreateWithParts(string body, string? footnotes, string? endnotes, params (string Name, string Xml)[] headersFooters)
    {
        var relationships = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        relationships.Append("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        var references = new StringBuilder();
        var parts = new List<(string Name, string Xml)>();
        if (footnotes is not null)
        {
            relationships.Append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>");
            parts.Add(("word/footnotes.xml", footnotes));
        }
        if (endnotes is not null)
        {
            relationships.Append("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" Target=\"endnotes.xml\"/>");
            parts.Add(("word/endnotes.xml", endnotes));
        }
        var id = 10;
        foreach (var (name, xml) in headersFooters)
        {
            var kind = name.StartsWith("header", StringComparison.Ordinal) ? "header" : "footer";
            relationships.Append($"<Relationship Id=\"rId{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}\" Target=\"{name}\"/>");
            references.Append($"<w:{kind}Reference w:type=\"{(id % 2 == 0 ? "default" : "first")}\" r:id=\"rId{id}\" />");
            parts.Add(("word/" + name, xml));
            id++;
        }
        relationships.Append("</Relationships>");

        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(archive, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(archive, DocumentPart, DocumentWithSection(body, references.ToString()));
            Add(archive, "word/_rels/document.xml.rels", relationships.ToString());
            Add(archive, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
            foreach (var (name, xml) in parts)
            {
                Add(archive, name, xml);
            }
        }
        return stream.ToArray();
    }

    public static string DocumentWithSection(string body, string references) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><w:document {WordNamespaces}><w:body>"
        + body + "<w:sectPr>" + references + "<w:pgSz w:w=\"11906\" w:h=\"16838\" /></w:sectPr></w:body></w:document>";

    /// <summary>The same package with word/settings.xml holding <paramref name="settings"/> (w:settings children), related from the document.</summary>
    public static byte[] WithSettings(byte[] docx, string settings)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, _, content) in Entries(docx))
            {
                var text = new UTF8Encoding(false).GetString(content);
                Add(archive, name, name == "word/_rels/document.xml.rels"
                    ? text.Replace("</Relationships>", "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/></Relationships>", StringComparison.Ordinal)
                    : text);
            }
            Add(archive, "word/settings.xml", $"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><w:settings {WordNamespaces}>{settings}</w:settings>");
        }
        return stream.ToArray();
    }

    public static string PartXml(byte[] docx, string name) =>
        new UTF8Encoding(false).GetString(Entries(docx).Single(e => e.Name == name).Content);

    /// <summary>Every entry of a package: name, last write time and content, in order.</summary>
    public static List<(string Name, DateTimeOffset Time, byte[] Content)> Entries(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return archive.Entries.Select(e => (e.FullName, e.LastWriteTime, Read(e))).ToList();
    }

    public static string DocumentXml(byte[] docx) =>
        new UTF8Encoding(false).GetString(Entries(docx).Single(e => e.Name == DocumentPart).Content);

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var content = entry.Open();
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static void Add(ZipArchive archive, string name, string text)
    {
        var entry = archive.CreateEntry(name);
        entry.LastWriteTime = new DateTimeOffset(2024, 9, 1, 7, 0, 0, TimeSpan.Zero);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
