using Microsoft.Extensions.DependencyInjection;
using ReportLint.Core.Analysis;
using ReportLint.Core.Data;
using ReportLint.Rules.Data;

namespace ReportLint.Rules;

/// <summary>
/// The built-in analyzers, registered explicitly (no assembly scanning at start-up). Each family
/// lists its own analyzers in its folder's <c>*Family.cs</c>.
/// </summary>
public static class BuiltInRules
{
    public static IReadOnlyList<DiagnosticAnalyzer> CreateAnalyzers() =>
    [
        .. Abbreviations.AbbreviationFamily.Create(),
        .. Citations.CitationFamily.Create(),
        .. Spelling.SpellingFamily.Create(),
        .. Punctuation.PunctuationFamily.Create(),
        .. Numbers.NumberFamily.Create(),
        .. Names.NameFamily.Create(),
    ];

    public static IServiceCollection AddReportLintRules(this IServiceCollection services)
    {
        services.AddSingleton<IBuiltInDataSource, EmbeddedDataSource>();
        foreach (var analyzer in CreateAnalyzers())
        {
            services.AddSingleton(analyzer);
        }
        return services;
    }
}
