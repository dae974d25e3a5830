using ReportLint.Core.Analysis;

namespace ReportLint.Rules.Punctuation;

/// <summary>The analyzers of this family, in id order.</summary>
public static class PunctuationFamily
{
    public static IEnumerable<DiagnosticAnalyzer> Create() =>
    [
        new SpaceBeforePunctuationAnalyzer(),
        new SpaceAfterOpeningAnalyzer(),
        new MissingSpaceAfterPunctuationAnalyzer(),
        new MultipleSpacesAnalyzer(),
        new DashSpacingAnalyzer(),
        new QuotePairingAnalyzer(),
        new BracketPairingAnalyzer(),
        new DoubledPunctuationAnalyzer(),
        new CompoundDashStyleAnalyzer(),
        new LegalBasisPunctuationAnalyzer(),
        new ClauseDashStyleAnalyzer(),
        new EllipsisStyleAnalyzer(),
    ];
}
