namespace ReportLint.Core.Diagnostics;

public enum ReportSeverity
{
    Off,
    Info,
    Warning,
    Error,
}

public static class ReportSeverityExtensions
{
    public static string ToConfigName(this ReportSeverity severity) => severity switch
    {
        ReportSeverity.Off => "off",
        ReportSeverity.Info => "info",
        ReportSeverity.Warning => "warning",
        _ => "error",
    };

    public static bool TryParse(string? value, out ReportSeverity severity)
    {
        severity = value switch
        {
            "off" => ReportSeverity.Off,
            "info" => ReportSeverity.Info,
            "warning" => ReportSeverity.Warning,
            "error" => ReportSeverity.Error,
            _ => (ReportSeverity)(-1),
        };
        return (int)severity >= 0;
    }
}
