using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

public sealed class PlainTextReader : IInputReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public InputFile Read(string path, byte[] bytes)
    {
        var (text, encoding) = TextDecoder.Decode(path, bytes);
        var source = new SourceText(text);
        return new InputFile(path, DocumentKind.PlainText, source, encoding, ProseMap.Of(DocumentKind.PlainText, source));
    }
}
