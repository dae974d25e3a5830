using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Input;

/// <summary>The kinds of Word text that are not the body: each is reported with a label saying where to look in Word.</summary>
public enum DocumentPartKind
{
    Footnote,
    Endnote,
    Header,
    Footer,
}

/// <summary>
/// Where a finding lies outside the body of a Word document: a note with the number Word gives it and the mark it shows
/// for that number (2 and "ii" for endnotes numbered i, ii, iii; both null for a note without an automatic number), or a
/// header or footer.
/// </summary>
public sealed record DocumentPart(DocumentPartKind Kind, int? Number = null, string? Mark = null)
{
    /// <summary>What the reader sees at the note's reference: its mark, else its number.</summary>
    public string? Shown => Mark ?? Number?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The label put before a message in the text and GitHub formats: `[chú thích 2]`, `[chú thích cuối ii]`, `[footer]`.</summary>
    public string Label(MessageLanguage language) => $"[{Describe(language)}]";

    /// <summary>The SARIF logical location name, in English: `footnote 2`, `endnote ii`, `header`.</summary>
    public string Name => Describe(MessageLanguage.English);

    /// <summary>`footnote`, `endnote`, `header`, `footer`: the JSON `part.kind`.</summary>
    public string KindName => Kind.ToString().ToLowerInvariant();

    private string Describe(MessageLanguage language)
    {
        var noun = (Kind, language) switch
        {
            (DocumentPartKind.Footnote, MessageLanguage.Vietnamese) => "chú thích",
            (DocumentPartKind.Endnote, MessageLanguage.Vietnamese) => "chú thích cuối",
            (DocumentPartKind.Header, MessageLanguage.Vietnamese) => "đầu trang",
            (DocumentPartKind.Footer, MessageLanguage.Vietnamese) => "chân trang",
            _ => KindName,
        };
        return Shown is { } shown ? $"{noun} {shown}" : noun;
    }
}

/// <summary>
/// The lines of a document's text that belong to a part other than the body. Kept by line, not by offset: fixes of a
/// .docx never add or remove a line break (<see cref="DocxWriter.CanApply"/>), so the map read before `--fix` still
/// holds for the fixed text, as <see cref="ProseMap.AfterBodyLine"/> does.
/// </summary>
public sealed class DocumentPartMap
{
    private readonly IReadOnlyList<(int FirstLine, int LastLine, DocumentPart Part)> _parts;

    public DocumentPartMap(IReadOnlyList<(int FirstLine, int LastLine, DocumentPart Part)> parts) => _parts = parts;

    /// <summary>A document that is all body (every plain text and Markdown file).</summary>
    public static DocumentPartMap Empty { get; } = new([]);

    /// <summary>The part holding a 0-based line, or null for the body.</summary>
    public DocumentPart? Find(int line)
    {
        foreach (var (first, last, part) in _parts)
        {
            if (line >= first && line <= last)
            {
                return part;
            }
        }
        return null;
    }
}
