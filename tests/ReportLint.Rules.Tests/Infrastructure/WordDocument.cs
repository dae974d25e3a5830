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

    /// <summary>A table cell of one run holding <paramref name="text"/>, with cell properties (gridSpan, vMerge…).</summary>
    public static string Cell(string text, string properties = "") =>
        $"<w:tc><w:tcPr>{properties}</w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r></w:p></w:tc>";
}
