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
