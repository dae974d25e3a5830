namespace ReportLint.Core.Input;

/// <summary>Turns the bytes of one kind of file into a draft.</summary>
public interface IInputReader
{
    /// <summary>File extensions this reader handles, with the dot, lower case.</summary>
    IReadOnlyList<string> Extensions { get; }

    InputFile Read(string path, byte[] bytes);
}
