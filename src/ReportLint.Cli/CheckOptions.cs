using ReportLint.Core.Diagnostics;

namespace ReportLint.Cli;

/// <summary>The options of `reportlint check`.</summary>
internal sealed record CheckOptions
{
    public List<string> Paths { get; } = [];

    public string Format { get; set; } = "text";

    public string? OutputFile { get; set; }

    public bool Fix { get; set; }

    public bool UnsafeFixes { get; set; }

    public string? ConfigFile { get; set; }

    public MessageLanguage? Language { get; set; }

    /// <summary>Warnings allowed before the exit code is 1; info findings never count.</summary>
    public int MaxWarnings { get; set; }

    public string? StdinFileName { get; set; }

    public bool NoProgress { get; set; }
}
