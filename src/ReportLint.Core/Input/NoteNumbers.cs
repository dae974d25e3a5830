using System.Xml.Linq;

namespace ReportLint.Core.Input;

/// <summary>A note's number and the mark Word shows for it in the note's numbering format (2 → "2", "ii", "b", "†").</summary>
internal sealed record NoteNumber(int Value, string Mark);

/// <summary>
/// The numbers Word shows for footnotes or endnotes: counted in the order of their references in the body, whatever
/// their w:id (ids follow the order notes were inserted, and Word's separator notes take -1 and 0). Each section's
/// w:footnotePr / w:endnotePr, else the document's in word/settings.xml, sets the format (w:numFmt; Word's default is
/// decimal for footnotes and lowerRoman for endnotes), the first number (w:numStart) and whether numbering restarts
/// with the section (w:numRestart). A reference with a custom mark (w:customMarkFollows) shows its own symbol and is
/// not counted; notes that restart on each page have no number ReportLint can know (it does not lay out pages).
/// </summary>
internal static class NoteNumbers
{
    private static readonly XNamespace Word = WordBodyText.Word;

    /// <summary>Note id → number, for the notes of one element ("footnote", "endnote").</summary>
    public static IReadOnlyDictionary<string, NoteNumber> Of(XDocument body, XDocument? settings, string element)
    {
        var numbers = new Dictionary<string, NoteNumber>(StringComparer.Ordinal);
        var documentWide = settings?.Root?.Element(Word + (element + "Pr"));
        var pending = new List<string>(); // ids referred to in the section not yet closed, in order
        var counted = 0; // notes counted since the numbering last restarted
        foreach (var node in body.Root?.Descendants() ?? [])
        {
            if (node.Name == Word + (element + "Reference"))
            {
                if (node.Attribute(Word + "id")?.Value is { } id && !HasCustomMark(node) && !numbers.ContainsKey(id) && !pending.Contains(id))
                {
                    pending.Add(id);
                }
            }
            // A section ends at its w:sectPr (in its last paragraph's w:pPr, or the body's last); one inside a
            // tracked change (w:sectPrChange) is the section's former properties.
            else if (node.Name == Word + "sectPr" && node.Parent?.Name != Word + "sectPrChange")
            {
                counted = Number(pending, new Properties(node.Element(Word + (element + "Pr")), documentWide, element), counted, numbers);
                pending.Clear();
            }
        }
        Number(pending, new Properties(null, documentWide, element), counted, numbers); // a body without a final w:sectPr
        return numbers;
    }

    /// <summary>
    /// Note id → the position of its first reference in the body, for the notes of one element: the order a reader
    /// meets them in, custom marks included.
    /// </summary>
    public static IReadOnlyDictionary<string, int> ReferenceOrder(XDocument body, string element)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in body.Root?.Descendants(Word + (element + "Reference")) ?? [])
        {
            if (reference.Attribute(Word + "id")?.Value is { } id)
            {
                order.TryAdd(id, order.Count);
            }
        }
        return order;
    }

    /// <summary>Numbers the notes of one section; returns the count to go on from.</summary>
    private static int Number(List<string> ids, Properties properties, int counted, Dictionary<string, NoteNumber> numbers)
    {
        if (properties.Restart == "eachPage")
        {
            return 0;
        }
        if (properties.Restart == "eachSect")
        {
            counted = 0;
        }
        foreach (var id in ids)
        {
            var value = properties.Start + counted++;
            numbers[id] = new NoteNumber(value, NoteMarks.Format(value, properties.Format));
        }
        return counted;
    }

    private static bool HasCustomMark(XElement reference) =>
        reference.Attribute(Word + "customMarkFollows")?.Value is "1" or "true" or "on";

    /// <summary>A section's note properties, each falling back on the document's, then on Word's default.</summary>
    private sealed class Properties(XElement? section, XElement? document, string element)
    {
        public string Format { get; } = Value(section, document, "numFmt") ?? (element == "endnote" ? "lowerRoman" : "decimal");

        public int Start { get; } = int.TryParse(Value(section, document, "numStart"), out var start) && start >= 0 ? start : 1;

        public string Restart { get; } = Value(section, document, "numRestart") ?? "continuous";

        private static string? Value(XElement? section, XElement? document, string name) =>
            (section?.Element(Word + name) ?? document?.Element(Word + name))?.Attribute(Word + "val")?.Value;
    }
}

/// <summary>A note number as Word writes it in a numbering format; formats ReportLint does not know are written as decimal.</summary>
internal static class NoteMarks
{
    private static readonly string[] Chicago = ["*", "†", "‡", "§"];

    public static string Format(int value, string format) => value <= 0 ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : format switch
    {
        "lowerRoman" => Syntax.RomanNumerals.ToRoman(value).ToLowerInvariant(),
        "upperRoman" => Syntax.RomanNumerals.ToRoman(value),
        // a…z, then aa…zz: the letter repeated once more for each round of the alphabet.
        "lowerLetter" => new string((char)('a' + (value - 1) % 26), (value - 1) / 26 + 1),
        "upperLetter" => new string((char)('A' + (value - 1) % 26), (value - 1) / 26 + 1),
        "chicago" => string.Concat(Enumerable.Repeat(Chicago[(value - 1) % 4], (value - 1) / 4 + 1)),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
