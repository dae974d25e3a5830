using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Input;

/// <summary>A part of the package that ReportLint reads text from, by its zip entry name.</summary>
internal sealed record WordPart(string Name, XDocument Document);

/// <summary>What a story after the body is: headers and footers that read the same are read once.</summary>
internal enum WordStoryKind
{
    Note,
    HeaderFooter,
}

/// <summary>
/// A text read after the body: one footnote or endnote (its w:footnote / w:endnote), or a header or footer part, and
/// what Word calls it (<see cref="DocumentPart"/>).
/// </summary>
internal sealed record WordStory(WordPart Part, XElement Root, WordStoryKind Kind, DocumentPart Location);

/// <summary>
/// The parts of a .docx whose text is read: word/document.xml, then the stories a reader sees around it in a stable
/// order: the footnotes, then the endnotes, each in the order of their references in the body, then the headers and footers in the order the sections refer to
/// them. Separator and continuation notes (w:type other than normal) are Word's own lines, not text, and are left out.
/// Parts are found through word/_rels/document.xml.rels; a package without it falls back on the usual part names.
/// </summary>
internal sealed partial class WordPackage
{
    internal const string DocumentPart = "word/document.xml";
    private const string RelationshipsPart = "word/_rels/document.xml.rels";
    private const string SettingsPart = "word/settings.xml";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace Word = WordBodyText.Word;

    private WordPackage(WordPart body, IReadOnlyList<WordPart> parts, IReadOnlyList<WordStory> stories)
    {
        Body = body;
        Parts = parts;
        Stories = stories;
    }

    public WordPart Body { get; }

    /// <summary>Every part loaded, the body first.</summary>
    public IReadOnlyList<WordPart> Parts { get; }

    /// <summary>The stories read after the body, in reading order (blank and repeated ones included: the text decides).</summary>
    public IReadOnlyList<WordStory> Stories { get; }

