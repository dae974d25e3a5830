using System.Text;
using System.Xml.Linq;

namespace ReportLint.Core.Input;

/// <summary>A w:t element and where its text starts in the extracted body text.</summary>
internal sealed record WordTextSegment(int Start, XElement Element);

/// <summary>
/// The body text of word/document.xml as ReportLint reads it: one line per w:p, the text of each
/// w:t, a run's w:tab as \t, w:br and w:cr as \n. The reader and the fix writer both use it, so
/// the offsets a fix refers to are the offsets the writer maps back onto w:t elements.
/// </summary>
internal sealed class WordBodyText
{
    public static readonly XNamespace Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordBodyText(string text, IReadOnlyList<WordTextSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    /// <summary>Every w:t, in document order; characters of <see cref="Text"/> outside them are structure.</summary>
    public IReadOnlyList<WordTextSegment> Segments { get; }

    public static WordBodyText Extract(XDocument document)
    {
        var builder = new StringBuilder();
        var segments = new List<WordTextSegment>();
        var paragraphs = 0;
        foreach (var element in document.Descendants())
        {
            if (element.Name.Namespace != Word)
            {
                continue;
            }
            switch (element.Name.LocalName)
            {
                case "p":
                    if (paragraphs++ > 0)
                    {
                        builder.Append('\n');
                    }
                    break;
                case "t":
                    segments.Add(new WordTextSegment(builder.Length, element));
                    builder.Append(element.Value);
                    break;
                // A w:tab inside w:pPr/w:tabs is a tab stop, not text; only a run's w:tab is a tab character.
                case "tab" when element.Parent?.Name == Word + "r":
                    builder.Append('\t');
                    break;
                case "br":
                case "cr":
                    builder.Append('\n');
                    break;
            }
        }
        return new WordBodyText(builder.ToString(), segments);
    }
}
