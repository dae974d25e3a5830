using System.Reflection;

namespace ReportLint.Core.Reporting;

public static class ToolInfo
{
    public const string Name = "ReportLint";

    public const string InformationUri = "https://github.com/reportlint/reportlint";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
