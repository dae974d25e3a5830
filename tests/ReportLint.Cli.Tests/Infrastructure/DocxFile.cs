using System.IO.Compression;
using System.Text;

namespace ReportLint.Cli.Tests.Infrastructure;

/// <summary>Writes a small .docx around a body, and reads its entries back, for `check --fix` on Word files.</summary>
public static class DocxFile
{
    public const string DocumentPart = "word/document.xml";

    /// <summary>Written the way XmlWriter writes XML, so a fixed document compares whole.</summary>
    public static string Document(string body) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + body + "</w:body></w:document>";

    public static byte[] Create(string body)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(archive, DocumentPart, Document(body));
            Add(archive, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A package with a footnotes part (Word's separator notes, then the given w:footnote elements) and one header part
    /// holding <paramref name="headerParagraphs"/>, wired through word/_rels/document.xml.rels.
    /// </summary>
    public static byte[] CreateWithParts(string body, string footnotes, string headerParagraphs)
    {
        const string Namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(archive, DocumentPart, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {Namespaces}><w:body>{body}"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/></w:sectPr></w:body></w:document>");
            Add(archive, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/></Relationships>");
            Add(archive, "word/footnotes.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes {Namespaces}>"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + footnotes + "</w:footnotes>");
            Add(archive, "word/header1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr {Namespaces}>{headerParagraphs}</w:hdr>");
            Add(archive, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A package with every kind of part read after the body: footnotes and endnotes (Word's separator notes, then the
    /// given w:footnote / w:endnote elements), one header and one footer holding the given paragraphs.
    /// </summary>
    public static byte[] CreateWithNotesHeaderAndFooter(string body, string footnotes, string endnotes, string headerParagraphs, string footerParagraphs)
    {
        const string Namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        static string Notes(string element, string notes) => $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:{element}s {Namespaces}>"
            + $"<w:{element} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:{element}>"
            + $"<w:{element} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{element}>"
            + notes + $"</w:{element}s>";
        static string Relationship(string id, string type, string target) =>
            $"<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}\" Target=\"{target}\"/>";
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(archive, DocumentPart, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {Namespaces}><w:body>{body}"
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"default\" r:id=\"rId5\"/></w:sectPr></w:body></w:document>");
            Add(archive, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + Relationship("rId2", "footnotes", "footnotes.xml") + Relationship("rId3", "endnotes", "endnotes.xml")
                + Relationship("rId4", "header", "header1.xml") + Relationship("rId5", "footer", "footer1.xml") + "</Relationships>");
            Add(archive, "word/footnotes.xml", Notes("footnote", footnotes));
            Add(archive, "word/endnotes.xml", Notes("endnote", endnotes));
            Add(archive, "word/header1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr {Namespaces}>{headerParagraphs}</w:hdr>");
            Add(archive, "word/footer1.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:ftr {Namespaces}>{footerParagraphs}</w:ftr>");
            Add(archive, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }
        return stream.ToArray();
    }

    /// <summary>Name and content of every entry, in order.</summary>
    public static List<(string Name, string Content)> Entries(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        return archive.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), new UTF8Encoding(false));
            return (e.FullName, reader.ReadToEnd());
        }).ToList();
    }

    public static string DocumentXml(string path) => Entries(path).Single(e => e.Name == DocumentPart).Content;

    private static void Add(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
