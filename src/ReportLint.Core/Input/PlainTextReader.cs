using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

public sealed class PlainTextReader : IInputReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public InputFile Read(string path, byte[] bytes)
    {
        var (text, encoding) = TextDecoder.Decode(path, bytes);
        return new InputFile(path, DocumentKind.PlainText, new SourceText(text), encoding, ProseMap.None);
    }
}
