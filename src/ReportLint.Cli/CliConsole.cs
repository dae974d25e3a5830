using System.Text;

namespace ReportLint.Cli;

/// <summary>The process's standard streams, replaceable in tests.</summary>
internal sealed class CliConsole(Stream input, Stream output, TextWriter error, bool isInteractive)
{
    public Stream Input { get; } = input;

    public Stream Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True when standard error is a terminal a person watches (progress bars go there).</summary>
    public bool IsInteractive { get; } = isInteractive;

    public static CliConsole System() => new(
        Console.OpenStandardInput(),
        Console.OpenStandardOutput(),
        new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" },
        !Console.IsErrorRedirected && !Console.IsOutputRedirected);

    public void WriteOutput(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Output.Write(bytes);
        Output.Flush();
    }
}
