using System.Text;
using ReportLint.Core.Diagnostics;
using ReportLint.Core.Syntax;
using ReportLint.Core.Text;

namespace ReportLint.Core.Input;

/// <summary>How a text file was encoded, so that `--fix` writes it back the same way.</summary>
public sealed record TextEncoding(Encoding Encoding, bool HasBom)
{
    public static TextEncoding Utf8 { get; } = new(new UTF8Encoding(false), false);

    public byte[] GetBytes(string text)
    {
        var body = Encoding.GetBytes(text);
        if (!HasBom)
        {
            return body;
        }
        var preamble = Encoding.GetPreamble();
        return [.. preamble, .. body];
    }
}

/// <summary>A draft read from disk or standard input, ready to parse.</summary>
public sealed record InputFile(string Path, DocumentKind Kind, SourceText Text, TextEncoding Encoding, ProseMap Prose)
{
    /// <summary>The lines that are a footnote, endnote, header or footer of a .docx; empty for every other draft.</summary>
    public DocumentPartMap Parts { get; init; } = DocumentPartMap.Empty;

    public ReportDocument CreateDocument(ReportDocument? previous = null) => Prose.CreateDocument(Path, Text, Kind, previous);
}

/// <summary>A file that cannot be read as a draft (RL9003): missing, not UTF-8, not a .docx.</summary>
public sealed class InputException(string path, LocalizedText reason) : Exception($"{path}: {reason.Vi}")
{
    public string FilePath { get; } = path;

    public LocalizedText Reason { get; } = reason;
}
