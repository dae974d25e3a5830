using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Configuration;

/// <summary>A configuration file that cannot be used, with the place and key at fault (RL9002).</summary>
public sealed class ConfigurationException(string path, int line, int column, LocalizedText reason)
    : Exception($"{path}({line},{column}): error RL9002: {reason.Vi}")
{
    public string FilePath { get; } = path;

    /// <summary>1-based.</summary>
    public int Line { get; } = line;

    /// <summary>1-based, UTF-16 units.</summary>
    public int Column { get; } = column;

    public LocalizedText Reason { get; } = reason;

    public string Format(MessageLanguage language) => $"{FilePath}({Line},{Column}): error RL9002: {Reason.Get(language)}";
}
