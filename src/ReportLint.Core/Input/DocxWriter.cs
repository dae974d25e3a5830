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
/// original and the fixed text (<see cref="CharacterDiff"/>) are mapped onto the w:t elements of the part they
/// came from (the body, a footnote, a header…), and a header or footer read once for several parts into each of them;
/// an edit touching a tab, a break, a paragraph end or a cell boundary, or adding one, is left out. Every other zip
/// entry, and every part no edit went into, is copied unchanged, in order, with its name, time and attributes.
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
        var package = WordPackage.Load(path, docx);
        var read = WordBodyText.Extract(package);
        if (read.Text != originalText)
        {
            throw new ArgumentException("The original text was not read from this document.", nameof(originalText));
        }

        var editor = new WordTextEditor(read);
        var twins = read.Stories.ToDictionary(s => s, s => s.Twins.Select(t => new WordTextEditor(t)).ToList());
        var applied = new List<TextEdit>();
        var leftOut = 0;
        foreach (var edit in CharacterDiff.Compute(originalText, fixedText).Reverse())
        {
            // A repeated header or footer, read once, takes the edits of the one read: both must be able to.
            var story = StoryOf(read, edit);
            var local = story is null ? edit : new TextEdit(new TextSpan(edit.Span.Start - story.Start, edit.Span.Length), edit.NewText);
            var copies = story is null ? [] : twins[story];
            if (editor.CanApply(edit) && copies.All(c => c.CanApply(local)))
            {
                editor.TryApply(edit);
                copies.ForEach(c => c.TryApply(local));
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
        var changed = editor.ChangedDocuments.ToHashSet();
        foreach (var copy in twins.Values.SelectMany(c => c))
        {
            copy.Commit();
            changed.UnionWith(copy.ChangedDocuments);
        }
        var text = TextEdit.Apply(originalText, applied);
        if (WordBodyText.ExtractLike(package, read).Text != text)
        {
            // Unreachable by construction; never write a document that would not read back as intended.
            throw new InvalidOperationException($"{path}: the fixed document does not read back as the fixed text.");
        }
        var parts = package.Parts.Where(p => changed.Contains(p.Document)).ToDictionary(p => p.Name, p => Serialize(p.Document));
        return new DocxFixResult(Repackage(docx, parts), text, applied.Count, leftOut);
    }

    /// <summary>The story an edit lies in (an insertion at its end included), or null for the body.</summary>
    private static WordStorySpan? StoryOf(WordBodyText read, TextEdit edit)
    {
        for (var i = read.Stories.Count - 1; i >= 0; i--)
        {
            var story = read.Stories[i];
            if (edit.Span.Start >= story.Start)
            {
                return edit.Span.End <= story.Start + story.Length ? story : null;
            }
        }
        return null;
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

    /// <summary>A copy of the package with the changed parts replaced.</summary>
    private static byte[] Repackage(byte[] docx, Dictionary<string, byte[]> parts)
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
                if (parts.TryGetValue(entry.FullName, out var part))
                {
                    destination.Write(part);
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
