using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

public sealed class MarkdownReader : IInputReader
{
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public InputFile Read(string path, byte[] bytes)
    {
        var (text, encoding) = TextDecoder.Decode(path, bytes);
        var source = new SourceText(text);
        return new InputFile(path, DocumentKind.Markdown, source, encoding, ProseMap.Of(DocumentKind.Markdown, source));
    }
}
