using Microsoft.Extensions.DependencyInjection;
using ReportLint.Core.Analysis;
using ReportLint.Core.Configuration;
using ReportLint.Core.Input;
using ReportLint.Core.Linting;
using ReportLint.Core.Reporting;

namespace ReportLint.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>Readers, formatters, the driver over every registered analyzer, configuration and the linter.</summary>
    public static IServiceCollection AddReportLintCore(this IServiceCollection services)
    {
        services.AddSingleton<IInputReader, PlainTextReader>();
        services.AddSingleton<IInputReader, MarkdownReader>();
        services.AddSingleton<IInputReader, DocxReader>();
        services.AddSingleton<InputReaders>();
        services.AddSingleton<IReportFormatter, TextFormatter>();
        services.AddSingleton<IReportFormatter, JsonFormatter>();
        services.AddSingleton<IReportFormatter, SarifFormatter>();
        services.AddSingleton<IReportFormatter, GitHubFormatter>();
        services.AddSingleton(provider => new AnalyzerDriver(provider.GetServices<DiagnosticAnalyzer>()));
        services.AddSingleton(provider => new ConfigurationLoader(provider.GetRequiredService<AnalyzerDriver>().Descriptors));
        services.AddSingleton<AnalyzerOptionsProvider>();
        services.AddSingleton<Linter>();
        return services;
    }
}
