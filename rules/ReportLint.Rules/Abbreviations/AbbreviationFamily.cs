using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Abbreviations;

/// <summary>The analyzers of this family, in id order.</summary>
public static class AbbreviationFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new UndefinedAbbreviationAnalyzer(),
        new AbbreviationUsedBeforeDefinitionAnalyzer(),
        new AbbreviationDefinedTwiceAnalyzer(),
        new ConflictingAbbreviationMeaningsAnalyzer(),
        new AbbreviationDefinitionMismatchAnalyzer(),
        new FullFormAfterDefinitionAnalyzer(),
        new AbbreviationVariantMixAnalyzer(),
        new NonStandardAbbreviationAnalyzer(),
    ];
}
