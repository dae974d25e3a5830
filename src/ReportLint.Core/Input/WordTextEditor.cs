using System.Xml.Linq;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>
/// Maps edits of the extracted body text onto the w:t elements the text came from. An edit inside
/// one w:t changes that element; an edit spanning several runs puts its new text into the first
/// touched w:t and removes the covered text from the others, so untouched runs keep their formatting.
/// Edits must be offered from the end of the text backwards, so earlier offsets stay valid.
/// </summary>
internal sealed class WordTextEditor
{
    private readonly IReadOnlyList<WordTextSegment> _segments;
    private readonly int[] _lengths;
    private readonly string[] _values;
    private readonly bool[] _changed;
    private int _lastStart = int.MaxValue;

    public WordTextEditor(WordBodyText body)
    {
        _segments = body.Segments;
        _values = _segments.Select(s => s.Element.Value).ToArray();
        _lengths = _values.Select(v => v.Length).ToArray();
        _changed = new bool[_values.Length];
    }

    /// <summary>
    /// Applies the edit if every character it replaces comes from a w:t and it inserts no tab or
    /// line break (those are elements, and paragraphs must stay as they are); otherwise changes nothing.
    /// </summary>
    public bool TryApply(TextEdit edit)
    {
        if (edit.Span.End > _lastStart)
        {
            throw new ArgumentException("Edits must come from the end of the text backwards and must not overlap.", nameof(edit));
        }
        var touched = Touched(edit);
        if (touched.Count == 0)
        {
            return false;
        }
        _lastStart = edit.Span.Start;
        for (var i = 0; i < touched.Count; i++)
        {
            var index = touched[i];
            var start = _segments[index].Start;
            var localStart = Math.Max(edit.Span.Start - start, 0);
            var localEnd = Math.Min(edit.Span.End - start, _lengths[index]);
            var value = _values[index];
            _values[index] = value[..localStart] + (i == 0 ? edit.NewText : "") + value[localEnd..];
            _changed[index] = true;
        }
        return true;
    }

    /// <summary>Whether <see cref="TryApply"/> would take the edit (and it comes before the edits taken so far).</summary>
    public bool CanApply(TextEdit edit) => edit.Span.End <= _lastStart && Touched(edit).Count > 0;

    /// <summary>The parts holding a w:t that <see cref="Commit"/> changed.</summary>
    public IEnumerable<XDocument> ChangedDocuments =>
        _segments.Where((_, i) => _changed[i]).Select(s => s.Element.Document).OfType<XDocument>().Distinct();

    private List<int> Touched(TextEdit edit) =>
        DocxWriter.ContainsStructure(edit.NewText) ? [] : edit.Span.IsEmpty ? Host(edit.Span.Start) : Covering(edit.Span);

    /// <summary>Writes the new texts into their w:t elements.</summary>
    public void Commit()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (!_changed[i])
            {
                continue;
            }
            var element = _segments[i].Element;
            element.Value = _values[i];
            if (_values[i].Length > 0 && (IsXmlSpace(_values[i][0]) || IsXmlSpace(_values[i][^1])))
            {
                // Without it, leading and trailing spaces of a w:t may be dropped by Word.
                element.SetAttributeValue(XNamespace.Xml + "space", "preserve");
            }
        }
    }

    /// <summary>The non-empty w:t elements covering the span, or none if a character in it is structure.</summary>
    private List<int> Covering(TextSpan span)
    {
        var touched = new List<int>();
        var position = span.Start;
        for (var i = FirstEndingAfter(span.Start); i < _segments.Count && position < span.End; i++)
        {
            if (_lengths[i] == 0)
            {
                continue;
            }
            if (_segments[i].Start > position)
            {
                return [];
            }
            touched.Add(i);
            position = _segments[i].Start + _lengths[i];
        }
        return position >= span.End ? touched : [];
    }

    /// <summary>
    /// The w:t that takes an insertion: a non-empty one ending there (text typed after a run
    /// continues it), else the one the position lies in or that starts there, else an empty one there.
    /// </summary>
    private List<int> Host(int position)
    {
        var next = FirstEndingAfter(position);
        int? empty = null;
        for (var i = next - 1; i >= 0 && _segments[i].Start + _lengths[i] == position; i--)
        {
            if (_lengths[i] > 0)
            {
                return [i];
            }
            empty = i;
        }
        if (next < _segments.Count && _segments[next].Start <= position)
        {
            return [next];
        }
        return empty is { } index ? [index] : [];
    }

    /// <summary>The first segment whose end is after the position (binary search on the sorted starts).</summary>
    private int FirstEndingAfter(int position)
    {
        int low = 0, high = _segments.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_segments[middle].Start + _lengths[middle] <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}
