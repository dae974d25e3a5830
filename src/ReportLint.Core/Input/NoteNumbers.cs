using System.Xml.Linq;

namespace ReportLint.Core.Input;

/// <summary>
/// The numbers Word shows for footnotes or endnotes: 1, 2, 3… in the order of their references in the body, whatever
/// their w:id (ids follow the order notes were inserted, and Word's separator notes take -1 and 0). A reference with a
/// custom mark (w:customMarkFollows) shows its own symbol and takes no number, so the automatic numbering skips it.
/// </summary>
internal static class NoteNumbers
{
    private static readonly XNamespace Word = WordBodyText.Word;

    /// <summary>Note id → number, for the notes of one element ("footnote", "endnote").</summary>
    public static IReadOnlyDictionary<string, int> Of(XDocument body, string element)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in body.Descendants(Word + (element + "Reference")))
        {
            if (reference.Attribute(Word + "id")?.Value is { } id && !HasCustomMark(reference) && !numbers.ContainsKey(id))
            {
                numbers[id] = numbers.Count + 1;
            }
        }
        return numbers;
    }

    private static bool HasCustomMark(XElement reference) =>
        reference.Attribute(Word + "customMarkFollows")?.Value is "1" or "true" or "on";
}
