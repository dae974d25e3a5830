using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>
/// The fixed document: its bytes, the body text it now reads as, and how many edits of the
/// text diff went in or had to be left out.
/// </summary>
public sealed record DocxFixResult(byte[] Bytes, string Text, int AppliedEdits, int LeftOutEdits);

/// <summary>
/// Writes fixes of a .docx's extracted text back into the document. The edits between the
/// original and the fixed text (<see cref="CharacterDiff"/>) are mapped onto the w:t elements;
/// an edit touching a tab, a break, a paragraph end or a cell boundary, or adding one, is left out. Every other zip
/// entry is copied unchanged, in order, with its name, time and attributes.
/// </summary>
public static class DocxWriter
{
    /// <summary>Whether a fix edit of the extracted text can be written into w:t elements.</summary>
    public static bool CanApply(string text, TextEdit edit) =>
        !ContainsStructure(edit.NewText) && !ContainsStructure(text.AsSpan(edit.Span.Start, edit.Span.Length));

    /// <summary>
    /// Tabs, line breaks and breaks inside a table cell in the extracted text come from elements (w:tab, w:br,
    /// w:p, w:tc), not from w:t.
    /// </summary>
    internal static bool ContainsStructure(ReadOnlySpan<char> text) => text.IndexOfAny(Structure) >= 0;

    private static readonly System.Buffers.SearchValues<char> Structure = System.Buffers.SearchValues.Create(['\t', '\n', '\r', WordBodyText.CellBreak]);

    /// <summary>
    /// Applies the difference between <paramref name="originalText"/> (what <see cref="DocxReader"/>
    /// read from <paramref name="docx"/>) and <paramref name="fixedText"/>. When no edit can be
    /// applied the original bytes come back.
    /// </summary>
    public static DocxFixResult Apply(string path, byte[] docx, string originalText, string fixedText)
    {
        var document = DocxReader.LoadDocument(path, docx);
        var body = WordBodyText.Extract(document);
        if (body.Text != originalText)
        {
            throw new ArgumentException("The original text was not read from this document.", nameof(originalText));
        }

        var editor = new WordTextEditor(body);
        var applied = new List<TextEdit>();
        var leftOut = 0;
        foreach (var edit in CharacterDiff.Compute(originalText, fixedText).Reverse())
        {
            if (editor.TryApply(edit))
            {
                applied.Add(edit);
            }
            else
            {
                leftOut++;
            }
        }
        if (applied.Count == 0)
        {
            return new DocxFixResult(docx, originalText, 0, leftOut);
        }

        editor.Commit();
        var text = TextEdit.Apply(originalText, applied);
        if (WordBodyText.Extract(document).Text != text)
        {
            // Unreachable by construction; never write a document that would not read back as intended.
            throw new InvalidOperationException($"{path}: the fixed document does not read back as the fixed text.");
        }
        return new DocxFixResult(Repackage(docx, Serialize(document)), text, applied.Count, leftOut);
    }

    private static byte[] Serialize(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = document.Declaration is null,
            NewLineHandling = NewLineHandling.None,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    /// <summary>A copy of the package with word/document.xml replaced.</summary>
    private static byte[] Repackage(byte[] docx, byte[] documentXml)
    {
        using var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            target.Comment = source.Comment;
            foreach (var entry in source.Entries)
            {
                // An entry stored uncompressed stays so (some tools store media that way).
                var stored = entry.Length > 0 && entry.CompressedLength == entry.Length;
                var copy = target.CreateEntry(entry.FullName, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                copy.LastWriteTime = entry.LastWriteTime;
                copy.ExternalAttributes = entry.ExternalAttributes;
                copy.Comment = entry.Comment;
                using var destination = copy.Open();
                if (entry.FullName == DocxReader.DocumentPart)
                {
                    destination.Write(documentXml);
                }
                else
                {
                    using var content = entry.Open();
                    content.CopyTo(destination);
                }
            }
        }
        return output.ToArray();
    }
}
