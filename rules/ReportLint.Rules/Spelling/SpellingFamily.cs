using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Spelling;

/// <summary>The analyzers of this family, in id order.</summary>
public static class SpellingFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new InvalidSyllableAnalyzer(),
        new MergedSyllablesAnalyzer(),
        new RealWordErrorAnalyzer(),
        new TonePlacementMixAnalyzer(),
        new NonNormalizedTextAnalyzer(),
        new LookAlikeCharacterAnalyzer(),
        new InvisibleCharacterAnalyzer(),
        new LegacyEncodingAnalyzer(),
        new MissingDiacriticsAnalyzer(),
        new RepeatedWordAnalyzer(),
        new RareVariantAnalyzer(),
        new CommonConfusionAnalyzer(),
        new SplitWordAnalyzer(),
    ];
}
