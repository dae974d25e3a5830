namespace ReportLint.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The client's own copy of a document, maintained without the server's code: a naive scan that
/// finds a (line, UTF-16 character) position the way the protocol defines it.
/// </summary>
public static class ClientText
{
    public static int Offset(string text, int line, int character)
    {
        var i = 0;
        for (var current = 0; current < line; current++)
        {
            while (i < text.Length && text[i] is not ('\r' or '\n'))
            {
                i++;
            }
            if (i == text.Length)
            {
                return text.Length;
            }
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        }
        var lineEnd = i;
        while (lineEnd < text.Length && text[lineEnd] is not ('\r' or '\n'))
        {
            lineEnd++;
        }
        return Math.Min(i + character, lineEnd);
    }

    public static int LineCount(string text) =>
        1 + text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\r' or '\n');

    public static string Apply(string text, int startLine, int startCharacter, int endLine, int endCharacter, string newText)
    {
        var start = Offset(text, startLine, startCharacter);
        var end = Offset(text, endLine, endCharacter);
        return text[..start] + newText + text[end..];
    }
}
