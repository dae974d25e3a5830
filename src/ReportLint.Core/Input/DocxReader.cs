using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>
/// Reads the text of a Word document: word/document.xml one line per paragraph, then its footnotes, endnotes, headers
/// and footers (<see cref="WordBodyText"/>). Offsets refer to that extracted text, which is what `--format` outputs
/// report; `--fix` maps its edits back onto the w:t elements of the part they came from (<see cref="DocxWriter"/>).
/// </summary>
public sealed class DocxReader : IInputReader
{
    internal const string DocumentPart = WordPackage.DocumentPart;

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public InputFile Read(string path, byte[] bytes)
    {
        var read = WordBodyText.Extract(WordPackage.Load(path, bytes));
        var source = new SourceText(read.Text);
        var prose = read.Stories.Count == 0 ? ProseMap.None : ProseMap.None with { AfterBodyLine = source.GetLinePosition(read.Stories[0].Start).Line };
        return new InputFile(path, DocumentKind.Docx, source, TextEncoding.Utf8, prose) { Parts = PartsOf(read, source) };
    }

    /// <summary>The lines each story read after the body spans, with what Word calls it.</summary>
    private static DocumentPartMap PartsOf(WordBodyText read, SourceText source) =>
        read.Stories.Count == 0 ? DocumentPartMap.Empty : new DocumentPartMap(read.Stories
            .Select(s => (source.GetLinePosition(s.Start).Line, source.GetLinePosition(s.Start + s.Length).Line, s.Story.Location))
            .ToList());
}
