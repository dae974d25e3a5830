using System.IO.Compression;
using System.Security;
using System.Text;
using ReportLint.Core.Input;

namespace ReportLint.Rules.Tests.Infrastructure;

/// <summary>A .docx built around a body of WordprocessingML, read back as the CLI reads it.</summary>
internal static class WordDocument
{
    /// <summary>The text ReportLint reads from a package whose word/document.xml holds <paramref name="bodyXml"/> (w:p, w:tbl…).</summary>
    public static string Read(string bodyXml)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + bodyXml + "</w:body></w:document>");
        }
        return new DocxReader().Read("a.docx", stream.ToArray()).Text.Text;
    }

    private const string Namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>
    /// A package read as the CLI reads it: body paragraphs, footnotes (ids 1, 2… after Word's separator notes, each
    /// after its reference mark and a space), endnotes, and header and footer parts (one paragraph each), all wired
    /// through word/_rels/document.xml.rels and the section's references.
    /// </summary>
    public static InputFile ReadPackage(string[] body, string[]? footnotes = null, string[]? endnotes = null,
        string[]? headers = null, string[]? footers = null)
    {
        static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r></w:p>";
        static string Notes(string kind, string[] notes) =>
            $"<w:{kind}s {Namespaces}><w:{kind} w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator /></w:r></w:p></w:{kind}>"
            + $"<w:{kind} w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator /></w:r></w:p></w:{kind}>"
            + string.Concat(notes.Select((n, i) => $"<w:{kind} w:id=\"{i + 1}\"><w:p><w:r><w:{kind}Ref /></w:r>"
                + $"<w:r><w:t xml:space=\"preserve\"> {SecurityElement.Escape(n)}</w:t></w:r></w:p></w:{kind}>"))
            + $"</w:{kind}s>";

        var parts = new List<(string Name, string Xml)>();
        var relationships = new StringBuilder();
        var references = new StringBuilder();
        if (footnotes is not null)
        {
            relationships.Append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>");
            parts.Add(("word/footnotes.xml", Notes("footnote", footnotes)));
        }
        if (endnotes is not null)
        {
            relationships.Append("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" Target=\"endnotes.xml\"/>");
            parts.Add(("word/endnotes.xml", Notes("endnote", endnotes)));
        }
        var id = 10;
        foreach (var (kind, element, texts) in new[] { ("header", "hdr", headers ?? []), ("footer", "ftr", footers ?? []) })
        {
            for (var i = 0; i < texts.Length; i++, id++)
            {
                relationships.Append($"<Relationship Id=\"rId{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}\" Target=\"{kind}{i + 1}.xml\"/>");
                references.Append($"<w:{kind}Reference w:type=\"default\" r:id=\"rId{id}\" />");
                parts.Add(($"word/{kind}{i + 1}.xml", $"<w:{element} {Namespaces}>{Paragraph(texts[i])}</w:{element}>"));
            }
        }
        parts.Add(("word/_rels/document.xml.rels",
            $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{relationships}</Relationships>"));
        parts.Add(("word/document.xml", $"<w:document {Namespaces}><w:body>{string.Concat(body.Select(Paragraph))}<w:sectPr>{references}</w:sectPr></w:body></w:document>"));

        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);
            }
        }
        return new DocxReader().Read("a.docx", stream.ToArray());
    }

    /// <summary>A table cell of one run holding <paramref name="text"/>, with cell properties (gridSpan, vMerge…).</summary>
    public static string Cell(string text, string properties = "") =>
        $"<w:tc><w:tcPr>{properties}</w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r></w:p></w:tc>";
}
