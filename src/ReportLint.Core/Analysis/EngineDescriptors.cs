using ReportLint.Core.Diagnostics;

namespace ReportLint.Core.Analysis;

/// <summary>The engine's own findings (RL9xxx).</summary>
public static class EngineDescriptors
{
    public static readonly DiagnosticDescriptor AnalyzerFailure = new("RL9001", "analyzer-failure",
        new("Quy tắc gặp lỗi", "Analyzer failure"),
        new("Quy tắc {0} gặp lỗi và đã bị bỏ qua ở đoạn này: {1}", "Rule {0} failed and was skipped for this paragraph: {1}"),
        RuleFamily.Engine, ReportSeverity.Error);

    public static readonly DiagnosticDescriptor ConfigurationError = new("RL9002", "configuration-error",
        new("Cấu hình không hợp lệ", "Invalid configuration"),
        new("{0}", "{0}"),
        RuleFamily.Engine, ReportSeverity.Error);

    public static readonly DiagnosticDescriptor UnreadableInput = new("RL9003", "unreadable-input",
        new("Không đọc được tệp", "Unreadable input"),
        new("Không đọc được tệp: {0}", "Cannot read the file: {0}"),
        RuleFamily.Engine, ReportSeverity.Error);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [AnalyzerFailure, ConfigurationError, UnreadableInput];
}
