using ReportLint.Core.Diagnostics;
using ReportLint.Core.Text;

namespace ReportLint.Core.Reporting;

/// <summary>1-based line/column range of a span (columns in UTF-16 units; end column exclusive).</summary>
public readonly record struct Region(int StartLine, int StartColumn, int EndLine, int EndColumn, int CharOffset, int CharLength)
{
    public static Region Of(SourceText text, TextSpan span)
    {
        var start = text.GetLinePosition(Math.Min(span.Start, text.Length));
        var end = text.GetLinePosition(Math.Min(span.End, text.Length));
        return new Region(start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1, span.Start, span.Length);
    }
}

internal static class SeverityNames
{
    public static string Compiler(ReportSeverity severity) => severity switch
    {
        ReportSeverity.Error => "error",
        ReportSeverity.Warning => "warning",
        _ => "info",
    };

    public static string Sarif(ReportSeverity severity) => severity switch
    {
        ReportSeverity.Error => "error",
        ReportSeverity.Warning => "warning",
        ReportSeverity.Info => "note",
        _ => "none",
    };
}
