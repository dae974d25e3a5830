using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Input;

/// <summary>Chooses a reader by file extension; plain text for anything unknown (standard input included).</summary>
public sealed class InputReaders(IEnumerable<IInputReader> readers)
{
    private readonly IInputReader[] _readers = readers.ToArray();

    public IEnumerable<string> Extensions => _readers.SelectMany(r => r.Extensions);

    public bool IsSupported(string path) => FindReader(path) is not null;

    public InputFile Read(string path, byte[] bytes)
    {
        var reader = FindReader(path) ?? _readers.First(r => r.Extensions.Contains(".txt"));
        return reader.Read(path, bytes);
    }

    public InputFile ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, new LocalizedText($"không mở được tệp: {ex.Message}", $"cannot open the file: {ex.Message}"));
        }
        return Read(path, bytes);
    }

    private IInputReader? FindReader(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Contains(extension));
    }
}
