using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>
/// Reads the body text of a Word document (word/document.xml), one line per paragraph. Offsets
/// refer to that extracted text, which is what `--format` outputs report; `--fix` maps its edits
/// back onto the document's w:t elements (<see cref="DocxWriter"/>).
/// </summary>
public sealed class DocxReader : IInputReader
{
    internal const string DocumentPart = "word/document.xml";

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public InputFile Read(string path, byte[] bytes)
    {
        var text = WordBodyText.Extract(LoadDocument(path, bytes)).Text;
        return new InputFile(path, DocumentKind.Docx, new SourceText(text), TextEncoding.Utf8, ProseMap.None);
    }

    /// <summary>Parses word/document.xml, keeping whitespace (a w:t of one space is text).</summary>
    internal static XDocument LoadDocument(string path, byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entry = archive.GetEntry(DocumentPart)
                ?? throw new InputException(path, new LocalizedText("tệp .docx không có word/document.xml", "the .docx has no word/document.xml"));
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException)
        {
            throw new InputException(path, new LocalizedText($"không đọc được tệp .docx: {ex.Message}", $"cannot read the .docx: {ex.Message}"));
        }
    }
}
