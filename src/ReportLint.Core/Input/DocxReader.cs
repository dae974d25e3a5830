using System.IO.Compression;
using System.Text;
using System.Xml;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>
/// Reads the body text of a Word document (word/document.xml), one line per paragraph. Offsets
/// refer to that extracted text, which is what `--format` outputs report; `--fix` leaves .docx alone.
/// </summary>
public sealed class DocxReader : IInputReader
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public InputFile Read(string path, byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entry = archive.GetEntry("word/document.xml")
                ?? throw new InputException(path, new LocalizedText("tệp .docx không có word/document.xml", "the .docx has no word/document.xml"));
            using var stream = entry.Open();
            var text = ExtractText(stream);
            return new InputFile(path, DocumentKind.Docx, new SourceText(text), TextEncoding.Utf8, ProseMap.None);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException)
        {
            throw new InputException(path, new LocalizedText($"không đọc được tệp .docx: {ex.Message}", $"cannot read the .docx: {ex.Message}"));
        }
    }

    private static string ExtractText(Stream stream)
    {
        var builder = new StringBuilder();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false });
        var paragraphs = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordNamespace)
            {
                continue;
            }
            switch (reader.LocalName)
            {
                case "p":
                    if (paragraphs++ > 0)
                    {
                        builder.Append('\n');
                    }
                    break;
                case "t":
                    builder.Append(reader.ReadElementContentAsString());
                    break;
                case "tab":
                    builder.Append('\t');
                    break;
                case "br":
                case "cr":
                    builder.Append('\n');
                    break;
            }
        }
        return builder.ToString();
    }
}
