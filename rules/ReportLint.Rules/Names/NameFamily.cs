using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Names;

/// <summary>The analyzers of this family, in id order.</summary>
public static class NameFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new BodyNameCapitalizationAnalyzer(),
        new TitleCapitalizationAnalyzer(),
        new InconsistentCapitalizationAnalyzer(),
        new PersonNameCapitalizationAnalyzer(),
        new PlaceNameCapitalizationAnalyzer(),
    ];
}
