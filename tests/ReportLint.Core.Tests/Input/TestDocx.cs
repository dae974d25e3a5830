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
