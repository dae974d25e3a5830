using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Rules;

/// <summary>
/// Text quoted in a message: a phrase cut by the wrap of a paragraph (`Quy` ⏎ `định số 05`) reads on one line, the break
/// as the space it stands for. Fixes keep the text as written; only messages use this.
/// </summary>
internal static class QuotedText
{
    public static string Of(Paragraph paragraph, TextSpan span) => OnOneLine(paragraph.Text.Substring(span.Start, span.Length));

    public static string OnOneLine(string text) =>
        text.AsSpan().IndexOfAny('\n', '\r') < 0 ? text : text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