    public static WordPackage Load(string path, byte[] bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var body = new WordPart(DocumentPart, Parse(archive.GetEntry(DocumentPart)
                ?? throw new InputException(path, new LocalizedText("tệp .docx không có word/document.xml", "the .docx has no word/document.xml"))));
            var parts = new List<WordPart> { body };
            var stories = new List<WordStory>();
            var (notes, headersFooters, settingsName) = FindParts(archive, body.Document);
            var settings = settingsName is not null && archive.GetEntry(settingsName) is { } settingsEntry ? ParseSettings(settingsEntry) : null;
            foreach (var (name, element) in notes)
            {
                if (Load(archive, name, parts) is { } part)
                {
                    stories.AddRange(Notes(part, element, NoteNumbers.Of(body.Document, settings, element), NoteNumbers.ReferenceOrder(body.Document, element)));
                }
            }
            foreach (var name in headersFooters)
            {
                if (Load(archive, name, parts) is { Document.Root: { } root } part)
                {
                    // The root says which it is (w:hdr, w:ftr) whether the part was found by relationship or by name.
                    var kind = root.Name == Word + "ftr" ? DocumentPartKind.Footer : DocumentPartKind.Header;
                    stories.Add(new WordStory(part, root, WordStoryKind.HeaderFooter, new DocumentPart(kind)));
                }
            }
            return new WordPackage(body, parts, stories);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException)
        {
            throw new InputException(path, new LocalizedText($"không đọc được tệp .docx: {ex.Message}", $"cannot read the .docx: {ex.Message}"));
        }
    }

    private static WordPart? Load(ZipArchive archive, string name, List<WordPart> parts)
    {
        if (parts.Find(p => p.Name == name) is { } loaded)
        {
            return loaded;
        }
        if (archive.GetEntry(name) is not { } entry)
        {
            return null; // a relationship to a missing part: Word repairs such a file, ReportLint reads what is there
        }
        var part = new WordPart(name, Parse(entry));
        parts.Add(part);
        return part;
    }

    /// <summary>
    /// The normal w:footnote (w:endnote) elements in the order the body refers to them, each with the number its
    /// reference shows: a note's id follows the order it was inserted, so footnote 2 may have id 1, and a reader takes
    /// the notes in the order of their marks. Notes the body does not refer to follow, by numeric id. Separators and
    /// continuation notices are not text.
    /// </summary>
    private static IEnumerable<WordStory> Notes(WordPart part, string element, IReadOnlyDictionary<string, NoteNumber> numbers,
        IReadOnlyDictionary<string, int> referenceOrder)
    {
        var kind = element == "endnote" ? DocumentPartKind.Endnote : DocumentPartKind.Footnote;
        return (part.Document.Root?.Elements(Word + element) ?? [])
            .Where(n => n.Attribute(Word + "type")?.Value is null or "normal")
            .Select((n, index) => (Note: n, Key: n.Attribute(Word + "id")?.Value ?? "", index))
            .OrderBy(n => referenceOrder.TryGetValue(n.Key, out var order) ? order : int.MaxValue)
            .ThenBy(n => int.TryParse(n.Key, out var id) ? id : int.MaxValue).ThenBy(n => n.index)
            .Select(n => new WordStory(part, n.Note, WordStoryKind.Note,
                numbers.TryGetValue(n.Key, out var number) ? new DocumentPart(kind, number.Value, number.Mark) : new DocumentPart(kind)));
    }

    /// <summary>
    /// The notes parts (with their note element), the header and footer parts in reading order, and the settings part
    /// (where the document's note numbering is set).
    /// </summary>
    private static (List<(string Name, string Element)> Notes, List<string> HeadersFooters, string? Settings) FindParts(ZipArchive archive, XDocument body)
    {
        var notes = new List<(string, string)>();
        var headersFooters = new List<string>();
        if (archive.GetEntry(RelationshipsPart) is not { } relationshipsEntry)
        {
            // No relationships: the names Word gives these parts.
            foreach (var (name, element) in new[] { ("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote") })
            {
                if (archive.GetEntry(name) is not null)
                {
                    notes.Add((name, element));
                }
            }
            headersFooters.AddRange(archive.Entries.Select(e => e.FullName).Where(n => HeaderFooterName().IsMatch(n))
                .OrderBy(n => n.Contains("footer", StringComparison.Ordinal))
                .ThenBy(n => int.TryParse(HeaderFooterName().Match(n).Groups[1].Value, out var number) ? number : 0));
            return (notes, headersFooters, SettingsPart);
        }

        var targets = new Dictionary<string, (string Type, string Name)>(StringComparer.Ordinal);
        foreach (var relationship in Parse(relationshipsEntry).Root?.Elements(Relationships + "Relationship") ?? [])
        {
            if (relationship.Attribute("TargetMode")?.Value == "External"
                || relationship.Attribute("Id")?.Value is not { } id || relationship.Attribute("Target")?.Value is not { } target)
            {
                continue;
            }
            var type = relationship.Attribute("Type")?.Value ?? "";
            targets[id] = (type[(type.LastIndexOf('/') + 1)..], Resolve(target));
        }
        foreach (var (type, element) in new[] { ("footnotes", "footnote"), ("endnotes", "endnote") })
        {
            foreach (var name in targets.Values.Where(t => t.Type == type).Select(t => t.Name).Distinct().Order(StringComparer.Ordinal))
            {
                notes.Add((name, element));
            }
        }
        // Headers and footers in the order the sections name them (w:headerReference, w:footerReference), each once.
        foreach (var reference in body.Descendants().Where(e => e.Name == Word + "headerReference" || e.Name == Word + "footerReference"))
        {
            if (reference.Attribute(OfficeRelationships + "id")?.Value is { } id && targets.TryGetValue(id, out var target)
                && target.Type is "header" or "footer" && !headersFooters.Contains(target.Name))
            {
                headersFooters.Add(target.Name);
            }
        }
        return (notes, headersFooters, targets.Values.Where(t => t.Type == "settings").Select(t => t.Name).FirstOrDefault());
    }

    /// <summary>A relationship target of word/document.xml as a zip entry name.</summary>
    private static string Resolve(string target)
    {
        var path = target.StartsWith('/') ? target[1..] : "word/" + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }
        return string.Join('/', segments);
    }

    /// <summary>
    /// The settings part, or null when it cannot be read: it only numbers the notes (Word's defaults then apply), so a
    /// broken one must not make the text unreadable.
    /// </summary>
    private static XDocument? ParseSettings(ZipArchiveEntry entry)
    {
        try
        {
            return Parse(entry);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Parses a part, keeping whitespace (a w:t of one space is text).</summary>
    private static XDocument Parse(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    [GeneratedRegex(@"^word/(?:header|footer)(\d*)\.xml$")]
    private static partial Regex HeaderFooterName();
}
