using ReportLint.LanguageServer.Protocol;

namespace ReportLint.LanguageServer.Documents;

/// <summary>Applies `didChange` content changes, in order, each against the text the previous one produced.</summary>
public static class TextChanges
{
    public static LineMap Apply(LineMap text, TextDocumentContentChangeEvent change, PositionEncoding encoding)
    {
        if (change.Range is not { } range)
        {
            return LineMap.Create(change.Text);
        }
        var start = encoding.ToOffset(text, range.Start);
        var end = encoding.ToOffset(text, range.End);
        if (end < start)
        {
            (start, end) = (end, start); // a reversed range still names the same text
        }
        return text.Replace(start, end, change.Text);
    }

    public static LineMap Apply(LineMap text, IEnumerable<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        foreach (var change in changes)
        {
            text = Apply(text, change, encoding);
        }
        return text;
    }
}
