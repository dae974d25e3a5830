using ReportLint.Core.Diagnostics;

namespace ReportLint.Cli;

/// <summary>A command line that cannot be run: exit code 2 with a one-line reason.</summary>
internal sealed class UsageException(LocalizedText reason) : Exception(reason.Vi)
{
    public LocalizedText Reason { get; } = reason;
}
